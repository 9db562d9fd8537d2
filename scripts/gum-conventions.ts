/**
 * Maps the GUM-derived gold entities to CoNLL-2003 / OntoNotes conventions (src/eval/gum-conventions.ts)
 * and prints, per transform, how many gold spans it changed, with examples:
 *   npx tsx scripts/gum-conventions.ts [--gold PATH] [--out PATH] [--only T1,T3] [--examples N]
 * Defaults: --gold ../shared/gold/dev/gum-news.jsonl, --out .tmp/gum-news.conll.jsonl, 3 examples.
 * Every other field of the gold (id, text, published, times, quotes, labels) is written unchanged.
 * Then score: npx tsx .tmp/cli.ts eval .tmp/gum-news.conll.jsonl --layer entities (or `npm run eval:gum-conll`, which writes to dist/)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import {
  type ConventionChange,
  type ConventionDoc,
  type ConventionKnowledge,
  mapToConll,
  TRANSFORM_NAMES,
  TRANSFORM_ORDER,
  type TransformId,
} from '../src/eval/gum-conventions.js';
import { dataDir } from '../src/knowledge/paths.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Rows of a data TSV, comments and blank lines skipped. */
function tsvRows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

/** Countries (world-countries + data/actors/country-aliases.tsv), cities, titles and given names. */
export function loadConventionKnowledge(): ConventionKnowledge {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(
    readFileSync(require.resolve('world-countries/countries.json'), 'utf8'),
  ) as WorldCountry[];
  const countries = new Set<string>();
  const demonyms = new Set<string>();
  for (const c of world) {
    countries.add(c.name.common);
    countries.add(c.name.official);
    // Two-letter ISO codes ("KR") among the alternative spellings are not names a text uses.
    for (const alt of c.altSpellings) if (alt.length > 2 && /^[A-Za-z .'-]+$/.test(alt)) countries.add(alt);
    if (c.demonyms?.eng) {
      demonyms.add(c.demonyms.eng.m);
      demonyms.add(c.demonyms.eng.f);
    }
  }
  const actors = join(dataDir(), 'actors');
  for (const [alias, , kind] of tsvRows(join(actors, 'country-aliases.tsv'))) {
    if (kind === 'demonym') demonyms.add(alias);
    else countries.add(alias);
  }
  const cities = new Set(tsvRows(join(actors, 'cities.tsv')).map((r) => r[0]));
  const titles = new Set(tsvRows(join(actors, 'titles.tsv')).map((r) => r[0].toLowerCase()));
  const firstNames = new Set(tsvRows(join(actors, 'first-names.tsv')).map((r) => r[0].toLowerCase()));
  return { countries, demonyms, cities, titles, firstNames };
}

function main(): void {
  const gold = resolve(arg('--gold', '../shared/gold/dev/gum-news.jsonl'));
  const out = resolve(arg('--out', '.tmp/gum-news.conll.jsonl'));
  const only = arg('--only', TRANSFORM_ORDER.join(',')).split(',') as TransformId[];
  const exampleCount = Number(arg('--examples', '3'));
  const k = loadConventionKnowledge();
  const docs = readFileSync(gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ConventionDoc);
  const changes: ConventionChange[] = [];
  const lines: string[] = [];
  let before = 0;
  let after = 0;
  for (const d of docs) {
    const r = mapToConll(d, k, only);
    changes.push(...r.changes);
    before += d.entities.length;
    after += r.doc.entities.length;
    lines.push(JSON.stringify(r.doc));
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${docs.length} documents, ${before} gold entities -> ${after}; written to ${out}`);
  for (const t of TRANSFORM_ORDER) {
    if (!only.includes(t)) continue;
    const mine = changes.filter((c) => c.transform === t);
    console.log(`\n${t} ${TRANSFORM_NAMES[t]}: ${mine.length} gold spans changed`);
    // Examples from different documents first, so the sample is not one article's repetition.
    const seen = new Set<string>();
    const firstPerDoc = mine.filter((c) => !seen.has(c.docId) && seen.add(c.docId));
    const picked = [...new Set([...firstPerDoc, ...mine])].slice(0, exampleCount);
    for (const c of picked) console.log(`  [${c.docId}] ${c.before}  ->  ${c.after}`);
  }
}

main();
