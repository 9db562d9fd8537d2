import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_CONTRACT } from '../contract.js';
import { fullDocument, plainDocument } from '../fixtures.js';
import { MIGRATIONS } from '../migrations/index.js';
import { openSqliteStore, safeFtsQuery } from './index.js';
import { migrate } from './migrate.js';

describe('SqliteStore: the store contract', () => {
  for (const c of STORE_CONTRACT) it(c.name, () => c.run(() => openSqliteStore(':memory:')));
});

describe('SqliteStore keeping tokens', () => {
  const roundTrip = STORE_CONTRACT[0];
  it(roundTrip.name, () => roundTrip.run(() => openSqliteStore(':memory:', { keepTokens: true })));
  it('leaves tokens out by default', async () => {
    const store = openSqliteStore(':memory:');
    const doc = fullDocument();
    await store.putDocuments([doc]);
    const back = await store.getDocument(doc.id);
    expect(back?.layers.tokens).toBeUndefined();
    expect(back?.layers.sentences).toHaveLength(4);
    await store.close();
  });
});

describe('SqliteStore on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applies each migration once, records it, and reopens without re-applying', async () => {
    const path = join(dir, 'a.db');
    const store = openSqliteStore(path);
    expect(store.schemaVersions()).toEqual(MIGRATIONS.map((m) => m.version));
    await store.putDocuments([fullDocument()]);
    await store.close();
    const db = new Database(path);
    expect(migrate(db)).toEqual([]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = openSqliteStore(path);
    expect((await again.stats()).documents).toBe(1);
    await again.close();
  });

  it('refuses a database from a newer schema', () => {
    const path = join(dir, 'b.db');
    const db = new Database(path);
    migrate(db);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x')").run();
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this program/);
  });

  it('opens read-only for reports', async () => {
    const path = join(dir, 'c.db');
    const w = openSqliteStore(path);
    const doc = fullDocument();
    await w.putDocuments([doc]);
    const r = openSqliteStore(path, { readonly: true });
    expect((await r.getDocument(doc.id))?.layers.events).toHaveLength(2);
    await expect(r.putDocuments([plainDocument('Another text.')])).rejects.toThrow(/readonly/);
    await r.close();
    await w.close();
  });
});

describe('SqliteStore export', () => {
  it('pages through every event in timeline order, undated ones last', async () => {
    const store = openSqliteStore(':memory:');
    store.exportPageSize = 1;
    const docs = [1, 2, 3].map((n) => {
      const d = fullDocument({ url: `https://example.org/${n}`, published: null });
      return { ...d, id: `d${n}`, contentHash: `h${n}` };
    });
    await store.putDocuments(docs);
    const seen: string[] = [];
    for await (const e of store.exportEvents()) seen.push(`${e.documentId}:${e.id}:${e.day}`);
    expect(seen).toEqual([
      'd1:v1:2021-03-01',
      'd2:v1:2021-03-01',
      'd3:v1:2021-03-01',
      'd1:v2:null',
      'd2:v2:null',
      'd3:v2:null',
    ]);
    const assaults: string[] = [];
    for await (const e of store.exportEvents({ cameoRoot: '17' })) assaults.push(e.documentId);
    expect(assaults).toEqual(['d1', 'd2', 'd3']);
    await store.close();
  });
});

describe('safeFtsQuery', () => {
  it.each([
    ['"unbalanced -:', '"unbalanced"'],
    ['Kerry Syria', '"Kerry" "Syria"'],
    ['---', ''],
  ])('%s -> %s', (input, expected) => expect(safeFtsQuery(input)).toBe(expected));
});
