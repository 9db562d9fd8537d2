/**
 * Loads the actor knowledge base once: countries (world-countries + alias table), regions, cities,
 * the Phoenix actors and agents (generated TSV), organisations, titles, first names, and the user's own
 * files, which are read last and win. Everything a matcher needs is indexed here so `run()` never touches files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ActorRole, EntityType } from '../../model/layers.js';
import { dataDir } from '../paths.js';
import { type ActorBase, mapRows } from './base.js';
import { GivenNames } from './given-names.js';
import { foldedKey, nameKey, wordCount, writtenInCapitals } from './names.js';
import { readPrebuiltBase, writePrebuiltIndex } from './prebuilt.js';
import { parseRoles } from './tsv.js';
import type {
  Actor,
  ActorKnowledge,
  Agent,
  CountryInfo,
  NameIndex,
  NotNameKind,
  PhraseIndex,
  Title,
} from './types.js';

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

const ENTITY_TYPES = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER']);

export function emptyIndex<T>(): PhraseIndex<T> {
  return { byKey: new Map(), maxWords: new Map() };
}

/** Adds a value under a phrase; `first` puts it ahead of earlier values (user corrections). */
export function addPhrase<T>(index: PhraseIndex<T>, phrase: string, value: T, first = false): void {
  const key = nameKey(phrase);
  if (!key) return;
  const list = index.byKey.get(key);
  if (!list) index.byKey.set(key, [value]);
  else if (list.includes(value)) return;
  else if (first) list.unshift(value);
  else list.push(value);
  const head = headWord(key);
  const n = wordCount(key);
  if ((index.maxWords.get(head) ?? 0) < n) index.maxWords.set(head, n);
}

/**
 * The first word of a key, which the look-up starts from: before a space, or a slash (`rfe/rl`,
 * `greens/efa`: the text's tokens split the slash off, and the look-up joins it back).
 */
function headWord(key: string): string {
  const end = key.search(/[ /]/);
  return end < 0 ? key : key.slice(0, end);
}

/**
 * Calls `each` with every non-comment line of a data file, unsplit, until it returns false. Walks the
 * text instead of splitting it: the big files would make an array of 30,000 lines first.
 */
function eachDataLine(file: string, each: (line: string) => boolean | undefined): void {
  const text = readFileSync(file, 'utf8');
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    if (eol > pos && text.charCodeAt(pos) !== 35 /* # */) {
      const end = text.charCodeAt(eol - 1) === 13 /* \r */ ? eol - 1 : eol;
      if (each(text.slice(pos, end)) === false) return;
    }
    pos = eol + 1;
  }
}

/**
 * Adds an actor id under a name. The value is the ids joined by `|` (most names have one actor), so
 * the 80,000 names cost one string each rather than one array each.
 */
export function addName(index: NameIndex, phrase: string, id: string, first = false): void {
  const key = nameKey(phrase);
  addKey(index, key, id, first);
  notePossessive(index, phrase, key);
}

/**
 * `Moody's`, `People's Republic of China`, `King's Lynn`: the text's tokens split the possessive off
 * (`Moody` + `'s`), and the look-up, which starts from the first token's key and joins a glued token
 * without a space, reaches `moodys` only if `moody` allows one token more.
 */
function notePossessive(index: NameIndex, phrase: string, key: string): void {
  const possessives =
    phrase.includes("'s") || phrase.includes('’s') ? (phrase.match(POSSESSIVE)?.length ?? 0) : 0;
  if (possessives && key) {
    const head = nameKey(phrase.replace(POSSESSIVE, '$1')).split(' ')[0];
    const n = wordCount(key) + possessives;
    if (head && (index.maxWords.get(head) ?? 0) < n) index.maxWords.set(head, n);
    index.possessive ??= new Set();
    index.possessive.add(key);
  }
}

