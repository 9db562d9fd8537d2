import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, type Migration } from '../migrations/index.js';
import { StoreError } from '../store.js';

/**
 * Applies the migrations this database has not seen, each in its own transaction, and records them in
 * `schema_migrations`. Returns the versions applied now. A database written by a newer Sitrep (a
 * version this program does not know) is refused rather than guessed at.
 */
export function migrate(db: BetterSqlite3.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
  )`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new StoreError(
      'E_STORE_SCHEMA',
      `the database is at schema version ${current}, newer than this program knows (${latest}); upgrade sitrep`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
