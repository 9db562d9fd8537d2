/**
 * The times lexicon (data/times/lexicon.tsv), loaded once by the component factory. The code receives
 * it as data; users extend the TSV, not the rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../knowledge/paths.js';
import { type HolidayRule, parseHolidayRule } from './holidays.js';

export type RefValue = 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF';

export interface TimesLexicon {
  /** Vague references by lower-case phrase, with a window in days from the anchor (null = none). */
  refs: Map<string, { value: RefValue; window: [number, number] | null }>;
  /** Vague counts (`a few` = 2..5); the key '' is the bare plural (`weeks away`). */
  quants: Map<string, [number, number]>;
  /** Words that, right before a four-digit number, make it something other than a year. */
  notYearBefore: Set<string>;
  /** Lower-case names that contain a day or month word (`good friday agreement`). */
  names: string[];
  /** Named days by lower-case name (`christmas`, `good friday`), from holidays.tsv. */
  holidays: Map<string, HolidayRule>;
  /**
   * Days named by the event on them (`opening night`, `polling day`): dates the text gives elsewhere
   * (`Opening night, January 23, 2014`), from lexicon.tsv kind `event-day`.
   */
  eventDays: string[];
  /**
   * Word lists a rule checks a neighbouring word against (lexicon.tsv kinds in WORD_KINDS):
   * `event-noun` (`day one of the trial`), `reporting-noun` (`third-quarter profit`), `title-noun`
   * (`player of the day`), `not-after-date` (`the date of`, `the date set`), `ordinal-noun`
   * (`the 19th century`, `the 15th floor`).
   */
  words: Map<WordKind, Set<string>>;
}

/** The lexicon kinds that are plain word lists (one lower-case word or phrase a row). */
export const WORD_KINDS = [
  'event-noun',
  'reporting-noun',
  'title-noun',
  'not-after-date',
  'ordinal-noun',
] as const;
export type WordKind = (typeof WORD_KINDS)[number];

/** Whether `word` (any case; a plural in `-s`, `-es`, `-ies` allowed) is listed under `kind`. */
export function hasWord(lex: TimesLexicon, kind: WordKind, word: string): boolean {
  const set = lex.words.get(kind);
  if (!set || !word) return false;
  const w = word.toLowerCase();
  if (set.has(w)) return true;
  if (!w.endsWith('s')) return false;
  return (
    set.has(w.slice(0, -1)) || set.has(w.slice(0, -2)) || (w.endsWith('ies') && set.has(`${w.slice(0, -3)}y`))
  );
}

export class LexiconError extends Error {
  readonly code = 'E_LEXICON';
}

/** Parses the TSV text; `origin` names the file in error messages. */
export function parseTimesLexicon(tsv: string, origin = 'lexicon.tsv'): TimesLexicon {
  const lex: TimesLexicon = {
    refs: new Map(),
    quants: new Map(),
    notYearBefore: new Set(),
    names: [],
    holidays: new Map(),
    eventDays: [],
    words: new Map(WORD_KINDS.map((k) => [k, new Set<string>()])),
  };
  const lines = tsv.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const [kind, phrase = '', a = '', b = '', c = ''] = line.split('\t');
    const at = `${origin}:${i + 1}`;
    if (kind === 'ref') {
      if (a !== 'PAST_REF' && a !== 'PRESENT_REF' && a !== 'FUTURE_REF') {
        throw new LexiconError(`${at}: ref value must be PAST_REF, PRESENT_REF or FUTURE_REF, got '${a}'`);
      }
      lex.refs.set(phrase.toLowerCase(), { value: a, window: b === '' ? null : [Number(b), Number(c)] });
    } else if (kind === 'quant') {
      const range: [number, number] = [Number(a), Number(b)];
      if (!Number.isFinite(range[0]) || !Number.isFinite(range[1]))
        throw new LexiconError(`${at}: quant needs two numbers`);
      lex.quants.set(phrase.toLowerCase(), range);
    } else if (kind === 'not-year-before') {
      lex.notYearBefore.add(phrase.toLowerCase());
    } else if (kind === 'name') {
      lex.names.push(phrase.toLowerCase());
    } else if (kind === 'event-day') {
      lex.eventDays.push(phrase.toLowerCase());
    } else if ((WORD_KINDS as readonly string[]).includes(kind)) {
      lex.words.get(kind as WordKind)?.add(phrase.toLowerCase());
    } else {
      throw new LexiconError(
        `${at}: unknown kind '${kind}' (expected ref, quant, not-year-before, name, event-day or ${WORD_KINDS.join(', ')})`,
      );
    }
  }
  return lex;
}

/** Adds the named days of holidays.tsv (`name<TAB>rule`) to a lexicon. */
export function parseHolidays(tsv: string, lex: TimesLexicon, origin = 'holidays.tsv'): TimesLexicon {
  const lines = tsv.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, rule = ''] = line.split('\t');
    const compiled = parseHolidayRule(rule.trim());
    if (!compiled)
      throw new LexiconError(
        `${origin}:${i + 1}: cannot read the rule '${rule}' (MM-DD, easter+N, N-DOW-MM[+N])`,
      );
    lex.holidays.set(name.toLowerCase(), compiled);
  }
  return lex;
}

const cache = new Map<string, TimesLexicon>();

/** Reads `lexicon.tsv` and `holidays.tsv` from a folder (default data/times/) once per process. */
export function loadTimesLexicon(dir = join(dataDir(), 'times')): TimesLexicon {
  const file = join(dir, 'lexicon.tsv');
  let lex = cache.get(file);
  if (!lex) {
    lex = parseTimesLexicon(readFileSync(file, 'utf8'), file);
    const holidays = join(dir, 'holidays.tsv');
    parseHolidays(readFileSync(holidays, 'utf8'), lex, holidays);
    cache.set(file, lex);
  }
  return lex;
}
