/**
 * The foundation's promise on bad input: a folder that mixes good articles with a binary file, an
 * empty file, a mis-encoded file, an HTML page with no article and a JSON Lines file with a broken
 * line is ingested whole; every good article is stored, every bad input is named with what to do,
 * the exit code says something failed, and nothing stored before is lost.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = { out: '', err: '' };
  stdout.on('data', (d) => {
    text.out += d;
  });
  stderr.on('data', (d) => {
    text.err += d;
  });
  return { io: { stdout, stderr, stdin: new PassThrough(), interactive: false }, text };
}

const article = (title: string, body: string) =>
  `${title}\n\nby Test Desk Reporter\nMar 4 2016, 10:00am\n\n${body}\n`;

describe('ingest of a folder with bad inputs', () => {
  it('stores every good article, names every bad input, and loses nothing stored before', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'a-good.txt'),
      article('Ministers Meet in Oslo', 'Ministers met in Oslo on Monday to discuss fishing rights.'),
    );
    writeFileSync(
      join(folder, 'b-binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
    );
    writeFileSync(join(folder, 'c-empty.txt'), '   \n\n');
    writeFileSync(
      join(folder, 'd-latin1.txt'),
      Buffer.from(
        'Caf\xe9 Owners Protest in Lyon\n\nOwners of caf\xe9s protested new taxes on Friday.\n',
        'latin1',
      ),
    );
    writeFileSync(
      join(folder, 'e-no-article.html'),
      '<html><head><title>Login</title></head><body><form><input name=u></form></body></html>',
    );
    writeFileSync(
      join(folder, 'f-records.jsonl'),
      [
        JSON.stringify({
          id: 'r1',
          text: 'Troops withdrew from the border town on Sunday.',
          published: '2016-03-06',
        }),
        '{not json',
        JSON.stringify({ id: 'r3', title: 'no text here' }),
      ].join('\n'),
    );
    const db = join(dir, 'mixed.db');
    const first = capture();
    await main(['ingest', join(folder, 'a-good.txt'), '--db', db, '--workers', '0'], first.io);

    const run = capture();
    const code = await main(['ingest', folder, '--db', db, '--workers', '0'], run.io);
    expect(code).toBe(1);
    // a-good is a duplicate of the first run; d-latin1 (decoded with a warning) and r1 are new.
    expect(run.text.out).toMatch(/stored 2, updated 0, duplicates 1, failed 5/);
    for (const [file, errorCode] of [
      ['b-binary.txt', 'E_BINARY'],
      ['c-empty.txt', 'E_EMPTY'],
      ['e-no-article.html', 'E_NO_ARTICLE'],
      ['f-records.jsonl:2', 'E_JSON'],
      ['f-records.jsonl:3', 'E_RECORD'],
    ])
      expect(run.text.err).toMatch(new RegExp(`${file.replace('.', '\\.')}: ${errorCode}: .+\\(.+\\)`));

    const store = openSqliteStore(db);
    const stats = await store.stats();
    await store.close();
    expect(stats.documents).toBe(3);
  });
});