const POSSESSIVE = /(\p{L})['’]s\b/gu;

/** `addName` for a key already computed. */
export function addKey(index: NameIndex, key: string, id: string, first = false): void {
  if (!key) return;
  const had = index.byKey.get(key);
  if (had === undefined) index.byKey.set(key, id);
  else if (had === id || idsOf(index, key).includes(id)) return;
  else index.byKey.set(key, first ? `${id}|${had}` : `${had}|${id}`);
  const head = headWord(key);
  if (head === key) {
    if (!index.maxWords.has(key)) index.maxWords.set(key, 1);
    return;
  }
  const n = wordCount(key);
  if ((index.maxWords.get(head) ?? 0) < n) index.maxWords.set(head, n);
}

/** Whether a title (1-3 words) stands inside a name's key, after one word or more and before another. */
function titleInside(key: string, titleKeys: { has(key: string): boolean }): boolean {
  const words = key.split(' ');
  for (let i = 1; i < words.length - 1; i++) {
    for (let j = i + 1; j <= Math.min(i + 3, words.length - 1); j++) {
      if (titleKeys.has(words.slice(i, j).join(' '))) return true;
    }
  }
  return false;
}

/** The actor ids under a name key, best first. */
export function idsOf(index: NameIndex, key: string): string[] {
  const v = index.byKey.get(key);
  if (v === undefined) return [];
  return v.includes('|') ? v.split('|') : [v];
}

/** Population from which a one-word town is also found by its name written without marks. */
const BIG_CITY = 150_000;

/** The population column of a cities.tsv row (name, country, population, geonameid); 0 without a row. */
function cityPopulation(row: string | undefined): number {
  return row ? Number(row.split('\t')[2]) || 0 : 0;
}

/** Rows of a tab-separated data file, comments and blank lines skipped, with 1-based line numbers. */
function rows(file: string): [string[], number][] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: [string[], number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.length === 0 || raw.charCodeAt(0) === 35 /* # */ || !raw.trim()) continue;
    out.push([(raw.endsWith('\r') ? raw.slice(0, -1) : raw).split('\t'), i + 1]);
  }
  return out;
}

const dash = (s: string | undefined): string | null => (!s || s === '-' ? null : s);
/** Roles of civil bodies in a Phoenix row: companies, NGOs, media, schools. */
const CIVIL_ROLES = /\t[A-Z]{0,3}(?:NGO|BUS|MNC|MED|EDU)/;

/** The data file of the rows read into actors on first use, by id prefix (`phx:` ones are Phoenix's). */
const SOURCE_OF_PREFIX: Record<string, string> = {
  org: 'organisations.tsv',
  team: 'teams.tsv',
  venue: 'venues.tsv',
};

/**
 * The Phoenix country lists file rivers, deserts and mountains among a country's regions, all GPE:
 * a region whose name ends in a word for land or water (`Ohio River`, `Gobi Desert`, `Kunlun
 * Mountains`; data/actors/name-heads.tsv) is a place with no government, LOC. Islands may have one
 * (`Prince Edward Island`), so they keep the list's type.
 */
function phoenixPlaceType(
  type: EntityType,
  kind: string,
  name: string,
  nameHeads: ReadonlyMap<string, EntityType>,
): EntityType {
  if (type !== 'GPE' || kind !== 'region') return type;
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (nameHeads.get(last) === 'LOC' && !/^islands?$/.test(last)) return 'LOC';
  // `Lake Tana`, `Mount Athos`, `Gulf of Carpentaria`: a feature's head first, and no other head
  // last (`Cape Province`, `Mount Rushmore State` stay GPE).
  const space = name.indexOf(' ');
  const first = name.slice(0, space).toLowerCase().replace(/\.$/, '');
  const firstIsFeature = nameHeads.get(first) === 'LOC' || first === 'mt';
  return space > 0 && firstIsFeature && !nameHeads.has(last) ? 'LOC' : type;
}

/**
 * The Phoenix international and non-state lists file some people as organisations (`Aleksandar Vucic`,
 * `Hafiz Saeed`, `Wim Duisenberg`, all ORG there): a name of two to four words that opens with a given
 * name, holds no head word (`Hyatt Hotels`), connector (`Johnson and Johnson`) or plural
 * last word (`Phineas Priests`), and is no company's, NGO's or outlet's, is a person's.
 */
function phoenixPersonType(
  type: EntityType,
  kind: string,
  roles: string,
  name: string,
  base: { firstNames: ReadonlyMap<string, string>; nameHeads: ReadonlyMap<string, EntityType> },
): EntityType {
  if (type !== 'ORG' || !['-', 'igo', 'armed-group'].includes(kind) || /^(?:MNC|NGO)|MED\b/.test(roles))
    return type;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 4) return type;
  // Any given name of the lists will do. Among armed groups only the Islamist movements' people are
  // filed so (`Osama Bin Laden`, code IMG...); the others are groups named like persons (`Mano Blanca`).
  if (!base.firstNames.has(words[0].toLowerCase()) || (kind === 'armed-group' && !roles.startsWith('IMG')))
    return type;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (base.nameHeads.has(lower) || lower === 'and' || lower === 'of' || /^[A-Z]+$/.test(w)) return type;
  }
  return /[^s]s$/.test(words[words.length - 1]) ? type : 'PERSON';
}

/** Plural of a demonym used as a noun: `Russians`, `Iraqis`, `Turks`; none for `Dutch`, `Chinese`, `Swiss`. */
export function demonymPlural(d: string): string | null {
  if (/(sh|ch|ese|ss|x|z)$/i.test(d)) return null;
  return `${d}s`;
}

