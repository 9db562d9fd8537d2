/**
 * chrono-node reads the calendar dates and clock times (`July 21, 2017`, `Friday, July 21, 2017`,
 * `September 2010`, `5:30pm`, `2015-11-17`). Its relative parsers are switched off: Sitrep's own
 * rules read those with news tense and windows. Ranges are split so each end is its own expression
 * (TimeML marks `November 20` and `December 11` in `from November 20 to December 11` apart).
 */
// The English locale alone (the same `casual` parser the package root exports): the root also loads
// fifteen other locales, which cost ~200 ms at start-up and are never used.
import * as chrono from 'chrono-node/en';
import { type CivilDate, iso, parseIsoDay } from './calendar.js';
import type { Candidate, MatchContext, Resolved } from './context.js';
import { resolveDayYear, resolveMonthYear, resolveWeekday } from './resolve.js';
import { clockValue, dayValue, monthValue, type Value, yearValue } from './values.js';

/** Parsers Sitrep replaces with its own rules (by class name, as chrono builds them). */
const REPLACED_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENWeekdayParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENCasualDateParser',
  'ENEndOfCurrentMonthParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  // Its `night`/`morning` merges with a following date and loses the date (`night, January 23, 2014`).
  'ENCasualTimeParser',
]);
const REPLACED_REFINERS = new Set(['ENMergeDateRangeRefiner']);

export type ChronoParser = chrono.Chrono;

export function buildChrono(): ChronoParser {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !REPLACED_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !REPLACED_REFINERS.has(r.constructor.name));
  return c;
}

/** Sentences worth handing to chrono: a month name, a clock time (`5:30`, `5pm`) or a numeric date. */
export const CHRONO_TRIGGER =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\d[:.]\d\d|\d\s*[ap]\.?m\b|\d\/\d|\d{4}-\d\d/i;

const LEADING_PREPOSITION =
  /^(?:(?:on|at|in|by|from|since|until|till|of|for|during|before|after|to|around|about|as\s+of)\s+)+/i;
