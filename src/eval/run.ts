/**
 * Runs the pipeline over gold documents and scores what it finds. Each gold record becomes a
 * Document exactly as `sitrep extract --jsonl` would make it, so the eval measures the real path.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../model/document.js';
import { toFormatRecord } from '../output/format-record.js';
import type { Pipeline } from '../pipeline.js';
import { type GoldRecord, readGold, SCORED_LAYERS, type ScoredLayer } from './gold.js';
import { findMisses, type Miss } from './misses.js';
import { type Scores, score } from './score.js';

/** The gold sets `npm run eval` scores, in `shared/gold/dev/`. gum-ner-train is training data, not a test. */
export const DEV_SETS = ['gum-news.jsonl', 'geovirus.jsonl', 'plover-gsr.jsonl'];

export interface EvalResult {
  set: string;
  docs: number;
  seconds: number;
  scores: Scores;
  misses: Miss[];
}

export type DocumentFromRecord = (record: GoldRecord) => Document;

export function evaluateSet(
  file: string,
  pipeline: Pipeline,
  toDocument: DocumentFromRecord,
  opts: { layer?: ScoredLayer; errors?: number } = {},
): EvalResult {
  const gold = readGold(file);
  const started = performance.now();
  const system = gold.map(
    (record) => toFormatRecord(pipeline.run(toDocument(record))) as unknown as GoldRecord,
  );
  const seconds = (performance.now() - started) / 1000;
  const scores = score(gold, system, opts.layer);
  const misses: Miss[] = [];
  if (opts.errors) {
    for (const layer of SCORED_LAYERS) {
      if (opts.layer && opts.layer !== layer) continue;
      misses.push(...findMisses(gold, system, layer, opts.errors));
    }
  }
  return { set: basename(file), docs: gold.length, seconds, scores, misses };
}

/** Where the shared gold lives: `--gold-dir`, else `../shared/gold/dev` from here or from the package. */
export function findGoldDir(explicit?: string): string | null {
  if (explicit) return existsSync(join(explicit, DEV_SETS[0])) ? explicit : null;
  const candidates = [
    resolve('../shared/gold/dev'),
    fileURLToPath(new URL('../../../shared/gold/dev', import.meta.url)),
  ];
  return candidates.find((dir) => existsSync(join(dir, DEV_SETS[0]))) ?? null;
}
