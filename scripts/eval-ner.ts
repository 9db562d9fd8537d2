/**
 * Measures the named-entity tagger alone: `npx tsx scripts/eval-ner.ts [--heldout] [--model PATH] [--gold PATH]`.
 *
 * Default: the committed model (data/models/ner.json) on gum-news.jsonl, never trained on.
 * --heldout: the model from `train-ner.ts --heldout` on GUM's test split of gum-ner-train.jsonl.
 * Writes system lines {id, entities:[{start,end,type}]} to .tmp/, prints exact-span typed F1 per type
 * (PLACE = GPE + LOC) and runs the reference scorer on the same files. Also reports tokens/s.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNerTagger, loadNerModel, type TaggedSpan } from '../src/extract/entities/tagger/index.js';
import { analyse, type GoldDoc, readJsonl } from '../src/extract/entities/tagger/training/gold.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = process.env.GOLD_DIR ?? join(root, '../shared/gold/dev');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const heldout = args.includes('--heldout');
const off = (rule: string) => !args.includes(`--no-${rule}`);
const modelPath =
  option('--model') ?? (heldout ? join(root, '.tmp/ner-heldout.json') : join(root, 'data/models/ner.json'));
const goldPath = option('--gold') ?? join(goldDir, heldout ? 'gum-ner-train.jsonl' : 'gum-news.jsonl');
const name = heldout ? 'heldout' : 'news';

const coarse = (t: string) => (t === 'GPE' || t === 'LOC' ? 'PLACE' : t);

function f1(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

function main(): void {
  let golds = readJsonl<GoldDoc>(goldPath);
  const fold = option('--fold')?.split('/').map(Number);
  if (fold) golds = golds.filter((_, k) => k % fold[1] === fold[0]);
  if (heldout) golds = golds.filter((d) => d.labels?.split === 'test');
  const model = loadNerModel(modelPath);
  const tagger = createNerTagger(model, {
    demonyms: off('demonyms'),
    nestedPlaces: off('nested'),
    documentConsistency: off('consistency'),
  });
  const docs = golds.map(analyse);
  // Warm up, then time tagging alone (the text layer is not the tagger's cost).
  for (const d of docs) tagger.tag(d);
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const rounds = 5;
  const outputs: TaggedSpan[][] = [];
  for (let r = 0; r < rounds; r++) for (const [i, d] of docs.entries()) outputs[i] = tagger.tag(d);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const tokens = docs.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0) * rounds;

  const counts = new Map<string, [number, number, number]>();
  const bump = (k: string, i: number) => {
    const c = counts.get(k) ?? [0, 0, 0];
    c[i]++;
    counts.set(k, c);
  };
  const goal = new Set(['PERSON', 'ORG', 'PLACE']);
  golds.forEach((g, i) => {
    const gold = new Map<string, number>();
    for (const e of g.entities) {
      const k = `${e.start}:${e.end}:${coarse(e.type)}`;
      gold.set(k, (gold.get(k) ?? 0) + 1);
    }
    for (const s of outputs[i]) {
      const k = `${s.start}:${s.end}:${coarse(s.type)}`;
      const hit = (gold.get(k) ?? 0) > 0;
      if (hit) gold.set(k, (gold.get(k) ?? 0) - 1);
      for (const key of [coarse(s.type), 'ALL', ...(goal.has(coarse(s.type)) ? ['GOAL'] : [])])
        bump(key, hit ? 0 : 1);
    }
    for (const [k, n] of gold) {
      const type = k.split(':')[2];
      for (let j = 0; j < n; j++)
        for (const key of [type, 'ALL', ...(goal.has(type) ? ['GOAL'] : [])]) bump(key, 2);
    }
  });
  console.log(`${name}: ${golds.length} docs, model ${modelPath}`);
  for (const key of ['PERSON', 'ORG', 'PLACE', 'NORP', 'OTHER', 'GOAL', 'ALL']) {
    const [tp, fp, fn] = counts.get(key) ?? [0, 0, 0];
    const m = f1(tp, fp, fn);
    const label = key === 'GOAL' ? 'PERSON+ORG+PLACE' : key;
    console.log(
      `  ${label.padEnd(17)} P=${m.p.toFixed(3)} R=${m.r.toFixed(3)} F1=${m.f.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
  }
  console.log(
    `  speed: ${Math.round(tokens / seconds).toLocaleString('en')} tokens/s wall, ${Math.round(tokens / cpuSeconds).toLocaleString('en')} tokens/s of CPU (tagging only)`,
  );

  mkdirSync(join(root, '.tmp'), { recursive: true });
  const sysPath = join(root, `.tmp/ner-${name}.sys.jsonl`);
  const goldOut = join(root, `.tmp/ner-${name}.gold.jsonl`);
  writeFileSync(
    sysPath,
    golds
      .map((g, i) =>
        JSON.stringify({
          id: g.id,
          entities: outputs[i].map(({ start, end, type }) => ({ start, end, type })),
        }),
      )
      .join('\n'),
  );
  writeFileSync(goldOut, golds.map((g) => JSON.stringify(g)).join('\n'));
  const scorer = join(root, '../shared/tools/score.mjs');
  try {
    console.log(
      execFileSync('node', [scorer, goldOut, sysPath, '--layer', 'entities'], { encoding: 'utf8' }),
    );
  } catch (e) {
    console.log(`reference scorer not run: ${(e as Error).message}`);
  }
}

main();
