/**
 * Speaker accuracy on direct quotations, table-driven from the hand-checked `wikinews-speakers.tsv`
 * over `samples/wikinews.jsonl`, through the real text and entities components (as the pipeline runs
 * them, with the entities component's pronoun resolver). Each row is one expectation; the summary
 * test holds the accuracy above the mark the issue sets (90% on direct quotes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readJsonlLine } from '../../ingest/index.js';
import type { Document } from '../../model/document.js';
import { textLayer } from '../../text/index.js';
import { quotesComponent } from './index.js';
import { checkRow, parseSpeakerGold, summarise } from './speaker-gold.js';

const SAMPLES = fileURLToPath(new URL('../../../samples/wikinews.jsonl', import.meta.url));
const GOLD = parseSpeakerGold(readFileSync(new URL('./wikinews-speakers.tsv', import.meta.url), 'utf8'));

async function annotate(): Promise<Map<string, Document>> {
  const { entitiesComponent, resolvePronoun } = await import('../entities/index.js');
  const { createNerTagger, loadNerModel } = await import('../entities/tagger/index.js');
  const { loadActorKnowledge } = await import('../../knowledge/actors/load.js');
  const components = [
    textLayer(),
    entitiesComponent(loadActorKnowledge(), createNerTagger(loadNerModel())),
    quotesComponent({ resolvePronoun }),
  ];
  const docs = new Map<string, Document>();
  for (const line of readFileSync(SAMPLES, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const outcome = readJsonlLine(line, 'wikinews');
    if (!outcome.ok) throw new Error(outcome.error.message);
    for (const c of components) c.run(outcome.doc);
    docs.set(outcome.doc.id.replace(/^wikinews-/, ''), outcome.doc);
  }
  return docs;
}

describe.skipIf(!existsSync(SAMPLES))('speakers of the Wikinews samples (hand-checked)', async () => {
  const docs = existsSync(SAMPLES) ? await annotate() : new Map<string, Document>();
  const checks = GOLD.map((row) => checkRow(row, docs.get(row.doc)?.layers.quotes ?? []));

  const name = (c: (typeof checks)[number]) => `${c.row.doc}: ${c.row.begins} -> ${c.row.speakers[0]}`;
  it.each(checks.filter((c) => !c.row.knownFailure).map((c) => [name(c), c]))('%s', (_name, c) => {
    expect(c.verdict, `got ${c.got} (gold line ${c.row.line})`).toBe('right');
  });
  // Known failures stay listed: this fails (and so tells) once one of them is fixed.
  it.fails.each(checks.filter((c) => c.row.knownFailure).map((c) => [name(c), c]))(
    'known failure: %s',
    (_name, c) => {
      expect(c.verdict).toBe('right');
    },
  );

  it('names the right speaker for at least 90% of the quotations it finds', () => {
    const s = summarise(checks);
    console.log(
      `wikinews speakers: ${s.right}/${s.found} right (${(100 * s.accuracy).toFixed(1)}%), ${s.missed} missed, ${s.spurious} titles taken for speech`,
    );
    expect(s.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
