/** What every rule module shares: the Rule shape, result builders, and small vocabularies. */
import { addDays, type CivilDate, dayDiff, quarterOf } from '../calendar.js';
import type { MatchContext, Resolved } from '../context.js';
import type { TimesLexicon } from '../lexicon.js';
import {
  centuryValue,
  clockValue,
  dayValue,
  decadeValue,
  type Mod,
  monthValue,
  type PartOfDay,
  quarterValue,
  type Season,
  type Value,
  weekValue,
  yearValue,
} from '../values.js';
import { MONTH_NAMES, shift, type UnitCode, WEEKDAY_NAMES } from '../words.js';

export interface Rule {
  id: string;
  pattern: RegExp;
  /** A cheap test a sentence must pass before the pattern runs (literal words, no backtracking). */
  gate?: RegExp;
  build(m: RegExpExecArray, ctx: MatchContext): Resolved | null;
}

export type Extra = Partial<Pick<Resolved, 'known' | 'implied' | 'confidence'>>;

export const relative = (v: Value, known: string[], implied: string[], confidence = 0.85): Resolved => ({
  ...v,
  known,
  implied,
  anchor: 'publication',
  confidence,
});
export const absolute = (v: Value, known: string[], extra: Extra = {}): Resolved => ({
  ...v,
  known,
  implied: extra.implied ?? [],
  anchor: 'absolute',
  confidence: extra.confidence ?? 0.9,
});

/** A date at the granularity of its unit (`three weeks ago` is a week, `two years ago` a year). */
export function atUnit(c: CivilDate, unit: UnitCode, ctx: MatchContext): Value {
  switch (unit) {
    case 'D':
      return dayValue(c);
    case 'W':
      return weekValue(c);
    case 'M':
      return monthValue(c.y, c.m);
    case 'Q':
      return quarterValue(c.y, quarterOf(c.m));
    case 'Y':
    case 'DE':
    case 'CE':
      return yearValue(c.y);
    default: {
      const hour = ctx.ref.hour;
      return hour === null ? dayValue(c) : clockValue(c, hour, null);
    }
  }
}

/** The current period of a unit word (`week`, `month`, `year`...) shifted by n. */
export function periodValue(ref: CivilDate, unit: string, n: number, mod?: Mod): Value | null {
  switch (unit) {
    case 'day':
      return dayValue(addDays(ref, n));
    case 'week':
      return weekValue(addDays(ref, 7 * n), mod);
    case 'month': {
      const c = shift(ref, n, 'M');
      return monthValue(c.y, c.m, mod);
    }
    case 'year':
      return yearValue(ref.y + n, mod);
    case 'quarter': {
      const q = quarterOf(ref.m) - 1 + n;
      const y = ref.y + Math.floor(q / 4);
      return quarterValue(y, (((q % 4) + 4) % 4) + 1, mod);
    }
    case 'decade':
      return decadeValue(Math.floor(ref.y / 10) + n, mod);
    case 'century':
      return centuryValue(Math.floor(ref.y / 100) + n, mod);
    default:
      return null;
  }
}

export const PART_OF_DAY: Record<string, PartOfDay> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

export const SEASONS: Record<string, Season> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

export const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

export const CENTURY_WORDS: Record<string, number> = {
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty first': 21,
};

/** A vague count: `a few` = 2..5, the bare plural = 1..8 (from the lexicon). */
export function quantRange(lex: TimesLexicon, word: string | undefined): [number, number] {
  return lex.quants.get((word ?? '').toLowerCase().trim()) ?? lex.quants.get('') ?? [1, 8];
}

export const QUANT = '(?:a few|few|several|a couple of|a couple|some|many|a number of|dozens of)';
export const MOD_WORD =
  '(?:early|mid|late|the beginning of|the start of|the middle of|the end of|beginning of|start of|end of)';

const capitalised = (names: readonly string[]) => names.map((n) => n[0].toUpperCase() + n.slice(1)).join('|');
/** A day or month name as news writes it, capitalised (`may` the modal is no month). */
const OWN_DATE = new RegExp(`\\b(?:${capitalised(WEEKDAY_NAMES)}|${capitalised(MONTH_NAMES)})\\b`);

/**
 * The day `today`, `yesterday`, `tonight` count from. In narration that is the publication day. Inside
 * a quotation it is the day the words were spoken, which a story about yesterday gives away
 * (`Yesterday, Sweden won. After the match, the coach said, "we learned a lot from today's game"`):
 * only when the narration's last day came from `yesterday` and the quoting sentence names no day of
 * its own (`"We are rebuilding today," the mayor said on Tuesday` keeps the publication day).
 */
export function deicticDay(ctx: MatchContext, at: number): { day: CivilDate; note?: string } {
  const ref = ctx.ref;
  const narrated = ctx.previousDay;
  if (
    narrated &&
    ctx.narratedYesterday &&
    ctx.inQuote(at) &&
    dayDiff(ref, narrated) === 1 &&
    !OWN_DATE.test(ctx.text)
  )
    return { day: narrated, note: 'day.speech-day' };
  return { day: ref };
}
