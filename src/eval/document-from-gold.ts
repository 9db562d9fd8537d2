/**
 * Turns a gold record into the Document the pipeline reads, through the same JSON Lines reader as
 * `sitrep extract --jsonl`, so that `sitrep eval` measures exactly what a user's batch run produces.
 */
import { readJsonlLine } from '../ingest/index.js';
import type { Document } from '../model/document.js';
import type { GoldRecord } from './gold.js';

export function documentFromGold(record: GoldRecord): Document {
  const { id, text, title, published } = record;
  const outcome = readJsonlLine(JSON.stringify({ id, text: text ?? '', title, published }), id);
  if (!outcome.ok) throw new Error(`${id}: ${outcome.error.message}`);
  return outcome.doc;
}
