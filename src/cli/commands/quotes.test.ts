import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullDocument, plainDocument } from '../../store/fixtures.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { quotesCommand } from './quotes.js';
import { searchCommand } from './search.js';
import { captureIO } from './test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-quotes-'));
const db = join(dir, 'store.db');

beforeAll(async () => {
  const store = openSqliteStore(db);
  await store.putDocuments([
    fullDocument(),
    plainDocument(
      'Storm closes ferry routes\n\nFerries stayed in port as the storm passed the fishing grounds.',
      {
        title: 'Storm closes ferry routes',
        published: { local: '2021-02-10', precision: 'day', zone: null, utc: null, sourceText: null },
      },
    ),
  ]);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(command: Command, argv: string[]) {
  const io = captureIO();
  const code = await command.run(argv, io);
  return { code, out: io.out() };
}

describe('sitrep quotes', () => {
  it('answers "everything Berg said about the accord"', async () => {
    const { code, out } = await run(quotesCommand, ['accord', '--speaker', 'Berg', '--db', db]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^2021-03-02 {2}Anna Berg \[NORGOV\] \(direct, said\): "We will sign a fishing accord/,
    );
    expect(out).toMatch(/\[[^\]]+:q\d+\]\n$/);
  });

  it('finds by actor code and says when nothing matches', async () => {
    expect((await run(quotesCommand, ['--code', 'NOR', '--db', db])).out).toContain('Anna Berg [NORGOV]');
    expect((await run(quotesCommand, ['strike', '--speaker', 'Berg', '--db', db])).out).toBe(
      'no quotes match\n',
    );
    expect((await run(quotesCommand, ['--code', 'FIN', '--db', db])).out).toBe('no quotes match\n');
  });

  it('ranks who was quoted most in a period, as text or JSON', async () => {
    const top = await run(quotesCommand, ['--top', '--db', db]);
    expect(top.out).toMatch(/^ +\d+ {2}Anna Berg \[NORGOV\] \(1 article\)\n/);
    const json = await run(quotesCommand, ['--top', '--json', '--db', db]);
    expect(JSON.parse(json.out.split('\n')[0])).toMatchObject({
      name: 'Anna Berg',
      code: 'NORGOV',
      documents: 1,
    });
    const before = await run(quotesCommand, ['--top', '--until', '2021-02-28', '--db', db]);
    expect(before.out).toBe('no quotes with a speaker in this period\n');
  });

  it('rejects bad days and limits as usage errors', async () => {
    await expect(run(quotesCommand, ['--since', '17/11/2015', '--db', db])).rejects.toThrow(UsageError);
    await expect(
      run(quotesCommand, ['--since', '2021-03-02', '--until', '2021-03-01', '--db', db]),
    ).rejects.toThrow('--since is after --until');
    await expect(run(quotesCommand, ['--limit', '0', '--db', db])).rejects.toThrow('--limit');
  });
});

describe('sitrep search --actor', () => {
  it('lists the articles that mention an actor, with or without words', async () => {
    const byActor = await run(searchCommand, ['--actor', 'norgov', '--db', db]);
    expect(byActor.out).toMatch(/^1\. Norway and Finland agree to fishing talks \(2021-03-02/);
    expect(byActor.out).not.toContain('Storm closes');
    // `fishing` is in both articles; only one mentions the Norwegian government.
    const both = await run(searchCommand, ['fishing', '--actor', 'NORGOV', '--db', db]);
    expect(both.out).toContain('Norway and Finland');
    expect(both.out).not.toContain('Storm closes');
    expect((await run(searchCommand, ['fishing', '--db', db])).out).toContain('Storm closes');
    expect((await run(searchCommand, ['--actor', 'SYRGOV', '--db', db])).out).toBe(
      'no stored article mentions an actor coded SYRGOV*\n',
    );
  });

  it('needs words or an actor', async () => {
    await expect(run(searchCommand, ['--db', db])).rejects.toThrow('--actor CODE');
  });
});
