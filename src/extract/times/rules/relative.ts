/** Rules for dates relative to the publication date or to a date named earlier: days, weeks, periods, parts of day. */
import { addDays, addMonths, type CivilDate, daysInMonth, iso } from '../calendar.js';
import type { MatchContext, Resolved } from '../context.js';
import { hasWord, type TimesLexicon } from '../lexicon.js';
import { directionOf, resolveWeekday, resolveWeekend } from '../resolve.js';
import { clockValue, dayValue, partOfDayValue, type Value, weekendValue, win, yearValue } from '../values.js';
import {
  APPROX,
  approxMod,
  durationValue,
  modOf,
  NUM,
  parseNumber,
  shift,
  UNIT,
  unitOf,
  WEEKDAY,
  weekdayNumber,
} from '../words.js';

import {
  atUnit,
  deicticDay,
  PART_OF_DAY,
  periodValue,
  QUANT,
  quantRange,
  type Rule,
  relative,
} from './shared.js';

const ANAPHORIC_DAY = new RegExp(
  [
    String.raw`\bthe\s+(next|following|previous|same)\s+day\b`,
    String.raw`\b(that)\s+day\b`,
    String.raw`\bthe\s+day\s+(before|after)\b(?!\s+(?:the|a|an|his|her|their|its)\b)`,
    // `Oct. 12, the day before the stock market plunge`: TimeML marks `the day`, the date just named
    String.raw`\bthe\s+day(?=\s+(?:before|after)\s+(?:the|a|an|his|her|their|its)\b)`,
    // `a ceremony commemorating the date`, `on that date`: the date just named (not `the date of the
    // vote`, an event's date, nor `pieces that date back`, the verb: lexicon kind not-after-date)
    String.raw`\b(?:the\s+(?:same\s+)?|that\s+)date\b(?![-\w])`,
    // `later in the day`, `the last match of the day`; not `at the end of the day` (ultimately),
    // `back in the day` (long ago), `the player of the day` (a title: lexicon kind title-noun), `the day of the vote` nor
    // `the day Saturday` (the weekday is the expression)
    String.raw`(?<=\b(?:of|in|during|throughout)\s)(?<!\bat\s+the\s+end\s+of\s|\bback\s+in\s)the\s+day\b(?![-\w]|\s+(?:of|when|that|which|before|after|and|or|in|on|to|he|she|it|they|we|I|you|\w+day)\b)`,
    // `Oil fell 5% on the day.`: the trading day, closing the clause
    String.raw`(?<=\bon\s)the\s+day(?=\s*[,.;:!?]|\s*$)`,
  ].join('|'),
  'gi',
);

/** Words after which `2130 hours` is a clock time rather than a count of hours. */
const CLOCK_HOURS_AFTER = new Set(['at', 'by', 'from', 'until', 'till', 'to', 'before', 'after', 'since']);

/** The note a year counted from the last year named carries (`the following year`). */
export const ANAPHORIC_YEAR = 'year.anaphoric';
/** The note a week or month counted from the day the text is at carries (`the following week`). */
export const ANAPHORIC_PERIOD = 'period.anaphoric';

/** The note of `the week before` a named day, which index.ts values from that day. */
export const BEFORE_NAMED = 'period.before-named';
/** The note of `the evening of` an event or a date, which index.ts values from a date that follows. */
export const PART_OF_NAMED = 'part-of-day.of';

/** A period the text counts from something it names next (`the week before Christmas`): no value yet. */
function unknownPeriod(unit: string, note: string): Resolved {
  const value = unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX';
  const granularity = unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year';
  return {
    type: 'DATE',
    value,
    window: null,
    granularity,
    known: ['period', 'direction'],
    implied: [],
    anchor: 'none',
    confidence: 0.4,
    note,
  };
}

/** The note that makes index.ts re-value a period from the year (or day) the text is at. */
function anaphoricNote(unit: string): string {
  return unit === 'year' ? ANAPHORIC_YEAR : ANAPHORIC_PERIOD;
}

/**
 * `last years festival`, `this years theme`: a plural period before a noun or adjective is a
 * possessive that lost its apostrophe (a date), not a stretch of years.
 */
