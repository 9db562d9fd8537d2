// The text layer alone, as a pipeline module for `bench/ingest.ts --pipeline text` (compiled dist).
import { Pipeline } from '../dist/pipeline.js';
import { textLayer } from '../dist/text/index.js';

export function createPipeline() {
  return new Pipeline([textLayer()]);
}