export interface LoadOptions {
  /** Extra actor files (TSV as in data/actors/user.tsv, or JSON arrays of actors), read after user.tsv. */
  userFiles?: string[];
  /** Smallest city (by population) loaded from cities.tsv (default 30,000; the file holds 15,000+). */
  minCityPopulation?: number;
  /** Folder of the actor data; defaults to data/actors. */
  dir?: string;
  /** The prebuilt index to try first (default: beside the loader, see prebuilt.ts); false reads the files. */
  index?: string | false;
}

/** Smallest city loaded by default (see `LoadOptions.minCityPopulation`). */
export const DEFAULT_MIN_CITY_POPULATION = 30000;

export function loadActorKnowledge(opts: LoadOptions = {}): ActorKnowledge {
  const t0 = performance.now();
  const heap0 = process.memoryUsage().heapUsed;
  const dir = opts.dir ?? join(dataDir(), 'actors');
  const minCityPopulation = opts.minCityPopulation ?? DEFAULT_MIN_CITY_POPULATION;
  // The prebuilt index (scripts/build-actor-index.mjs) holds what the TSV files give, checked against
  // their bytes: if any changed since, or there is no index, the files are read as before.
  const prebuilt = opts.index === false ? undefined : readPrebuiltBase(dir, minCityPopulation, opts.index);
  const base = prebuilt ?? buildActorBase(dir, minCityPopulation).base;
  const { actors, lazy, names, capsOnly } = base;
  const sharedRoles = new Map<string, ActorRole[]>();
  const phoenixFile = join(dir, 'phoenix-actors.tsv');

  // The user's files, read last (leaders.tsv is in the base already): their names point only to their
  // actors.
  const takeOld = (id: string) => {
    const old = actors.get(id) ?? materialise(id);
    lazy.delete(id);
    return old?.names;
  };
  for (const file of [join(dir, 'user.tsv'), ...(opts.userFiles ?? [])]) {
    const list = file.endsWith('.json') ? readUserJson(file) : readUserTsv(file);
    applyOverrides(list, base, takeOld);
  }

  function materialise(id: string): Actor | undefined {
    const lazyRow = lazy.take(id);
    if (lazyRow === undefined) return undefined;
    if (lazyRow.city) {
      const [name, iso3] = lazyRow.row.split('\t');
      const actor: Actor = {
        id,
        names: [name],
        type: 'GPE',
        kind: 'city',
        country: iso3,
        roles: sharedRolesOf(sharedRoles, iso3, 'cities.tsv', 0),
        wikidata: null,
        gender: null,
        source: 'cities.tsv',
      };
      actors.set(id, actor);
      return actor;
    }
    const [, type, kind, country, roles, nameList, wikidata] = lazyRow.row.split('\t');
    // Organisation, team and venue rows have no roles by default: a club or a company does not act as
    // its country.
    const prefix = id.slice(0, id.indexOf(':'));
    const source = SOURCE_OF_PREFIX[prefix] ?? 'phoenix';
    const org = source !== 'phoenix';
    const file = org ? join(dir, source) : phoenixFile;
    const actorNames = nameList.split('|');
    const actor: Actor = {
      id,
      names: actorNames,
      type: org
        ? checkType(type, file)
        : phoenixPersonType(
            phoenixPlaceType(checkType(type, file), kind, actorNames[0], base.nameHeads),
            kind,
            roles,
            actorNames[0],
            base,
          ),
      kind: dash(kind),
      country: dash(country),
      roles: sharedRolesOf(sharedRoles, roles === '-' && country !== '-' && !org ? country : roles, file, 0),
      wikidata: dash(wikidata),
      gender: null,
      source,
    };
    actors.set(id, actor);
    return actor;
  }

  const loadMs = performance.now() - t0;
  return {
    actors,
    actor: (id: string) => actors.get(id) ?? materialise(id),
    size: () => actors.size + lazy.size(),
    names,
    demonyms: base.demonyms,
    agents: base.agents,
    titles: base.titles,
    countries: base.countries,
    firstNames: base.firstNames,
    nameHeads: base.nameHeads,
    notNames: base.notNames,
    teamNicknames: base.teamNicknames,
    teamNicknameOf: base.teamNicknameOf,
    capsOnly,
    stats: {
      loadMs,
      actors: actors.size + lazy.size(),
      names: names.byKey.size,
      heapMB: (process.memoryUsage().heapUsed - heap0) / 1e6,
      fromIndex: prebuilt !== undefined,
    },
  };
}

