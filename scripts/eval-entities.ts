/**
 * Measures the entities component on GUM news:
 *   npx tsx scripts/eval-entities.ts [--tagger] [--gold PATH] [--misses]
 *
 * Writes `.tmp/sys.jsonl` ({id, entities:[{start,end,type}]} per document: mentions of kind name,
 * acronym and demonym-as-noun, not nominals or pronouns, which the gold lacks), prints typed exact-span
 * F1 per type over PERSON, ORG and places (GPE and LOC as one class), runs the reference scorer on the
 * full gold and on the gold cut to those types, and reports articles/s of the component alone.
 * --tagger: also run the statistical tagger (data/models/ner.json) and merge its spans.
 * --misses: print the false positives and misses per document.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entitiesComponent, type NerTagger } from '../src/extract/entities/index.js';
import { newDocument } from '../src/ingest/new-document.js';
import { loadActorKnowledge } from '../src/knowledge/actors/index.js';
import type { Document } from '../src/model/document.js';
import type { Mention } from '../src/model/layers.js';
import { textLayer } from '../src/text/index.js';
import { splitParagraphs } from '../src/text/paragraphs.js';

interface GoldDoc {
  id: string;
  title?: string;
  published?: string | null;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const goldPath = option('--gold') ?? join(root, '../shared/gold/dev/gum-news.jsonl');
// --fold I/K: score only the documents whose index mod K is I (cross-validation with train-ner --news-fold).
const fold = option('--fold')?.split('/').map(Number);
const scorer = join(root, '../shared/tools/score.mjs');
const outDir = join(root, '.tmp');

const SCORED = new Set(['PERSON', 'ORG', 'GPE', 'LOC']);
const coarse = (t: string) => (t === 'GPE' || t === 'LOC' ? 'PLACE' : t);

/** Mentions the gold can contain: names and acronyms; demonyms only as nouns (`Afghans`, `the Dutch`). */
function scorable(m: Mention): boolean {
  // A name inside a hyphenated word (`pro-Beijing`) is below GUM's token level.
  if (m.rules.includes('name.inside-prefixed-word')) return false;
  if (m.kind === 'name' || m.kind === 'acronym') return true;
  return (
    m.kind === 'demonym' && (m.rules.includes('demonym.plural') || m.rules.includes('demonym.the-people'))
  );
}

function toDocument(g: GoldDoc): Document {
  const paragraphs = splitParagraphs(g.text);
  // GUM's first paragraph is the headline.
  if (paragraphs.length && g.title && g.text.startsWith(g.title)) paragraphs[0].role = 'headline';
  const published = g.published
    ? {
        local: g.published.replace(/Z$/, ''),
        precision: 'day' as const,
        zone: null,
        utc: null,
        sourceText: null,
      }
    : null;
  return newDocument({ id: g.id, text: g.text, paragraphs, meta: { published } });
}

async function loadTagger(): Promise<NerTagger | undefined> {
  if (!args.includes('--tagger')) return undefined;
  const path = option('--model') ?? join(root, 'data/models/ner.json');
  if (!existsSync(path)) throw new Error(`--tagger: no model at ${path} (run npm run train:ner)`);
  const mod = await import('../src/extract/entities/tagger/index.js');
  return mod.createNerTagger(mod.loadNerModel(path));
}

function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

