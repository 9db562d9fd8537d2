/**
 * Named days (`Christmas`, `Good Friday`, `Thanksgiving`) as rules that give their date in any year,
 * read from data/times/holidays.tsv.
 */
import { addDays, type CivilDate, daysInMonth, weekday } from './calendar.js';

export type HolidayRule = (year: number) => CivilDate;

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): CivilDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The nth (1-based; -1 = last) given weekday of a month. */
export function nthWeekday(y: number, m: number, n: number, dow: number): CivilDate {
  if (n < 0) {
    const last: CivilDate = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((weekday(last) - dow + 7) % 7));
  }
  const first: CivilDate = { y, m, d: 1 };
  return addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Parses one rule: `12-25`, `easter-2`, `4-4-11` (4th Thursday of November), `4-4-11+1`. */
export function parseHolidayRule(rule: string): HolidayRule | null {
  let m = /^(\d\d)-(\d\d)$/.exec(rule);
  if (m) {
    const month = +m[1];
    const day = +m[2];
    return (y) => ({ y, m: month, d: day });
  }
  m = /^easter([+-]\d+)$/.exec(rule);
  if (m) {
    const offset = +m[1];
    return (y) => addDays(easter(y), offset);
  }
  m = /^(-?\d)-(\d)-(\d\d)(?:\+(\d+))?$/.exec(rule);
  if (m) {
    const [n, dow, month, after] = [+m[1], +m[2], +m[3], m[4] ? +m[4] : 0];
    return (y) => addDays(nthWeekday(y, month, n, dow), after);
  }
  return null;
}
