/**
 * A stand-in pipeline for the runner's tests: the text layer only (so the tests do not depend on every
 * component), and a deliberate failure on texts containing `FAIL-PIPELINE`.
 */
import type { Document } from '../model/document.js';
import { textLayer } from '../text/index.js';

export function createPipeline() {
  const text = textLayer();
  return {
    run(doc: Document): Document {
      if (doc.text.includes('FAIL-PIPELINE')) throw new Error('this text breaks the pipeline on purpose');
      text.run(doc);
      return doc;
    },
  };
}
