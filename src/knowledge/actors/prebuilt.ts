/**
 * The prebuilt actor index: the base the TSV files give (names, countries, agents, titles...), saved as
 * one JSON file by `writePrebuiltIndex` (scripts/build-actor-index.mjs, run after the build) and read back
 * instead of the files. Reading 80,000 name keys back is about three times cheaper than deriving them
 * from the rows again.
 *
 * Staleness: the index starts with two stamps. The first is a SHA-1 over the bytes of every file the
 * base is built from (BASE_FILES), the loader's own code, the size and time of world-countries' data and
 * the city threshold; the second, the quick stamp, hashes only the size and modification time of those
 * files. The loader stats the files (well under a millisecond); if the quick stamp differs, it reads and
 * hashes them (about 20 ms) and uses the index only if the first stamp agrees. So a user who edits any
 * data TSV gets the change at once, without a rebuild (the index is just not used until it is built
 * again), and a checkout that only touched the files still uses it. user.tsv and the user's files are
 * never in the index: they are applied after it.
 *
 * The Phoenix and city rows are not copied into the index: it holds their byte offsets in the files
 * (which the stamp proves unchanged), sorted by id for a binary search, so no map of 45,000 ids is built;
 * the files are read when the first such row is asked for.
 *
 * Layout: the stamps, a line of JSON (the small maps), then sections of raw bytes the JSON locates: the
 * three large tables as text (their ASCII lines apart, see `splitByAscii`) with their line starts, and
 * the row offsets, as 32-bit integers. JSON.parse of one 4 MB text cost more than all the rest.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../model/layers.js';
import { type ActorBase, BASE_FILES, type LazyRow, type LazyRows } from './base.js';
import { type Gender, GivenNames } from './given-names.js';
import {
  JoinedTable,
  LayeredMap,
  lineStarts,
  SortedTable,
  sortedTableText,
  splitByAscii,
} from './sorted-table.js';
import type { Actor, Agent, CountryInfo, NameIndex, NotNameKind, Title } from './types.js';

const require = createRequire(import.meta.url);

/** Bump when the layout of the JSON below changes (the code hash in the stamp catches the rest). */
const FORMAT = 'sitrep-actor-index 3';

/** Where the build puts the index: beside the compiled loader (dist/knowledge/actors/). */
export function defaultIndexFile(): string {
  return fileURLToPath(new URL('./actor-index.bin', import.meta.url));
}

/** The modules whose code decides what the base holds: a change to any of them makes the index stale. */
const CODE_MODULES = ['base', 'load', 'names', 'tsv', 'prebuilt', 'sorted-table'];

/** The data files' bytes (null when missing) and the stamp they give. */
interface Sources {
  bytes: Map<string, Buffer | null>;
  stamp: string;
}

