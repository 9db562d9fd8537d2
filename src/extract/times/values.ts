/**
 * TIMEX3 values with their windows: each builder returns the ISO value for one granularity and
 * the inclusive range of days it can denote, narrowed by a TIMEX3 `mod` (START, MID, END) where given.
 */
import type { Granularity, TimeWindow, TimexType } from '../../model/layers.js';
import {
  addDays,
  addMonths,
  type CivilDate,
  daysInMonth,
  iso,
  isoMonth,
  isoWeekValue,
  mondayOf,
  pad2,
  pad4,
} from './calendar.js';

export type Mod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_MORE'
  | 'EQUAL_OR_LESS';

/** A resolved value before it becomes an annotation. */
export interface Value {
  type: TimexType;
  value: string;
  mod?: Mod;
  window: TimeWindow | null;
  granularity: Granularity | null;
}

const win = (a: CivilDate, b: CivilDate): TimeWindow => ({ earliest: iso(a), latest: iso(b) });

/**
 * Narrows a run of `n` units (days or months) to its first, middle or last third; the last takes the
 * remainder (mid-December is the 11th to the 20th, late December the 21st to the 31st).
 */
function thirds(n: number, mod: Mod | undefined): [number, number] {
  const third = Math.floor(n / 3);
  if (mod === 'START') return [0, third - 1];
  if (mod === 'MID') return [third, 2 * third - 1];
  if (mod === 'END') return [2 * third, n - 1];
  return [0, n - 1];
}

export function dayValue(c: CivilDate): Value {
  return { type: 'DATE', value: iso(c), window: win(c, c), granularity: 'day' };
}

export function monthValue(y: number, m: number, mod?: Mod): Value {
  const [a, b] = thirds(daysInMonth(y, m), mod);
  return {
    type: 'DATE',
    value: isoMonth(y, m),
    mod,
    window: win({ y, m, d: 1 + a }, { y, m, d: 1 + b }),
    granularity: 'month',
  };
}

/** A run of whole months starting at (y, m), narrowed by mod. */
function monthsWindow(y: number, m: number, count: number, mod?: Mod): TimeWindow {
  const [a, b] = thirds(count, mod);
  const first = addMonths({ y, m, d: 1 }, a);
  const last = addMonths({ y, m, d: 1 }, b);
  return win(first, { ...last, d: daysInMonth(last.y, last.m) });
}

export function yearValue(y: number, mod?: Mod): Value {
  return { type: 'DATE', value: pad4(y), mod, window: monthsWindow(y, 1, 12, mod), granularity: 'year' };
}

export function weekValue(c: CivilDate, mod?: Mod): Value {
  const monday = mondayOf(c);
  const [a, b] = mod === 'START' ? [0, 2] : mod === 'MID' ? [2, 4] : mod === 'END' ? [4, 6] : [0, 6];
  return {
    type: 'DATE',
    value: isoWeekValue(c),
    mod,
    window: win(addDays(monday, a), addDays(monday, b)),
    granularity: 'week',
  };
}

export function weekendValue(c: CivilDate): Value {
  const monday = mondayOf(c);
  return {
    type: 'DATE',
    value: `${isoWeekValue(c)}-WE`,
    window: win(addDays(monday, 5), addDays(monday, 6)),
    granularity: 'week',
  };
}

export function quarterValue(y: number, q: number, mod?: Mod): Value {
  return {
    type: 'DATE',
    value: `${pad4(y)}-Q${q}`,
    mod,
    window: monthsWindow(y, 3 * q - 2, 3, mod),
    granularity: 'quarter',
  };
}

export function halfValue(y: number, h: number): Value {
  return {
    type: 'DATE',
    value: `${pad4(y)}-H${h}`,
    window: monthsWindow(y, 6 * h - 5, 6),
    granularity: 'quarter',
  };
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Meteorological seasons (northern hemisphere); winter YYYY runs from December YYYY into the next year. */
export function seasonValue(y: number, s: Season, mod?: Mod): Value {
  return {
    type: 'DATE',
    value: `${pad4(y)}-${s}`,
    mod,
    window: monthsWindow(y, SEASON_START[s], 3, mod),
    granularity: 'quarter',
  };
}

/** Which season a month falls in, and the year TIMEX3 names it by (January 2016 is in winter 2015). */
export function seasonOf(c: CivilDate): { y: number; s: Season } {
  const s: Season =
    c.m >= 3 && c.m <= 5 ? 'SP' : c.m >= 6 && c.m <= 8 ? 'SU' : c.m >= 9 && c.m <= 11 ? 'FA' : 'WI';
  return { y: s === 'WI' && c.m < 3 ? c.y - 1 : c.y, s };
}

/** `199` for the 1990s; early/mid/late take the first three, middle four or last three years. */
export function decadeValue(decade: number, mod?: Mod): Value {
  const y0 = decade * 10;
  const [a, b] = mod === 'START' ? [0, 2] : mod === 'MID' ? [3, 6] : mod === 'END' ? [7, 9] : [0, 9];
  return {
    type: 'DATE',
    value: String(decade),
    mod,
    window: { earliest: `${pad4(y0 + a)}-01-01`, latest: `${pad4(y0 + b)}-12-31` },
    granularity: 'decade',
  };
}

/** `19` for the twentieth century (1900-1999, the usual reading in news). */
export function centuryValue(century: number, mod?: Mod): Value {
  const y0 = century * 100;
  const [a, b] = mod === 'START' ? [0, 32] : mod === 'MID' ? [33, 66] : mod === 'END' ? [67, 99] : [0, 99];
  return {
    type: 'DATE',
    value: pad2(century),
    mod,
    window: { earliest: `${pad4(y0 + a)}-01-01`, latest: `${pad4(y0 + b)}-12-31` },
    granularity: 'century',
  };
}

export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

export function partOfDayValue(c: CivilDate, part: PartOfDay): Value {
  return { type: 'TIME', value: `${iso(c)}T${part}`, window: win(c, c), granularity: 'partofday' };
}

export function clockValue(c: CivilDate | null, hour: number, minute: number | null): Value {
  const hhmm = minute === null ? pad2(hour) : `${pad2(hour)}:${pad2(minute)}`;
  return {
    type: 'TIME',
    value: c ? `${iso(c)}T${hhmm}` : `XXXX-XX-XXT${hhmm}`,
    window: c ? win(c, c) : null,
    granularity: minute === null ? 'hour' : 'minute',
  };
}

/** A vague reference (`PAST_REF`...) with an optional window of days. */
export function refValue(
  value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF',
  window: [CivilDate, CivilDate] | null,
): Value {
  return { type: 'DATE', value, window: window ? win(window[0], window[1]) : null, granularity: null };
}

export { win };
