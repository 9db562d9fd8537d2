import { createHash } from 'node:crypto';
import { normaliseForHash } from '../model/document.js';

/** sha256 (hex) of the normalised text: the same article with other spacing or quote marks hashes alike. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text)).digest('hex');
}
