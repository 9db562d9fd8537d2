/** Number words, units, months and weekdays: the closed English vocabulary of time expressions. */

import { MONTH_NAMES, WEEKDAY_NAMES } from '../../text/calendar-words.js';
import { addDays, addMonths, type CivilDate } from './calendar.js';

export { MONTH_NAMES, WEEKDAY_NAMES };

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  'a dozen': 12,
  half: 0.5,
  'a half': 0.5,
};

/** Regex source for a count: digits, or number words up to ninety-nine. */
export const NUM =
  '(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1/2|½)?|a dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|an?)';

export function parseNumber(s: string): number | null {
  const w = s.toLowerCase().replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const half = /^(\d+)(?:\s+1\/2|½)$/.exec(w); // `2 1/2 years`
  if (half) return Number(half[1]) + 0.5;
  if (w in SMALL) return SMALL[w];
  const m = /^(\w+)[- ](\w+)$/.exec(w);
  if (m && m[1] in SMALL && m[2] in SMALL) return SMALL[m[1]] + SMALL[m[2]];
  return null;
}

/** TIMEX3 duration units; `Q` (quarter) as TimeBank writes `several quarters` PXQ. */
export type UnitCode = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

/** Regex source for a unit word, singular or plural. */
export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';

export function unitOf(word: string): UnitCode {
  const w = word.toLowerCase();
  if (w.startsWith('sec')) return 'S';
  if (w.startsWith('min')) return 'MIN';
  if (w.startsWith('hour')) return 'H';
  if (w.startsWith('day')) return 'D';
  if (w.startsWith('fortnight')) return 'W';
  if (w.startsWith('week')) return 'W';
  if (w.startsWith('month')) return 'M';
  if (w.startsWith('quarter')) return 'Q';
  if (w.startsWith('year')) return 'Y';
  if (w.startsWith('decade')) return 'DE';
  return 'CE';
}

/** TIMEX3 duration: `P3W`, `PT24H`, `PXY` for an unknown count. */
export function durationValue(count: number | null, unit: UnitCode, word = ''): string {
  const n = count === null ? 'X' : String(word.toLowerCase().startsWith('fortnight') ? count * 2 : count);
  if (unit === 'S') return `PT${n}S`;
  if (unit === 'MIN') return `PT${n}M`;
  if (unit === 'H') return `PT${n}H`;
  return `P${n}${unit}`;
}

/** Moves a date by `n` units (fractions allowed for days and weeks; hours count as days/24). */
export function shift(c: CivilDate, n: number, unit: UnitCode): CivilDate {
  switch (unit) {
    case 'S':
    case 'MIN':
      return c;
    case 'H':
      return addDays(c, Math.trunc(n / 24));
    case 'D':
      return addDays(c, Math.round(n));
    case 'W':
      return addDays(c, Math.round(n * 7));
    case 'M':
      return addMonths(c, Math.round(n));
    case 'Q':
      return addMonths(c, Math.round(n * 3));
    case 'Y':
      return addMonths(c, Math.round(n * 12));
    case 'DE':
      return addMonths(c, Math.round(n * 120));
    case 'CE':
      return addMonths(c, Math.round(n * 1200));
  }
}

export const MONTH = `(?:${MONTH_NAMES.join('|')})`;

export function monthNumber(word: string): number {
  return MONTH_NAMES.indexOf(word.toLowerCase()) + 1;
}

export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;

/** 0 = Sunday .. 6 = Saturday. */
export function weekdayNumber(word: string): number {
  return WEEKDAY_NAMES.indexOf(word.toLowerCase().replace(/s$/, '').replace(/'$/, ''));
}

/** Modifiers that narrow a period: `early`, `mid`, `the end of`... to a TIMEX3 mod. */
export function modOf(word: string | undefined): 'START' | 'MID' | 'END' | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/early|beginning|start/.test(w)) return 'START';
  if (/mid|middle/.test(w)) return 'MID';
  if (/late|end/.test(w)) return 'END';
  return undefined;
}

/** Approximators before a count (`about`, `nearly`, `more than`) to a TIMEX3 mod. */
export const APPROX =
  '(?:about|around|roughly|approximately|some|nearly|almost|just over|just under|more than|over|at least|up to|less than|fewer than|under|close to)';

export function approxMod(
  word: string | undefined,
): 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS' | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/more than|over|just over/.test(w)) return 'MORE_THAN';
  if (/at least/.test(w)) return 'EQUAL_OR_MORE';
  if (/up to/.test(w)) return 'EQUAL_OR_LESS';
  if (/less than|fewer than|under|nearly|almost|close to/.test(w)) return 'LESS_THAN';
  return 'APPROX';
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  twentieth: 20,
  twenty_fifth: 25,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  hundredth: 100,
};

/** Regex source for an ordinal: `70th`, `3rd`, `fifth`, `twenty-fifth`. */
export const ORDINAL = `(?:\\d{1,3}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace('_', '[- ]'))
  .join('|')})`;

/** The number an ordinal names (`70th` 70, `fifth` 5), or null. */
export function parseOrdinal(s: string): number | null {
  const w = s.toLowerCase().replace(/[- ]/, '_');
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return +digits[1];
  return ORDINAL_WORDS[w] ?? null;
}

/** Regex source for a small cardinal (`day 3`, `Day Three`). */
export const SMALL_CARDINAL = `(?:\\d{1,2}|${Object.keys(SMALL)
  .filter((w) => /^[a-z]+$/.test(w) && SMALL[w] >= 1 && SMALL[w] <= 20 && w !== 'a' && w !== 'an')
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