const RANGE_SEPARATOR = /\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*/i;
const CLOCK_SHAPE = /\d[:.]\d\d|\d\s*(?:[ap]\.?m\b\.?|o'clock)|\b(?:GMT|UTC|[ECMP][SD]?T)\b/i;
const AMBIGUOUS_MONTHS = /^(?:may|march)$/i;
const MONTH_CONTEXT =
  /^(?:in|since|until|till|by|during|of|early|mid|late|last|next|this|from|to|through|before|after|between|and|or|around|throughout)$/;

/** Drops trailing punctuation, keeping the dot of `p.m.` and a closing bracket that has its opening. */
function trimEnd(text: string): string {
  let out = text.replace(/[\s,;:]+$/, '');
  if (/[ap]\.m\.$/i.test(out)) return out;
  out = out.replace(/[\s,.;:]+$/, '');
  while (/[)\]]$/.test(out) && !/[([]/.test(out)) out = out.slice(0, -1).replace(/[\s,.;:]+$/, '');
  return out;
}

/** `first of June 2009, 11 weeks`: chrono takes the count for an hour; cut it off the date. */
const HOUR_TAIL = /,?\s*(?:at\s+)?\d{1,2}$/;

interface Part {
  start: number;
  end: number;
  component: chrono.ParsedResult['start'];
}

/** Splits a chrono result into its start and end parts, with trimmed offsets in the sentence. */
function partsOf(r: chrono.ParsedResult): Part[] {
  let text = r.text;
  let start = r.index;
  const lead = LEADING_PREPOSITION.exec(text);
  if (lead) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = trimEnd(text);
  if (!r.end) return [{ start, end: start + text.length, component: r.start }];
  const sep = RANGE_SEPARATOR.exec(text);
  if (!sep || sep.index === 0) return [{ start, end: start + text.length, component: r.start }];
  const second = text.slice(sep.index + sep[0].length);
  return [
    { start, end: start + sep.index, component: r.start },
    {
      start: start + sep.index + sep[0].length,
      end: start + sep.index + sep[0].length + second.length,
      component: r.end,
    },
  ];
}

function resolvePart(p: Part, ctx: MatchContext): Resolved | null {
  const c = p.component;
  const has = (k: chrono.Component) => c.isCertain(k);
  const surface = ctx.text.slice(p.start, p.end);
  const known = (['year', 'month', 'day', 'weekday', 'hour', 'minute'] as chrono.Component[]).filter(has);
  const implied: string[] = [];
  const tense = () => ctx.tense(p.start, p.end);
  let day: CivilDate | null = null;
  if (has('day') && has('month')) {
    const m = c.get('month') ?? 1;
    const d = c.get('day') ?? 1;
    if (has('year')) day = { y: c.get('year') ?? 0, m, d };
    else {
      if (/^\d{1,2}[/.-]\d{1,2}$/.test(surface)) return null; // `3/1` is a score or a fraction as often as a date
      implied.push('year');
      day = { y: resolveDayYear(ctx.ref, m, d, tense()), m, d };
    }
  } else if (has('weekday') && has('hour')) {
    implied.push('week');
    day = resolveWeekday(ctx.ref, c.get('weekday') ?? 0, null, tense());
  }
  let v: Value;
  // A clock time needs a clock's shape: `5:30`, `5pm`, `15:11 GMT`; bare `9 to 10` and `1 – 0` are counts and scores.
  let hour = has('hour');
  let end = p.end;
  if (hour && !CLOCK_SHAPE.test(surface)) {
    if (!day) return null;
    const tail = HOUR_TAIL.exec(surface);
    if (!tail) return null;
    hour = false;
    end = p.start + tail.index;
    for (const k of ['hour', 'minute'])
      if (known.includes(k as chrono.Component)) known.splice(known.indexOf(k as chrono.Component), 1);
    if (end <= p.start) return null;
  }
  p.end = end;
  if (hour) {
    if (!day) {
      if (!ctx.hasAnchor) return null;
      // A bare clock time is on the day the narration is at (`held on Sunday ... the polls closed
      // at 22:30`): the last day named before it, else the publication day.
      implied.push('date');
      day = ctx.previousDay ?? ctx.ref;
    }
    v = clockValue(day, c.get('hour') ?? 0, has('minute') ? (c.get('minute') ?? 0) : null);
  } else if (day) {
    v = dayValue(day);
  } else if (has('month')) {
    const word = surface.replace(/[\s,.]+$/, '');
    if (!/^[A-Z]/.test(word)) return null; // `may`, `march` in lower case are verbs
    const month = c.get('month') ?? 1;
    if (has('year')) v = monthValue(c.get('year') ?? 0, month);
    else {
      if (/^[A-Za-z]{3,4}\.?$/.test(word) && !/^(?:june|july)$/i.test(word)) return null; // bare `Mar`, `Dec`
      const before = ctx.wordBefore(p.start);
      if (AMBIGUOUS_MONTHS.test(word) && !MONTH_CONTEXT.test(before)) return null; // `May` the verb, `the March`
      if (before === 'the' || before === 'a') return null;
      implied.push('year');
      v = monthValue(resolveMonthYear(ctx.ref, month, tense()), month);
    }
  } else if (has('year')) {
    v = yearValue(c.get('year') ?? 0);
  } else {
    return null; // weekday-only and casual results are read by Sitrep's own rules
  }
  return {
    ...v,
    known,
    implied,
    anchor: implied.length ? 'publication' : 'absolute',
    confidence: implied.length ? 0.85 : 0.95,
  };
}

/**
 * Blanks out scores and count ranges (`3 – 0`, `from 9 to 10`) that chrono would read as hours,
 * keeping every offset; a range next to a month name (`11-12 March`) is left for chrono.
 */
const COUNT_RANGE =
  /(?<![\d/.:-]\s*)\b\d{1,2}\s*(?:[–—-]|to)\s*\d{1,2}\b(?!\s*(?:[ap]\.?m\b|o'clock|:|\.\d|[-/]\d))/gi;
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const MONTH_BEFORE = new RegExp(`\\b${MONTH_WORD}\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s*(?:of\\s+)?${MONTH_WORD}\\b`, 'i');

export function maskCounts(text: string): string {
  if (!/\d\s*(?:[–—-]|to)\s*\d/.test(text)) return text;
  return text.replace(COUNT_RANGE, (match, offset: number) => {
    const before = text.slice(Math.max(0, offset - 12), offset);
    const after = text.slice(offset + match.length, offset + match.length + 14);
    return MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) ? match : ' '.repeat(match.length);
  });
}

/** chrono's reading of one sentence as candidates (offsets relative to the sentence). */
export function chronoCandidates(parser: ChronoParser, ctx: MatchContext, priority: number): Candidate[] {
  const ref = ctx.hasAnchor ? ctx.ref : { y: 2000, m: 1, d: 1, hour: 12, minute: 0 };
  const refDate = new Date(ref.y, ref.m - 1, ref.d, ref.hour ?? 12, ref.minute ?? 0);
  const out: Candidate[] = [];
  for (const r of parser.parse(maskCounts(ctx.text), refDate)) {
    for (const part of partsOf(r)) {
      if (part.end <= part.start) continue;
      let resolved: Resolved | null = null;
      try {
        resolved = resolvePart(part, ctx);
      } catch {
        resolved = null; // a relative reading with no anchor: only absolute dates are kept
      }
      if (!resolved) continue;
      // `last Oct. 1`, `next March 3`: TimeML keeps the direction word inside the expression, and it
      // settles the year the date left open.
      const dir = /\b(last|next|this)\s+$/i.exec(ctx.text.slice(Math.max(0, part.start - 6), part.start));
      if (dir && resolved.granularity === 'day' && resolved.implied.includes('year') && resolved.window) {
        const day = parseIsoDay(resolved.window.earliest);
        const y = yearForDirection(day, ctx.ref, dir[1].toLowerCase());
        resolved = {
          ...resolved,
          ...dayValue({ ...day, y }),
          implied: resolved.implied.filter((f) => f !== 'year'),
        };
        part.start -= dir[0].length;
      }
      const tags = [...r.tags()].filter((t) => t.startsWith('parser/')).map((t) => `chrono.${t.slice(7)}`);
      out.push({
        start: part.start,
        end: part.end,
        rules: tags.length ? tags : ['chrono'],
        priority,
        resolved,
      });
    }
  }
  return out;
}

/** Orders two dates by month and day only. */
function compareMd(a: CivilDate, b: CivilDate): number {
  return a.m - b.m || a.d - b.d;
}

/**
 * The year of a month and day after `last`, `next` or `this`: `last Oct. 1` is the most recent
 * October 1st before the anchor, `next March 3` the first one after it, `this` the anchor's year.
 */
function yearForDirection(day: CivilDate, ref: CivilDate, direction: string): number {
  if (direction === 'last') return compareMd(day, ref) < 0 ? ref.y : ref.y - 1;
  if (direction === 'next') return compareMd(day, ref) > 0 ? ref.y : ref.y + 1;
  return ref.y;
}

export { iso };
