/**
 * Measures the events component on a gold set of single sentences with one event each
 * (default: ../shared/gold/dev/plover-gsr.jsonl). Runs the text layer, the entities component
 * when the tree has one, then events; writes .tmp/sys.jsonl for the reference scorer and prints
 * PLOVER type accuracy (first event of each sentence), per-type precision/recall, a confusion table
 * and sentences per second.
 *
 *   npx tsx scripts/eval-events.ts [GOLD.jsonl] [--misses] [--bare] [--out=.tmp/sys.jsonl]
 *   node ../shared/tools/score.mjs ../shared/gold/dev/plover-gsr.jsonl .tmp/sys.jsonl --layer events
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { eventsComponent, loadCameoKnowledge } from '../src/extract/events/index.js';
import { newDocument } from '../src/ingest/new-document.js';
import { defaultComponents, sharedKnowledge } from '../src/pipeline.js';
import type { Component } from '../src/pipeline-types.js';
import { textLayer } from '../src/text/index.js';

/** Actor codes as the record output and the GSR gold write them: country + first sector (`USAGOV`). */
const sixChars = (code: string | undefined | null) => (code ? code.slice(0, 6) : null);

interface GoldEvent {
  type: string;
  source: string | null;
  target: string | null;
}
interface GoldDoc {
  id: string;
  text: string;
  events: GoldEvent[];
}

/**
 * The upstream components to run before events: entities by default (when the tree has it), others
 * with `--with=times,places,quotes`. Each is loaded by its own factory; a missing or broken one is skipped.
 */
async function optionalComponents(wanted: string[]): Promise<Component[]> {
  const out: Component[] = [];
  const tryLoad = async (name: string, build: () => Promise<Component>) => {
    if (!wanted.includes(name)) return;
    try {
      out.push(await build());
    } catch (e) {
      console.error(`(${name} component not usable: ${(e as Error).message})`);
    }
  };
  const load = (path: string) => import(path) as Promise<Record<string, (...a: unknown[]) => unknown>>;
  await tryLoad('entities', async () => {
    const m = await load('../src/extract/entities/index.js');
    const actors = await load('../src/knowledge/actors/load.js');
    return m.entitiesComponent(actors.loadActorKnowledge()) as Component;
  });
  await tryLoad(
    'times',
    async () => (await load('../src/extract/times/index.js')).timesComponent() as Component,
  );
  await tryLoad('places', async () => {
    const m = await load('../src/extract/places/index.js');
    const g = await load('../src/knowledge/gazetteer/load.js');
    return m.placesComponent(g.loadGazetteer()) as Component;
  });
  await tryLoad(
    'quotes',
    async () => (await load('../src/extract/quotes/index.js')).quotesComponent() as Component,
  );
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const goldPath =
    args.find((a) => !a.startsWith('--')) ??
    new URL('../../shared/gold/dev/plover-gsr.jsonl', import.meta.url).pathname;
  const showMisses = args.includes('--misses');
  const withArg = args.find((a) => a.startsWith('--with='));
  const gold = readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc);
  // The real pipeline up to events (text, entities with the NER tagger, syntax, times, places,
  // quotes), or with --bare the text layer and entities only (the old, faster harness).
  const bare = args.includes('--bare');
  let upstream: Component[];
  let events: Component;
  if (bare) {
    const wanted = ['entities', ...(withArg ? withArg.slice(7).split(',') : [])].filter(
      (x) => !args.includes('--no-entities') || x !== 'entities',
    );
    upstream = [textLayer(), ...(await optionalComponents(wanted))];
    events = eventsComponent(loadCameoKnowledge());
  } else {
    const all = defaultComponents(sharedKnowledge());
    const at = all.findIndex((c) => c.name === 'events');
    upstream = all.slice(0, at);
    events = all[at] as Component;
  }
  console.error(`upstream: ${upstream.map((c) => c.name).join(', ')}`);
  const sys: string[] = [];
  const confusion = new Map<string, Map<string, number>>();
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (t: string, f: 'tp' | 'fp' | 'fn') => {
    const b = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    b[f]++;
    perType.set(t, b);
  };
  let correct = 0;
  let eventTime = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const doc = newDocument({ id: g.id, text: g.text });
    for (const c of upstream) c.run(doc);
    const t0 = performance.now();
    events.run(doc);
    eventTime += performance.now() - t0;
    const evs = doc.layers.events ?? [];
    sys.push(
      JSON.stringify({
        id: g.id,
        events: evs.map((e) => ({
          type: e.type,
          cameo: e.cameo,
          quad: e.quad,
          source: sixChars(e.source?.code),
          target: sixChars(e.target?.code),
          sourceCode: e.source?.code ?? null,
          targetCode: e.target?.code ?? null,
          modality: e.modality,
          trigger: { start: e.trigger.start, end: e.trigger.end },
        })),
      }),
    );
    const want = g.events[0]?.type ?? 'NONE';
    const got = evs[0]?.type ?? 'NONE';
    if (want === got) correct++;
    else if (showMisses)
      misses.push(
        `${want} <- ${got} [${evs.map((e) => `${e.trigger.text}:${e.cameo}`).join(' ')}] ${g.text}`,
      );
    const row = confusion.get(want) ?? new Map<string, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    confusion.set(want, row);
    const goldTypes = g.events.map((e) => e.type);
    const sysTypes = evs.map((e) => e.type);
    for (const t of sysTypes) {
      const i = goldTypes.indexOf(t);
      if (i >= 0) {
        bump(t, 'tp');
        goldTypes.splice(i, 1);
      } else bump(t, 'fp');
    }
    for (const t of goldTypes) bump(t, 'fn');
  }
  mkdirSync('.tmp', { recursive: true });
  const out = args.find((a) => a.startsWith('--out='))?.slice(6) ?? '.tmp/sys.jsonl';
  writeFileSync(out, `${sys.join('\n')}\n`);
  const types = [
    ...new Set([...confusion.keys(), ...[...confusion.values()].flatMap((r) => [...r.keys()])]),
  ].sort();
  console.log(
    `type accuracy (first event): ${(correct / gold.length).toFixed(3)} (${correct}/${gold.length})`,
  );
  console.log(`events component: ${(gold.length / (eventTime / 1000)).toFixed(0)} sentences/s`);
  console.log('\nper type: P R F1 (tp fp fn)');
  for (const t of types) {
    const b = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    const p = b.tp / (b.tp + b.fp || 1);
    const r = b.tp / (b.tp + b.fn || 1);
    const f = (2 * p * r) / (p + r || 1);
    console.log(`${t.padEnd(10)} ${p.toFixed(2)} ${r.toFixed(2)} ${f.toFixed(2)} (${b.tp} ${b.fp} ${b.fn})`);
  }
  console.log('\nconfusion (rows gold, columns first system event):');
  const short = (t: string) => t.slice(0, 5).padStart(6);
  console.log(`${''.padEnd(10)}${types.map(short).join('')}`);
  for (const g of types) {
    const row = confusion.get(g);
    if (!row) continue;
    console.log(`${g.padEnd(10)}${types.map((t) => String(row.get(t) ?? '.').padStart(6)).join('')}`);
  }
  if (showMisses) console.log(`\n${misses.join('\n')}`);
}

await main();
