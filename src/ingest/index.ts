/**
 * The readers' front door: `readInputs(paths)` turns files, folders and standard input into
 * Documents, one outcome per article, and never stops a batch on one bad input.
 *
 *   - a folder is read recursively, in sorted order, skipping dot-files and dot-folders;
 *   - `-` reads standard input (format sniffed from the content);
 *   - the format comes from the extension (.txt/.md, .html/.htm, .jsonl/.ndjson, .xml/.rss/.atom),
 *     else from the content; JSON Lines give one outcome per line, feeds one per item;
 *   - a file over `maxBytes` is refused before it is read; JSON Lines files are streamed, so the
 *     limit applies to each line instead;
 *   - `story.published` beside `story.txt` (or `.html`) gives the date of an article that states none.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../model/document.js';
import type { InputFormat } from '../model/metadata.js';
import { parseDate } from './dates.js';
import { decodeBytes, decodeLine, looksBinary } from './decode.js';
import { failure } from './errors.js';
import { readJsonlLine } from './jsonl.js';
import { readPlainText } from './plain-text.js';
import { formatFromPath, sniffFormat } from './sniff.js';
import type { ReadOptions, ReadOutcome } from './types.js';

export { readJsonlLine } from './jsonl.js';
export { readPlainText } from './plain-text.js';
export { formatInputError, type InputError, type ReadOptions, type ReadOutcome } from './types.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const STDIN = '-';
/** Extension of a publication-date sidecar file (see applySidecarDate). */
const SIDECAR = '.published';

/** Reads every input in turn; errors come out as outcomes, in input order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncIterable<ReadOutcome> {
  for (const path of paths) {
    if (path === STDIN) {
      yield* readStdin(opts);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (e) {
      yield fileError(e, path);
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) {
        if (typeof file === 'string') yield* readPath(file, opts);
        else yield file;
      }
    } else yield* readPath(path, opts, info.size);
  }
}

/**
 * A corpus folder's own documentation (README, LICENSE, SOURCES, NOTICE, CHANGELOG) describes the
 * articles; it is not one of them. Named on the command line, such a file is read like any other.
 */
const FOLDER_DOCS = /^(readme|licen[cs]e|sources|notice|changelog|copying)(\.(md|txt|rst))?$/i;

/**
 * Files under a folder, sorted by name; dot-files, dot-folders, sidecars and the folder's own
 * documentation skipped; symlinked folders not followed.
 */
async function* walk(dir: string): AsyncIterable<string | ReadOutcome> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield fileError(e, dir);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.endsWith(SIDECAR) || FOLDER_DOCS.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink() && (await isFile(path))) yield path; // linked folders: not followed (no loops)
  }
}

async function* readPath(path: string, opts: ReadOptions, knownSize?: number): AsyncIterable<ReadOutcome> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const format = opts.format ?? formatFromPath(path);
  if (format === 'jsonl') {
    yield* readJsonlFile(path, maxBytes);
    return;
  }
  let size = knownSize;
  try {
    size ??= (await stat(path)).size;
  } catch (e) {
    yield fileError(e, path);
    return;
  }
  if (size > maxBytes) {
    yield failure(
      'E_TOO_LARGE',
      path,
      `the file is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit`,
    );
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield fileError(e, path);
    return;
  }
  for await (const outcome of readBytes(bytes, path, format)) {
    if (outcome.ok && outcome.doc.meta.published === null) await applySidecarDate(outcome.doc, path);
    yield outcome;
  }
}

/**
 * `story.txt` may come with `story.published` holding its publication date (`2015-11-17`,
 * `2015-11-17T17:30:00Z`), for articles that state none. The text's own dateline wins.
 */
async function applySidecarDate(doc: Document, path: string): Promise<void> {
  const sidecar = path.replace(/\.[^./\\]*$/, '') + SIDECAR;
  let value: string;
  try {
    value = (await readFile(sidecar, 'utf8')).trim();
  } catch {
    return; // no sidecar: the usual case
  }
  const parsed = parseDate(value);
  if (parsed) doc.meta.published = parsed.published;
  else
    doc.diagnostics.push({
      code: 'W_DATE',
      message: `${SIDECAR} file is not a date: ${value.slice(0, 60)}`,
      at: sidecar,
    });
}

async function* readStdin(opts: ReadOptions): AsyncIterable<ReadOutcome> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of opts.stdin ?? process.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    total += bytes.length;
    if (total > maxBytes) {
      yield failure('E_TOO_LARGE', STDIN, `standard input is over the ${megabytes(maxBytes)} limit`);
      return;
    }
    chunks.push(bytes);
  }
  yield* readBytes(Buffer.concat(chunks), STDIN, opts.format ?? null);
}

/**
 * Everything after the bytes are in memory: binary check, decoding, format, reader.
 *
 * The HTML and feed readers are imported on their first use: their DOM parser (linkedom) takes
 * about 300 ms to load, which plain-text and JSON Lines inputs should not pay.
 */
