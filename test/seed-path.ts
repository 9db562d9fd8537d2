import { fileURLToPath } from 'node:url';

/**
 * The seed article as bundled in samples/ (the same bytes as shared/articles/000_f64cab7d3e2a07c0.txt),
 * so tests run on any machine, with or without shared/ beside the checkout.
 */
export const SEED_ARTICLE = fileURLToPath(
  new URL('../samples/vice-2015-11-17-kerry-ceasefire.txt', import.meta.url),
);
