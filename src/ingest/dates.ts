/**
 * Publication dates as articles, tags and feeds write them: `Mar 4 2021, 9:15am`,
 * `2021-03-04T09:15:00Z`, `4 March 2021`, `March 4, 2021 at 5:30 p.m. ET`,
 * `Thursday, 4 Mar 2021 14:05 GMT`, `Updated 1:23 PM ET, Thu March 4, 2021` ...
 *
 * The parser is a short sequence of sticky regexes (prefix, time, weekday, date, time, zone), each
 * compiled once, and the whole string must be consumed: a line that merely mentions a date is not a
 * dateline. The result keeps the precision the text gave and the zone only when the text names one;
 * a UTC instant is computed only when that zone maps to an offset.
 */
import type { DatePrecision, PublishedTime } from '../model/metadata.js';

export interface ParsedDate {
  published: PublishedTime;
  /** Rule ids that fired, e.g. `['date.month-day-year', 'time.12h', 'zone.abbrev']`. */
  rules: string[];
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

/** Zone abbreviations with a fixed offset in minutes; `null` = known zone but ambiguous offset. */
const FIXED_ZONES: Record<string, number | null> = {
  Z: 0,
  UTC: 0,
  UT: 0,
  GMT: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EAT: 180,
  WAT: 60,
  CAT: 120,
  SAST: 120,
  GST: 240,
  PKT: 300,
  WIB: 420,
  ICT: 420,
  HKT: 480,
  SGT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  // Several zones share these letters (India/Ireland/Israel, Arabia/Atlantic): keep the zone, no offset.
  IST: null,
  AST: null,
};
/** US generic zones: standard or daylight time depending on the date. */
const US_GENERIC_ZONES: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

const HAS_DIGIT = /\d/;

// Sticky ('y') regexes: each is tried at the cursor and advances it.
const RE = {
  lead: /[|•·\s-]*/y,
  prefix:
    /(?:(?:first\s+)?published|posted|updated|last\s+updated|last\s+modified|modified|dated?|created|filed|released)(?:\s+(?:on|at))?\s*:?\s+/iy,
  weekday: new RegExp(`${WEEKDAY}(?![\\p{L}])\\s*,?\\s*`, 'iuy'),
  iso: /(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+)(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?/y,
  ymdSlash: /(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/y,
  numeric: /(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y,
  monthDayYear: new RegExp(`${MONTH}\\s*(\\d{1,2})${ORDINAL}(?:\\s*,\\s*|\\s+)(\\d{4})(?!\\d)`, 'iy'),
  dayMonthYear: new RegExp(
    `(\\d{1,2})${ORDINAL}(?:\\s+of)?(?:\\s+|-)${MONTH}(?:\\s*,\\s*|\\s+|-)(\\d{4})(?!\\d)`,
    'iy',
  ),
  monthYear: new RegExp(`${MONTH},?\\s+(\\d{4})(?!\\d)`, 'iy'),
  // between a date and its time: `, ` ` at ` ` - ` ` | ` ` · `
  dateTimeSep: /\s*(?:,|\bat\b|@|-|–|—|\||·|•)?\s*/iy,
  // between a leading time and its date: `, ` ` on ` ` | `
  timeDateSep: /\s*(?:,|\bon\b|-|–|—|\||·|•)?\s*/iy,
  time12: /(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?/iy,
  // `14:05`, `14:05:09`, and the British `14.05`
  time24: /(\d{1,2})[:.](\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*(?:hrs|h)\b)?(?!\.?\d)/iy,
  noon: /(noon|midnight)\b/iy,
  zoneOffset: /\s*\(?\s*(Z|(?:UTC|GMT)?\s?([+-])(\d{1,2})(?::?(\d{2}))?)(?![\d])\s*\)?/y,
  zoneName: /\s*\(?\s*([A-Za-z](?:\.?[A-Za-z]){0,3}\.?)(?![\p{L}])\s*\)?/uy,
  tail: /[\s.)]*$/y,
};

interface Parts {
  year: number;
  month: number;
  day: number | null;
  hour: number | null;
  minute: number | null;
  second: number | null;
  zone: string | null;
  offset: number | null;
  rules: string[];
}

class Cursor {
  pos = 0;
  constructor(readonly s: string) {}
  /** Matches `re` at the cursor; advances past it on success. */
  take(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.s);
    if (m) this.pos = re.lastIndex;
    return m;
  }
  get done(): boolean {
    return this.pos >= this.s.length;
  }
}

/** A full date (weekday optional) closing a line: `... about ants Monday, September 21, 2020`. */
const TRAILING_DATE = new RegExp(
  `\\s((?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}${ORDINAL},?\\s+\\d{4}|\\d{1,2}${ORDINAL}\\s+${MONTH},?\\s+\\d{4}))\\s*$`,
  'i',
);

/** Finds a date written at the end of a line (a headline run together with its dateline). */
export function findTrailingDate(line: string): { index: number; date: ParsedDate } | null {
  const m = TRAILING_DATE.exec(line);
  if (!m) return null;
  const date = parseDate(m[1]);
  return date ? { index: m.index + m[0].indexOf(m[1]), date } : null;
}

const PLACE_WORDS = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}";
/** `LONDON`, `NEW DELHI`, `AL-AIN , United Arab Emirates`: a wire dateline's place, then its date. */
const WIRE_PLACES = [
  new RegExp(`^${PLACE_WORDS}\\s*,\\s*${PLACE_WORDS}\\s*,?\\s+(?=\\S)`, 'u'),
  new RegExp(`^${PLACE_WORDS}\\s*,?\\s+(?=\\S)`, 'u'),
];

/**
 * A wire-service dateline: a place in capitals, maybe a region, then the date (`LONDON 1996-08-30`,
 * `AL-AIN , United Arab Emirates 1996-12-06`, `WASHINGTON, March 4, 2021`). The place's first word
 * must be in capitals, so a sentence ending in a date (`Talks resume March 4, 2021`) is not one.
 */
export function parseWireDateline(
  line: string,
): (ParsedDate & { place: string; placeLength: number }) | null {
  const text = line.trim();
  const firstWord = text.split(/[\s,]/)[0];
  if (firstWord.length < 2 || firstWord !== firstWord.toUpperCase() || !HAS_DIGIT.test(text)) return null;
  for (const re of WIRE_PLACES) {
    const m = re.exec(text);
    const date = m ? parseDate(text.slice(m[0].length)) : null;
    if (m && date) {
      const raw = m[0].replace(/\s*,?\s*$/, '');
      const place = raw.replace(/\s*,\s*/g, ', ');
      // Where the place ends in the line as given, leading space included.
      const placeLength = line.length - line.trimStart().length + raw.length;
      return { ...date, rules: [...date.rules, 'dateline.wire'], place, placeLength };
    }
  }
  return null;
}

/**
 * Parses a string that is entirely a date (optionally with `Published`/`Updated` prefix, weekday,
 * time and zone). Returns null when anything is left over or a field is out of range.
 */
export function parseDate(input: string): ParsedDate | null {
  const s = input.trim();
  // Every date shape has a digit: most lines are turned away here, cheaply.
  if (s.length < 4 || s.length > 120 || !HAS_DIGIT.test(s)) return null;
  const c = new Cursor(s);
  c.take(RE.lead);
  const prefixed = c.take(RE.prefix) !== null;
  const start = c.pos;
  // A time may come first (`1:23 PM ET, Thu March 4, 2021`); if what looked like a time was the
  // start of the date (`17.03.2021`), read again from the same place without it.
  let parts = emptyParts(prefixed);
  if (takeTime(c, parts)) {
    takeZone(c, parts);
    c.take(RE.timeDateSep);
    c.take(RE.weekday);
    if (!takeDate(c, parts)) {
      c.pos = start;
      parts = emptyParts(prefixed);
    }
  }
  if (parts.year === 0) {
    c.take(RE.weekday);
    if (!takeDate(c, parts)) return null;
  }
  if (parts.hour === null && parts.day !== null) {
    const before = c.pos;
    c.take(RE.dateTimeSep);
    c.take(RE.weekday); // `4 March 2021, Thursday` is rare but harmless
    if (takeTime(c, parts)) takeZone(c, parts);
    else c.pos = before;
  }
  if (parts.zone === null && parts.hour !== null) takeZone(c, parts);
  c.take(RE.tail);
  if (!c.done) return null;
  return build(parts, s);
}

function emptyParts(prefixed: boolean): Parts {
  return {
    year: 0,
    month: 0,
    day: null,
    hour: null,
    minute: null,
    second: null,
    zone: null,
    offset: null,
    rules: prefixed ? ['date.prefix'] : [],
  };
}

function takeDate(c: Cursor, p: Parts): boolean {
  let m = c.take(RE.iso);
  if (m) {
    p.year = +m[1];
    p.month = +m[2];
    p.day = +m[3];
    p.rules.push('date.iso');
    if (m[4] !== undefined) {
      p.hour = +m[4];
      p.minute = +m[5];
      p.second = m[6] !== undefined ? +m[6] : null;
      p.rules.push('time.iso');
      takeZone(c, p, true);
    }
    return true;
  }
  m = c.take(RE.ymdSlash);
  if (m) {
    [p.year, p.month, p.day] = [+m[1], +m[2], +m[3]];
    p.rules.push('date.ymd-slash');
    return true;
  }
  m = c.take(RE.monthDayYear);
  if (m) {
    [p.month, p.day, p.year] = [MONTHS[m[1].toLowerCase()], +m[2], +m[3]];
    p.rules.push('date.month-day-year');
    return true;
  }
  m = c.take(RE.dayMonthYear);
  if (m) {
    [p.day, p.month, p.year] = [+m[1], MONTHS[m[2].toLowerCase()], +m[3]];
    p.rules.push('date.day-month-year');
    return true;
  }
  m = c.take(RE.numeric);
  if (m) {
    const [a, b] = [+m[1], +m[3]];
    // `17.03.2021` is European day-first; `03/17/2021` is US month-first unless the first number can't be a month.
    const dayFirst = m[2] === '.' || a > 12;
    // A two-digit year (`11/18/19`) is read in this century: publication dates are recent.
    const year = m[4].length === 2 ? 2000 + +m[4] : +m[4];
    [p.day, p.month, p.year] = dayFirst ? [a, b, year] : [b, a, year];
    p.rules.push(dayFirst ? 'date.numeric-dmy' : 'date.numeric-mdy');
    return true;
  }
  m = c.take(RE.monthYear);
  if (m) {
    [p.month, p.year] = [MONTHS[m[1].toLowerCase()], +m[2]];
    p.rules.push('date.month-year');
    return true;
  }
  return false;
}

function takeTime(c: Cursor, p: Parts): boolean {
  let m = c.take(RE.time12);
  if (m) {
    const h = +m[1];
    if (h < 1 || h > 12) return false;
    const pm = m[4].toLowerCase() === 'p';
    p.hour = (h % 12) + (pm ? 12 : 0);
    p.minute = m[2] !== undefined ? +m[2] : null;
    p.second = m[3] !== undefined ? +m[3] : null;
    p.rules.push('time.12h');
    return true;
  }
  m = c.take(RE.time24);
  if (m) {
    p.hour = +m[1];
    p.minute = +m[2];
    p.second = m[3] !== undefined ? +m[3] : null;
    p.rules.push('time.24h');
    return true;
  }
  m = c.take(RE.noon);
  if (m) {
    p.hour = m[1].toLowerCase() === 'noon' ? 12 : 0;
    p.minute = 0;
    p.rules.push('time.noon');
    return true;
  }
  return false;
}

/** Reads a zone at the cursor if one is there; `iso` allows the bare `Z` suffix. */
function takeZone(c: Cursor, p: Parts, iso = false): void {
  const start = c.pos;
  const m = c.take(RE.zoneOffset);
  if (m) {
    if (m[1] === 'Z') {
      if (!iso) {
        c.pos = start;
        return;
      }
      p.zone = 'Z';
      p.offset = 0;
    } else {
      const hours = +m[3];
      const minutes = m[4] !== undefined ? +m[4] : 0;
      if (hours > 14 || minutes > 59) {
        c.pos = start;
        return;
      }
      const sign = m[2] === '-' ? -1 : 1;
      p.offset = sign * (hours * 60 + minutes);
      p.zone = `${m[2]}${pad(hours)}:${pad(minutes)}`;
    }
    p.rules.push('zone.offset');
    return;
  }
  const n = c.take(RE.zoneName);
  if (n) {
    const name = n[1].replace(/\./g, '').toUpperCase();
    if (name in FIXED_ZONES) {
      p.zone = name;
      p.offset = FIXED_ZONES[name];
      p.rules.push('zone.abbrev');
      return;
    }
    if (name in US_GENERIC_ZONES) {
      p.zone = name;
      p.offset = null; // resolved in build(), once the date is known
      p.rules.push('zone.us-generic');
      return;
    }
  }
  c.pos = start;
}

function build(p: Parts, sourceText: string): ParsedDate | null {
  const { year, month, day, hour, minute, second } = p;
  if (year < 1000 || year > 2999 || month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  if (hour !== null && (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)) return null;
  let precision: DatePrecision = 'month';
  let local = `${year}-${pad(month)}`;
  if (day !== null) {
    precision = 'day';
    local += `-${pad(day)}`;
    if (hour !== null) {
      precision = 'hour';
      local += `T${pad(hour)}`;
      if (minute !== null) {
        precision = 'minute';
        local += `:${pad(minute)}`;
        if (second !== null) {
          precision = 'second';
          local += `:${pad(second)}`;
        }
      }
    }
  }
  let offset = p.offset;
  if (p.zone !== null && p.zone in US_GENERIC_ZONES && day !== null) {
    offset = US_GENERIC_ZONES[p.zone] + (usDaylightTime(year, month, day, hour ?? 12) ? 60 : 0);
  }
  let utc: string | null = null;
  if (offset !== null && p.zone !== null && hour !== null && day !== null) {
    const ms = Date.UTC(year, month - 1, day, hour, minute ?? 0, second ?? 0) - offset * 60_000;
    utc = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return { published: { local, precision, zone: p.zone, utc, sourceText }, rules: p.rules };
}

/** US daylight saving time: second Sunday of March to first Sunday of November (2007 on), else April-October. */
function usDaylightTime(year: number, month: number, day: number, hour: number): boolean {
  const [startMonth, startDay, endMonth, endDay] =
    year >= 2007
      ? [3, nthSunday(year, 3, 2), 11, nthSunday(year, 11, 1)]
      : [4, nthSunday(year, 4, 1), 10, lastSunday(year, 10)];
  const key = month * 10_000 + day * 100 + hour;
  return key >= startMonth * 10_000 + startDay * 100 + 2 && key < endMonth * 10_000 + endDay * 100 + 2;
}

function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  return last - new Date(Date.UTC(year, month - 1, last)).getUTCDay();
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
