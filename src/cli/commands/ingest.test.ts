import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import type { ReadOutcome } from '../../ingest/types.js';
import { siblingModule } from '../../run/pipeline-module.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import { createIngestCommand, ingestCommand } from './ingest.js';
import { captureIO } from './test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in reader: one document per path, `missing*` paths fail as the real reader would. */
async function* fakeRead(paths: string[]): AsyncIterable<ReadOutcome> {
  for (const p of paths) {
    if (p.startsWith('missing')) {
      yield {
        ok: false,
        error: { code: 'E_NOT_FOUND', origin: p, message: 'no such file', hint: 'check the path' },
      };
    } else {
      yield {
        ok: true,
        doc: newDocument({ text: `Text of ${p.replace(/-copy$/, '')}. It is short.`, meta: { origin: p } }),
      };
    }
  }
}

describe('sitrep ingest', () => {
  it('stores, counts duplicates, lists failures and exits 1 when an input failed', async () => {
    const db = join(dir, 'a.db');
    const io = captureIO();
    const code = await createIngestCommand(fakeRead).run(
      ['one', 'two', 'one-copy', 'missing.txt', '--db', db],
      io,
    );
    expect(code).toBe(1);
    expect(io.out()).toMatch(/^stored 2, updated 0, duplicates 1, failed 1 \(4 inputs in .* in-process\)\n$/);
    expect(io.err()).toBe('missing.txt: E_NOT_FOUND: no such file (check the path)\n');
    const again = captureIO();
    expect(await createIngestCommand(fakeRead).run(['one', 'two', '--db', db], again)).toBe(0);
    expect(again.out()).toMatch(/^stored 0, updated 0, duplicates 2, failed 0/);
    const store = openSqliteStore(db);
    expect((await store.stats()).documents).toBe(2);
    await store.close();
  });

  it('reads real files through the readers and draws progress only on a terminal', async () => {
    const file = join(dir, 'article.txt');
    writeFileSync(file, 'Harbour reopens\n\nThe harbour reopened on Friday after repairs.\n');
    const db = join(dir, 'b.db');
    const quiet = captureIO(false);
    const textOnly = createIngestCommand(undefined, { pipelineModule: siblingModule('./fixture-pipeline') });
    expect(await textOnly.run([file, '--db', db, '--workers', '0'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
    expect(quiet.out()).toMatch(/^stored 1,/);
    const store = openSqliteStore(db);
    const [doc] = await store.search('harbour');
    expect(doc.origin).toContain('article.txt');
    await store.close();
  });

  it('is the registered command', () => {
    expect(ingestCommand.name).toBe('ingest');
  });

  it.each([
    [[], /name at least one/],
    [['x', '--batch', '0'], /--batch must be an integer >= 1/],
    [['x', '--workers', 'two'], /--workers/],
    [['x', '--format', 'pdf'], /unknown --format/],
  ])('refuses bad usage %j', async (argv, message) => {
    await expect(createIngestCommand(fakeRead).run(argv as string[], captureIO())).rejects.toThrow(message);
  });
});