/**
 * Writes the prebuilt index of the shipped data (default folder and city threshold) beside the loader,
 * where `loadActorKnowledge` looks for it. Run after the build: `node scripts/build-actor-index.mjs`.
 */
export function writeActorIndex(file?: string): { file: string; bytes: number } {
  const dir = join(dataDir(), 'actors');
  return writePrebuiltIndex(
    buildActorBase(dir, DEFAULT_MIN_CITY_POPULATION),
    dir,
    DEFAULT_MIN_CITY_POPULATION,
    file,
  );
}

/** The rows the base keeps unparsed, as maps (the prebuilt index is written from them). */
export interface SourceRows {
  /** Phoenix and organisation rows by actor id, in the phoenix-actors.tsv column layout. */
  rows: Map<string, string>;
  /** City rows as in cities.tsv (name, country, population, geonameid), by `geo:` id. */
  cities: Map<string, string>;
}

/**
 * Reads the shipped data files into a base: countries (world-countries + alias table), regions, groups,
 * the Phoenix actors, cities, organisations, agents, titles, first names, name heads and non-names.
 */
export function buildActorBase(dir: string, minCityPopulation: number): { base: ActorBase } & SourceRows {
  const actors = new Map<string, Actor>();
  /** Rows not yet turned into Actor objects, by id, in the phoenix-actors.tsv column layout. */
  const lazyRows = new Map<string, string>();
  /** City rows as in cities.tsv (name, country, population, geonameid), built on first use too. */
  const lazyCities = new Map<string, string>();
  const names: NameIndex = { byKey: new Map(), maxWords: new Map() };
  const demonyms = new Map<string, string>();
  const countries = new Map<string, CountryInfo>();

  /** Parsed once: the word lists serve both the city filter and their own tables. */
  const parsed = new Map<string, [string[], number][]>();
  const rowsOf = (file: string) => {
    let out = parsed.get(file);
    if (!out) {
      out = rows(join(dir, file));
      parsed.set(file, out);
    }
    return out;
  };

  const capsOnly = new Set<string>();
  /** Proper-case sources only: Phoenix writes every name in capitals, so says nothing by it. */
  const noteCapitals = (n: string) => {
    if (writtenInCapitals(n)) capsOnly.add(nameKey(n));
  };
  const addActor = (a: Actor, first = false) => {
    actors.set(a.id, a);
    for (const n of a.names) {
      addName(names, n, a.id, first);
      noteCapitals(n);
    }
  };

  const independent = new Set<string>();
  const chosenDemonyms = new Map<string, string>();
  // Countries first: a country's name must beat a Phoenix record that happens to share it.
  // Parsed directly: cheaper than require() under loader hooks.
  const world = JSON.parse(
    readFileSync(require.resolve('world-countries/countries.json'), 'utf8'),
  ) as WorldCountry[];
  for (const c of world) {
    const info: CountryInfo = {
      iso3: c.cca3,
      iso2: c.cca2,
      name: c.name.common,
      demonyms: [],
      capitals: c.capital ?? [],
    };
    countries.set(c.cca3, info);
    // Two-letter alternative spellings (`SY`, `FR`) are codes, not names used in prose.
    const variants = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 2)];
    addActor({
      id: `iso:${c.cca3}`,
      names: [...new Set(variants)],
      type: 'GPE',
      kind: 'country',
      country: c.cca3,
      roles: [{ code: c.cca3, from: null, to: null }],
      wikidata: null,
      gender: null,
      source: 'world-countries',
    });
    const d = c.demonyms?.eng;
    if (d) for (const form of new Set([d.m, d.f])) info.demonyms.push(form);
    if (c.independent) independent.add(c.cca3);
  }
  for (const [[alias, iso3, kind], line] of rows(join(dir, 'country-aliases.tsv'))) {
    const actor = actors.get(`iso:${iso3}`);
    if (!actor) throw new Error(`${join(dir, 'country-aliases.tsv')}:${line}: unknown country code ${iso3}`);
    if (kind === 'demonym') {
      countries.get(iso3)?.demonyms.push(alias);
      chosenDemonyms.set(nameKey(alias), iso3);
    } else if (kind === 'not-name') {
      // A spelling world-countries gives that names something else in news (`Emirates`, the airline).
      actor.names = actor.names.filter((n) => n !== alias);
      removeName(names, alias, actor.id);
    } else {
      if (kind === 'display') actor.names.unshift(alias);
      else actor.names.push(alias);
      noteCapitals(alias);
      addName(names, alias, actor.id, true);
    }
  }
  // A demonym several countries share (`Indian`, `Norwegian`, `Congolese`) is the one country-aliases.tsv
  // names, else an independent country's (India's, not the British Indian Ocean Territory's).
  const demonymOwner = new Map<string, string>();
  for (const info of countries.values())
    for (const d of info.demonyms) {
      const key = nameKey(d);
      const held = demonymOwner.get(key);
      const chosen = chosenDemonyms.get(key);
      if (chosen) demonymOwner.set(key, chosen);
      else if (!held || (independent.has(info.iso3) && !independent.has(held)))
        demonymOwner.set(key, info.iso3);
    }
  for (const info of countries.values()) {
    for (const d of info.demonyms) {
      if (!nameKey(d) || demonymOwner.get(nameKey(d)) !== info.iso3) continue;
      demonyms.set(nameKey(d), `iso:${info.iso3}`);
      const plural = demonymPlural(d);
      if (plural) demonyms.set(nameKey(plural), `iso:${info.iso3}`);
    }
    for (const cap of info.capitals) {
      addActor({
        id: `cap:${info.iso3}:${nameKey(cap).replace(/ /g, '-')}`,
        names: [cap],
        type: 'GPE',
        kind: 'capital',
        country: info.iso3,
        roles: [{ code: info.iso3, from: null, to: null }],
        wikidata: null,
        gender: null,
        source: 'world-countries',
      });
    }
  }

  // A fourth column may say `city`: a seat of government below the city list's threshold is a town,
  // which may also be a surname (`Jordan Whitehorse`), as a region's name is not.
  for (const [[name, iso3, type, kind], line] of rows(join(dir, 'regions.tsv'))) {
    const country = dash(iso3);
    addActor({
      id: `reg:${nameKey(name).replace(/ /g, '-')}${country ? `:${country}` : ''}`,
      names: [name],
      type: checkType(type, `${join(dir, 'regions.tsv')}:${line}`),
      kind: kind === 'city' ? 'city' : 'region',
      country,
      roles: country ? [{ code: country, from: null, to: null }] : [],
      wikidata: null,
      gender: null,
      source: 'regions.tsv',
    });
  }

  // Ethnic, religious and regional groups (`Chechen`, `Kurds`, `Sunni`): NORP like a country's
  // demonym, but with no country code of their own to give an event.
  for (const [[nameList, iso3]] of rows(join(dir, 'groups.tsv'))) {
    const groupNames = nameList
      .split('|')
      .map((n) => n.trim())
      .filter(Boolean);
    if (!groupNames.length) continue;
    addActor({
      id: `grp:${nameKey(groupNames[0]).replace(/ /g, '-')}`,
      names: groupNames,
      type: 'NORP',
      kind: 'group',
      country: dash(iso3),
      roles: [],
      wikidata: null,
      gender: null,
      source: 'groups.tsv',
    });
  }

  // Phoenix actors and cities are many (50,000+) and few are ever met in a text: only their names are
  // indexed now; each row becomes an Actor object the first time it is looked up (see `actor()`).
  const phoenixFile = join(dir, 'phoenix-actors.tsv');
  const phoenixCapitals: string[] = [];
  // Titles first: a person's Phoenix variant holding one after other words is dropped below.
  const titles = emptyIndex<Title>();
  for (const [[title, gender, sector, person]] of rowsOf('titles.tsv')) {
    const key = nameKey(title);
    addPhrase(titles, key, {
      key,
      gender: gender === 'm' || gender === 'f' ? gender : null,
      sector: dash(sector),
      person: person === 'y',
    });
  }
  eachDataLine(phoenixFile, (row) => {
    const id = row.slice(0, row.indexOf('\t'));
    lazyRows.set(id, row);
    const person = row.startsWith('PERSON\t', id.length + 1);
    let from = row.lastIndexOf('\t') + 1;
    while (from <= row.length) {
      let bar = row.indexOf('|', from);
      if (bar < 0) bar = row.length;
      const name = row.slice(from, bar);
      // `UN Secretary-General Ban Ki-moon`, `Israeli Prime Minister Netanyahu`: a person's name with a
      // title inside after other words is a role and a name, which the entities rules read apart.
      if (!(person && titleInside(nameKey(name), titles.byKey))) addName(names, name, id);
      if (writtenInCapitals(name) && CIVIL_ROLES.test(row)) phoenixCapitals.push(name);
      from = bar + 1;
    }
    return true;
  });

  // Cities last among places: the name of a country, region or known actor wins over a town's, and
  // a town named like a common word or a given name (`University`, `Alice`) is left out.
  const commonWords = new Set<string>();
  for (const file of ['name-heads.tsv', 'titles.tsv', 'first-names.tsv', 'not-names.tsv']) {
    for (const [[w]] of rowsOf(file)) commonWords.add(nameKey(w));
  }
  eachDataLine(join(dir, 'cities.tsv'), (row) => {
    const tab = row.indexOf('\t');
    // Rows are sorted by population: stop at the load threshold.
    if (Number(row.slice(tab + 5, row.indexOf('\t', tab + 5))) < minCityPopulation) return false;
    const name = row.slice(0, tab);
    const key = nameKey(name);
    if (names.byKey.has(key) || commonWords.has(key)) return true;
    const id = `geo:${row.slice(row.lastIndexOf('\t') + 1)}`;
    lazyCities.set(id, row);
    addKey(names, key, id);
    notePossessive(names, name, key);
    return true;
  });

  // Organisations (companies, news media, sports bodies, universities, NGOs, think tanks, IGOs): after
  // the places, so a country, region, city or Phoenix actor keeps a name it shares (new ids go last,
  // never `first`), and before the user's files, which still win. Kept as unparsed rows like Phoenix's.
  const orgFile = join(dir, 'organisations.tsv');
  if (existsSync(orgFile)) {
    for (const [cols, line] of rows(orgFile)) {
      const [rawId, type, kind, country, roles, markedNames] = cols;
      checkType(type, orgFile, line);
      if (markedNames === undefined) throw new Error(`${orgFile}:${line}: expected 7 tab-separated columns`);
      const parts = markedNames.split('|');
      // `!Paramount`: a name that goes to the organisation before a town of that name (the brand is
      // what news means by it).
      const overTowns = new Set(parts.filter((n) => n.startsWith('!')).map((n) => n.slice(1)));
      // `-Black Friday` in a Phoenix row: a name of that actor that news uses for something else,
      // taken out.
      const taken = parts.filter((n) => n.length > 1 && n.startsWith('-'));
      const nameList =
        parts
          .filter((n) => !taken.includes(n))
          .map((n) => n.replace(/^!/, ''))
          .join('|') || '-';
      cols[5] = nameList;
      const id = rawId.includes(':') ? rawId : `org:${rawId}`;
      let row = cols.join('\t');
      if (id.startsWith('phx:')) {
        // More names (and a corrected type or kind) for a Phoenix actor, which keeps its own names
        // but those taken out.
        const old = lazyRows.get(id);
        if (old === undefined) continue;
        const left = old.slice(old.lastIndexOf('\t') + 1).split('|');
        for (const n of taken) removeName(names, n.slice(1), id);
        const oldNames = left.filter((n) => !taken.includes(`-${n}`)).join('|');
        if (!oldNames && nameList === '-') {
          lazyRows.delete(id);
          continue;
        }
        const allNames = [oldNames, nameList].filter((n) => n && n !== '-').join('|');
        row = [id, type, kind, country, roles, allNames].join('\t');
      } else if (lazyRows.has(id)) throw new Error(`${orgFile}:${line}: duplicate id ${rawId}`);
      lazyRows.set(id, row);
      if (nameList === '-') continue;
      for (const n of nameList.split('|')) {
        addName(names, n, id, overTowns.has(n));
        noteCapitals(n);
      }
    }
  }

  // Sports teams and venues, after the organisations: towns keep the names they share (`Liverpool`,
  // `Monza`). Their rows are stored in the organisations' columns.
  const teamNicknames = new Set<string>();
  const teamNicknameOf = new Map<string, string>();
  for (const [[rawId, , country, nameList, nickname, word], line] of rows(join(dir, 'teams.tsv'))) {
    if (word === undefined)
      throw new Error(`${join(dir, 'teams.tsv')}:${line}: expected 6 tab-separated columns`);
    const teamNames = nameList === '-' ? [] : nameList.split('|');
    if (nickname !== '-' && word === 'yes') teamNicknames.add(nameKey(nickname));
    if (nickname !== '-') teamNicknameOf.set(`team:${rawId}`, nameKey(nickname));
    // A nickname of two capitalised words in the plural (`Trail Blazers`, `Blue Jays`) names the team
    // anywhere, even when its words are ordinary ones.
    if (nickname !== '-' && (word === 'no' || (word === 'yes' && / .*s$/.test(nickname))))
      teamNames.push(nickname);
    addLazyNames(`team:${rawId}`, ['ORG', 'sports', country, '-'], teamNames, 'teams.tsv', line);
  }
  for (const [[nameList, , country, kind], line] of rows(join(dir, 'venues.tsv'))) {
    if (kind === undefined)
      throw new Error(`${join(dir, 'venues.tsv')}:${line}: expected 4 tab-separated columns`);
    const venueNames = nameList.split('|');
    const id = `venue:${nameKey(venueNames[0]).replace(/ /g, '-')}:${country}`;
    addLazyNames(id, ['LOC', 'venue', country, '-'], venueNames, 'venues.tsv', line);
  }

  /** Stores an actor row in the organisations' columns and indexes its names. */
  function addLazyNames(id: string, columns: string[], actorNames: string[], file: string, line: number) {
    if (!actorNames.length) return;
    if (lazyRows.has(id)) throw new Error(`${join(dir, file)}:${line}: duplicate id ${id}`);
    lazyRows.set(id, [id, ...columns, actorNames.join('|'), '-'].join('\t'));
    for (const n of actorNames) {
      addName(names, n, id);
      noteCapitals(n);
    }
  }

  const agents = emptyIndex<Agent>();
  // Agents with the same code and flags share one object (5,000 phrases, a few hundred codes).
  const agentOf = new Map<string, Agent>();
  for (const [[key, code, prefix, group]] of rows(join(dir, 'phoenix-agents.tsv'))) {
    const id = `${code}|${prefix}|${group}`;
    let agent = agentOf.get(id);
    if (!agent) {
      agent = { code, prefix: prefix === 'y', group: group === 'y' };
      agentOf.set(id, agent);
    }
    addPhrase(agents, key, agent);
  }
  for (const [[phrase, code, mass]] of rows(join(dir, 'agents-extra.tsv'))) {
    const key = nameKey(phrase);
    agents.byKey.delete(key);
    addPhrase(agents, key, { code, prefix: false, group: mass === 'y' });
    if (mass !== 'y') {
      agents.byKey.delete(`${key}s`);
      addPhrase(agents, `${key}s`, { code, prefix: false, group: true });
    }
  }

  const firstNames = GivenNames.empty();
  // Given names of the people in the Phoenix lists (gender unknown), then first-names.tsv (`m`, `f`, `u`).
  for (const [[w]] of rows(join(dir, 'phoenix-given-names.tsv'))) firstNames.set(w, 'u');
  for (const [[name, gender]] of rowsOf('first-names.tsv')) {
    firstNames.set(name.toLowerCase(), gender === 'f' || gender === 'u' ? gender : 'm');
  }

  // `AMIT`: a civil body's Phoenix name in capitals that spelled in mixed case is a given name matches
  // capitals only (`Amit Shah`); the others match either way (`NATO`, `Nato`, `Amal` the militia).
  for (const name of phoenixCapitals) if (firstNames.has(nameKey(name))) capsOnly.add(nameKey(name));

  const nameHeads = new Map<string, EntityType>();
  for (const [[word, type], line] of rowsOf('name-heads.tsv')) {
    nameHeads.set(word, checkType(type, `${join(dir, 'name-heads.tsv')}:${line}`));
  }

  const notNames = new Map<string, NotNameKind>();
  for (const [[word, kind]] of rowsOf('not-names.tsv'))
    notNames.set(word, kind === 'month' || kind === 'acronym' || kind === 'head' ? kind : 'word');

  // `Brasilia`, `Trois-Rivieres`, `Mbappe`: names written with accents are found without them too,
  // unless the plain spelling names something else already or is a word of the lists above. Not a
  // GeoNames town of one word: many are romanised with marks whose plain form is an English word
  // (`Savé`, `Dráma`, `Hīt`); but a city of BIG_CITY people is written plain in English news
  // (`Ploiesti`, `Poznan`), unless its plain name is as short as most such words (`Hue`, `Ota`).
  for (const [key, ids] of [...names.byKey]) {
    const folded = foldedKey(key);
    if (folded === undefined || names.byKey.has(folded) || commonWords.has(folded) || notNames.has(folded))
      continue;
    if (
      !folded.includes(' ') &&
      ids.startsWith('geo:') &&
      (folded.length < 5 || cityPopulation(lazyCities.get(ids.split('|')[0])) < BIG_CITY)
    )
      continue;
    for (const id of ids.split('|')) addKey(names, folded, id);
  }
  // `Marks and Spencer`, `Ernst and Young`: a name written with `&` is found with `and` too.
  for (const [key, ids] of [...names.byKey]) {
    if (!key.includes(' & ')) continue;
    const spelt = key.replace(/ & /g, ' and ');
    if (!names.byKey.has(spelt)) for (const id of ids.split('|')) addKey(names, spelt, id);
  }

  const base: ActorBase = {
    actors,
    lazy: mapRows(lazyRows, lazyCities),
    names,
    demonyms,
    countries,
    capsOnly,
    agents,
    titles,
    firstNames,
    nameHeads,
    notNames,
    teamNicknames,
    teamNicknameOf,
  };
  // Persons of leaders.tsv (leaders since the Phoenix lists, and persons of history; ids `leader:`) are
  // applied last, as the user's files are, so their names point only to them. Done here rather than at
  // each load, so the prebuilt index holds them.
  const leaders = join(dir, 'leaders.tsv');
  if (existsSync(leaders)) {
    const list = readUserTsv(leaders, 'leader').map((a) => ({ ...a, source: 'leaders.tsv' }));
    applyOverrides(list, base, (id) => {
      const city = lazyCities.get(id);
      const row = lazyRows.get(id);
      lazyCities.delete(id);
      lazyRows.delete(id);
      if (city !== undefined) return [city.split('\t')[0]];
      return row === undefined ? actors.get(id)?.names : row.split('\t')[5]?.split('|');
    });
  }
  return { base, rows: lazyRows, cities: lazyCities };
}

