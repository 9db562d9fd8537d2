/**
 * The entities lexicon (data/actors/lexicon.tsv): the word lists the name rules check a neighbouring
 * word against, loaded once by the component factory. Users extend the TSV, not the rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../knowledge/paths.js';
import type { EntityType } from '../../model/layers.js';

/** The plain word lists (one lower-case word a row). */
export const WORD_LISTS = [
  'speech-verb',
  'org-noun-before',
  'media-noun-after',
  'facility-noun-after',
  'one-word-facility-noun',
  'credit-word',
  'place-kind',
  'campus-system',
  'civic-body-head',
  'title-before-head',
  'way-word',
  'party-descriptor',
  'place-prefix',
  'corporate-suffix',
  'team-sport-slug',
  'match-word',
  'date-preposition',
  'article-prefix',
  'place-suffix',
  'compound-tail',
  'agent-head',
  'character-cue',
  'work-noun-before',
  'award-word',
  'ordinal-unit',
  'family-name-first',
  'award-category',
  'not-actor',
  'vehicle-noun',
  'disease',
  'disease-noun-after',
  'disease-word',
  'place-cue',
  'example-cue',
  'portfolio-title',
  'abstract-suffix',
  'word-acronym',
  'connector',
  'headed-connector',
  'in-not-place',
  'org-field-word',
  'name-particle',
  'definite-article-first',
  'place-body-word',
  'title-level',
  'storm-word',
  'district-body-word',
  'not-team-plural',
  'title-modifier',
  'portfolio-opener',
  'person-modifier',
  'title-in-name',
  'title-surname',
  'local-office',
  'surname-group',
  'post-nominal',
  'currency-word',
  'currency-code',
  'not-alone',
  'common-after-article',
  'never-alone',
  'vehicle-make',
  'generic-body',
  'generic-body-modifier',
  'party-group',
  'party-modifier',
  'product-name',
  'town-given-name',
  'seat-of-power',
  'function-word-given-name',
  'country-given-name',
  'named-day',
  'company-division',
  'surname-head',
  'surname-head-person',
  'player-noun-after',
  'road-word',
  'company-cue-before',
  'company-cue-after',
  'model-word',
  'product-noun',
  'model-suffix',
  'title-body-head',
  'generational-suffix',
  'in-compound-head',
  'source-cue',
  'person-verb',
  'company-noun-after',
  'group-before-surname',
  'townspeople',
  'stock-index',
  'numbered-event',
  'market-move',
  'self-government-word',
  'employee-noun',
  'institution-centre-word',
  'club-noun-after',
  'town-noun-after',
  'competition-league-word',
  'us-named-body',
  'armed-service',
  'game-word',
  'product-noun-before',
  'publication-cue',
  'people-noun',
  'describing-noun',
  'surname-particle',
  'council-head',
  'council-word',
  'place-part-of',
  'road-context',
  'language',
  'language-noun',
  'demonym-org-opener',
  'service-word',
  'craft-noun-after',
  'quantifier-opener',
  'place-before-for',
  'company-kind',
  'business-head',
  'area-word',
  'place-preposition',
  'place-preposition-loose',
  'place-ending',
  'site-noun-after',
  'name-honorific',
  'name-final-honorific',
  'territorial-title',
  'portfolio-head',
  'seat-without-article',
  'bloc-adjective',
  'desk-word',
  'disease-eponym',
  'street-word',
  'ship-prefix',
  'capitalised-surname',
  'lower-case-connector',
] as const;
export type WordList = (typeof WORD_LISTS)[number];

/** The lists whose rows also give the type a name takes (`town` -> GPE, `river` -> LOC). */
export const TYPED_LISTS = ['place-noun-of', 'place-noun-after', 'place-noun-before', 'head-first'] as const;
export type TypedList = (typeof TYPED_LISTS)[number];

/** The types each typed list may give. */
const LIST_TYPES: Record<TypedList, ReadonlySet<string>> = {
  'place-noun-of': new Set(['GPE', 'LOC']),
  'place-noun-after': new Set(['GPE', 'LOC']),
  'place-noun-before': new Set(['GPE', 'LOC']),
  'head-first': new Set(['ORG', 'GPE', 'LOC', 'OTHER']),
};

export interface EntitiesLexicon {
  words: Record<WordList, ReadonlySet<string>>;
  typed: Record<TypedList, ReadonlyMap<string, EntityType>>;
  /**
   * US states by every way a party label writes them (`IA`, `Calif.`, `Texas` in `D-IA`, `R-Calif.`),
   * and Canada's provinces by name and dotted abbreviation (`Ont.`), -> the name; read from the places
   * data (data/places/admin1.tsv), empty when parsed alone.
   */
  usStates: ReadonlyMap<string, string>;
  /** Titles of works as written (data/actors/works.tsv: `Swan Lake`, `Anatomy of a Fall`); empty when parsed alone. */
  works: WorkTitles;
}

