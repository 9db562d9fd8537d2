/**
 * A stand-in pipeline for the runner's tests: the text layer only (so the tests do not depend on every
 * component), a deliberate failure on texts containing `FAIL-PIPELINE`, and a deliberate
 * out-of-memory on texts containing `EXHAUST-HEAP` (for the pool's heap cap).
 */
import type { Document } from '../model/document.js';
import { textLayer } from '../text/index.js';

export function createPipeline() {
  const text = textLayer();
  return {
    run(doc: Document): Document {
      if (doc.text.includes('FAIL-PIPELINE')) throw new Error('this text breaks the pipeline on purpose');
      if (doc.text.includes('EXHAUST-HEAP')) {
        const hoard: number[][] = [];
        for (;;) hoard.push(new Array(100_000).fill(hoard.length));
      }
      text.run(doc);
      return doc;
    },
  };
}
