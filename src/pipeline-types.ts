import type { Document } from './model/document.js';
import type { LayerName } from './model/layers.js';

/**
 * A pipeline component fills some layers of a Document from others. It receives any data it needs
 * (dictionaries, models) when it is built, and never reads files itself.
 */
export interface Component {
  name: string;
  version: string;
  /** Layers that must be present before it runs. */
  reads: LayerName[];
  /** Layers it fills. */
  writes: LayerName[];
  run(doc: Document): void;
}
