/**
 * Calendar arithmetic on plain civil dates (no time zone): the publication date is local wall-clock
 * time with an often unknown zone, so every computation stays in UTC-free civil days.
 */

export interface CivilDate {
  y: number;
  /** 1..12 */
  m: number;
  /** 1..31 */
  d: number;
}

export interface Anchor extends CivilDate {
  /** Hour and minute when the publication time gave them. */
  hour: number | null;
  minute: number | null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

export function toUtc(c: CivilDate): Date {
  const date = new Date(Date.UTC(2000, c.m - 1, c.d));
  date.setUTCFullYear(c.y);
  return date;
}

export function fromUtc(date: Date): CivilDate {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function iso(c: CivilDate): string {
  return `${pad4(c.y)}-${pad2(c.m)}-${pad2(c.d)}`;
}

/** The day of an ISO date or date-time (`2015-11-17`, `2015-11-17T09:00`). */
export function parseIsoDay(s: string): CivilDate {
  return { y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) };
}

export function isoMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

export function addDays(c: CivilDate, n: number): CivilDate {
  const date = toUtc(c);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(c: CivilDate, n: number): CivilDate {
  const total = c.y * 12 + (c.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(c.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday .. 6 = Saturday, as in JavaScript and chrono. */
export function weekday(c: CivilDate): number {
  return toUtc(c).getUTCDay();
}

/** ISO 8601 week: the week's year (may differ from the calendar year) and number. */
export function isoWeek(c: CivilDate): { year: number; week: number } {
  const date = toUtc(c);
  const dow = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - dow + 3); // the Thursday of this week decides the year
  const year = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return { year, week };
}

/** Monday of the ISO week that contains `c`. */
export function mondayOf(c: CivilDate): CivilDate {
  return addDays(c, -((weekday(c) + 6) % 7));
}

export function isoWeekValue(c: CivilDate): string {
  const { year, week } = isoWeek(c);
  return `${pad4(year)}-W${pad2(week)}`;
}

export function compare(a: CivilDate, b: CivilDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function dayDiff(a: CivilDate, b: CivilDate): number {
  return Math.round((toUtc(a).getTime() - toUtc(b).getTime()) / 86_400_000);
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Reads `2015-11-17T17:30`, `2015-11-17`, or a full ISO string; null when no day is given. */
export function parseAnchor(local: string | null | undefined): Anchor | null {
  if (!local) return null;
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?/.exec(local);
  if (!m) return null;
  return {
    y: +m[1],
    m: +m[2],
    d: +m[3],
    hour: m[4] === undefined ? null : +m[4],
    minute: m[5] === undefined ? null : +m[5],
  };
}

export { pad2, pad4 };
