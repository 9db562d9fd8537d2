/**
 * The `times` component: finds temporal expressions in readable sentences and normalises them to
 * TimeML TIMEX3 values, resolved against the publication date (`doc.meta.published`).
 *
 * Flow per sentence (cheap regex first, so most sentences cost one test):
 *   trigger regex -> Sitrep's rules (rules.ts) + chrono-node for calendar dates and clock times
 *   -> name filter -> longest non-overlapping matches win -> TimeExpression with rule ids.
 * With no publication date the anchor is 'none': only absolute dates are kept and a diagnostic says so.
 */
import type { Document } from '../../model/document.js';
import type { Sentence, TimeExpression, Token } from '../../model/layers.js';
import type { Component } from '../../pipeline-types.js';
import { documentAnchor } from './anchor.js';
import {
  type Anchor,
  addDays,
  type CivilDate,
  compare,
  iso as isoOf,
  parseIsoDay,
  weekday,
} from './calendar.js';
import { buildChrono, CHRONO_TRIGGER, chronoCandidates } from './chrono-adapter.js';
import { type Candidate, type MatchContext, NoAnchor, type Resolved } from './context.js';
import { keepEventDay, resolveBeside, resolveSamePhrase } from './event-days.js';
import { loadTimesLexicon, type TimesLexicon } from './lexicon.js';
import { UNKNOWN_DAY } from './rules/event.js';
import {
  ANAPHORIC_PERIOD,
  ANAPHORIC_YEAR,
  anaphoricOffset,
  anaphoricYearOffset,
  BEFORE_NAMED,
  buildRules,
  PART_OF_NAMED,
  periodValue,
  type Rule,
} from './rules.js';
import { tenseNear } from './tense.js';
import { dayValue, yearValue } from './values.js';

export const TIMES_COMPONENT = { component: 'times', version: '0.1.0' } as const;

/** Words and shapes that any time expression contains; sentences without them are skipped. */
export const TIME_TRIGGER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|now|current|recent|lately|ago|away|past|future|week|month|year|day|daily|decade|centur|hour|minute|second|morning|afternoon|evening|night|overnight|spring|summer|autumn|fall|winter|quarter|fiscal|fy|annual|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|moment|present|nowadays|near|term|fortnight|noon|midnight|anniversa|date\b|half|q[1-4])/i;

/** Priority of chrono's matches against Sitrep's rules of equal length (rules come first). */
const CHRONO_PRIORITY = 1000;

export interface TimesOptions {
  lexicon?: TimesLexicon;
}

export interface TimesExtractor {
  /** All time expressions of a document, in text order, ids t1.. */
  extract(doc: Document): TimeExpression[];
}

