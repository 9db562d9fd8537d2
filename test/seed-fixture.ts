/**
 * Test fixture: the project's seed article as a Document with the paragraph roles a reader gives it
 * (headline, dek, byline, dateline, boilerplate x2, body x6, boilerplate) and its publication time.
 */
import { readFileSync } from 'node:fs';
import { newDocument } from '../src/ingest/new-document.js';
import { spanOf } from '../src/model/annotation.js';
import type { Document } from '../src/model/document.js';
import type { ParagraphRole } from '../src/model/layers.js';
import { splitParagraphs } from '../src/text/paragraphs.js';
import { SEED_ARTICLE } from './seed-path.js';

/** The seed article as bundled in samples/. */
export const SEED_PATH = SEED_ARTICLE;

/** The role of each line of the seed, as its reader gives them. */
export const SEED_ROLES: ParagraphRole[] = [
  'headline',
  'dek',
  'byline',
  'dateline',
  'boilerplate',
  'boilerplate',
  'body',
  'body',
  'body',
  'body',
  'body',
  'body',
  'boilerplate',
];

export function seedDocument(path = SEED_PATH): Document {
  const text = readFileSync(path, 'utf8');
  // One paragraph per non-empty line: the byline and dateline share a block but are two paragraphs.
  const paragraphs = splitParagraphs(text).flatMap((block) => {
    const out = [];
    let at = block.start;
    for (const line of block.text.split('\n')) {
      const start = text.indexOf(line, at);
      at = start + line.length;
      if (line.trim()) out.push({ ...block, ...spanOf(text, start, start + line.length) });
    }
    return out;
  });
  paragraphs.forEach((p, i) => {
    p.index = i;
    p.role = SEED_ROLES[i] ?? 'body';
  });
  return newDocument({
    text,
    paragraphs,
    meta: {
      published: { local: '2015-11-17T17:30', precision: 'minute', zone: null, utc: null, sourceText: null },
      authors: ['Brian McManus'],
    },
  });
}
