/**
 * Runs the text layer and the places component over a gold JSON Lines file and writes one line per
 * document, `{id, places:[{start,end,lat,lon,country}]}`, for `node ../shared/tools/score.mjs
 * GOLD SYS --layer places`. Demonyms (`Syrian`) are left out: the geoparsing gold sets annotate names.
 * By default the entities layer is empty, so the figures measure the gazetteer matcher on its own;
 * `--entities` runs the entities component first (its GPE/LOC/NORP mentions then set the spans).
 *
 *   npx tsx scripts/eval-places.ts ../shared/gold/dev/geovirus.jsonl .tmp/places-sys.jsonl [--entities] [--unresolved]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { placesComponent } from '../src/extract/places/index.js';
import { newDocument } from '../src/ingest/new-document.js';
import { loadGazetteer } from '../src/knowledge/gazetteer/index.js';
import { textLayer } from '../src/text/index.js';

const args = process.argv.slice(2);
const withEntities = args.includes('--entities');
/** `--unresolved` also writes the toponyms left unresolved (no coordinates: geocoding misses). */
const includeUnresolved = args.includes('--unresolved');
const [goldFile, outFile = '.tmp/places-sys.jsonl'] = args.filter((a) => !a.startsWith('--'));
if (!goldFile) {
  console.error('usage: tsx scripts/eval-places.ts GOLD.jsonl [OUT.jsonl]');
  process.exit(2);
}
const t0 = performance.now();
const gaz = loadGazetteer();
const loadMs = performance.now() - t0;
const text = textLayer();
let entities: { run(doc: ReturnType<typeof newDocument>): void } | null = null;
if (withEntities) {
  const { entitiesComponent } = await import('../src/extract/entities/index.js');
  const { loadActorKnowledge } = await import('../src/knowledge/actors/index.js');
  entities = entitiesComponent(loadActorKnowledge());
}
const places = placesComponent(gaz);
const golds = readFileSync(goldFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string });

let textMs = 0;
let placeMs = 0;
const lines: string[] = [];
for (const g of golds) {
  const doc = newDocument({ id: g.id, text: g.text });
  let t = performance.now();
  text.run(doc);
  if (entities) entities.run(doc);
  else {
    doc.layers.mentions = [];
    doc.layers.entities = [];
  }
  textMs += performance.now() - t;
  t = performance.now();
  places.run(doc);
  placeMs += performance.now() - t;
  const out = (doc.layers.places ?? [])
    .filter(
      (p) =>
        (includeUnresolved || p.resolved) &&
        !p.rules.includes('spot.demonym') &&
        !p.rules.includes('demonym'),
    )
    .map((p) => ({
      start: p.start,
      end: p.end,
      lat: p.lat,
      lon: p.lon,
      country: p.country,
      name: p.name,
      text: p.text,
    }));
  lines.push(JSON.stringify({ id: g.id, places: out }));
}
writeFileSync(outFile, `${lines.join('\n')}\n`);
console.log(
  `${golds.length} docs; gazetteer load ${loadMs.toFixed(0)} ms; text layer ${textMs.toFixed(0)} ms; places ${placeMs.toFixed(0)} ms = ${((golds.length * 1000) / placeMs).toFixed(0)} articles/s (places component alone)`,
);
