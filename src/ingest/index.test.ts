import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from './index.js';
import type { ReadOptions, ReadOutcome } from './types.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
/** Generated inputs go to the repository's ignored scratch folder, never into git. */
const SCRATCH = fileURLToPath(new URL('../../.tmp/ingest-test/', import.meta.url));

async function collect(paths: string[], opts?: ReadOptions): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const outcome of readInputs(paths, opts)) out.push(outcome);
  return out;
}

/** `origin` of a document or `origin code` of an error, for compact expectations. */
function summary(outcome: ReadOutcome): string {
  return outcome.ok ? `${outcome.doc.meta.origin}` : `${outcome.error.origin} ${outcome.error.code}`;
}

const scratch = (name: string) => join(SCRATCH, name);

beforeAll(async () => {
  mkdirSync(SCRATCH, { recursive: true });
  writeFileSync(
    scratch('binary.txt'),
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42]),
  );
  writeFileSync(
    scratch('picture.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  );
  writeFileSync(
    scratch('controls.txt'),
    Buffer.from('\x01\x02\x03\x04\x05\x06\x07\x0e\x0f\x10abc'.repeat(20), 'latin1'),
  );
  writeFileSync(
    scratch('latin1.txt'),
    Buffer.concat([Buffer.from('Talks in Z'), Buffer.from([0xfc]), Buffer.from('rich ended on Monday.')]),
  );
  const utf16 = 'Truce agreed\n\nBoth sides signed in K\u00F6ln on Monday.';
  writeFileSync(
    scratch('utf16le.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]),
  );
  writeFileSync(
    scratch('utf16be.txt'),
    Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16, 'utf16le').swap16()]),
  );
  writeFileSync(scratch('empty.txt'), '');
  writeFileSync(scratch('blank.txt'), '  \n\t\n  ');
  writeFileSync(scratch('notes.dat'), 'Ceasefire holds\n\nThe ceasefire held for a third day on Sunday.');
  writeFileSync(scratch('page.dat'), '<!doctype html><html><body><p>x</p></body></html>');
  writeFileSync(
    scratch('legacy.html'),
    Buffer.concat([
      Buffer.from(
        '<html lang="en"><head><meta charset="windows-1252"><title>Vote</title></head><body><article><p>',
      ),
      Buffer.from([0x93]),
      Buffer.from('We will not resign,'),
      Buffer.from([0x94]),
      Buffer.from(
        ` the prime minister said on Monday after the vote. ${'Lawmakers debated the motion for hours. '.repeat(4)}</p></article></body></html>`,
      ),
    ]),
  );
  writeFileSync(scratch('records.json'), '[{"text": "a"}, {"text": "b"}]');
  writeFileSync(scratch('long-line.jsonl'), `{"text": "${'a'.repeat(3000)}"}\n{"text": "short record"}\n`);
  // 50 MB, written sparsely: the reader must refuse it from its size, before reading it.
  const big = await open(scratch('huge.txt'), 'w');
  await big.truncate(50 * 1024 * 1024);
  await big.close();
});

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe('readInputs: folders and formats', () => {
  it('reads a folder recursively, sorted, skipping dot-files and the folder README', async () => {
    const outcomes = await collect([join(FIXTURES, 'folder')]);
    expect(outcomes.map((o) => summary(o).slice(FIXTURES.length))).toEqual([
      'folder/a-first.txt',
      'folder/b-second.txt',
      'folder/nested/c-third.md',
    ]);
  });

  it('gives one outcome per JSON line, and goes on past bad lines', async () => {
    const outcomes = await collect([join(FIXTURES, 'jsonl/records.jsonl')]);
    expect(outcomes.map((o) => summary(o).slice(FIXTURES.length))).toEqual([
      'jsonl/records.jsonl:1',
      'jsonl/records.jsonl:2',
      'jsonl/records.jsonl:3 E_JSON',
      'jsonl/records.jsonl:4 E_RECORD',
      'jsonl/records.jsonl:6',
    ]);
  });

  it('gives one outcome per feed item, and one error for a malformed feed', async () => {
    const outcomes = await collect([join(FIXTURES, 'feeds')]);
    expect(outcomes.map((o) => summary(o).slice(FIXTURES.length))).toEqual([
      'feeds/atom.xml#1',
      'feeds/atom.xml#2',
      'feeds/broken.xml:8 E_FEED',
      'feeds/rss.xml#1',
      'feeds/rss.xml#2',
    ]);
  });

  it('reads HTML by extension and refuses the page with no article', async () => {
    const outcomes = await collect([join(FIXTURES, 'html')]);
    expect(outcomes.map((o) => (o.ok ? o.doc.meta.format : o.error.code))).toEqual([
      'html',
      'html',
      'E_NO_ARTICLE',
      'html',
    ]);
  });

  it('sniffs the format of an unknown extension from the content', async () => {
    const outcomes = await collect([scratch('notes.dat'), scratch('page.dat')]);
    expect(outcomes.map((o) => (o.ok ? o.doc.meta.format : o.error.code))).toEqual(['text', 'E_NO_ARTICLE']);
  });

  it('takes the date of an undated article from its .published sidecar, and skips sidecars in folders', async () => {
    const folder = scratch('dated');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'story.txt'), 'Truce holds\n\nThe truce held on Monday.');
    writeFileSync(join(folder, 'story.published'), '2015-11-17\n');
    writeFileSync(join(folder, 'dated.txt'), 'Truce holds\n\n17 November 2016\n\nThe truce held on Monday.');
    writeFileSync(join(folder, 'dated.published'), '2015-11-17\n');
    const outcomes = await collect([folder]);
    expect(
      outcomes.map((o) =>
        o.ok ? [o.doc.meta.origin?.slice(folder.length), o.doc.meta.published?.local] : o.error.code,
      ),
    ).toEqual([
      ['/dated.txt', '2016-11-17'],
      ['/story.txt', '2015-11-17'],
    ]);
  });

  it('reads standard input for `-`, sniffing JSON Lines', async () => {
    const stdin = (async function* () {
      yield '{"id": "s1", "text": "First."}\n';
      yield Buffer.from('{"id": "s2", "text": "Second."}\n');
    })();
    const outcomes = await collect(['-'], { stdin });
    expect(outcomes.map(summary)).toEqual(['-:1', '-:2']);
    expect(outcomes.map((o) => o.ok && o.doc.id)).toEqual(['s1', 's2']);
  });

  it('reads plain text from standard input', async () => {
    const stdin = (async function* () {
      yield 'Truce holds\n\nThe truce held on Monday.';
    })();
    const [outcome] = await collect(['-'], { stdin });
    expect(outcome.ok && outcome.doc.meta).toMatchObject({
      title: 'Truce holds',
      origin: '-',
      format: 'text',
    });
  });
});

