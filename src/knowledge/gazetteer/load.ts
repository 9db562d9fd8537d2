/**
 * Loads data/places/*.tsv into a Gazetteer. Cities come from the generated `cities.tsv`
 * (scripts/build-gazetteer.ts); countries, first-level regions, news aliases and demonyms from the
 * hand-kept tables. Every name is indexed by `placeKey`: the cities' keys by binary search in the
 * sorted file (`PlaceNames`), the rest in a map beside it.
 *
 * cities.tsv is parsed by hand with offsets into the file's bytes: 135k rows split into arrays would
 * allocate about ten strings a row and take twice as long to load, and decoding the 8.5 MB file to
 * a string took a third of the load (half its names have a letter outside ASCII). Nothing of a row
 * is decoded at load; a city's name and codes are decoded when asked for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths.js';
import { placeKey } from './normalise.js';
import { PlaceNames } from './place-names.js';
import {
  type Cue,
  type CueRole,
  FEATURE_KINDS,
  type FeatureKind,
  type GazEntry,
  type Gazetteer,
} from './types.js';

const KIND_CODE = new Map<FeatureKind, number>(FEATURE_KINDS.map((k, i) => [k, i]));
const CITY = KIND_CODE.get('city') ?? 0;
const NO_COUNTRY = 255;
const TAB = 9;
const NEWLINE = 10;

/** Rows of a small TSV file without comments and header, each split on tabs. */
function rows(file: string): string[][] {
  const out: string[][] = [];
  let header = true;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    out.push(line.split('\t'));
  }
  return out;
}

const split = (s: string | undefined) => (s ? s.split('|').filter(Boolean) : []);

/** A decimal number between byte offsets, read without allocating a string. */
function numberAt(bytes: Uint8Array, a: number, b: number): number {
  let value = 0;
  let sign = 1;
  let decimals = -1;
  for (let i = a; i < b; i++) {
    const c = bytes[i];
    if (c === 45) sign = -1;
    else if (c === 46) decimals = 0;
    else {
      value = value * 10 + (c - 48);
      if (decimals >= 0) decimals++;
    }
  }
  return decimals > 0 ? (sign * value) / 10 ** decimals : sign * value;
}

/** Offset of the next tab or line end at or after `i`. */
function fieldEnd(bytes: Uint8Array, i: number): number {
  while (i < bytes.length) {
    const c = bytes[i];
    if (c === TAB || c === NEWLINE) break;
    i++;
  }
  return i;
}

/** Byte order of `[a0, a1)` against `[b0, b1)`. */
function compareBytes(bytes: Uint8Array, a0: number, a1: number, b0: number, b1: number): number {
  for (let i = 0; ; i++) {
    if (a0 + i === a1 || b0 + i === b1) return a1 - a0 - (b1 - b0);
    const d = bytes[a0 + i] - bytes[b0 + i];
    if (d !== 0) return d;
  }
}

/** The bytes `[a, b)` as text: Latin-1 decoding is exact for ASCII, and faster than UTF-8's. */
function textAt(bytes: Buffer, a: number, b: number): string {
  for (let i = a; i < b; i++) if (bytes[i] > 127) return bytes.toString('utf8', a, b);
  return bytes.toString('latin1', a, b);
}

/** The `field`-th tab-separated field of the line starting at `line`. */
function fieldAt(bytes: Buffer, line: number, field: number): string {
  let a = line;
  for (let f = 0; f < field; f++) a = fieldEnd(bytes, a) + 1;
  return textAt(bytes, a, fieldEnd(bytes, a));
}

/** Regular plural of a nationality word: `Syrian` -> `Syrians`, `Iraqi` -> `Iraqis`; `French` has none. */
export function demonymPlural(form: string): string | null {
  if (/(?:ese|ss|sh|ch|x)$/i.test(form)) return null;
  return `${form}s`;
}

interface CuratedEntry {
  name: string;
  kind: FeatureKind;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  feature: string;
}

