/**
 * A stand-in pipeline for the runner's tests: it fails on purpose on texts containing `FAIL-PIPELINE`,
 * and otherwise runs the real default pipeline.
 */
import type { Document } from '../model/document.js';
import { defaultPipeline } from '../pipeline.js';

export function createPipeline() {
  const real = defaultPipeline();
  return {
    run(doc: Document): Document {
      if (doc.text.includes('FAIL-PIPELINE')) throw new Error('this text breaks the pipeline on purpose');
      return real.run(doc);
    },
  };
}
