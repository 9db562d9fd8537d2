// The text layer alone, as a pipeline module for `bench/ingest.ts --pipeline text` (compiled dist).
// It imports only the text layer, so it measures the foundation even while other components change.
import { textLayer } from '../dist/text/index.js';

export function createPipeline() {
  const text = textLayer();
  return {
    run(doc) {
      text.run(doc);
      return doc;
    },
  };
}