export function loadGazetteer(dir: string = join(dataDir(), 'places')): Gazetteer {
  const cityBytes = readFileSync(join(dir, 'cities.tsv'));
  const capacity = cityBytes.length / 30 + 2000; // rows are longer than 30 bytes
  const lat = new Float32Array(capacity);
  const lon = new Float32Array(capacity);
  const population = new Float64Array(capacity);
  const geonameid = new Int32Array(capacity);
  const countryIx = new Uint8Array(capacity).fill(NO_COUNTRY);
  const kinds = new Uint8Array(capacity);
  const countryCodes: string[] = [];
  const codeIx = new Map<number, number>(); // two letters packed as one number
  const countryIndex = (code: string | null): number => {
    if (!code) return NO_COUNTRY;
    const packed = code.charCodeAt(0) * 256 + code.charCodeAt(1);
    let ix = codeIx.get(packed);
    if (ix === undefined) {
      ix = countryCodes.length;
      countryCodes.push(code);
      codeIx.set(packed, ix);
    }
    return ix;
  };
  // ---- cities: key, name, lat, lon, country, admin1, feature, population, geonameid, alt
  const lines: number[] = [];
  const secondNames: [number, number, number][] = []; // entry, and the alt key's byte range
  let previousKeyEnd = 0;
  let pos = 0;
  let n = 0;
  let header = true;
  while (pos < cityBytes.length) {
    let end = cityBytes.indexOf(NEWLINE, pos);
    if (end < 0) end = cityBytes.length;
    if (cityBytes[pos] === 35 /* # */ || end === pos || header) {
      // The first line that is no comment names the columns.
      if (cityBytes[pos] !== 35 && end !== pos) header = false;
      pos = end + 1;
      continue;
    }
    const t1 = fieldEnd(cityBytes, pos); // key, looked up in the bytes by PlaceNames
    if (n > 0 && compareBytes(cityBytes, lines[n - 1], previousKeyEnd, pos, t1) > 0)
      throw new Error(
        `${join(dir, 'cities.tsv')}: the row at byte ${pos} is out of key order; the file must stay sorted by its first column (rerun \`npx tsx scripts/build-gazetteer.ts\`, or sort the rows after the header)`,
      );
    previousKeyEnd = t1;
    const t2 = fieldEnd(cityBytes, t1 + 1); // name
    const t3 = fieldEnd(cityBytes, t2 + 1);
    lat[n] = numberAt(cityBytes, t2 + 1, t3);
    const t4 = fieldEnd(cityBytes, t3 + 1);
    lon[n] = numberAt(cityBytes, t3 + 1, t4);
    const code = cityBytes[t4 + 1] * 256 + cityBytes[t4 + 2];
    let cix = codeIx.get(code);
    if (cix === undefined) cix = countryIndex(cityBytes.toString('latin1', t4 + 1, t4 + 3));
    countryIx[n] = cix;
    const t5 = fieldEnd(cityBytes, t4 + 1); // admin1
    const t6 = fieldEnd(cityBytes, t5 + 1); // feature
    const t7 = fieldEnd(cityBytes, t6 + 1);
    const t8 = fieldEnd(cityBytes, t7 + 1);
    population[n] = numberAt(cityBytes, t7 + 1, t8);
    const t9 = fieldEnd(cityBytes, t8 + 1);
    geonameid[n] = numberAt(cityBytes, t8 + 1, t9);
    kinds[n] = CITY;
    lines.push(pos);
    if (t9 + 1 < end) secondNames.push([n, t9 + 1, end]);
    n++;
    pos = end + 1;
  }
  const cityCount = n;
  const cityLine = Int32Array.from(lines);
  const byName = new PlaceNames(cityBytes, cityLine);
  for (const [entry, a, b] of secondNames) byName.add(textAt(cityBytes, a, b), entry);

  // ---- curated entries
  const extraNames: string[] = [];
  const extraAdmin1: string[] = [];
  const extraFeatures: string[] = [];
  const add = (e: CuratedEntry): number => {
    const i = n++;
    kinds[i] = KIND_CODE.get(e.kind) ?? 0;
    lat[i] = e.lat;
    lon[i] = e.lon;
    countryIx[i] = countryIndex(e.country);
    extraNames.push(e.name);
    extraAdmin1.push(e.admin1 ?? '');
    extraFeatures.push(e.feature);
    return i;
  };
  const index = (name: string, entry: number) => byName.add(placeKey(name), entry);

  const countryEntry = new Map<string, number>();
  const countryArea = new Map<string, number>();
  const capitals: [string, string][] = [];
  const demonymRows: [string, number][] = [];
  for (const r of rows(join(dir, 'countries.tsv'))) {
    const [iso2, , name, names, la, lo, area, capital, demonyms] = r;
    const i = add({
      name,
      kind: 'country',
      lat: Number(la),
      lon: Number(lo),
      country: iso2,
      admin1: null,
      feature: 'country',
    });
    countryEntry.set(iso2, i);
    countryArea.set(iso2, Number(area) || 0);
    index(name, i);
    for (const alt of split(names)) index(alt, i);
    if (capital) capitals.push([iso2, capital]);
    for (const d of split(demonyms)) demonymRows.push([d, i]);
  }

  // Reference points that replace world-countries' rounded centres (see the file's header).
  for (const [iso2, la, lo] of rows(join(dir, 'country-centres.tsv'))) {
    const i = countryEntry.get(iso2);
    if (i === undefined) continue;
    lat[i] = Number(la);
    lon[i] = Number(lo);
  }

  const admin1Entry = new Map<string, number>();
  const byAbbreviation = new Map<string, number[]>();
  for (const r of rows(join(dir, 'admin1.tsv'))) {
    const [country, code, name, aliases, abbr, la, lo] = r;
    const i = add({
      name,
      kind: 'admin1',
      lat: Number(la),
      lon: Number(lo),
      country,
      admin1: code,
      feature: 'ADM1',
    });
    admin1Entry.set(`${country}.${code}`, i);
    index(name, i);
    for (const alt of split(aliases)) index(alt, i);
    for (const a of split(abbr)) {
      const key = placeKey(a);
      const list = byAbbreviation.get(key);
      if (list) list.push(i);
      else byAbbreviation.set(key, [i]);
    }
  }

  /** The most populous city called `name` in `country`. */
  const largestCity = (name: string, country: string): number | undefined => {
    const hit = byName.get(placeKey(name));
    if (hit === undefined) return undefined;
    let best: number | undefined;
    for (const i of hit) {
      if (i >= cityCount || countryCodes[countryIx[i]] !== country) continue;
      if (best === undefined || population[i] > population[best]) best = i;
    }
    return best;
  };

  const capitalEntry = new Map<string, number>();
  for (const [iso2, capital] of capitals) {
    const i = largestCity(capital, iso2);
    if (i !== undefined) capitalEntry.set(iso2, i);
  }

  // News aliases: a `country` row adds names to the country; a `city` row adds names to the largest
  // city of that name in that country when there is one; any other row is a place of its own.
  for (const r of rows(join(dir, 'aliases.tsv'))) {
    const [name, aliases, kind, country, la, lo] = r;
    let target: number | undefined;
    if (kind === 'country') {
      target = countryEntry.get(country);
      // The row's name is the country's name in English news (`Turkey`, not `Türkiye`).
      if (target !== undefined) extraNames[target - cityCount] = name;
    } else if (kind === 'city') target = largestCity(name, country);
    if (target === undefined && la) {
      const k = (KIND_CODE.has(kind as FeatureKind) ? kind : 'region') as FeatureKind;
      target = add({
        name,
        kind: k,
        lat: Number(la),
        lon: Number(lo),
        country: country || null,
        admin1: null,
        feature: kind,
      });
    }
    if (target === undefined) continue;
    index(name, target);
    for (const alt of split(aliases)) index(alt, target);
  }

  // Demonyms: the hand-written table first (it settles `Chinese`, `Turkish`...), then
  // world-countries' forms, each with its regular plural.
  const byDemonym = new Map<string, number>();
  const addDemonym = (form: string, entry: number) => {
    const plural = demonymPlural(form);
    for (const f of [form, plural]) {
      if (!f) continue;
      const key = placeKey(f);
      // `Philippines` is the country's name, not the plural of `Philippine`.
      if (f === plural && byName.has(key)) continue;
      if (!byDemonym.has(key)) byDemonym.set(key, entry);
    }
  };
  for (const [form, place] of rows(join(dir, 'demonyms.tsv'))) {
    const list = byName.get(placeKey(place));
    if (list === undefined) continue;
    // The most general entry of that name: a country before a city called the same.
    const entry = list.reduce((best, i) => (kinds[i] < kinds[best] ? i : best), list[0]);
    addDemonym(form, entry);
  }
  for (const [form, entry] of demonymRows) addDemonym(form, entry);

  const cues = new Map<string, Cue>();
  for (const [word, role, precision] of rows(join(dir, 'context-words.tsv'))) {
    const p = Number(precision);
    cues.set(word, { role: role as CueRole, precision: p === 1 || p === 2 || p === 3 ? p : null });
  }

  const stopNames = new Set<string>();
  for (const [name] of rows(join(dir, 'stopnames.tsv'))) stopNames.add(placeKey(name));

  return {
    size: n,
    cityCount,
    kinds: kinds.subarray(0, n),
    lat: lat.subarray(0, n),
    lon: lon.subarray(0, n),
    countryIx: countryIx.subarray(0, n),
    countryCodes,
    population: population.subarray(0, n),
    geonameid: geonameid.subarray(0, n),
    cityBytes,
    cityLine,
    extraNames,
    extraAdmin1,
    extraFeatures,
    byName,
    firstWords: { has: (word: string) => byName.hasFirstWord(word) },
    byAbbreviation,
    byDemonym,
    countryEntry,
    admin1Entry,
    capitalEntry,
    countryArea,
    cues,
    stopNames,
  };
}

