/**
 * JSON Lines records `{id, text, title?, published?, url?, source?, language?}`, one article per line,
 * as corpora and the gold sets ship them. The document text is the record's `text` (line endings
 * normalised), so offsets given alongside the record (gold annotations) stay valid.
 *
 * Paragraphs are cut at blank lines (or at single newlines when there are none). They are all body,
 * except a first paragraph that repeats the title: a record's text is taken as the user gave it,
 * without guessing at bylines or boilerplate inside it.
 */
import type { Diagnostic } from '../model/document.js';
import type { Paragraph } from '../model/layers.js';
import { countWords, normaliseInput, paragraph } from './compose.js';
import { parseDate } from './dates.js';
import { failure } from './errors.js';
import { newDocument } from './new-document.js';
import { HEADLINE_MAX_WORDS } from './plain-text.js';
import type { ReadOutcome } from './types.js';

const BLANK_LINE = /\n[ \t]*\n/;
const BLANK_LINE_RUN = /\n[ \t]*\n\s*/g;
const NEWLINE_RUN = /\n\s*/g;

/**
 * Reads one line of a JSON Lines file. `origin` names it (`file:line`); `diagnostics` carries
 * problems met before parsing (an encoding warning).
 */
export function readJsonlLine(line: string, origin: string, diagnostics: Diagnostic[] = []): ReadOutcome {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return failure('E_JSON', origin, `not valid JSON: ${(e as Error).message}`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return failure(
      'E_JSON',
      origin,
      `expected a JSON object, found ${Array.isArray(record) ? 'an array' : typeof record}`,
    );
  }
  const r = record as Record<string, unknown>;
  if (typeof r.text !== 'string') {
    return failure(
      'E_RECORD',
      origin,
      r.text === undefined ? 'the record has no "text" field' : '"text" is not a string',
    );
  }
  const text = normaliseInput(r.text);
  if (text.trim() === '') return failure('E_RECORD', origin, '"text" is empty');

  const title = str(r.title);
  let published = null;
  if (r.published !== undefined && r.published !== null) {
    const rawDate = str(r.published);
    published = rawDate ? (parseDate(rawDate)?.published ?? null) : null;
    if (!published) {
      const shown = JSON.stringify(r.published).slice(0, 60);
      diagnostics.push({ code: 'W_DATE', message: `"published" is not a date: ${shown}`, at: origin });
    }
  }
  const id = typeof r.id === 'number' ? String(r.id) : str(r.id);
  const doc = newDocument({
    id,
    text,
    meta: {
      title,
      authors: names(r.authors ?? r.author),
      published,
      url: str(r.url),
      source: str(r.source),
      language: str(r.language) ?? str(r.lang) ?? 'en',
      format: 'jsonl',
      origin,
    },
    paragraphs: recordParagraphs(text, title),
    diagnostics,
  });
  return { ok: true, doc };
}

function looksLikeHeadline(line: string): boolean {
  return !line.includes('\n') && countWords(line) <= HEADLINE_MAX_WORDS && !/[.!?;:,]["'”’)]*$/.test(line);
}

function recordParagraphs(text: string, title: string | null): Paragraph[] {
  const separator = BLANK_LINE.test(text) ? BLANK_LINE_RUN : NEWLINE_RUN;
  const rule = separator === BLANK_LINE_RUN ? 'jsonl.paragraph.blank-line' : 'jsonl.paragraph.newline';
  const out: Paragraph[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    const line = text.slice(start, end);
    const isTitle = out.length === 0 && title !== null && line === title.trim();
    // With no title field, a first paragraph of one short line without a closing full stop, followed
    // by more text, is the headline (as the plain-text reader reads it).
    const firstLine =
      out.length === 0 && title === null && end < text.trimEnd().length && looksLikeHeadline(line);
    const p = paragraph(
      text,
      start,
      end,
      isTitle || firstLine ? 'headline' : 'body',
      [isTitle ? 'jsonl.headline.title' : firstLine ? 'jsonl.headline.short-line' : rule],
      firstLine ? 0.7 : 1,
    );
    p.index = out.length;
    out.push(p);
  };
  let from = 0;
  separator.lastIndex = 0;
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return [];
}