/**
 * Puts each actor of an override file (leaders.tsv, user.tsv, the user's files) into the base over what
 * was there: the actor it replaces (`takeOld` removes it and gives its names) loses its names, and every
 * name of the new actor points to it alone. A person's name with a title inside is skipped: the title
 * is read as a title in text.
 */
function applyOverrides(
  list: Actor[],
  base: Pick<ActorBase, 'actors' | 'names' | 'capsOnly' | 'titles'>,
  takeOld: (id: string) => string[] | undefined,
): void {
  const { actors, names, capsOnly } = base;
  for (const a of list) {
    for (const n of takeOld(a.id) ?? []) removeName(names, n, a.id);
    actors.set(a.id, a);
    for (const n of a.names) {
      const key = nameKey(n);
      if (a.type === 'PERSON' && titleInside(key, base.titles.byKey)) continue;
      names.byKey.delete(key);
      addName(names, n, a.id, true);
      const folded = foldedKey(key);
      if (folded && !names.byKey.has(folded)) addKey(names, folded, a.id);
      if (writtenInCapitals(n)) capsOnly.add(key);
    }
  }
}

function removeName(index: NameIndex, phrase: string, id: string): void {
  const key = nameKey(phrase);
  const ids = idsOf(index, key).filter((x) => x !== id);
  if (ids.length) index.byKey.set(key, ids.join('|'));
  else index.byKey.delete(key);
}