// ---------------------------------------------------------------- accessors

export function nameOf(gaz: Gazetteer, i: number): string {
  return i < gaz.cityCount ? fieldAt(gaz.cityBytes, gaz.cityLine[i], 1) : gaz.extraNames[i - gaz.cityCount];
}

export function admin1Of(gaz: Gazetteer, i: number): string | null {
  const code =
    i < gaz.cityCount ? fieldAt(gaz.cityBytes, gaz.cityLine[i], 5) : gaz.extraAdmin1[i - gaz.cityCount];
  return code || null;
}

export function featureOf(gaz: Gazetteer, i: number): string {
  return i < gaz.cityCount
    ? fieldAt(gaz.cityBytes, gaz.cityLine[i], 6)
    : gaz.extraFeatures[i - gaz.cityCount];
}

/** ISO alpha-2 of entry `i`, or null. */
export function countryOf(gaz: Gazetteer, i: number): string | null {
  const cix = gaz.countryIx[i];
  return cix === NO_COUNTRY ? null : gaz.countryCodes[cix];
}

export function kindOf(gaz: Gazetteer, i: number): FeatureKind {
  return FEATURE_KINDS[gaz.kinds[i]];
}

/** One entry as an object (built on demand; the gazetteer itself keeps columns). */
export function entryAt(gaz: Gazetteer, i: number): GazEntry {
  return {
    index: i,
    name: nameOf(gaz, i),
    kind: kindOf(gaz, i),
    lat: gaz.lat[i],
    lon: gaz.lon[i],
    country: countryOf(gaz, i),
    admin1: admin1Of(gaz, i),
    feature: featureOf(gaz, i),
    population: gaz.population[i],
    geonameid: gaz.geonameid[i] || null,
  };
}

const NONE: readonly number[] = [];

/** Entries indexed under an already normalised key. */
export function lookupKey(gaz: Gazetteer, key: string): readonly number[] {
  return gaz.byName.get(key) ?? NONE;
}

/** Entries whose name (or alias) normalises like `name`. */
export function lookup(gaz: Gazetteer, name: string): readonly number[] {
  return lookupKey(gaz, placeKey(name));
}