/** Builds the extractor once (rules compiled, chrono configured); `extract` is then reentrant. */
export function createTimesExtractor(options: TimesOptions = {}): TimesExtractor {
  const lex = options.lexicon ?? loadTimesLexicon();
  const rules = buildRules(lex);
  const parser = buildChrono();
  // Rules whose words come from data (named days) extend the trigger with their own gate.
  const extraTrigger = rules.find((r) => r.id === 'holiday')?.gate ?? null;
  const namePattern = lex.names.length
    ? new RegExp(
        `\\b(?:${lex.names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`,
        'gi',
      )
    : null;

  return {
    extract(doc) {
      const { anchor, rule: anchorRule } = documentAnchor(doc);
      const sentences = doc.layers.sentences ?? [];
      const tokens = doc.layers.tokens ?? [];
      const out: TimeExpression[] = [];
      let previousDay: CivilDate | null = anchor;
      // The day last named by `yesterday`: quoted `today` is that day while the narration stays on it.
      let yesterdayNamed: CivilDate | null = null;
      // The sentence index where previousDay was last named (the anchor counts as none).
      let previousDaySentence = Number.NEGATIVE_INFINITY;
      // The year the text is at: the last expression within one calendar year (`in 1990 ... the
      // following year`), else publication's.
      let focusYear: number | null = anchor?.y ?? null;
      let unanchored = 0;
      const quoted = quotedRanges(doc.text);
      for (const s of sentences) {
        if (!TIME_TRIGGER.test(s.text) && !extraTrigger?.test(s.text)) continue;
        const ctx = contextFor(
          s,
          tokens,
          anchor,
          lex,
          { day: previousDay, yesterday: sameDay(previousDay, yesterdayNamed) },
          quoted,
        );
        const firstOfSentence = out.length;
        const candidates: Candidate[] = [];
        for (let r = 0; r < rules.length; r++) unanchored += runRule(rules[r], r, ctx, candidates);
        if (CHRONO_TRIGGER.test(s.text)) candidates.push(...chronoCandidates(parser, ctx, CHRONO_PRIORITY));
        mergeAdjacent(s.text, candidates);
        if (candidates.length === 0) continue;
        const names = namePattern
          ? [...s.text.matchAll(namePattern)].map((m) => [m.index, m.index + m[0].length])
          : [];
        for (const c of selectLongest(candidates)) {
          if (names.some(([a, b]) => c.start < b && a < c.end)) continue;
          if (isInsideName(s.text, c)) continue;
          const start = s.start + c.start;
          const end = s.start + c.end;
          let r = c.resolved;
          if (c.rules[0] === 'day.anaphoric') {
            const phrase = s.text.slice(c.start, c.end);
            // `They have not announced the date`: a bare `the date` points back only to a day named
            // in this sentence or the one before (`that date`, `the same date` always point back).
            if (/^the\s+date$/i.test(phrase) && s.index - previousDaySentence > 1) continue;
            if (
              isDayBeforeEvent(s.text, c, out.length > firstOfSentence ? out[out.length - 1] : null, s.start)
            ) {
              // `Stocks rose the day after the election`: a day counted from an event the text does not date.
              r = { ...r, value: UNKNOWN_DAY, window: null, known: ['event'], implied: [], anchor: 'none' };
            } else if (previousDay) r = { ...r, ...dayValue(addDays(previousDay, anaphoricOffset(phrase))) };
          }
          if (r.note === ANAPHORIC_PERIOD && previousDay && r.granularity) {
            const unit = r.granularity === 'week' ? 'week' : 'month';
            const v = periodValue(previousDay, unit, anaphoricOffset(s.text.slice(c.start, c.end)));
            if (v) r = { ...r, ...v };
          }
          if (r.note === ANAPHORIC_YEAR && focusYear !== null) {
            r = { ...r, ...yearValue(focusYear + anaphoricYearOffset(s.text.slice(c.start, c.end))) };
          }
          out.push({
            id: '',
            start,
            end,
            text: doc.text.slice(start, end),
            component: TIMES_COMPONENT.component,
            version: TIMES_COMPONENT.version,
            rules: [
              ...c.rules,
              ...(r.note && !c.rules.includes(r.note) ? [r.note] : []),
              ...(anchorRule && r.anchor === 'publication' ? [anchorRule] : []),
            ],
            confidence: r.confidence,
            type: r.type,
            value: r.value,
            ...(r.mod ? { mod: r.mod } : {}),
            window: r.window,
            granularity: r.granularity,
            known: r.known,
            implied: r.implied,
            anchor: r.anchor,
          });
          if (
            r.granularity === 'day' ||
            r.granularity === 'partofday' ||
            r.granularity === 'minute' ||
            r.granularity === 'hour'
          ) {
            if (r.window) {
              previousDay = parseIsoDay(r.window.earliest);
              if (/\byesterday\b/i.test(s.text.slice(c.start, c.end))) yesterdayNamed = previousDay;
              previousDaySentence = s.index;
            }
          }
          if ((r.type === 'DATE' || r.type === 'TIME') && r.window) {
            const y = r.window.earliest.slice(0, 4);
            if (y === r.window.latest.slice(0, 4)) focusYear = +y;
          }
        }
        resolveBeside(out.slice(firstOfSentence), anchor?.y ?? null);
      }
      resolveSamePhrase(out, doc.text);
      const kept = out.filter(keepEventDay);
      kept.sort((a, b) => a.start - b.start || b.end - a.end);
      kept.forEach((t, i) => {
        t.id = `t${i + 1}`;
      });
      if (!anchor) {
        doc.diagnostics.push({
          code: 'W_TIMES_NO_ANCHOR',
          message: `no publication date: relative time expressions left unresolved (${unanchored} skipped), only absolute dates kept`,
        });
      }
      return kept;
    },
  };
}