export async function* readBytes(
  bytes: Uint8Array,
  origin: string,
  format: InputFormat | null,
): AsyncIterable<ReadOutcome> {
  if (bytes.length === 0) {
    yield failure('E_EMPTY', origin, 'the input is empty (0 bytes)');
    return;
  }
  if (looksBinary(bytes)) {
    yield format
      ? failure('E_BINARY', origin, `the content is binary (NUL or control bytes), not ${format}`)
      : failure('E_UNSUPPORTED', origin, 'unknown file type with binary content');
    return;
  }
  const { text, diagnostics } = decodeBytes(bytes, origin, format === 'html' || format === null);
  if (text.trim() === '') {
    yield failure('E_EMPTY', origin, 'the input is empty or white space only');
    return;
  }
  if (format === null && /\.json$/i.test(origin) && text.trimStart().startsWith('[')) {
    yield failure(
      'E_UNSUPPORTED',
      origin,
      'a JSON array, not JSON Lines',
      "write one record per line, e.g. jq -c '.[]' in.json > in.jsonl",
    );
    return;
  }
  const chosen = format ?? sniffFormat(text);
  switch (chosen) {
    case 'text':
      yield guarded(origin, () => readPlainText(text, { origin, diagnostics }));
      return;
    case 'html': {
      const { readHtml } = await import('./html.js');
      yield guarded(origin, () => readHtml(text, { origin, diagnostics }));
      return;
    }
    case 'feed': {
      const { readFeed } = await import('./feed.js');
      yield* guardedAll(origin, () => readFeed(text, origin, diagnostics));
      return;
    }
    case 'jsonl': {
      const lines = text.split('\n');
      let records = 0;
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() === '') continue;
        records++;
        const at = `${origin}:${i + 1}`;
        yield guarded(at, () => readJsonlLine(lines[i], at, [...diagnostics]));
      }
      if (records === 0) yield failure('E_EMPTY', origin, 'no records');
      return;
    }
  }
}

/**
 * Streams a JSON Lines file line by line, so a corpus of any size is read in bounded memory. A
 * line longer than `maxBytes` is skipped (E_TOO_LARGE naming it) without being held in memory.
 */
async function* readJsonlFile(path: string, maxBytes: number): AsyncIterable<ReadOutcome> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let lineNo = 0;
  let records = 0;
  let first = true;
  const finishLine = (): ReadOutcome | null => {
    lineNo++;
    const origin = `${path}:${lineNo}`;
    const tooLong = overflow;
    const bytes = pending.length === 1 ? pending[0] : Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    overflow = false;
    if (tooLong) {
      records++;
      return failure('E_TOO_LARGE', origin, `the line is over the ${megabytes(maxBytes)} limit`);
    }
    const { text, diagnostics } = decodeLine(lineNo === 1 ? stripUtf8Bom(bytes) : bytes, origin);
    if (text.trim() === '') return null;
    records++;
    return guarded(origin, () => readJsonlLine(text, origin, diagnostics));
  };
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        if (looksBinary(chunk)) {
          yield failure('E_BINARY', path, 'the content is binary (NUL or control bytes), not JSON Lines');
          return;
        }
      }
      let from = 0;
      while (from <= chunk.length) {
        const newline = chunk.indexOf(0x0a, from);
        const end = newline < 0 ? chunk.length : newline;
        if (!overflow && end > from) {
          if (pendingBytes + (end - from) > maxBytes) {
            overflow = true;
            pending = [];
            pendingBytes = 0;
          } else {
            pending.push(chunk.subarray(from, end));
            pendingBytes += end - from;
          }
        }
        if (newline < 0) break;
        const outcome = finishLine();
        if (outcome) yield outcome;
        from = newline + 1;
      }
    }
  } catch (e) {
    yield fileError(e, path);
    return;
  }
  if (pendingBytes > 0 || overflow) {
    const outcome = finishLine();
    if (outcome) yield outcome;
  }
  if (records === 0) yield failure('E_EMPTY', path, 'the file has no records');
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false; // a dangling link: nothing to read
  }
}

function stripUtf8Bom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * A reader that throws (a bug, or a parser meeting something it cannot handle) costs one outcome,
 * never the batch.
 */
function guarded(origin: string, read: () => ReadOutcome): ReadOutcome {
  try {
    return read();
  } catch (e) {
    return failure('E_READ', origin, `the reader failed: ${(e as Error).message}`, READER_BUG_HINT);
  }
}

function guardedAll(origin: string, read: () => ReadOutcome[]): ReadOutcome[] {
  try {
    return read();
  } catch (e) {
    return [failure('E_READ', origin, `the reader failed: ${(e as Error).message}`, READER_BUG_HINT)];
  }
}

const READER_BUG_HINT = 'the input could not be read; please report it with the file, and go on without it';

function fileError(e: unknown, path: string): ReadOutcome {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return failure('E_NOT_FOUND', path, 'no such file or folder');
  return failure('E_READ', path, `cannot read: ${(e as Error).message}`);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
