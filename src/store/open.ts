/**
 * Opens the store a command names with `--db`: a SQLite file today; a `postgres://` URL will select the
 * PostgreSQL store when it exists. Commands call this rather than a driver, so they stay storage-neutral.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openSqliteStore } from './sqlite/index.js';
import { type Store, StoreError } from './store.js';

export const DEFAULT_DB = 'sitrep.db';

export interface OpenOptions {
  /** Refuse to create a new, empty database (for commands that only read). */
  mustExist?: boolean;
  /** Resolve relative paths against this folder (default: the working directory). */
  cwd?: string;
}

export function openStore(location: string = DEFAULT_DB, options: OpenOptions = {}): Store {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new StoreError('E_STORE_UNSUPPORTED', 'the PostgreSQL store is not built yet; use a SQLite file');
  }
  if (location === ':memory:') return openSqliteStore(location);
  const path = resolve(options.cwd ?? process.cwd(), location);
  if (options.mustExist && !existsSync(path)) {
    throw new StoreError(
      'E_STORE_MISSING',
      `no database at ${path} (run \`sitrep ingest\` first, or pass --db)`,
    );
  }
  return openSqliteStore(path);
}