/** The pipeline component: reads sentences and tokens, writes `times`. */
export function timesComponent(options: TimesOptions = {}): Component {
  const extractor = createTimesExtractor(options);
  return {
    name: TIMES_COMPONENT.component,
    version: TIMES_COMPONENT.version,
    reads: ['sentences', 'tokens'],
    writes: ['times'],
    run(doc: Document) {
      doc.layers.times = extractor.extract(doc);
      doc.producedBy.times = TIMES_COMPONENT;
    },
  };
}

/** Runs one rule over the sentence; returns how many matches needed an anchor the document lacks. */
function runRule(rule: Rule, priority: number, ctx: MatchContext, into: Candidate[]): number {
  if (rule.gate && !rule.gate.test(ctx.text)) return 0;
  let skipped = 0;
  rule.pattern.lastIndex = 0;
  for (let m = rule.pattern.exec(ctx.text); m; m = rule.pattern.exec(ctx.text)) {
    if (m[0].length === 0) {
      rule.pattern.lastIndex++;
      continue;
    }
    try {
      const resolved = rule.build(m, ctx);
      if (resolved)
        into.push({ start: m.index, end: m.index + m[0].length, rules: [rule.id], priority, resolved });
    } catch (err) {
      if (!(err instanceof NoAnchor)) throw err;
      skipped++;
    }
  }
  return skipped;
}

/**
 * Joins adjacent pieces of one expression, as chrono's merge refiners do, adding the joined span as
 * a longer candidate (the longest-match selection then prefers it):
 * - `Friday, July 21, 2017`: a day name right before a calendar date, valued by the date;
 * - `10 a.m. EST Tuesday`, `Monday at 5pm`, `yesterday at noon`: a clock time and a day.
 */
function mergeAdjacent(text: string, candidates: Candidate[]): void {
  const n = candidates.length;
  for (let i = 0; i < n; i++) {
    const a = candidates[i];
    for (let j = 0; j < n; j++) {
      const b = candidates[j];
      if (b.start < a.end) continue;
      const between = text.slice(a.end, b.start);
      const joined = joinNamed(text, a, b, between);
      if (joined) {
        candidates.push(joined);
        continue;
      }
      if (
        a.rules[0] === 'weekday' &&
        !a.resolved.known.includes('direction') &&
        b.priority === CHRONO_PRIORITY &&
        b.resolved.granularity === 'day'
      ) {
        if (!/^,?\s*$/.test(between)) continue;
        candidates.push({
          start: a.start,
          end: b.end,
          rules: ['weekday+date', ...b.rules],
          priority: b.priority,
          resolved: yearFromWeekday(b.resolved, weekdayOfCandidate(a)),
        });
        continue;
      }
      // `6 p.m. local time Sunday`: the words that place a clock in a zone stay inside the expression.
      if (!/^\s*,?\s*(?:local\s+time\s*,?\s*)?(?:on\s+|at\s+)?$/.test(between)) continue;
      const clock = isClockOnAnchorDay(a) ? a : isClockOnAnchorDay(b) ? b : null;
      const day = clock === a ? b : clock === b ? a : null;
      if (!clock || !day || day.resolved.granularity !== 'day' || !day.resolved.window) continue;
      const date = day.resolved.window.earliest;
      const hhmm = clock.resolved.value.slice(clock.resolved.value.indexOf('T'));
      candidates.push({
        start: a.start,
        end: b.end,
        rules: ['clock+day', ...day.rules, ...clock.rules],
        priority: Math.min(a.priority, b.priority),
        resolved: {
          ...clock.resolved,
          value: `${date}${hhmm}`,
          window: { earliest: date, latest: date },
          known: [...new Set([...clock.resolved.known, ...day.resolved.known])],
          implied: day.resolved.implied,
          anchor: day.resolved.anchor,
        },
      });
    }
  }
}

/**
 * `the day before the plunge`: TimeML marks `the day`, a day counted from an event. Its value is known
 * only as an apposition to a date just named (`Oct. 12, the day before the plunge`).
 */
function isDayBeforeEvent(
  text: string,
  c: Candidate,
  last: TimeExpression | null,
  sentenceStart: number,
): boolean {
  if (!/^the\s+day$/i.test(text.slice(c.start, c.end))) return false;
  if (!/^\s+(?:before|after)\b/i.test(text.slice(c.end, c.end + 8))) return false;
  return !(last && /^\s*,\s*$/.test(text.slice(last.end - sentenceStart, c.start)));
}

/**
 * A period or part of day counted from the day named right after it: `the week before Christmas`
 * (the week that ends the day before), `the evening of March 3` (2015-03-03TEV).
 */
