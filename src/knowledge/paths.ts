import { fileURLToPath } from 'node:url';

/**
 * The project's `data/` folder. Both `src/knowledge/` and the compiled `dist/knowledge/` sit two
 * levels below the package root, so one relative path serves both.
 */
export function dataDir(): string {
  return fileURLToPath(new URL('../../data/', import.meta.url));
}
