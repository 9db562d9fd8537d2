/**
 * Sitrep's own time rules: the expressions chrono-node does not read (bare years, decades,
 * centuries, seasons, quarters, durations, sets, vague references, fuzzy windows), and the ones whose
 * resolution depends on news tense (weekdays, `the weekend`, part of day).
 *
 * Each rule is a pattern plus a builder, with an id that lands in the annotation's `rules`. The order
 * of RULES is the order of precedence when two rules match the same span.
 */
import { addDays, type CivilDate, dayDiff, quarterOf } from './calendar.js';
import { type MatchContext, NoAnchor, type Resolved } from './context.js';
import type { TimesLexicon } from './lexicon.js';
import { directionOf, resolveMonthYear, resolveWeekday, resolveWeekend } from './resolve.js';
import {
  centuryValue,
  clockValue,
  dayValue,
  decadeValue,
  halfValue,
  type Mod,
  monthValue,
  type PartOfDay,
  partOfDayValue,
  quarterValue,
  refValue,
  type Season,
  seasonOf,
  seasonValue,
  type Value,
  weekendValue,
  weekValue,
  win,
  yearValue,
} from './values.js';
import {
  APPROX,
  approxMod,
  durationValue,
  MONTH,
  modOf,
  monthNumber,
  NUM,
  parseNumber,
  shift,
  UNIT,
  type UnitCode,
  unitOf,
  WEEKDAY,
  weekdayNumber,
} from './words.js';

export interface Rule {
  id: string;
  pattern: RegExp;
  /** A cheap test a sentence must pass before the pattern runs (literal words, no backtracking). */
  gate?: RegExp;
  build(m: RegExpExecArray, ctx: MatchContext): Resolved | null;
}

type Extra = Partial<Pick<Resolved, 'known' | 'implied' | 'confidence'>>;

const relative = (v: Value, known: string[], implied: string[], confidence = 0.85): Resolved => ({
  ...v,
  known,
  implied,
  anchor: 'publication',
  confidence,
});
const absolute = (v: Value, known: string[], extra: Extra = {}): Resolved => ({
  ...v,
  known,
  implied: extra.implied ?? [],
  anchor: 'absolute',
  confidence: extra.confidence ?? 0.9,
});