/** Titles of works, matched exactly as written, with their first words and the longest title's length. */
export interface WorkTitles {
  titles: ReadonlySet<string>;
  firstWords: ReadonlySet<string>;
  longest: number;
}

/** A title as the matcher compares it: curly apostrophes straight, spaces single. */
export const workTitleKey = (title: string): string =>
  title.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');

export class EntitiesLexiconError extends Error {
  readonly code = 'E_LEXICON';
}

/** Parses the TSV text (`list<TAB>word[<TAB>type]`); `origin` names the file in error messages. */
export function parseEntitiesLexicon(tsv: string, origin = 'lexicon.tsv'): EntitiesLexicon {
  const words = Object.fromEntries(WORD_LISTS.map((l) => [l, new Set<string>()])) as Record<
    WordList,
    Set<string>
  >;
  const typed = Object.fromEntries(TYPED_LISTS.map((l) => [l, new Map<string, EntityType>()])) as Record<
    TypedList,
    Map<string, EntityType>
  >;
  const lines = tsv.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const [list, word = '', type = ''] = line.split('\t');
    const at = `${origin}:${i + 1}`;
    const w = word.trim().toLowerCase();
    if (!w) throw new EntitiesLexiconError(`${at}: no word`);
    if ((WORD_LISTS as readonly string[]).includes(list)) {
      words[list as WordList].add(w);
    } else if ((TYPED_LISTS as readonly string[]).includes(list)) {
      const allowed = LIST_TYPES[list as TypedList];
      if (!allowed.has(type))
        throw new EntitiesLexiconError(`${at}: ${list} needs a type ${[...allowed].join(' or ')}`);
      typed[list as TypedList].set(w, type as EntityType);
    } else {
      throw new EntitiesLexiconError(
        `${at}: unknown list '${list}' (expected ${[...WORD_LISTS, ...TYPED_LISTS].join(', ')})`,
      );
    }
  }
  return {
    words,
    typed,
    usStates: new Map(),
    works: { titles: new Set(), firstWords: new Set(), longest: 0 },
  };
}

const cache = new Map<string, EntitiesLexicon>();

/** Reads `lexicon.tsv` from a folder (default data/actors/) once per process. */
export function loadEntitiesLexicon(dir = join(dataDir(), 'actors')): EntitiesLexicon {
  const file = join(dir, 'lexicon.tsv');
  let lex = cache.get(file);
  if (!lex) {
    lex = {
      ...parseEntitiesLexicon(readFileSync(file, 'utf8'), file),
      usStates: readUsStates(),
      works: readWorkTitles(join(dir, 'works.tsv')),
    };
    addNamedDays(lex.words['named-day'] as Set<string>);
    cache.set(file, lex);
  }
  return lex;
}

/**
 * The named days the times layer resolves (data/times/holidays.tsv: `Black Friday`, `Thanksgiving`) join
 * the lexicon's `named-day` list, which holds those it cannot date (`Diwali`, `Ramadan`).
 */
function addNamedDays(days: Set<string>, file = join(dataDir(), 'times', 'holidays.tsv')): void {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const name = line.split('\t')[0].trim().toLowerCase();
    if (name && !name.startsWith('#')) days.add(name.replace(/\u2019/g, "'"));
  }
}

/** The titles of data/actors/works.tsv (`title<TAB>kind<TAB>year`); none when the file is missing. */
export function readWorkTitles(file: string): WorkTitles {
  const titles = new Set<string>();
  const firstWords = new Set<string>();
  let longest = 0;
  if (!existsSync(file)) return { titles, firstWords, longest };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const title = workTitleKey(line.replace(/\r$/, '').split('\t')[0].trim());
    if (!title || title.startsWith('#')) continue;
    titles.add(title);
    firstWords.add(title.split(' ')[0]);
    longest = Math.max(longest, title.length);
  }
  return { titles, firstWords, longest };
}

/** The US and Canadian rows of data/places/admin1.tsv: name, postal code and abbreviations -> name. */
function readUsStates(file = join(dataDir(), 'places', 'admin1.tsv')): Map<string, string> {
  const states = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [country, , name, , abbr = ''] = line.replace(/\r$/, '').split('\t');
    if ((country !== 'US' && country !== 'CA') || !name) continue;
    states.set(name, name);
    // Canada's provinces only by their dotted abbreviations (`Ont.`, `Sask.`): `ON`, `NS` are words too.
    for (const a of abbr.split('|')) if (a && (country === 'US' || a.endsWith('.'))) states.set(a, name);
  }
  return states;
}
