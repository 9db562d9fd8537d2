import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullDocument, plainDocument } from '../../store/fixtures.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import { reportCommand } from './report.js';
import { searchCommand } from './search.js';
import { showCommand } from './show.js';
import { captureIO } from './test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-report-'));
const db = join(dir, 'store.db');
const emptyDb = join(dir, 'empty.db');
const full = fullDocument();

beforeAll(async () => {
  const store = openSqliteStore(db);
  await store.putDocuments([
    full,
    plainDocument('Storm closes ferry routes\n\nFerries stayed in port as the storm passed.', {
      title: 'Storm closes ferry routes',
      published: { local: '2021-02-10', precision: 'day', zone: null, utc: null, sourceText: null },
    }),
  ]);
  await store.close();
  const empty = openSqliteStore(emptyDb);
  await empty.putDocuments([plainDocument('Only text here.')]);
  await empty.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(command: typeof reportCommand, argv: string[]) {
  const io = captureIO();
  const code = await command.run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('sitrep report', () => {
  it('writes every section from the store', async () => {
    const { code, out } = await run(reportCommand, ['--db', db]);
    expect(code).toBe(0);
    expect(out).toContain('# Situation report');
    expect(out).toContain('## Articles (2)');
    expect(out).toMatch(/2021-03-02 {2}Norway and Finland agree to fishing talks \(Fixture Times\)/);
    expect(out).toContain(
      'People and organisations:\n  Anna Berg [NORGOV], Foreign Minister: 1 article, 2 mentions',
    );
    expect(out).toContain('Countries and places:\n  Helsinki: 1 article, 1 mention');
    expect(out).toMatch(
      /2021-03-01 +asserted +CONSULT 042: Anna Berg \[NORGOV\] -> Finland \[FIN\], "visited" in Helsinki/,
    );
    expect(out).toMatch(/2021-03-02\* +reported +COERCE 1711: .*\(other 12\)/);
    expect(out).toContain(
      'Foreign Minister Anna Berg visited Helsinki on Monday to meet Finnish officials.  [',
    );
    expect(out).toContain('Anna Berg [NORGOV]: 1 quote in 1 article');
    expect(out).toContain('"We will sign a fishing accord within weeks,"');
    expect(out).toContain('window 2021-03-02 .. 2021-03-23, p=0.80, hedges: will');
  });

  it('limits to a period and says when a period is empty', async () => {
    const { out } = await run(reportCommand, ['--db', db, '--until', '2021-02-28']);
    expect(out).toContain('## Articles (1)');
    expect(out).toContain('Storm closes ferry routes');
    expect(out).toMatch(/## Timeline\n\(none in this period\)/);
  });

  it('says "none yet" for layers no component has filled', async () => {
    const { out } = await run(reportCommand, ['--db', emptyDb]);
    for (const title of ['Main actors', 'Timeline', 'Quotes by speaker', 'Open forecasts']) {
      expect(out).toContain(`## ${title}\n(none yet)`);
    }
  });

  it.each([
    [['--since', '17/11/2015'], /--since must be a day/],
    [['--since', '2021-03-02', '--until', '2021-03-01'], /after --until/],
    [['extra'], /unexpected argument/],
  ])('refuses %j', async (argv, message) => {
    await expect(reportCommand.run(['--db', db, ...argv], captureIO())).rejects.toThrow(message);
  });

  it('does not create a database that is not there', async () => {
    await expect(reportCommand.run(['--db', join(dir, 'nope.db')], captureIO())).rejects.toThrow(
      /no database/,
    );
  });
});

describe('sitrep search and show', () => {
  it('finds articles with a snippet and their ids', async () => {
    const { code, out } = await run(searchCommand, ['fishing accord', '--db', db]);
    expect(code).toBe(0);
    expect(out).toMatch(/^1\. Norway and Finland agree to fishing talks \(2021-03-02, Fixture Times\)\n/);
    expect(out).toContain('[fishing]');
    expect(out).toContain(`id ${full.id}`);
    expect((await run(searchCommand, ['zebra', '--db', db])).out).toBe("no matches for 'zebra'\n");
  });

  it('shows a stored document, and exits 1 for an unknown id', async () => {
    const { code, out } = await run(showCommand, [full.id, '--db', db]);
    expect(code).toBe(0);
    expect(out).toContain('# Norway and Finland agree to fishing talks');
    expect(out).toContain('Anna Berg');
    const missing = await run(showCommand, ['doc-nope', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("no document 'doc-nope'");
  });
});
