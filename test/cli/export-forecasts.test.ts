import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { readPlainText } from '../../src/ingest/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

const ARTICLE = `Rebels Seize Border Town as Talks Stall

by Test Desk
Mar 3 2016, 9:00am

Syrian rebels attacked government positions in Aleppo on Tuesday, killing 12 soldiers. The Syrian army shelled rebel districts in response.

Turkey will host talks between the two sides next week, officials said.`;

function io(): CommandIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d) => {
    o += d;
  });
  stderr.on('data', (d) => {
    e += d;
  });
  return { stdout, stderr, stdin: new PassThrough(), interactive: false, out: () => o, err: () => e };
}

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
  db = join(dir, 'test.db');
  const read = readPlainText(ARTICLE, { origin: 'test.txt' });
  if (!read.ok) throw new Error(read.error.message);
  const store = openSqliteStore(db);
  await store.putDocuments([createPipeline().run(read.doc)]);
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep export', () => {
  it('writes GDELT rows with SOURCEURL and provenance columns, one per event', async () => {
    const x = io();
    expect(await main(['export', '--format', 'gdelt', '--header', '--db', db], x)).toBe(0);
    const [header, ...rows] = x.out().trim().split('\n');
    expect(header.split('\t')).toContain('SOURCEURL');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.split('\t')).toHaveLength(header.split('\t').length);
    expect(x.err()).toMatch(/exported \d+ event/);
  });

  it('writes PLOVER JSON records and a CSV with a header', async () => {
    const plover = io();
    await main(['export', '--format', 'plover', '--db', db], plover);
    const records = plover
      .out()
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(0);
    const csv = io();
    await main(['export', '--format', 'csv', '--db', db], csv);
    expect(csv.out().split('\n')[0]).toMatch(/doc_id/);
  });

  it('writes a GeoJSON FeatureCollection of located events', async () => {
    const x = io();
    await main(['export', '--format', 'geojson', '--db', db], x);
    const fc = JSON.parse(x.out());
    expect(fc.type).toBe('FeatureCollection');
    for (const f of fc.features) expect(f.geometry.coordinates).toHaveLength(2);
  });

  it('refuses an unknown format with a usage error', async () => {
    const x = io();
    expect(await main(['export', '--format', 'xml', '--db', db], x)).toBe(2);
  });
});

describe('sitrep forecasts', () => {
  it('lists the forecast of the article and records a decision by hand', async () => {
    const list = io();
    await main(['forecasts', 'list', '--db', db], list);
    const ref = /^(\S+:f\d+) \[open\]/m.exec(list.out())?.[1];
    expect(ref).toBeDefined();
    const resolve = io();
    expect(
      await main(
        [
          'forecasts',
          'resolve',
          ref as string,
          '--status',
          'fulfilled',
          '--note',
          'checked by hand',
          '--db',
          db,
        ],
        resolve,
      ),
    ).toBe(0);
    expect(resolve.out()).toMatch(/open -> fulfilled \(by hand/);
    const history = io();
    await main(['forecasts', 'history', ref as string, '--db', db], history);
    expect(history.out()).toMatch(/by hand.*checked by hand/);
    const scores = io();
    await main(['forecasts', 'scores', '--db', db], scores);
    expect(scores.out()).toMatch(/hit-rate/);
  });
});