const codeFile = (m: string) => new URL(`./${m}${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** What both stamps start with: the layout, the byte order, the threshold and world-countries' file. */
function stampHash(minCityPopulation: number) {
  const hash = createHash('sha1');
  hash.update(`${FORMAT}\n${endianness()}\n${minCityPopulation}\n`);
  const world = statSync(require.resolve('world-countries/countries.json'));
  hash.update(`\nworld-countries ${world.size} ${world.mtimeMs}\n`);
  return hash;
}

function readSources(dir: string, minCityPopulation: number): Sources {
  const hash = stampHash(minCityPopulation);
  for (const m of CODE_MODULES) hash.update(readFileSync(codeFile(m)));
  const bytes = new Map<string, Buffer | null>();
  for (const name of BASE_FILES) {
    const file = join(dir, name);
    const buf = existsSync(file) ? readFileSync(file) : null;
    bytes.set(name, buf);
    hash.update(`\n${name} ${buf ? buf.length : 'missing'}\n`);
    if (buf) hash.update(buf);
  }
  return { bytes, stamp: hash.digest('hex') };
}

/** The quick stamp: the same files' sizes and modification times, and the folder's path. */
function quickStamp(dir: string, minCityPopulation: number): string {
  const hash = stampHash(minCityPopulation);
  const stat = (file: string | URL) => {
    const st = statSync(file, { throwIfNoEntry: false });
    hash.update(st ? ` ${st.size} ${st.mtimeMs}\n` : ' missing\n');
  };
  for (const m of CODE_MODULES) stat(codeFile(m));
  hash.update(`${resolve(dir)}\n`);
  for (const name of BASE_FILES) {
    hash.update(name);
    stat(join(dir, name));
  }
  return hash.digest('hex');
}

/**
 * The JSON line of the index. The three large maps are in the sections (sorted-table texts, see
 * sorted-table.ts, read without building a map); the others are flat arrays `[key, value, key,
 * value...]`, in insertion order.
 */
interface IndexBody {
  /** Where each section is: byte offset after the JSON line, and length. */
  sections: Record<string, [number, number]>;
  possessive: string[] | null;
  capsOnly: string[];
  demonyms: string[];
  countries: CountryInfo[];
  actors: Actor[];
  /** Agents shared by several phrases are one object: `byKey` values index `table`. */
  agents: { table: Agent[]; byKey: (string | number[])[]; maxWords: (string | number)[] };
  titles: { byKey: (string | Title[])[]; maxWords: (string | number)[] };
  nameHeads: string[];
  notNames: string[];
  teamNicknames: string[];
  /** Pairs (team id, nickname key). */
  teamNicknameOf: string[];
  /**
   * Rows the byte ranges cannot give (organisations, Phoenix rows with added names): `[id, row...]`.
   * The ranges are the sections `phoenix` (Int32 pairs start, end: rows of phoenix-actors.tsv, sorted
   * by id) and `cities` (Int32 triples geonameid, start, end: rows of cities.tsv, by geonameid).
   */
  lazy: { rows: string[]; cityRows: string[] };
}

/** The three large maps kept as sorted tables in the sections. */
const TABLES = ['names', 'maxWords', 'firstNames'] as const;

// ---- reading ----

/** The base from the prebuilt index, or undefined when there is none or it is stale. */
export function readPrebuiltBase(
  dir: string,
  minCityPopulation: number,
  file = defaultIndexFile(),
): ActorBase | undefined {
  // Any trouble (no index, a module file not where it was built, a cut-short file) means: read the TSVs.
  let bytes: Sources['bytes'] | undefined;
  let body: IndexBody;
  let section: (name: string) => Buffer;
  try {
    const buf = readFileSync(file);
    const stampsEnd = buf.indexOf(10);
    const jsonEnd = buf.indexOf(10, stampsEnd + 1);
    if (stampsEnd < 0 || jsonEnd < 0) return undefined;
    const [stamp, quick] = buf.toString('latin1', 0, stampsEnd).split(' ');
    if (quick !== quickStamp(dir, minCityPopulation)) {
      const sources = readSources(dir, minCityPopulation);
      if (stamp !== sources.stamp) return undefined;
      bytes = sources.bytes;
    }
    // The JSON line is ASCII (see the writer), so Latin-1 decodes it exactly, and faster than UTF-8.
    body = JSON.parse(buf.toString('latin1', stampsEnd + 1, jsonEnd)) as IndexBody;
    const sectionsStart = jsonEnd + 1;
    section = (name) => {
      const [at, length] = body.sections[name] ?? [];
      const start = sectionsStart + at;
      if (at === undefined || start + length > buf.length) throw new Error(`${file}: no section ${name}`);
      return buf.subarray(start, start + length);
    };
    for (const name of Object.keys(body.sections)) section(name);
  } catch {
    return undefined;
  }
  // The rows' files, read when a row is first asked for (the bytes are at hand when the stamp needed them).
  const dataFile = (name: string) => {
    let data = bytes?.get(name);
    return () => {
      data ??= readFileSync(join(dir, name));
      return data;
    };
  };
  const table = <V>(name: string, decode: (v: string) => V) =>
    new JoinedTable(
      new SortedTable(
        section(`${name}.ascii`).toString('latin1'),
        decode,
        int32s(section(`${name}.ascii.starts`)),
      ),
      new SortedTable(
        section(`${name}.other`).toString('utf8'),
        decode,
        int32s(section(`${name}.other.starts`)),
      ),
    );

  const names: NameIndex = {
    byKey: new LayeredMap(table('names', String)),
    maxWords: new LayeredMap(table('maxWords', Number)),
  };
  if (body.possessive) names.possessive = new Set(body.possessive);
  const agentByKey = new Map<string, Agent[]>();
  const a = body.agents.byKey;
  for (let i = 0; i < a.length; i += 2)
    agentByKey.set(
      a[i] as string,
      (a[i + 1] as number[]).map((j) => body.agents.table[j]),
    );
  const titleByKey = new Map<string, Title[]>();
  const t = body.titles.byKey;
  for (let i = 0; i < t.length; i += 2) titleByKey.set(t[i] as string, t[i + 1] as Title[]);
  return {
    actors: new Map(body.actors.map((actor) => [actor.id, actor])),
    lazy: prebuiltRows(
      dataFile('phoenix-actors.tsv'),
      int32s(section('phoenix')),
      dataFile('cities.tsv'),
      int32s(section('cities')),
      body.lazy,
    ),
    names,
    demonyms: pairs<string>(body.demonyms),
    countries: new Map(body.countries.map((c) => [c.iso3, c])),
    capsOnly: new Set(body.capsOnly),
    agents: { byKey: agentByKey, maxWords: pairs<number>(body.agents.maxWords) },
    titles: { byKey: titleByKey, maxWords: pairs<number>(body.titles.maxWords) },
    firstNames: new GivenNames(table('firstNames', (v) => v as Gender)),
    nameHeads: pairs<EntityType>(body.nameHeads),
    notNames: pairs<NotNameKind>(body.notNames),
    teamNicknames: new Set(body.teamNicknames),
    teamNicknameOf: pairs<string>(body.teamNicknameOf),
  };
}

function pairs<V>(flat: (string | number)[]): Map<string, V> {
  const map = new Map<string, V>();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i] as string, flat[i + 1] as V);
  return map;
}

/** The 32-bit integers of a section (copied: a section need not start on a multiple of four). */
function int32s(bytes: Buffer): Int32Array {
  const out = new Int32Array(bytes.length >> 2);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

function int32Bytes(values: ArrayLike<number>): Buffer {
  const ints = Int32Array.from(values);
  return Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);
}

/**
 * The lazy rows over the index's tables. Like the map store of the TSV loader, a city id is looked up
 * among the cities first, and `delete` removes actor rows only.
 */
function prebuiltRows(
  phoenix: () => Buffer,
  phxRanges: Int32Array,
  cities: () => Buffer,
  cityRanges: Int32Array,
  lazy: IndexBody['lazy'],
): LazyRows {
  const rowOf = pairs<string>(lazy.rows);
  const cityRowOf = pairs<string>(lazy.cityRows);
  const rowsGone = new Set<string>();
  const citiesGone = new Set<string>();
  const rowsTotal = phxRanges.length / 2 + rowOf.size;
  const citiesTotal = cityRanges.length / 3 + cityRowOf.size;

  const findCity = (id: string): string | undefined => {
    if (citiesGone.has(id)) return undefined;
    const listed = cityRowOf.get(id);
    if (listed !== undefined) return listed;
    if (!id.startsWith('geo:')) return undefined;
    const digits = id.slice(4);
    const n = Number(digits);
    if (!Number.isInteger(n) || String(n) !== digits) return undefined;
    let lo = 0;
    let hi = cityRanges.length / 3 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = cityRanges[mid * 3];
      if (v === n) return cities().toString('utf8', cityRanges[mid * 3 + 1], cityRanges[mid * 3 + 2]);
      if (v < n) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const findRow = (id: string): string | undefined => {
    if (rowsGone.has(id)) return undefined;
    const listed = rowOf.get(id);
    if (listed !== undefined) return listed;
    const rows = phoenix();
    let lo = 0;
    let hi = phxRanges.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compareRowId(rows, phxRanges[mid * 2], id);
      if (c === 0) return rows.toString('utf8', phxRanges[mid * 2], phxRanges[mid * 2 + 1]);
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  return {
    take(id): LazyRow | undefined {
      const city = findCity(id);
      if (city !== undefined) {
        citiesGone.add(id);
        return { city: true, row: city };
      }
      const row = findRow(id);
      if (row === undefined) return undefined;
      rowsGone.add(id);
      return { city: false, row };
    },
    delete(id) {
      if (findRow(id) !== undefined) rowsGone.add(id);
    },
    size: () => rowsTotal - rowsGone.size + citiesTotal - citiesGone.size,
  };
}

/** Compares the id that opens the row at `start` (ASCII, up to a tab) with `id`, in string order. */
export function compareRowId(buf: Buffer, start: number, id: string): number {
  for (let i = 0; ; i++) {
    const rowEnded = buf[start + i] === 9;
    const idEnded = i === id.length;
    if (rowEnded || idEnded) return rowEnded && idEnded ? 0 : rowEnded ? -1 : 1;
    const d = buf[start + i] - id.charCodeAt(i);
    if (d !== 0) return d;
  }
}

// ---- writing ----

/** What the TSV loader built, with the rows it keeps unparsed (see `buildActorBase`). */
export interface BuiltBase {
  base: ActorBase;
  rows: Map<string, string>;
  cities: Map<string, string>;
}

/**
 * Writes the index of `built`, the base `buildActorBase(dir, minCityPopulation)` gave. Every row left to
 * a byte range is checked to read back exactly as the loader kept it; any other goes in the index whole.
 */
export function writePrebuiltIndex(
  built: BuiltBase,
  dir: string,
  minCityPopulation: number,
  file = defaultIndexFile(),
): { file: string; bytes: number } {
  const sources = readSources(dir, minCityPopulation);
  const phoenix = sources.bytes.get('phoenix-actors.tsv');
  const cities = sources.bytes.get('cities.tsv');
  if (!phoenix || !cities) throw new Error(`${dir}: phoenix-actors.tsv and cities.tsv are needed`);
  const { base } = built;

  const phxLines = new Map<string, [number, number]>();
  for (const [start, end] of lineRanges(phoenix)) {
    const tab = phoenix.indexOf(9, start);
    if (tab < 0 || tab >= end) continue;
    const id = phoenix.toString('latin1', start, tab);
    if (/^[\x20-\x7e]+$/.test(id)) phxLines.set(id, [start, end]);
  }
  const phxTable: [string, number, number][] = [];
  const rows: string[] = [];
  for (const [id, row] of built.rows) {
    const range = phxLines.get(id);
    if (range && phoenix.toString('utf8', range[0], range[1]) === row)
      phxTable.push([id, range[0], range[1]]);
    else rows.push(id, row);
  }
  phxTable.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));

  const cityLines = new Map<string, [number, number]>();
  for (const [start, end] of lineRanges(cities)) {
    const tab = cities.lastIndexOf(9, end - 1);
    if (tab < start) continue;
    cityLines.set(`geo:${cities.toString('utf8', tab + 1, end)}`, [start, end]);
  }
  const cityTable: [number, number, number][] = [];
  const cityRows: string[] = [];
  for (const [id, row] of built.cities) {
    const range = cityLines.get(id);
    const n = Number(id.slice(4));
    const fits =
      id.startsWith('geo:') && String(n) === id.slice(4) && Number.isInteger(n) && n >= 0 && n < 2 ** 31;
    if (fits && range && cities.toString('utf8', range[0], range[1]) === row)
      cityTable.push([n, range[0], range[1]]);
    else cityRows.push(id, row);
  }
  cityTable.sort((x, y) => x[0] - y[0]);

  const agentIndex = new Map<Agent, number>();
  const agentTable: Agent[] = [];
  const agentByKey: (string | number[])[] = [];
  for (const [key, list] of base.agents.byKey) {
    agentByKey.push(
      key,
      list.map((agent) => {
        let i = agentIndex.get(agent);
        if (i === undefined) {
          i = agentTable.push(agent) - 1;
          agentIndex.set(agent, i);
        }
        return i;
      }),
    );
  }

  const sections: Buffer[] = [];
  const where: IndexBody['sections'] = {};
  let at = 0;
  const addSection = (name: string, data: Buffer) => {
    where[name] = [at, data.length];
    sections.push(data);
    at += data.length;
  };
  const tables = { names: base.names.byKey, maxWords: base.names.maxWords, firstNames: base.firstNames };
  for (const name of TABLES) {
    const { ascii, other } = splitByAscii(sortedTableText<string | number>(tables[name], String));
    addSection(`${name}.ascii`, Buffer.from(ascii, 'latin1'));
    addSection(`${name}.ascii.starts`, int32Bytes(lineStarts(ascii)));
    addSection(`${name}.other`, Buffer.from(other, 'utf8'));
    addSection(`${name}.other.starts`, int32Bytes(lineStarts(other)));
  }
  addSection('phoenix', int32Bytes(phxTable.flatMap(([, start, end]) => [start, end])));
  addSection('cities', int32Bytes(cityTable.flat()));

  const body: IndexBody = {
    sections: where,
    possessive: base.names.possessive ? [...base.names.possessive] : null,
    capsOnly: [...base.capsOnly],
    demonyms: flat(base.demonyms) as string[],
    countries: [...base.countries.values()],
    actors: [...base.actors.values()],
    agents: { table: agentTable, byKey: agentByKey, maxWords: flat(base.agents.maxWords) },
    titles: { byKey: flat(base.titles.byKey) as (string | Title[])[], maxWords: flat(base.titles.maxWords) },
    nameHeads: flat(base.nameHeads) as string[],
    notNames: flat(base.notNames) as string[],
    teamNicknames: [...base.teamNicknames],
    teamNicknameOf: flat(base.teamNicknameOf) as string[],
    lazy: { rows, cityRows },
  };
  // Non-ASCII letters escaped: an ASCII line decodes fast into a one-byte string, where one `é` would
  // make the whole text a two-byte string (twice the memory, a slower parse).
  const json = JSON.stringify(body).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const data = Buffer.concat([
    Buffer.from(`${sources.stamp} ${quickStamp(dir, minCityPopulation)}\n${json}\n`, 'latin1'),
    ...sections,
  ]);
  // Written aside and renamed, so a loader running meanwhile reads the old index or the new one.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
  return { file, bytes: data.length };
}

/** [start, end) of each data line (not a comment, not blank), without its line break. */
function* lineRanges(buf: Buffer): Generator<[number, number]> {
  let pos = 0;
  while (pos < buf.length) {
    let eol = buf.indexOf(10, pos);
    if (eol < 0) eol = buf.length;
    let end = eol;
    if (end > pos && buf[end - 1] === 13) end--;
    if (eol > pos && buf[pos] !== 35) yield [pos, end];
    pos = eol + 1;
  }
}

function flat<V>(map: Map<string, V>): (string | V)[] {
  const out: (string | V)[] = [];
  for (const [k, v] of map) out.push(k, v);
  return out;
}
