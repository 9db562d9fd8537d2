// Writes the prebuilt actor index (dist/knowledge/actors/actor-index.bin) from data/actors/, so that
// `loadActorKnowledge` reads the names back instead of deriving them from 60,000 TSV rows each start.
// Run after `tsc` (it uses the compiled loader, whose code is part of the index's stamp). The index is
// checked against the data files' bytes at every load: after an edit it is ignored until rebuilt.
import { writeActorIndex } from '../dist/knowledge/actors/index.js';

const t0 = performance.now();
const { file, bytes } = writeActorIndex();
console.log(
  `actor index: ${file} (${(bytes / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - t0)} ms)`,
);
