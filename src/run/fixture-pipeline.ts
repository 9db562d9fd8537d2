/**
 * A stand-in pipeline for the runner's tests: it fails on purpose on texts containing `FAIL-PIPELINE`,
 * and otherwise runs the text layer (enough for the runner's tests, and fast to start in a worker).
 */
import type { Document } from '../model/document.js';
import { Pipeline } from '../pipeline.js';
import { textLayer } from '../text/index.js';

export function createPipeline() {
  const real = new Pipeline([textLayer()]);
  return {
    run(doc: Document): Document {
      if (doc.text.includes('FAIL-PIPELINE')) throw new Error('this text breaks the pipeline on purpose');
      return real.run(doc);
    },
  };
}
