// Measures how long each knowledge loader takes and how much memory it keeps, in this fresh process.
// Prints JSON: {name: {ms, heapMb, rssMb}}. Loaders that do not exist yet are skipped.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const loaders = [
  ['actors', 'dist/knowledge/actors/index.js', 'loadActorKnowledge'],
  ['ner-model', 'dist/extract/entities/tagger/index.js', 'loadNerModel'],
  ['gazetteer', 'dist/knowledge/gazetteer/index.js', 'loadGazetteer'],
  ['cameo', 'dist/knowledge/cameo/index.js', 'loadCameoKnowledge'],
];
const mb = (x) => +(x / 1048576).toFixed(1);
const result = {};
const keep = [];
for (const [name, file, fn] of loaders) {
  let mod;
  try {
    mod = await import(join(root, file));
  } catch {
    continue;
  }
  if (typeof mod[fn] !== 'function') continue;
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const loaded = mod[fn]();
  keep.push(loaded);
  const ms = Math.round(performance.now() - t0);
  globalThis.gc?.();
  result[name] = {
    ms,
    heapMb: mb(process.memoryUsage().heapUsed - heap0),
    rssMb: mb(process.memoryUsage().rss - rss0),
  };
  // The actor base comes from the prebuilt index unless a data file changed since the build.
  if (loaded?.stats && 'fromIndex' in loaded.stats) result[name].fromIndex = loaded.stats.fromIndex;
}
console.log(JSON.stringify(result));