describe('readInputs: bad inputs, each named, the batch going on', () => {
  type Row = [name: string, code: string, message: RegExp];
  const BAD: Row[] = [
    ['binary.txt', 'E_BINARY', /binary/],
    ['controls.txt', 'E_BINARY', /binary/],
    ['picture.png', 'E_UNSUPPORTED', /binary/],
    ['empty.txt', 'E_EMPTY', /empty/],
    ['blank.txt', 'E_EMPTY', /white space/],
    ['huge.txt', 'E_TOO_LARGE', /50\.0 MB, over the 20\.0 MB limit/],
    ['missing.txt', 'E_NOT_FOUND', /no such file/],
    ['records.json', 'E_UNSUPPORTED', /JSON array/],
  ];
  it.each(BAD)('%s -> %s', async (name, code, message) => {
    const [outcome] = await collect([scratch(name)]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe(code);
      expect(outcome.error.origin).toBe(scratch(name));
      expect(outcome.error.message).toMatch(message);
      expect(outcome.error.hint.length).toBeGreaterThan(10);
    }
  });

  it('does not stop a batch on bad inputs', async () => {
    const outcomes = await collect([scratch('missing.txt'), scratch('binary.txt'), scratch('notes.dat')]);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual(['E_NOT_FOUND', 'E_BINARY', 'ok']);
  });

  it('decodes invalid UTF-8 with replacement characters and a W_ENCODING diagnostic', async () => {
    const [outcome] = await collect([scratch('latin1.txt')]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.doc.text).toBe('Talks in Z\uFFFDrich ended on Monday.');
    expect(outcome.doc.diagnostics).toEqual([
      expect.objectContaining({
        code: 'W_ENCODING',
        at: scratch('latin1.txt'),
        message: expect.stringMatching(/1 invalid/),
      }),
    ]);
  });

  it('decodes an HTML page in the legacy charset it declares', async () => {
    const [outcome] = await collect([scratch('legacy.html')]);
    expect(outcome.ok && outcome.doc.text).toContain(
      '\u201CWe will not resign,\u201D the prime minister said',
    );
    expect(outcome.ok && outcome.doc.diagnostics).toEqual([]);
  });

  it.each(['utf16le.txt', 'utf16be.txt'])('decodes %s from its byte-order mark', async (name) => {
    const [outcome] = await collect([scratch(name)]);
    expect(outcome.ok && outcome.doc.text).toBe('Truce agreed\n\nBoth sides signed in K\u00F6ln on Monday.');
    expect(outcome.ok && outcome.doc.diagnostics).toEqual([]);
  });

  it('applies maxBytes per line to JSON Lines, which are streamed', async () => {
    const outcomes = await collect([scratch('long-line.jsonl')], { maxBytes: 1000 });
    expect(outcomes.map((o) => summary(o).slice(SCRATCH.length))).toEqual([
      'long-line.jsonl:1 E_TOO_LARGE',
      'long-line.jsonl:2',
    ]);
  });

  it('refuses standard input over maxBytes', async () => {
    const stdin = (async function* () {
      for (let i = 0; i < 10; i++) yield 'x'.repeat(1000);
    })();
    const [outcome] = await collect(['-'], { stdin, maxBytes: 5000 });
    expect(outcome.ok ? null : outcome.error).toMatchObject({ code: 'E_TOO_LARGE', origin: '-' });
  });
});
