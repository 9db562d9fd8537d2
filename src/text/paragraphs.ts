import { READER } from '../ingest/new-document.js';
import { spanOf } from '../model/annotation.js';
import type { Paragraph, ParagraphRole } from '../model/layers.js';

/** Roles whose text is read for facts; bylines, datelines and boilerplate are kept but not read. */
export const READABLE_ROLES: ReadonlySet<ParagraphRole> = new Set(['headline', 'dek', 'body']);

/**
 * Splits a text into paragraphs at blank lines (or at single newlines when the text has no blank
 * line at all, as many feeds and JSON records do). Offsets exclude the surrounding white space.
 */
export function splitParagraphs(text: string, role: ParagraphRole = 'body'): Paragraph[] {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const out: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) {
      out.push({
        ...spanOf(text, start, end),
        ...READER,
        rules: ['paragraph.blank-line'],
        confidence: 1,
        index: out.length,
        role,
      });
    }
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