/** A date at the granularity of its unit (`three weeks ago` is a week, `two years ago` a year). */
function atUnit(c: CivilDate, unit: UnitCode, ctx: MatchContext): Value {
  switch (unit) {
    case 'D':
      return dayValue(c);
    case 'W':
      return weekValue(c);
    case 'M':
      return monthValue(c.y, c.m);
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
function periodValue(ref: CivilDate, unit: string, n: number, mod?: Mod): Value | null {
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

const PART_OF_DAY: Record<string, PartOfDay> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

const SEASONS: Record<string, Season> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

const CENTURY_WORDS: Record<string, number> = {
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty first': 21,
};

/** A vague count: `a few` = 2..5, the bare plural = 1..8 (from the lexicon). */
function quantRange(lex: TimesLexicon, word: string | undefined): [number, number] {
  return lex.quants.get((word ?? '').toLowerCase().trim()) ?? lex.quants.get('') ?? [1, 8];
}

const QUANT = '(?:a few|few|several|a couple of|a couple|some|many|a number of|dozens of)';
const MOD_WORD =
  '(?:early|mid|late|the beginning of|the start of|the middle of|the end of|beginning of|start of|end of)';

/** Phrases of the lexicon as one alternation, longest first; `(at) present` keeps `at` out of the span. */
export function lexiconRefRule(lex: TimesLexicon): Rule {
  const phrases = [...lex.refs.keys()].sort((a, b) => b.length - a.length);
  const alternatives = phrases.map((p) => {
    const m = /^\((\w+)\)\s*(.+)$/.exec(p);
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    return m ? `(?<=\\b${esc(m[1])}\\s)${esc(m[2])}` : esc(p);
  });
  const keyOf = new Map<string, string>();
  for (const p of phrases) keyOf.set(p.replace(/^\(\w+\)\s*/, ''), p);
  return {
    id: 'ref.lexicon',
    pattern: new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi'),
    build(m, ctx) {
      const surface = m[0].toLowerCase().replace(/\s+/g, ' ');
      const entry = lex.refs.get(keyOf.get(surface) ?? surface);
      if (!entry) return null;
      // `now that ...` is a conjunction, not a time.
      if (surface === 'now' && /^that\b/i.test(ctx.text.slice(m.index + m[0].length).trimStart()))
        return null;
      if (!ctx.hasAnchor || !entry.window)
        return {
          ...refValue(entry.value, null),
          known: ['reference'],
          implied: [],
          anchor: ctx.hasAnchor ? 'publication' : 'none',
          confidence: 0.7,
        };
      const ref = ctx.ref;
      return relative(
        refValue(entry.value, [addDays(ref, entry.window[0]), addDays(ref, entry.window[1])]),
        ['reference'],
        ['window'],
        0.7,
      );
    },
  };
}

const ANAPHORIC_DAY =
  /\b(?:the\s+(next|following|previous|same)\s+day|(that)\s+day|the\s+day\s+(before|after))\b/gi;

/** Days from the previously named day: `the next day` +1, `the day before` -1, `that day` 0. */
export function anaphoricOffset(phrase: string): number {
  const w = phrase.toLowerCase();
  if (/next|following|after/.test(w)) return 1;
  if (/previous|before/.test(w)) return -1;
  return 0;
}

/** Named days from holidays.tsv: `Christmas`, `last Thanksgiving`, `Good Friday 2016`. */
export function holidayRule(lex: TimesLexicon): Rule | null {
  if (lex.holidays.size === 0) return null;
  const names = [...lex.holidays.keys()].sort((a, b) => b.length - a.length);
  const alternatives = names.map((n) =>
    n
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'/g, "['\u2019]")
      .replace(/ /g, '\\s+'),
  );
  return {
    id: 'holiday',
    pattern: new RegExp(
      `\\b(?:(last|next|this)\\s+)?(${alternatives.join('|')})(?:,?\\s+((?:19|20)\\d\\d)|\\s+of\\s+((?:19|20)\\d\\d))?(?![\\w'\u2019-])`,
      'gi',
    ),
    // The gate is the names themselves, so common first words (`new`, `good`, `may`) do not open it.
    gate: new RegExp(`\\b(?:${alternatives.join('|')})`, 'i'),
    build(m, ctx) {
      const name = m[2];
      if (name[0] !== name[0].toUpperCase()) return null; // named days are capitalised
      // `Easter Island`, `Good Friday Agreement`: a capitalised word after it makes a longer name.
      if (/^[A-Z][a-z]/.test(ctx.rawWordAfter(m.index + m[0].length)) && !m[3] && !m[4]) return null;
      // `illustrator Johnnie Christmas`: after a capitalised word in mid-sentence it is a surname.
      const before = ctx.rawWordBefore(m.index);
      const initial = /^\s*\S+\s+$/.test(ctx.text.slice(0, m.index));
      if (
        !m[1] &&
        /^[A-Z][a-z]/.test(before) &&
        !initial &&
        !/^(?:On|By|Since|Until|Till|Before|After|At|In|During|Over|From|Through|Since)$/.test(before)
      )
        return null;
      const rule = lex.holidays.get(
        name
          .toLowerCase()
          .replace(/\u2019/g, "'")
          .replace(/\s+/g, ' '),
      );
      if (!rule) return null;
      const year = m[3] ?? m[4];
      if (year) return absolute(dayValue(rule(+year)), ['holiday', 'year']);
      const ref = ctx.ref;
      const options = [rule(ref.y - 1), rule(ref.y), rule(ref.y + 1)];
      const diff = (c: CivilDate) => dayDiff(c, ref);
      const dir = directionOf(m[1]);
      const tense = ctx.tense(m.index, m.index + m[0].length);
      let pick: CivilDate;
      if (dir === 'this') pick = options[1];
      else if (dir === 'last' || (!dir && tense === 'past'))
        pick = [...options].reverse().find((c) => diff(c) <= (dir ? -1 : 0)) ?? options[0];
      else if (dir === 'next' || tense === 'future')
        pick = options.find((c) => diff(c) >= (dir ? 1 : 0)) ?? options[2];
      else pick = options.reduce((a, b) => (Math.abs(diff(b)) < Math.abs(diff(a)) ? b : a));
      return relative(dayValue(pick), dir ? ['holiday', 'direction'] : ['holiday'], ['year'], 0.8);
    },
  };
}

export function buildRules(lex: TimesLexicon): Rule[] {
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
        /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](quarter|half)(?:\s+of\s+((?:19|20)\d\d|(?:this|last|next|the)\s+year))?\b|\bQ([1-4])(?:\s+((?:19|20)\d\d))?\b/g,
      build(m, ctx) {
        const n = m[4] ? +m[4] : ORDINAL[m[1].toLowerCase()];
        const half = m[2]?.toLowerCase() === 'half';
        if (half && (n > 2 || !m[3])) return null; // `the first half` alone is a match's or a book's
        const yearText = m[3] ?? m[5];
        const make = (y: number) => (half ? halfValue(y, n) : quarterValue(y, n));
        if (yearText && /^\d/.test(yearText)) return absolute(make(+yearText), ['quarter', 'year']);
        if (!half && !m[4] && !/^the\s/i.test(m[0]) && !yearText) return null; // `third quarter` needs `the`
        const ref = ctx.ref;
        const dir = directionOf(yearText?.split(/\s+/)[0]);
        let y = ref.y + (dir === 'last' ? -1 : dir === 'next' ? 1 : 0);
        if (
          !yearText &&
          ctx.tense(m.index, m.index + m[0].length) === 'past' &&
          (half ? 6 * n - 5 : 3 * n - 2) > ref.m
        )
          y--;
        return relative(make(y), ['quarter'], ['year'], 0.75);
      },
    },
    {
      // `this summer`, `last winter`, `summer 2015`, `the summer of 2014`, `in the spring`
      id: 'season',
      pattern:
        /\b(?:(this|last|next|past|coming|early|late|mid)[- ](spring|summer|autumn|fall|winter)|(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+of)?\s+((?:19|20)\d\d)|(?<=\b(?:in|during|over|through|since|by|until|this)\s(?:the\s)?)(spring|summer|autumn|winter))\b/gi,
      build(m, ctx) {
        if (m[4]) {
          const s = SEASONS[m[3].toLowerCase()];
          return absolute(seasonValue(+m[4], s), ['season', 'year']);
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
        else if (dir === 'this' && s !== now.s && idx(s) > idx(now.s)) y = now.y;
        return relative(seasonValue(y, s, mod), ['season'], ['year'], 0.75);
      },
    },
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
      // `the end of the year`, `the beginning of next month`, `year-end`, `the end of this week`
      id: 'period.modified',
      pattern:
        /\b(?:(the\s+(?:beginning|start|middle|end)\s+of|(?:beginning|start|middle|end)\s+of)\s+(the|this|last|next|the\s+next|the\s+last)\s+(week|month|year|quarter|decade|century)|(year|month)[- ]end)\b/gi,
      build(m, ctx) {
        const ref = ctx.ref;
        const unit = (m[3] ?? m[4]).toLowerCase();
        const mod = m[4] ? 'END' : modOf(m[1]);
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
      // `three weeks ago`, `Seventeen years ago`, `nearly a decade ago`, `24 hours ago`
      id: 'relative.ago',
      pattern: new RegExp(
        `\\b(?:(${APPROX})\\s+)?(${NUM})[- ](${UNIT})\\s+(ago|earlier|before|from\\s+now|later|hence)\\b`,
        'gi',
      ),
      build(m, ctx) {
        const n = parseNumber(m[2]);
        if (n === null) return null;
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
        if (anaphoric) return relative(v, ['count', 'unit', 'direction'], ['date', 'anaphor'], 0.5);
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
        // `last week` (no count, singular, no `the`) is a date: left to `period.relative`.
        if (!countWord && !plural && !m[1]) return null;
        // `the previous year` is a date (period.relative); `the last day of the session` is not a stretch.
        if (!countWord && !plural && !/^(past|last|next)$/i.test(m[2])) return null;
        if (!countWord && !plural && unitOf(m[4]) === 'D') return null; // `the next day` is anaphoric
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
        /\b(this\s+past|this\s+coming|the\s+previous|the\s+following|the\s+past|the\s+coming|the\s+current|this|last|next|past|previous|coming|current)\s+(week|month|year|quarter|decade|century)\b|\b(the)\s+(week|month|year)\s+(before|after)\b/gi,
      build(m, ctx) {
        const ref = ctx.ref;
        if (m[3]) {
          const v = periodValue(ref, m[4].toLowerCase(), m[5].toLowerCase() === 'before' ? -1 : 1);
          return v ? relative(v, ['period', 'direction'], ['anchor'], 0.6) : null;
        }
        const dir = directionOf(m[1].replace(/\s+/g, ' '));
        // `the past year` is a duration, taken by `duration.anchored`; here only dates.
        const n = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
        const v = periodValue(ref, m[2].toLowerCase(), n);
        return v ? relative(v, ['period', 'direction'], ['year'], 0.9) : null;
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
        return relative(dayValue(addDays(ctx.ref, n)), ['day'], ['date'], 0.95);
      },
    },
    {
      // `the next day`, `the following day`, `the previous day`, `that day`: from the last date in the text
      id: 'day.anaphoric',
      pattern: ANAPHORIC_DAY,
      build(m, ctx) {
        const base = ctx.previousDay;
        if (!base) return null;
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
      // `midnight`, `noon`: clock times on the anchor day
      id: 'clock.word',
      pattern: /\b(midnight|noon|midday)\b/gi,
      build(m, ctx) {
        const word = m[1].toLowerCase();
        return relative(clockValue(ctx.ref, word === 'midnight' ? 24 : 12, 0), ['hour'], ['date'], 0.7);
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
    {
      // `every week`, `each Monday`, `every three days`, `daily`, `twice a year`, `annually`, `on Sundays`
      id: 'set',
      pattern: new RegExp(
        `\\b(?:every\\s+((?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few)\\s+(?:days|weeks|months|years|hours|minutes))|(every|each)\\s+(other\\s+)?(day|week|month|year|morning|afternoon|evening|night|weekend|quarter|${WEEKDAY}|summer|winter|spring|autumn)|(once|twice|(?:${NUM})\\s+times)\\s+(?:a|per|every|each)\\s+(day|week|month|year)|(daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly|quarterly)|(?<=\\bon\\s)(${WEEKDAY})s)\\b`,
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
      // `three weeks`, `an 11-year lull`, `almost 15 years`, `24 hours`; ages are left out
      id: 'duration',
      pattern: new RegExp(
        `(?<![\\d/.,])\\b(?:(${APPROX})\\s+)?(${NUM}|${QUANT})[- ](${UNIT})(?![\\w-])`,
        'gi',
      ),
      build(m, ctx) {
        const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
        if (/^[- ]old\b|^ of age\b/.test(after)) return null; // `a 42-year-old`, `14 years old`
        const countWord = m[2].toLowerCase();
        const unit = unitOf(m[3]);
        // `a second attack` is an ordinal; only a numeral makes seconds a duration.
        if (unit === 'S' && /^an?$/.test(countWord)) return null;
        const exact = parseNumber(countWord);
        // `a day` after a count or price is a rate (`twice a day`, `$5 a day`), read by `set`;
        // after a noun it is a rate too (`75,000 people a year`, `$40 billion a year`).
        if (
          /^an?$/.test(countWord) &&
          /\b(?:times|once|twice|\d|dollars?|euros?|pounds?)\s*$/i.test(ctx.text.slice(0, m.index))
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
    lexiconRefRule(lex),
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
        const prevText = ctx.text.slice(0, m.index);
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
          /^\s*(?:people|persons|troops|soldiers|votes|km|kilometres|kilometers|miles|metres|meters|feet|tonnes|tons|dollars|euros|pounds)\b/i.test(
            rest,
          )
        )
          return null;
        return absolute(yearValue(y), ['year'], { confidence: temporalBefore ? 0.9 : 0.75 });
      },
    },
  ];
  const holidays = holidayRule(lex);
  if (holidays)
    rules.splice(
      rules.findIndex((r) => r.id === 'weekday'),
      0,
      holidays,
    );
  for (const rule of rules) rule.gate ??= GATES[rule.id];
  return rules;
}

/** Per-rule gates: the one word each rule cannot match without. */
const GATES: Record<string, RegExp> = {
  'month.modified': /early|mid|late|beginning|start|middle|end/i,
  'month.bare': /january|february|march|april|may|june|july|august|september|october|november|december/i,
  'year.modified': /\d{4}/,
  decade: /0s\b|ties\b/i,
  century: /century/i,
  'year.fiscal': /fiscal|FY/,
  'quarter.ordinal': /quarter|half|Q[1-4]/,
  season: /spring|summer|autumn|fall|winter/i,
  'period.earlier-later': /earlier|later/i,
  'period.modified': /beginning|start|middle|end/i,
  'vague.ago': /ago/i,
  'vague.away': /away|from now/i,
  'relative.ago': /ago|from now|hence|earlier|later/i,
  'duration.anchored': /past|last|next|coming|previous|following|first|final/i,
  'period.relative': /week|month|year|quarter|decade|century/i,
  weekend: /weekend/i,
  'period.financial': /year-|quarter|the year/,
  'part-of-day': /morning|afternoon|evening|night/i,
  'day.casual': /today|yesterday|tomorrow/i,
  'day.anaphoric': /day/i,
  'clock.word': /midnight|noon|midday/i,
  weekday: /day/i,
  set: /every|each|daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|once|twice|times|days\b/i,
  duration: /second|minute|hour|day|week|fortnight|month|year|decade|centur/i,
  'duration.bare-plural': /days|weeks|months|years|decades|hours/i,
  'year.bare': /\d{4}/,
  'ref.lexicon': /now|current|present|moment|recent|lately|past|future|days|term/i,
};

export { NoAnchor };