async function main(): Promise<void> {
  const golds = readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc)
    .filter((_, k) => !fold || k % fold[1] === fold[0]);
  const kb = loadActorKnowledge();
  console.log(
    `actor knowledge: ${kb.stats.actors} actors, ${kb.stats.names} names, loaded in ${kb.stats.loadMs.toFixed(0)} ms`,
  );
  const tagger = await loadTagger();
  const component = entitiesComponent(kb, tagger);
  const text = textLayer();
  const docs = golds.map((g) => {
    const d = toDocument(g);
    text.run(d);
    return d;
  });

  // Speed: the component alone on the text layer already built, after warm-up rounds (JIT). CPU time
  // is reported beside wall time because the machine may be shared.
  const warm = 3;
  const rounds = 10;
  for (let r = 0; r < warm; r++) for (const d of docs) component.run(d);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) component.run(d);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const n = rounds * docs.length;
  const words = docs.reduce((k, d) => k + (d.layers.tokens?.length ?? 0), 0);
  console.log(
    `speed: ${(n / (ms / 1000)).toFixed(0)} articles/s wall, ${(n / (cpuMs / 1000)).toFixed(0)} articles/s of CPU (${(words / docs.length).toFixed(0)} tokens/article)${tagger ? ', tagger included' : ''}`,
  );

  const lines: string[] = [];
  const byType = new Map<string, [number, number, number]>();
  const misses: string[] = [];
  docs.forEach((d, k) => {
    const g = golds[k];
    const sys = (d.layers.mentions ?? [])
      .filter(scorable)
      .map((m) => ({ start: m.start, end: m.end, type: m.type }));
    lines.push(JSON.stringify({ id: d.id, entities: sys }));
    const goldKeys = new Map<string, number>();
    for (const e of g.entities)
      if (SCORED.has(e.type)) goldKeys.set(`${e.start}:${e.end}:${coarse(e.type)}`, 1);
    const sysKeys = new Set(
      sys.filter((e) => SCORED.has(e.type)).map((e) => `${e.start}:${e.end}:${coarse(e.type)}`),
    );
    for (const key of new Set([...goldKeys.keys(), ...sysKeys])) {
      const type = key.split(':')[2];
      const row = byType.get(type) ?? [0, 0, 0];
      const inGold = goldKeys.has(key);
      const inSys = sysKeys.has(key);
      if (inGold && inSys) row[0]++;
      else if (inSys) row[1]++;
      else row[2]++;
      byType.set(type, row);
      if (inGold !== inSys) {
        const [s, e] = key.split(':').map(Number);
        misses.push(`${d.id}\t${inSys ? 'FP' : 'FN'}\t${type}\t${g.text.slice(s, e)}`);
      }
    }
  });
  mkdirSync(outDir, { recursive: true });
  const sysPath = join(outDir, 'sys.jsonl');
  writeFileSync(sysPath, `${lines.join('\n')}\n`);
  writeFileSync(join(outDir, 'entities-misses.tsv'), `${misses.sort().join('\n')}\n`);
  // The gold cut to the scored types, so the reference scorer's figures match the bar.
  const cutPath = join(outDir, 'gold-person-org-place.jsonl');
  writeFileSync(
    cutPath,
    `${golds.map((g) => JSON.stringify({ ...g, entities: g.entities.filter((e) => SCORED.has(e.type)) })).join('\n')}\n`,
  );

  let all: [number, number, number] = [0, 0, 0];
  for (const [type, row] of [...byType].sort()) {
    const m = prf(...row);
    all = [all[0] + row[0], all[1] + row[1], all[2] + row[2]];
    console.log(
      `${type.padEnd(7)} P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f.toFixed(3)} (tp ${m.tp} fp ${m.fp} fn ${m.fn})`,
    );
  }
  const m = prf(...all);
  console.log(
    `ALL     P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f.toFixed(3)}  (PERSON, ORG, PLACE; exact span)`,
  );
  if (args.includes('--misses')) console.log(misses.join('\n'));
  // The same cut of the system output: names of unknown type (OTHER) are not claims about these types.
  const cutSysPath = join(outDir, 'sys-person-org-place.jsonl');
  writeFileSync(
    cutSysPath,
    `${lines
      .map((l) => JSON.parse(l) as { id: string; entities: { type: string }[] })
      .map((d) => JSON.stringify({ id: d.id, entities: d.entities.filter((e) => SCORED.has(e.type)) }))
      .join('\n')}\n`,
  );
  for (const [gold, sys] of [
    [cutPath, cutSysPath],
    [goldPath, sysPath],
  ]) {
    console.log(`\nnode score.mjs ${gold.replace(root, '.')} ${sys.replace(root, '.')} --layer entities`);
    console.log(
      execFileSync('node', [scorer, gold, sys, '--layer', 'entities'], { encoding: 'utf8' }).trim(),
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