/** Actors with the same roles column share one parsed array (many Phoenix and city rows repeat). */
function sharedRolesOf(
  cache: Map<string, ActorRole[]>,
  field: string,
  file: string,
  line: number,
): ActorRole[] {
  let roles = cache.get(field);
  if (!roles) {
    roles = parseRolesAt(field, `${file}:${line}`);
    cache.set(field, roles);
  }
  return roles;
}

function checkType(type: string, at: string, line?: number): EntityType {
  if (!ENTITY_TYPES.has(type as EntityType)) {
    if (line !== undefined) at = `${at}:${line}`;
    throw new Error(`${at}: unknown entity type "${type}" (use PERSON, ORG, GPE, LOC or NORP)`);
  }
  return type as EntityType;
}

function parseRolesAt(field: string, at: string) {
  try {
    return parseRoles(field);
  } catch (e) {
    throw new Error(`${at}: ${(e as Error).message}`);
  }
}

/** Reads a user TSV (format in data/actors/user.tsv). Ids without a prefix get `<prefix>:` (`user:`). */
export function readUserTsv(file: string, prefix = 'user'): Actor[] {
  const out: Actor[] = [];
  for (const [cols, line] of rows(file)) {
    const at = `${file}:${line}`;
    if (cols.length < 6)
      throw new Error(`${at}: expected at least 6 tab-separated columns, found ${cols.length}`);
    const [id, type, kind, country, roles, nameList, wikidata, gender] = cols;
    out.push({
      id: id.includes(':') ? id : `${prefix}:${id}`,
      type: checkType(type, at),
      kind: dash(kind),
      country: dash(country),
      roles: parseRolesAt(roles, at),
      names: nameList
        .split('|')
        .map((n) => n.trim())
        .filter(Boolean),
      wikidata: dash(wikidata),
      gender: gender === 'm' || gender === 'f' ? gender : null,
      source: file,
    });
  }
  return out;
}

/** Reads a user JSON file: an array of `{id, type, names, kind?, country?, roles?, wikidata?, gender?}`. */
export function readUserJson(file: string): Actor[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<Actor>[];
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a JSON array of actors`);
  return raw.map((a, i) => {
    const at = `${file}[${i}]`;
    if (!a.id || !a.names?.length) throw new Error(`${at}: an actor needs an id and names`);
    return {
      id: a.id.includes(':') ? a.id : `user:${a.id}`,
      type: checkType(a.type ?? '', at),
      kind: a.kind ?? null,
      country: a.country ?? null,
      roles: a.roles ?? [],
      names: a.names,
      wikidata: a.wikidata ?? null,
      gender: a.gender ?? null,
      source: file,
    };
  });
}