function joinNamed(text: string, a: Candidate, b: Candidate, between: string): Candidate | null {
  const note = a.resolved.note;
  if (note !== BEFORE_NAMED && note !== PART_OF_NAMED) return null;
  if (b.resolved.granularity !== 'day' || !b.resolved.window) return null;
  const day = parseIsoDay(b.resolved.window.earliest);
  const base = {
    start: a.start,
    end: b.end,
    rules: [...a.rules, ...b.rules],
    priority: Math.min(a.priority, b.priority),
  };
  const from = {
    known: [...a.resolved.known, ...b.resolved.known],
    implied: b.resolved.implied,
    anchor: b.resolved.anchor,
  };
  if (note === PART_OF_NAMED) {
    if (!/^\s+of\s+$/.test(between)) return null;
    const part = a.resolved.value.slice(a.resolved.value.indexOf('T'));
    const iso = b.resolved.window.earliest;
    return {
      ...base,
      resolved: {
        ...a.resolved,
        ...from,
        value: `${iso}${part}`,
        window: { earliest: iso, latest: iso },
        note: undefined,
        confidence: 0.7,
      },
    };
  }
  if (!/^\s+$/.test(between)) return null;
  const before = /before$/i.test(text.slice(a.start, a.end));
  const unit =
    a.resolved.granularity === 'week' ? 'week' : a.resolved.granularity === 'month' ? 'month' : 'year';
  const v = periodValue(day, unit, before ? -1 : 1);
  if (!v) return null;
  // The stretch right before (or after) the named day, not the calendar week that contains it.
  const window =
    unit === 'week'
      ? before
        ? { earliest: isoOf(addDays(day, -7)), latest: isoOf(addDays(day, -1)) }
        : { earliest: isoOf(addDays(day, 1)), latest: isoOf(addDays(day, 7)) }
      : v.window;
  return { ...base, resolved: { ...a.resolved, ...v, ...from, window, note: undefined, confidence: 0.6 } };
}

/** The weekday (0 = Sunday) a weekday candidate named, read back from its resolved date. */
function weekdayOfCandidate(c: Candidate): number {
  const w = c.resolved.window;
  return w ? weekday(parseIsoDay(w.earliest)) : -1;
}

/**
 * `Sunday, May 3` with no year: the year in which May 3 is a Sunday, nearest to the implied one
 * (within two years either way), else the implied year as it was.
 */
function yearFromWeekday(date: Resolved, dow: number): Resolved {
  const known = [...date.known, 'weekday'];
  if (!date.implied.includes('year') || !date.window || dow < 0) return { ...date, known };
  const day = parseIsoDay(date.window.earliest);
  if (weekday(day) === dow) return { ...date, known };
  for (const dy of [-1, 1, -2, 2]) {
    const c = { ...day, y: day.y + dy };
    if (weekday(c) === dow) {
      return { ...date, ...dayValue(c), known, implied: date.implied.filter((f) => f !== 'year') };
    }
  }
  return { ...date, known };
}

/** A clock time whose date was taken from the anchor because the text gave none. */
function isClockOnAnchorDay(c: Candidate): boolean {
  return c.resolved.type === 'TIME' && c.resolved.implied.includes('date') && /T\d/.test(c.resolved.value);
}

/** Longest span first, then lower priority; a candidate overlapping an accepted one is dropped. */
export function selectLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const accepted: Candidate[] = [];
  for (const c of sorted) {
    if (accepted.some((a) => c.start < a.end && a.start < c.end)) continue;
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

const CAPITALISED = /^[A-Z][a-z]/;
/** Capitalised words that name a special day with a weekday (`Black Friday`); Sitrep does not value these. */
const DAY_NAME_PREFIX = /^(?:Black|Good|Cyber|Super|Ash|Palm|Holy|Maundy|Easter|Bloody|Man|Girl|Giving)$/;

/**
 * A day name inside a run of capitalised words is part of a name, never a time (`Black Friday Sales
 * Ltd`, `Good Friday Agreement`). After a special-day word (`Super Tuesday`) it names a day the
 * holiday table may not know; it is left out rather than read as the nearest Tuesday.
 */
function isInsideName(text: string, c: Candidate): boolean {
  // `Friday Night Lights`: a capitalised day and part of day before another capitalised word.
  if (c.rules[0] === 'part-of-day' && /^[A-Z][a-z]+day\s+[A-Z]/.test(text.slice(c.start, c.end))) {
    return /^\s+[A-Z][a-z]/.test(text.slice(c.end, c.end + 3));
  }
  if (c.rules[0] !== 'weekday' || c.resolved.known.includes('direction')) return false;
  const before = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, c.start - 40), c.start))?.[1] ?? '';
  const after = /^\s+([A-Za-z]+)/.exec(text.slice(c.end))?.[1] ?? '';
  if (DAY_NAME_PREFIX.test(before)) return true;
  const prevCap =
    CAPITALISED.test(before) &&
    !/^(?:On|By|Since|Until|Last|Next|This|Every|Each|From|Before|After|Through|During|And|Or|But|The|Of|In|At|Till|As|Late|Early)$/.test(
      before,
    );
  const nextCap = CAPITALISED.test(after) && !/^(?:Morning|Afternoon|Evening|Night)$/.test(after);
  return prevCap && nextCap;
}

