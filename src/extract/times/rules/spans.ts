/** Rules for stretches and repetitions: durations, sets, and vague past or future windows. */
import type { Resolved } from '../context.js';
import type { TimesLexicon } from '../lexicon.js';
import { refValue, type Value } from '../values.js';
import {
  APPROX,
  approxMod,
  durationValue,
  NUM,
  parseNumber,
  shift,
  UNIT,
  unitOf,
  WEEKDAY,
  weekdayNumber,
} from '../words.js';

import { atUnit, PART_OF_DAY, QUANT, quantRange, type Rule, relative, SEASONS } from './shared.js';

/** Half of a unit as a TIMEX3 duration in the next smaller unit. */
const HALF: Record<string, string> = {
  minute: 'PT30S',
  hour: 'PT30M',
  day: 'PT12H',
  week: 'P3.5D',
  month: 'P0.5M',
  year: 'P6M',
  decade: 'P5Y',
  century: 'P50Y',
};

/** The spans rules by id; their order of precedence is kept in ../rules.ts. */
export function spansRules(lex: TimesLexicon): Record<string, Rule> {
  const rules: Rule[] = [
    {
      // `a few weeks ago`, `weeks ago`, `several years ago`: a past window, not a day
      id: 'vague.ago',
      pattern: new RegExp(`\\b(?:(${QUANT})\\s+)?(days|weeks|months|years|decades)\\s+ago\\b`, 'gi'),
      build(m, ctx) {
        const [lo, hi] = quantRange(lex, m[1]);
        const unit = unitOf(m[2]);
        const ref = ctx.ref;
        return relative(
          refValue('PAST_REF', [shift(ref, -hi, unit), shift(ref, -lo - 0.01, unit)]),
          ['quantity', 'unit', 'direction'],
          ['window'],
          0.8,
        );
      },
    },
    {
      // `weeks away`, `a few months away`, `days from now`: a future window
      id: 'vague.away',
      pattern: new RegExp(
        `\\b(?:(${QUANT})\\s+)?(days|weeks|months|years|decades)\\s+(?:away|from\\s+now)\\b`,
        'gi',
      ),
      build(m, ctx) {
        const [lo, hi] = quantRange(lex, m[1]);
        const unit = unitOf(m[2]);
        const ref = ctx.ref;
        return relative(
          refValue('FUTURE_REF', [shift(ref, lo, unit), shift(ref, hi, unit)]),
          ['quantity', 'unit', 'direction'],
          ['window'],
          0.8,
        );
      },
    },
    {
      // `every week`, `each Monday`, `every three days`, `daily`, `twice a year`, `annually`, `on Sundays`
      id: 'set',
      pattern: new RegExp(
        `\\b(?:every\\s+((?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few)\\s+(?:days|weeks|months|years|hours|minutes))|(every|each)\\s+(other\\s+)?(day|week|month|year|morning|afternoon|evening|night|weekend|quarter|${WEEKDAY}|summer|winter|spring|autumn)|(once|twice|(?:${NUM})\\s+times)\\s+(?:a|an|per|every|each)\\s+(hour|day|week|month|year|decade|century)|(daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly|quarterly)|(?<=\\bon\\s)(${WEEKDAY})s)\\b`,
        'gi',
      ),
      build(m, ctx) {
        const set = (value: string, known: string[]): Resolved => ({
          type: 'SET',
          value,
          window: null,
          granularity: null,
          known,
          implied: [],
          anchor: 'absolute',
          confidence: 0.8,
        });
        if (m[1]) {
          const [count, unitWord] = m[1].split(/\s+/);
          return set(durationValue(parseNumber(count), unitOf(unitWord)), ['frequency', 'count', 'unit']);
        }
        if (m[7]) {
          if (m[7][0] !== m[7][0].toLowerCase()) return null; // `LA Weekly` is a name
          // An adjective before a noun (`daily newspaper`, `quarterly results`) or a noun itself
          // (`the Indonesian daily Suara Merdeka`) is not a time.
          const next = ctx.posAfter(m.index + m[0].length);
          if (next === 'NOUN' || next === 'PROPN' || next === 'ADJ') return null;
          const prev = ctx.posBefore(m.index);
          if (prev === 'DET' || prev === 'ADJ') return null;
          const code = {
            daily: 'P1D',
            weekly: 'P1W',
            monthly: 'P1M',
            annually: 'P1Y',
            yearly: 'P1Y',
            nightly: 'P1D',
            hourly: 'PT1H',
            biweekly: 'P2W',
            quarterly: 'P3M',
          }[m[7].toLowerCase()];
          return code ? set(code, ['frequency']) : null;
        }
        if (m[8]) return set(`XXXX-WXX-${weekdayNumber(m[8]) || 7}`, ['weekday']);
        if (m[5]) return set(durationValue(1, unitOf(m[6])), ['frequency', 'unit']);
        const what = m[4].toLowerCase();
        // `people's every day lives`, `his every day life`: `everyday` the adjective, split in two.
        if (
          what === 'day' &&
          /(?:['\u2019]s|\b(?:his|her|their|our|my|your|its))\s+$/i.test(
            ctx.text.slice(Math.max(0, m.index - 12), m.index),
          )
        )
          return null;
        const n = m[3] ? 2 : 1;
        if (weekdayNumber(what) >= 0) return set(`XXXX-WXX-${weekdayNumber(what) || 7}`, ['weekday']);
        const part = PART_OF_DAY[what];
        if (part) return set(`XXXX-XX-XXT${part}`, ['part-of-day']);
        if (SEASONS[what]) return set(`XXXX-${SEASONS[what]}`, ['season']);
        if (what === 'weekend') return set('XXXX-WXX-WE', ['weekend']);
        if (what === 'quarter') return set(`P${3 * n}M`, ['unit']);
        return set(durationValue(n, unitOf(what)), ['unit']);
      },
    },
    {
      // `three weeks`, `an 11-year lull`, `almost 15 years`, `24 hours`, ages (`55 years old`)
      id: 'duration',
      pattern: new RegExp(
        `(?<![\\d/.,])\\b(?:(${APPROX})\\s+)?(${NUM}|${QUANT})[- ](?:(?:trading|business|working|school|calendar)\\s+)?(${UNIT})([- ]old)?(?![\\w-])`,
        'gi',
      ),
      build(m, ctx) {
        const countWord = m[2].toLowerCase();
        // `a quarter of the vote`, `three quarters of voters`: fractions, not periods.
        if (
          unitOf(m[3]) === 'Q' &&
          (/^an?$/.test(countWord) ||
            (parseNumber(countWord) !== null && /^\s+of\b/i.test(ctx.text.slice(m.index + m[0].length))))
        )
          return null;
        // An age is a duration in TimeML (`55 years old`, `a 42-year-old`): the span takes `old`.
        if (m[4]) {
          const years = parseNumber(countWord);
          if (years === null || /^an?$/.test(countWord)) return null;
          return {
            type: 'DURATION',
            value: durationValue(years, unitOf(m[3]), m[3]),
            window: null,
            granularity: null,
            known: ['count', 'unit', 'age'],
            implied: [],
            anchor: 'absolute',
            confidence: 0.8,
          };
        }
        const unit = unitOf(m[3]);
        // `a second attack` is an ordinal; only a numeral makes seconds a duration.
        if (unit === 'S' && /^an?$/.test(countWord)) return null;
        const exact = parseNumber(countWord);
        // `a day` after a count or price is a rate (`twice a day`, `$5 a day`), read by `set`;
        // after a noun it is a rate too (`75,000 people a year`, `$40 billion a year`).
        if (
          /^an?$/.test(countWord) &&
          /\b(?:times|once|twice|\d|dollars?|euros?|pounds?)\s*$/i.test(
            ctx.text.slice(Math.max(0, m.index - 40), m.index),
          )
        )
          return null;
        if (/^an?$/.test(countWord) && !m[1] && /^(?:NOUN|NUM|PROPN)$/.test(ctx.posBefore(m.index) ?? '')) {
          return {
            type: 'SET',
            value: durationValue(1, unit),
            window: null,
            granularity: null,
            known: ['frequency', 'unit'],
            implied: [],
            anchor: 'absolute',
            confidence: 0.6,
          };
        }
        const v: Value = {
          type: 'DURATION',
          value: durationValue(exact, unit, m[3]),
          window: null,
          granularity: null,
        };
        const mod = approxMod(m[1]);
        if (mod) v.mod = mod;
        // `in three weeks` (future) is a duration that also places a date: give it that window.
        if (
          ctx.hasAnchor &&
          exact !== null &&
          ctx.wordBefore(m.index) === 'in' &&
          ctx.tense(m.index, m.index + m[0].length) === 'future'
        ) {
          const at = atUnit(shift(ctx.ref, exact, unit), unit, ctx);
          v.window = at.window;
        }
        return {
          ...v,
          known: ['count', 'unit'],
          implied: [],
          anchor: 'absolute',
          confidence: exact === null ? 0.6 : 0.8,
        };
      },
    },
    {
      // `half an hour`, `nearly half a day`: half of one unit (`an hour` alone would be read as a rate)
      id: 'duration.half',
      pattern: new RegExp(
        `\\b(?:(${APPROX})\\s+)?half\\s+an?\\s+(minute|hour|day|week|month|year|decade|century)\\b`,
        'gi',
      ),
      build(m) {
        const value = HALF[m[2].toLowerCase()];
        const mod = approxMod(m[1]);
        return {
          type: 'DURATION',
          value,
          ...(mod ? { mod } : {}),
          window: null,
          granularity: null,
          known: ['count', 'unit'],
          implied: [],
          anchor: 'absolute',
          confidence: 0.8,
        };
      },
    },
    {
      // `for weeks`, `over years`, `within days`: a bare plural after a duration preposition
      id: 'duration.bare-plural',
      pattern:
        /(?<=\b(?:for|within|over|in|after)\s)(days|weeks|months|years|decades|hours)\b(?!\s+(?:ago|away|of|before|after|earlier|later))/gi,
      build(m) {
        const unit = unitOf(m[1]);
        return {
          type: 'DURATION',
          value: durationValue(null, unit),
          window: null,
          granularity: null,
          known: ['unit'],
          implied: [],
          anchor: 'absolute',
          confidence: 0.6,
        };
      },
    },
  ];
  return Object.fromEntries(rules.map((r) => [r.id, r]));
}