function beforeNoun(ctx: MatchContext, m: RegExpExecArray): boolean {
  const next = ctx.posAfter(m.index + m[0].length);
  return next === 'NOUN' || next === 'ADJ' || next === 'PROPN';
}

/** Years from the year the text is at: `two years later` +2, `a year earlier` -1, `the previous year` -1. */
export function anaphoricYearOffset(phrase: string): number {
  const m = /(\S+)[- ]years?\s+(earlier|later)\b/i.exec(phrase);
  const n = m ? parseNumber(m[1]) : null;
  if (m && n !== null) return m[2].toLowerCase() === 'earlier' ? -n : n;
  return anaphoricOffset(phrase);
}

/** Days from the previously named day: `the next day` +1, `the day before` -1, `that day` 0. */
export function anaphoricOffset(phrase: string): number {
  const w = phrase.toLowerCase();
  if (/next|following|after/.test(w)) return 1;
  if (/previous|before/.test(w)) return -1;
  return 0;
}

/** The relative rules by id; their order of precedence is kept in ../rules.ts. */
export function relativeRules(lex: TimesLexicon): Record<string, Rule> {
  const rules: Rule[] = [
    {
      // `earlier this month`, `later this year`: the period, cut at the anchor
      id: 'period.earlier-later',
      pattern: /\b(earlier|later)\s+(this|last|next)\s+(week|month|year)\b/gi,
      build(m, ctx) {
        const ref = ctx.ref;
        const dir = directionOf(m[2]);
        const v = periodValue(ref, m[3].toLowerCase(), dir === 'last' ? -1 : dir === 'next' ? 1 : 0);
        if (!v?.window) return null;
        const refIso = `${ref.y}-${String(ref.m).padStart(2, '0')}-${String(ref.d).padStart(2, '0')}`;
        if (dir === 'this') {
          const earlier = m[1].toLowerCase() === 'earlier';
          v.window = earlier
            ? { earliest: v.window.earliest, latest: refIso }
            : { earliest: refIso, latest: v.window.latest };
        } else v.mod = m[1].toLowerCase() === 'earlier' ? 'START' : 'END';
        return relative(v, ['period', 'direction'], ['window'], 0.8);
      },
    },
    {
      // `the end of the year`, `the beginning of next month`, `year-end`, `mid-year`, `the end of this week`
      id: 'period.modified',
      pattern:
        /\b(?:(the\s+(?:beginning|start|middle|end)\s+of|(?:beginning|start|middle|end)\s+of)\s+(the|this|last|next|the\s+next|the\s+last)\s+(week|month|year|quarter|decade|century)|(year|month)[- ]end|mid-?(year|month|week))\b/gi,
      build(m, ctx) {
        const ref = ctx.ref;
        const unit = (m[3] ?? m[4] ?? m[5]).toLowerCase();
        const mod = m[4] ? 'END' : m[5] ? 'MID' : modOf(m[1]);
        const dir = directionOf(m[2]?.replace(/^the\s+/i, ''));
        const v = periodValue(ref, unit, dir === 'last' ? -1 : dir === 'next' ? 1 : 0, mod);
        if (!v?.window) return null;
        // `by the end of the year` names a deadline: the last day itself.
        const before = ctx.wordBefore(m.index);
        if (mod === 'END' && (before === 'by' || before === 'until' || before === 'till')) {
          v.window = { earliest: v.window.latest, latest: v.window.latest };
        }
        return relative(v, ['modifier', 'period'], ['window'], 0.8);
      },
    },
    {
      // `early next week`, `late last month`, `mid-this year`: the period narrowed by a TIMEX3 mod
      id: 'period.fuzzy',
      pattern: /\b(early|late|mid)[- ]?\s*(this|last|next)\s+(week|month|year)\b/gi,
      build(m, ctx) {
        // `The payment was late last month`: `late` the adjective after a copula; `last month` is read alone.
        if (/^late$/i.test(m[1]) && ctx.posBefore(m.index) === 'AUX') return null;
        const dir = directionOf(m[2]);
        const v = periodValue(
          ctx.ref,
          m[3].toLowerCase(),
          dir === 'last' ? -1 : dir === 'next' ? 1 : 0,
          modOf(m[1]),
        );
        return v ? relative(v, ['modifier', 'period', 'direction'], ['window'], 0.8) : null;
      },
    },
    {
      // `the rest of the year`, `the remainder of this month`: the current period from publication on
      id: 'period.rest',
      pattern: /\bthe\s+(?:rest|remainder|balance)\s+of\s+(?:the|this)\s+(week|month|year|quarter)\b/gi,
      build(m, ctx) {
        const ref = ctx.ref;
        const v = periodValue(ref, m[1].toLowerCase(), 0);
        if (!v?.window) return null;
        v.window = { earliest: iso(ref), latest: v.window.latest };
        return relative(v, ['period'], ['window'], 0.75);
      },
    },
    {
      // `three weeks ago`, `Seventeen years ago`, `nearly a decade ago`, `24 hours ago`, `[Ten] years ago`
      id: 'relative.ago',
      pattern: new RegExp(
        // `[Ten] years ago`: a count an editor bracketed inside a quotation
        `(?:\\b(${APPROX})\\s+)?\\[?\\b(${NUM})\\]?[- ](${UNIT})\\s+(ago|earlier|before|from\\s+now|later|hence)\\b`,
        'gi',
      ),
      build(m, ctx) {
        const n = parseNumber(m[2]);
        if (n === null) return null;
        // An editor brackets a number word (`[Ten] years ago`); a bracketed digit is a footnote mark.
        if (/\[/.test(m[0]) && /^\d/.test(m[2])) return null;
        const word = m[4].toLowerCase();
        const unit = unitOf(m[3]);
        // `two days before the vote`: a duration before an event (read by `duration`).
        if (word === 'before') return null;
        const anaphoric = word === 'earlier' || word === 'later';
        // `six minutes later` in a match report: a duration, not a clock time.
        if (anaphoric && (unit === 'S' || unit === 'MIN' || unit === 'H')) return null;
        // `a year earlier` counts from the last date named in the text, else from publication.
        const base = anaphoric ? (ctx.previousDay ?? ctx.ref) : ctx.ref;
        const sign = word === 'ago' || word === 'earlier' ? -1 : 1;
        const v = atUnit(shift(base, sign * n, unit), unit, ctx);
        const mod = approxMod(m[1]);
        if (mod) v.mod = mod === 'LESS_THAN' || mod === 'MORE_THAN' ? 'APPROX' : mod;
        if (anaphoric) {
          const r = relative(v, ['count', 'unit', 'direction'], ['date', 'anaphor'], 0.5);
          // `a year earlier` counts whole years from the year the text is at (index.ts re-values it).
          return unit === 'Y' && Number.isInteger(n) ? { ...r, note: ANAPHORIC_YEAR } : r;
        }
        return relative(v, ['count', 'unit', 'direction'], ['date'], 0.85);
      },
    },
    {
      // `the past three years`, `the next two weeks`, `the coming weeks`, `the last 30 days`: durations
      // anchored at publication, whose window is the stretch they cover
      id: 'duration.anchored',
      pattern: new RegExp(
        `\\b(?:(the)\\s+)?(past|last|next|coming|previous|following|first|final)\\s+(?:(${QUANT}|${NUM})[- ])?(${UNIT})\\b`,
        'gi',
      ),
      build(m, ctx) {
        const plural = /s$/i.test(m[4]);
        const countWord = m[3];
        // `last years festival`: a possessive without its apostrophe, a date (period.relative).
        if (plural && !countWord && !m[1] && /^(?:last|next)$/i.test(m[2]) && beforeNoun(ctx, m)) return null;
        // `last week` (no count, singular, no `the`) is a date: left to `period.relative`.
        if (!countWord && !plural && !m[1]) return null;
        // `the previous year` is a date (period.relative); `the last day of the session` is not a stretch.
        if (!countWord && !plural && !/^(past|last|next)$/i.test(m[2])) return null;
        if (!countWord && !plural && unitOf(m[4]) === 'D') return null; // `the next day` is anaphoric
        if (!countWord && !plural && unitOf(m[4]) === 'Q') return null; // `the last quarter` is a date
        if (!countWord && !plural && /^\s+of\b/i.test(ctx.text.slice(m.index + m[0].length))) return null;
        const unit = unitOf(m[4]);
        const exact = countWord ? parseNumber(countWord) : plural ? null : 1;
        const dir = directionOf(m[2]);
        if (dir === null && !m[1]) return null; // `first two weeks` without `the`
        const v: Value = {
          type: 'DURATION',
          value: durationValue(exact, unit, m[4]),
          window: null,
          granularity: null,
        };
        if (dir && ctx.hasAnchor) {
          const ref = ctx.ref;
          const [lo, hi] = exact === null ? quantRange(lex, countWord) : [exact, exact];
          const far = shift(ref, (dir === 'last' ? -1 : 1) * (exact === null ? hi : lo), unit);
          v.window = dir === 'last' ? win(far, ref) : win(ref, far);
          return relative(v, ['count', 'unit', 'direction'], ['window'], 0.8);
        }
        return { ...v, known: ['count', 'unit'], implied: [], anchor: 'absolute', confidence: 0.7 };
      },
    },
    {
      // `last week`, `next month`, `this year`, `the previous year`, `this past week`
      id: 'period.relative',
      pattern:
        /\b(this\s+past|this\s+coming|the\s+previous|the\s+following|the\s+past|the\s+coming|the\s+current|this|last|next|past|previous|coming|current)\s+(week|month|year|quarter|decade|century)(s(?=\s))?\b|\b(the)\s+(week|month|year)\s+(before|after)\b(?!\s+(?:the|a|an|his|her|their|its|\d)\b)/gi,
      build(m, ctx) {
        const ref = ctx.ref;
        // `the year before`, `the following year` count from the year the text is at (index.ts
        // re-values them from the last year named); publication's year is the fallback.
        if (m[4]) {
          const unit = m[5].toLowerCase();
          // `the week before Christmas` is counted from the named day, not from the text's focus:
          // unresolved here, index.ts joins it with the day that follows (`BEFORE_NAMED`).
          if (/^[A-Z]/.test(ctx.rawWordAfter(m.index + m[0].length)))
            return unknownPeriod(unit, BEFORE_NAMED);
          const v = periodValue(ref, unit, m[6].toLowerCase() === 'before' ? -1 : 1);
          if (!v) return null;
          const r = relative(v, ['period', 'direction'], ['anchor'], 0.6);
          return { ...r, note: anaphoricNote(unit) };
        }
        // `this years lantern festival`: a possessive that lost its apostrophe, before a noun.
        let note: string | undefined;
        if (m[3]) {
          if (!/^(?:this|last|next)$/i.test(m[1]) || !beforeNoun(ctx, m)) return null;
          note = 'period.possessive-typo';
        }
        const dir = directionOf(m[1].replace(/\s+/g, ' '));
        // `the past year` is a duration, taken by `duration.anchored`; here only dates.
        const n = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
        const v = periodValue(ref, m[2].toLowerCase(), n);
        if (!v) return null;
        const unit = m[2].toLowerCase();
        if (/^the\s+(?:previous|following)$/i.test(m[1]) && /^(?:year|month|week)$/.test(unit))
          return {
            ...relative(v, ['period', 'direction'], ['anchor'], 0.6),
            note: anaphoricNote(unit),
          };
        return note
          ? { ...relative(v, ['period', 'direction'], ['year'], 0.6), note }
          : relative(v, ['period', 'direction'], ['year'], 0.9);
      },
    },
    {
      // `that year`, `the same year`, `later that month`, `that week`: the period the text is at
      // (re-valued in index.ts from the last year or day named)
      id: 'period.that',
      pattern: /\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(year|month|week)\b(?!['\u2019-])/gi,
      build(m, ctx) {
        const unit = m[1].toLowerCase();
        const v = periodValue(ctx.ref, unit, 0);
        if (!v) return null;
        return {
          ...relative(v, ['period'], ['anchor'], 0.6),
          note: anaphoricNote(unit),
        };
      },
    },
    {
      // `year-ago`, `year-earlier` (financial news): the year before publication; `the quarter`, and
      // `the year` after a preposition of time: the current period
      id: 'period.financial',
      pattern:
        /\b(year-(?:ago|earlier))\b|\b(the\s+(?:latest\s+|current\s+)?quarter)\b(?!\s+of\b|-)|(?<=\b(?:[Ff]or|[Dd]uring|[Tt]hroughout|[Ee]arlier\s+in|[Ll]ater\s+in)\s)(the\s+year)\b(?!\s+(?:before|after|of|in|that|when)\b)/g,
      build(m, ctx) {
        const ref = ctx.ref;
        if (m[1]) return relative(yearValue(ref.y - 1), ['period', 'direction'], ['year'], 0.7);
        // Financial news reports on the quarter just ended: in past narration, the previous quarter.
        const past = ctx.tense(m.index, m.index + m[0].length) === 'past';
        if (m[2])
          return relative(periodValue(ref, 'quarter', past ? -1 : 0) as Value, ['period'], ['quarter'], 0.6);
        return relative(yearValue(ref.y), ['period'], ['year'], 0.6);
      },
    },
    {
      // `this weekend`, `the weekend`, `last weekend`
      id: 'weekend',
      pattern: /\b(this\s+past|this\s+coming|this|last|next|past|the)\s+weekend\b/gi,
      build(m, ctx) {
        const dir = m[1].toLowerCase() === 'the' ? null : directionOf(m[1].replace(/\s+/g, ' '));
        const sat = resolveWeekend(ctx.ref, dir, ctx.tense(m.index, m.index + m[0].length));
        return relative(weekendValue(sat), ['weekend'], ['week'], 0.8);
      },
    },
    {
      // `throughout the night`, `later in the afternoon`, `in early afternoon trading`: a part of the
      // day the text is at (`the night of the attack` is the event's, left out)
      id: 'part-of-day.anaphoric',
      pattern:
        /(?<=\b(?:in|on|during|throughout|through|of|by|until|into|over)\s)(?:(the)\s+)?(?:(early|late|mid)(?:-|\s+))?(morning|afternoon|evening|night)\b(?![-\w]|\s+(?:when|that|before|after|[A-Z]\w*day)\b)/gi,
      build(m, ctx) {
        // Without `the` only a modified part of day (`in early afternoon trading`) is a time.
        if (!m[1] && !m[2]) return null;
        const part = PART_OF_DAY[m[3].toLowerCase()];
        // `the night of the attack` (TimeML XXXX-XX-XXTNI), `the evening of March 3` (index.ts joins
        // it with the date: `PART_OF_NAMED`); `on the evening` alone is not narration.
        if (/^of$/i.test(ctx.rawWordAfter(m.index + m[0].length))) {
          if (!m[1]) return null;
          return {
            type: 'TIME',
            value: `XXXX-XX-XXT${part}`,
            window: null,
            granularity: 'partofday',
            known: ['part-of-day'],
            implied: [],
            anchor: 'none',
            confidence: 0.5,
            note: PART_OF_NAMED,
          };
        }
        if (ctx.wordBefore(m.index) === 'on') return null;
        // `during the evening news`, `the night shift`: a compound noun, not a part of a day.
        if (m[1] && ctx.posAfter(m.index + m[0].length) === 'NOUN') return null;
        // A bare `in the evening` is as often advice or habit (`limit their use of electricity in the
        // evening`) as narration: only `later in the evening` or a sentence-initial `In the evening,`.
        if (
          m[1] &&
          !m[2] &&
          ctx.wordBefore(m.index) === 'in' &&
          !/(?:^\s*|\b(?:later|earlier|early|late)\s+)in\s+$/i.test(
            ctx.text.slice(Math.max(0, m.index - 12), m.index),
          )
        )
          return null;
        const mod = modOf(m[2]);
        // In the simple present it is a habit (`the shop opens in the morning`): no day.
        if (ctx.tense(m.index, m.index + m[0].length) === 'present') {
          const generic: Value = {
            type: 'TIME',
            value: `XXXX-XX-XXT${part}`,
            window: null,
            granularity: 'partofday',
          };
          if (mod) generic.mod = mod;
          return { ...generic, known: ['part-of-day'], implied: [], anchor: 'none', confidence: 0.5 };
        }
        const day = ctx.previousDay ?? ctx.ref;
        const v = partOfDayValue(day, part);
        return relative(mod ? { ...v, mod } : v, ['part-of-day'], ['date'], 0.6);
      },
    },
    {
      // `this morning`, `tonight`, `last night`, `yesterday afternoon`, `Tuesday morning`
      id: 'part-of-day',
      pattern: new RegExp(
        `\\b(?:(this|yesterday|tomorrow|today|last|(?:(last|next|this)\\s+)?(${WEEKDAY}))\\s+(morning|afternoon|evening|night)|(tonight|overnight))\\b`,
        'gi',
      ),
      build(m, ctx) {
        const ref = ctx.ref;
        if (m[5]) {
          const w = m[5].toLowerCase();
          if (w === 'overnight') return null;
          return relative(partOfDayValue(ref, 'NI'), ['part-of-day'], ['day'], 0.9);
        }
        const part = PART_OF_DAY[m[4].toLowerCase()];
        const head = m[1].toLowerCase();
        let day: CivilDate = ref;
        if (head === 'yesterday') day = addDays(ref, -1);
        else if (head === 'tomorrow') day = addDays(ref, 1);
        else if (head === 'last') {
          if (part !== 'NI') return null; // `last morning` is not idiomatic
          day = addDays(ref, -1);
        } else if (m[3]) {
          day = resolveWeekday(
            ref,
            weekdayNumber(m[3]),
            directionOf(m[2]),
            ctx.tense(m.index, m.index + m[0].length),
          );
        }
        return relative(partOfDayValue(day, part), ['part-of-day', m[3] ? 'weekday' : 'day'], ['date'], 0.85);
      },
    },
    {
      // `today`, `yesterday`, `tomorrow`, `the day before yesterday`
      id: 'day.casual',
      pattern: /\b(?:the\s+day\s+(before\s+yesterday|after\s+tomorrow)|(today|yesterday|tomorrow))\b/gi,
      build(m, ctx) {
        const w = (m[1] ?? m[2]).toLowerCase().replace(/\s+/g, ' ');
        const n =
          { today: 0, yesterday: -1, tomorrow: 1, 'before yesterday': -2, 'after tomorrow': 2 }[w] ?? 0;
        const { day, note } = deicticDay(ctx, m.index);
        const r = relative(dayValue(addDays(day, n)), ['day'], ['date'], 0.95);
        return note ? { ...r, note, confidence: 0.6 } : r;
      },
    },
    {
      // `the next day`, `the following day`, `the previous day`, `that day`: from the last date in the text
      id: 'day.anaphoric',
      pattern: ANAPHORIC_DAY,
      build(m, ctx) {
        const base = ctx.previousDay;
        if (!base) return null;
        const end = m.index + m[0].length;
        if (
          /date$/i.test(m[0]) &&
          hasWord(ctx.lex, 'not-after-date', ctx.rawWordAfter(end).replace(/\W+$/, ''))
        )
          return null;
        if (
          /^the\s+day$/i.test(m[0]) &&
          /\bof\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))
        ) {
          if (hasWord(ctx.lex, 'title-noun', ctx.wordBefore(m.index - 3))) return null;
        }
        // Valued here from the last day before this sentence; index.ts re-values it from a day
        // named earlier in the same sentence (`on Monday; the next day ...`).
        return {
          ...dayValue(addDays(base, anaphoricOffset(m[0]))),
          known: ['offset'],
          implied: ['date'],
          anchor: 'publication',
          confidence: 0.5,
        };
      },
    },
    {
      // `on the 15th`: a day of the month in focus (publication's), the most recent one in past
      // narration, the next one in future; `the 15th floor`, `the 15th century` are not dates
      id: 'day.of-month',
      pattern:
        /(?<=\b(?:on|by|until|till|since|from|before|after)\s|\bthe\s+\d{1,2}(?:st|nd|rd|th)\s+(?:to|through|and|or)\s)the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?)]|$|and\b|or\b|through\b|to\b))/gi,
      build(m, ctx) {
        // `from the 19th to the 20th century`, `on the 2nd and 3rd floors`: the pair's noun says what
        // the ordinals count (lexicon kind ordinal-noun).
        const pair = /^\s+(?:to|through|and|or)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+([A-Za-z]+)/.exec(
          ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40),
        );
        if (pair && hasWord(ctx.lex, 'ordinal-noun', pair[1])) return null;
        const ref = ctx.ref;
        const d = +m[1];
        const tense = ctx.tense(m.index, m.index + m[0].length);
        let month: CivilDate = { y: ref.y, m: ref.m, d: 1 };
        if (tense === 'past' && d > ref.d) month = addMonths(month, -1);
        else if (tense === 'future' && d < ref.d) month = addMonths(month, 1);
        if (d > daysInMonth(month.y, month.m)) return null;
        return relative(dayValue({ ...month, d }), ['day'], ['month', 'year'], 0.7);
      },
    },
    {
      // `5 o'clock`, `0900 GMT`, `2130 hours`: clock times chrono does not read, on the day the text is at
      id: 'clock.other',
      pattern:
        /\b(?:(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['\u2019]clock|([01]\d|2[0-3])([0-5]\d)\s*(GMT|UTC|Z|hours|hrs|local\s+time)(?![\w-]))/gi,
      build(m, ctx) {
        // `1200 hours of service`, `the 1500 hours relay`: a count of hours. Military time in `hours`
        // is a clock only after a preposition of time (`at 2130 hours`), never before `of`.
        if (m[4] && /^h/i.test(m[4])) {
          if (!CLOCK_HOURS_AFTER.has(ctx.wordBefore(m.index))) return null;
          if (/^of$/i.test(ctx.rawWordAfter(m.index + m[0].length))) return null;
        }
        const hour = m[1] ? parseNumber(m[1]) : +m[2];
        if (hour === null || hour > 24) return null;
        const day = ctx.previousDay ?? ctx.ref;
        return relative(clockValue(day, hour, m[3] ? +m[3] : 0), ['hour', 'minute'], ['date'], 0.7);
      },
    },
    {
      // `midnight`, `noon`: clock times on the anchor day
      id: 'clock.word',
      pattern: /\b(midnight|noon|midday)\b/gi,
      build(m, ctx) {
        const word = m[1].toLowerCase();
        const day = ctx.previousDay ?? ctx.ref; // the day the narration is at, as for clock times
        return relative(clockValue(day, word === 'midnight' ? 24 : 12, 0), ['hour'], ['date'], 0.7);
      },
    },
    {
      // `last Friday`, `on Monday`, `Tuesday`: resolved with the clause's tense
      id: 'weekday',
      pattern: new RegExp(`\\b(?:(last|next|this|past|coming|early|late)\\s+)?(${WEEKDAY})(?![\\w-])`, 'gi'),
      build(m, ctx) {
        const name = m[2];
        if (name[0] !== name[0].toUpperCase()) return null; // day names are capitalised in news
        const dow = weekdayNumber(name);
        const dir = directionOf(m[1]);
        const mod = dir ? undefined : modOf(m[1]); // `late Friday`: the end of that day
        let tense = ctx.tense(m.index, m.index + m[0].length);
        // `Friday's attack` names a day that has happened, whatever the verb (`the toll is 20 after Friday's blast`).
        if (tense === 'present' && /^['\u2019]s\b/.test(ctx.text.slice(m.index + m[0].length)))
          tense = 'past';
        const day = resolveWeekday(ctx.ref, dow, dir, tense);
        return relative(
          mod ? { ...dayValue(day), mod } : dayValue(day),
          dir ? ['weekday', 'direction'] : mod ? ['weekday', 'modifier'] : ['weekday'],
          dir ? ['week'] : ['week', 'direction'],
          0.85,
        );
      },
    },
  ];
  return Object.fromEntries(rules.map((r) => [r.id, r]));
}
