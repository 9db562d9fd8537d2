/** Rules for calendar names: months, years, decades, centuries, fiscal years, quarters, seasons. */
import { hasWord, type TimesLexicon } from '../lexicon.js';
import { directionOf, resolveMonthYear } from '../resolve.js';
import {
  centuryValue,
  decadeValue,
  halfValue,
  monthValue,
  quarterValue,
  type Season,
  seasonOf,
  seasonValue,
  yearValue,
} from '../values.js';
import { MONTH, modOf, monthNumber, parseOrdinal } from '../words.js';

import { absolute, CENTURY_WORDS, DECADE_WORDS, MOD_WORD, type Rule, relative, SEASONS } from './shared.js';

/** The word right after `end` (`third-quarter profit` -> profit). */
const nextWord = (text: string, end: number) => /^\s+([\w-]+)/.exec(text.slice(end, end + 30))?.[1] ?? '';

const SEASON_WORD = 'spring|summer|autumn|fall|winter';

/** The calendar rules by id; their order of precedence is kept in ../rules.ts. */
export function calendarRules(lex: TimesLexicon): Record<string, Rule> {
  const rules: Rule[] = [
    {
      // `mid-December`, `early March 2016`, `the end of June`
      id: 'month.modified',
      pattern: new RegExp(`\\b(${MOD_WORD})[- ]?(${MONTH})(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
      build(m, ctx) {
        const month = monthNumber(m[2]);
        const mod = modOf(m[1]);
        if (m[3]) return absolute(monthValue(+m[3], month, mod), ['modifier', 'month', 'year']);
        const y = resolveMonthYear(ctx.ref, month, ctx.tense(m.index, m.index + m[0].length));
        return relative(monthValue(y, month, mod), ['modifier', 'month'], ['year'], 0.85);
      },
    },
    {
      // `In May, ...`: a month after a temporal preposition (chrono skips a bare `May`)
      id: 'month.bare',
      pattern: new RegExp(
        `\\b(?:(last|next|this)\\s+(${MONTH})|(?<=\\b(?:in|since|until|till|by|during|through|from|of|before|after)\\s)(${MONTH}))\\b(?!\\s+\\d)`,
        'gi',
      ),
      build(m, ctx) {
        const word = m[2] ?? m[3];
        if (word[0] !== word[0].toUpperCase()) return null;
        const month = monthNumber(word);
        const dir = directionOf(m[1]);
        const ref = ctx.ref;
        let y = resolveMonthYear(ref, month, ctx.tense(m.index, m.index + m[0].length));
        if (dir === 'last') y = month < ref.m ? ref.y : ref.y - 1;
        else if (dir === 'next') y = month > ref.m ? ref.y : ref.y + 1;
        else if (dir === 'this') y = ref.y;
        return relative(monthValue(y, month), dir ? ['month', 'direction'] : ['month'], ['year'], 0.8);
      },
    },
    {
      // `early 2016`, `mid-1990`, `the end of 2015`, `late 1990s` is a decade (below)
      id: 'year.modified',
      pattern: new RegExp(`\\b(${MOD_WORD})[- ]?((?:1[5-9]|20)\\d\\d)(?!s|\\d)\\b`, 'gi'),
      build(m) {
        return absolute(yearValue(+m[2], modOf(m[1])), ['modifier', 'year']);
      },
    },
    {
      // `the 1990s`, `the early 2000s`, `the '90s`, `the sixties`
      id: 'decade',
      pattern:
        /\b(?:the\s+)?(?:(early|mid|late)[- ]?)?(?:((?:1[0-9]|20)\d)0s|'(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi,
      build(m) {
        const mod = modOf(m[1]);
        if (m[2]) return absolute(decadeValue(+m[2], mod), ['decade']);
        if (m[3])
          return absolute(decadeValue(190 + +m[3], mod), ['decade'], {
            implied: ['century'],
            confidence: 0.8,
          });
        // A decade word needs `the` (`in her sixties` is an age).
        if (!/^the\s/i.test(m[0])) return null;
        const d = 190 + DECADE_WORDS[m[4].toLowerCase()];
        return absolute(decadeValue(d, mod), ['decade'], { implied: ['century'], confidence: 0.75 });
      },
    },
    {
      // `the 20th century`, `the early twenty-first century`
      id: 'century',
      pattern:
        /\b(?:the\s+)?(?:(early|mid|late)[- ]?)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b|\b(?:the\s+)?(?:(early|mid|late)[- ]?)?(eighteenth|nineteenth|twentieth|twenty[- ]first)[- ]century\b/gi,
      build(m) {
        const n = m[2] ? +m[2] : CENTURY_WORDS[m[4].toLowerCase().replace(' ', '-')];
        return absolute(centuryValue(n - 1, modOf(m[1] ?? m[3])), ['century']);
      },
    },
    {
      // `fiscal 2015`, `fiscal year 2015`, `FY2015`
      id: 'year.fiscal',
      pattern: /\b(?:fiscal(?:\s+year)?\s+((?:19|20)\d\d)|FY\s?((?:19|20)\d\d))\b/g,
      build(m) {
        const y = +(m[1] ?? m[2]);
        return absolute({ ...yearValue(y), value: `FY${y}` }, ['year', 'fiscal'], { confidence: 0.8 });
      },
    },
    {
      // `the third quarter of 2015`, `Q3 2015`, `the first half of 2016`
      id: 'quarter.ordinal',
      pattern:
        /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](quarter|half)(?:\s+of\s+((?:19|20)\d\d|(?:this|last|next|the)\s+year))?\b|\bQ([1-4])(?:\s+((?:19|20)\d\d))?\b/gi,
      build(m, ctx) {
        const n = m[4] ? +m[4] : (parseOrdinal(m[1]) ?? 0);
        const half = m[2]?.toLowerCase() === 'half';
        // `third-quarter profit`, `first-half earnings`: the adjective of financial reporting is the
        // period (a `first-half goal` is a match's half and is left out).
        // So is `second quarter net income` and `its fiscal first quarter` without the hyphen.
        // Reporting nouns are lexicon kind reporting-noun; `their fourth quarter rally` is a game's.
        const reporting =
          !m[3] &&
          !m[4] &&
          (hasWord(ctx.lex, 'reporting-noun', nextWord(ctx.text, m.index + m[0].length)) ||
            (!half && !/^the\s/i.test(m[0]) && ctx.wordBefore(m.index) === 'fiscal'));
        if (half && (n > 2 || (!m[3] && !reporting))) return null; // `the first half` alone is a match's or a book's
        const yearText = m[3] ?? m[5];
        const make = (y: number) => (half ? halfValue(y, n) : quarterValue(y, n));
        if (yearText && /^\d/.test(yearText)) return absolute(make(+yearText), ['quarter', 'year']);
        if (!half && !m[4] && !/^the\s/i.test(m[0]) && !yearText && !reporting) return null; // `third quarter` needs `the`
        const ref = ctx.ref;
        const dir = directionOf(yearText?.split(/\s+/)[0]);
        let y = ref.y + (dir === 'last' ? -1 : dir === 'next' ? 1 : 0);
        if (
          !yearText &&
          ctx.tense(m.index, m.index + m[0].length) === 'past' &&
          // Past narration reports a period that has ended: one that ends after publication is last year's.
          (half ? 6 * n : 3 * n) > ref.m
        )
          y--;
        return relative(make(y), ['quarter'], ['year'], 0.75);
      },
    },
    {
      // `this summer`, `last winter`, `summer 2015`, `the summer of 2014`, `in the spring`
      id: 'season',
      pattern: new RegExp(
        [
          `\\b(this|last|next|past|coming|early|late|mid)[- ](${SEASON_WORD})\\b`, // `last winter`
          `\\b(?:the\\s+)?(${SEASON_WORD})(?:\\s+of)?\\s+((?:19|20)\\d\\d)\\b`, // `the summer of 2014`
          `(?<=\\b(?:in|during|over|through|since|by|until|this)\\s(?:the\\s)?)(${SEASON_WORD})\\b`, // `in the spring`
        ].join('|'),
        'gi',
      ),
      build(m, ctx) {
        if (m[4]) {
          const s = SEASONS[m[3].toLowerCase()];
          return absolute(seasonValue(+m[4], s), ['season', 'year']);
        }
        // `fall` after a preposition is a season only as `the fall`, and not `the fall of Saigon`,
        // `the fall in demand`.
        if (m[5] && /^fall$/i.test(m[5])) {
          if (ctx.wordBefore(m.index) !== 'the') return null;
          if (/^(?:of|in|from|to|through)$/i.test(ctx.rawWordAfter(m.index + m[0].length))) return null;
        }
        const word = (m[2] ?? m[5]).toLowerCase();
        const s = SEASONS[word];
        const ref = ctx.ref;
        const now = seasonOf(ref);
        // Seasons in TIMEX3 year order (winter YYYY starts in December YYYY): the most recent s at or before now.
        const order: Season[] = ['SP', 'SU', 'FA', 'WI'];
        const idx = (x: Season) => order.indexOf(x);
        const lastStart = idx(s) <= idx(now.s) ? now.y : now.y - 1;
        const dir = directionOf(m[1]);
        const mod = modOf(m[1]);
        const tense = ctx.tense(m.index, m.index + m[0].length);
        let y = lastStart;
        if (dir === 'last') y = s === now.s ? now.y - 1 : lastStart;
        else if (dir === 'next') y = s === now.s ? now.y + 1 : idx(s) > idx(now.s) ? now.y : now.y + 1;
        else if (dir !== 'this' && tense === 'future' && s !== now.s)
          y = idx(s) > idx(now.s) ? now.y : now.y + 1;
        else if (dir === 'this' && s !== now.s)
          // `this spring` said in February is the coming spring: the season of this calendar year
          // (a winter of January and February is the one that began the December before).
          y = s === 'WI' && ref.m <= 2 ? ref.y - 1 : ref.y;
        return relative(seasonValue(y, s, mod), ['season'], ['year'], 0.75);
      },
    },
    {
      // A bare year: `in 2014`, `since 2011`, `the 2014 protests`, `World Cup 2018`, `2000 - 2050`
      id: 'year.bare',
      pattern: /(?<![\d$€£#.,:/])\b((?:1[0-9]|20)\d\d)\b(?![.,:/]\d|%|-(?!(?:1[0-9]|20)\d\d\b)\d)/g,
      build(m, ctx) {
        const y = +m[1];
        const before = ctx.wordBefore(m.index);
        const rawBefore = ctx.rawWordBefore(m.index);
        const end = m.index + m[1].length;
        const rest = ctx.text.slice(end);
        const rangeNext = /^\s*(?:-|–|—|to|and|or|through)\s*(?:1[0-9]|20)\d\d\b/.test(rest);
        const prevText = ctx.text.slice(Math.max(0, m.index - 40), m.index); // the 40 characters before: enough for every test below
        const rangePrev = /\b(?:1[0-9]|20)\d\d\s*(?:-|–|—|to|and|or|through)\s*$/.test(prevText);
        if (/\d[\s-]*$/.test(prevText) && !rangePrev) return null; // phone numbers, `020 7946 2000`
        if (lex.notYearBefore.has(before) && !rangeNext) return null;
        if (/[$€£#]\s*$/.test(prevText)) return null;
        const temporalBefore =
          /^(in|since|from|of|by|until|till|to|between|during|before|after|through|circa|c\.|the|and|or|year|early|late|mid|around|spring|summer|autumn|fall|winter|as|for|at|on|over|throughout|within)$/.test(
            before,
          );
        const nameBefore = /^[A-Z]/.test(rawBefore) && rawBefore.length > 1;
        if (
          y < 1900 &&
          !/^(in|since|from|by|until|till|between|during|circa|c\.|before|after|around|year)$/.test(before)
        )
          return null;
        const pos = ctx.posAfter(end);
        const possessive = rest.startsWith("'s");
        // `2000 protesters`: a count before a noun, unless a preposition or article shows a year.
        if (
          !possessive &&
          (pos === 'NOUN' || pos === 'ADJ') &&
          !temporalBefore &&
          !nameBefore &&
          !rangePrev
        ) {
          if (!/^\s*(?:[A-Z]|-|–)/.test(rest)) return null;
        }
        if (
          /^\s*(?:people|persons|troops|soldiers|votes|hours|hrs|minutes|days|weeks|months|years|km|kilometres|kilometers|miles|metres|meters|feet|tonnes|tons|dollars|euros|pounds)\b/i.test(
            rest,
          )
        )
          return null;
        return absolute(yearValue(y), ['year'], { confidence: temporalBefore ? 0.9 : 0.75 });
      },
    },
  ];
  return Object.fromEntries(rules.map((r) => [r.id, r]));
}