/**
 * The stretches of text inside quotation marks, in order: curly quotes open and close, a straight
 * quote toggles; a paragraph break closes whatever is open (a quote running on to the next paragraph
 * reopens there with its own mark).
 */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (const m of text.matchAll(/["\u201C\u201D]|\n\s*\n/g)) {
    const at = m.index;
    const mark = m[0];
    if (mark === '\u201C' || (mark === '"' && open < 0)) {
      if (open < 0) open = at + 1;
    } else if (open >= 0) {
      out.push([open, at]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

function sameDay(a: CivilDate | null, b: CivilDate | null): boolean {
  return a !== null && b !== null && compare(a, b) === 0;
}

/** Binary search: the first token in [lo, hi] whose end is after `offset`. */
function tokenAt(tokens: readonly Token[], lo: number, hi: number, offset: number): number {
  let a = lo;
  let b = hi + 1;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (tokens[mid].end <= offset) a = mid + 1;
    else b = mid;
  }
  return a;
}

function contextFor(
  s: Sentence,
  tokens: readonly Token[],
  anchor: Anchor | null,
  lex: TimesLexicon,
  previous: { day: CivilDate | null; yesterday: boolean },
  quoted: readonly [number, number][],
): MatchContext {
  const text = s.text;
  const first = s.firstToken;
  const last = s.lastToken;
  const hasTokens = first >= 0 && last >= first && last < tokens.length;
  return {
    text,
    lex,
    get ref(): Anchor {
      if (!anchor) throw new NoAnchor();
      return anchor;
    },
    hasAnchor: anchor !== null,
    previousDay: previous.day,
    narratedYesterday: previous.yesterday,
    inQuote(offset) {
      const at = s.start + offset;
      for (const [a, b] of quoted) {
        if (a > at) return false;
        if (at < b) return true;
      }
      return false;
    },
    tense(start, end) {
      if (!hasTokens) return null;
      const from = tokenAt(tokens, first, last, s.start + start);
      let to = tokenAt(tokens, first, last, s.start + end - 1);
      if (to > last) to = last;
      return tenseNear(tokens, first, last, Math.min(from, last), to);
    },
    wordBefore(start) {
      const word = /(\S+)\s*$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
      return word.toLowerCase().replace(/^[("'[\u201C\u2018]+|[,;:)"'\]\u201D\u2019]+$/g, '');
    },
    rawWordBefore(start) {
      return /([^\s]+)\s*$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
    },
    rawWordAfter(end) {
      return /^\s*([^\s]+)/.exec(text.slice(end, end + 40))?.[1] ?? '';
    },
    posBefore(start) {
      if (!hasTokens) return null;
      const i = tokenAt(tokens, first, last, s.start + start) - 1;
      return i >= first ? tokens[i].pos : null;
    },
    posAfter(end) {
      if (!hasTokens) return null;
      const i = tokenAt(tokens, first, last, s.start + end);
      if (i > last) return null;
      // Skip the token that ends exactly at `end` when the match stopped inside it.
      const t = tokens[i].start < s.start + end ? tokens[i + 1] : tokens[i];
      return t && t.sentence === s.index ? t.pos : null;
    },
  };
}

export { type GovernedTime, timeForSpan } from './govern.js';
export type { TimesLexicon } from './lexicon.js';
export { loadTimesLexicon, parseTimesLexicon } from './lexicon.js';
