/**
 * Values for days named by an event (`opening night`, `day five`, `the 30th anniversary`), which the
 * rules leave as `XXXX-XX-XX`. A careful reader dates them the way the article does:
 * - beside a dated expression of the same sentence (`on Saturday night, the opening night`,
 *   `Opening night, January 23, 2014`, `the 30th anniversary of the launch on April 12, 2011`):
 *   that date (rule `event.beside`);
 * - else the same phrase dated elsewhere in the article (`USI's opening night` after `Opening night,
 *   January 23, 2014`; the headline's `day five` after `Yesterday, day five of ...`): that date
 *   (rule `event.same-phrase`).
 * Otherwise the value stays unresolved, as TimeML allows.
 */
import type { TimeExpression } from '../../model/layers.js';
import { pad4 } from './calendar.js';
import { ofPhraseWords, UNKNOWN_DAY } from './rules/event.js';
import { parseOrdinal } from './words.js';

/** Characters between an event day and the date that dates it, at most (`of the first shuttle launch on`). */
const NEAR = 60;

const EVENT_RULES = new Set(['day.event', 'day.ordinal', 'day.anniversary']);
const isUnknownDay = (t: TimeExpression) => t.value.startsWith(UNKNOWN_DAY);
/** An event day still to be dated (a habitual `in the morning` is unknown too, but no event's). */
const isUnknownEventDay = (t: TimeExpression) => isUnknownDay(t) && EVENT_RULES.has(t.rules[0]);
const isDayPrecise = (t: TimeExpression) =>
  !isUnknownDay(t) &&
  t.window !== null &&
  t.window.earliest === t.window.latest &&
  (t.type === 'DATE' || t.type === 'TIME');

/**
 * Values the event days of one sentence from the nearest day-precise expression within reach.
 * `refYear` (the publication year, null without one) tells an anniversary's own day from the day of
 * the event it recalls (see `anniversaryDay`).
 */
export function resolveBeside(inSentence: TimeExpression[], refYear: number | null): void {
  for (const t of inSentence) {
    if (!isUnknownEventDay(t)) continue;
    let best: TimeExpression | null = null;
    let bestGap = NEAR + 1;
    for (const o of inSentence) {
      if (o === t || !isDayPrecise(o)) continue;
      const gap = o.start >= t.end ? o.start - t.end : t.start - o.end;
      if (gap >= 0 && gap < bestGap) {
        best = o;
        bestGap = gap;
      }
    }
    if (!best) continue;
    if (t.rules[0] === 'day.anniversary') anniversaryDay(t, best, refYear);
    else dateFrom(t, best, 'event.beside');
  }
}

/**
 * `the 70th anniversary of the attack on December 7, 1941`: the date is the event's, the anniversary
 * falls 70 years later (2011-12-07). `the 30th anniversary of the launch on April 12, 2011` (written
 * in 2011) is the anniversary's own date: adding 30 years would put it decades after publication.
 * With no publication year the two readings cannot be told apart and the anniversary stays unresolved.
 */
function anniversaryDay(t: TimeExpression, date: TimeExpression, refYear: number | null): void {
  const n = parseOrdinal(/^(?:the\s+)?(\S+)/i.exec(t.text)?.[1] ?? '');
  const day = date.window?.earliest;
  if (n === null || !day || refYear === null) return;
  const recurs = +day.slice(0, 4) + n;
  if (recurs <= refYear + 1) {
    const shifted: TimeExpression = {
      ...date,
      window: { earliest: `${pad4(recurs)}${day.slice(4)}`, latest: `${pad4(recurs)}${day.slice(4)}` },
    };
    dateFrom(t, shifted, 'event.anniversary-of');
  } else dateFrom(t, date, 'event.beside');
}

/** Values the event days still unknown from the same phrase dated elsewhere in the document text. */
export function resolveSamePhrase(all: TimeExpression[], text: string): void {
  const dated = new Map<string, TimeExpression>();
  for (const t of all) {
    if (!t.rules.some((r) => r.startsWith('event.')) || isUnknownDay(t)) continue;
    const k = key(t, text);
    dated.set(k.full, t);
    if (!dated.has(k.head)) dated.set(k.head, t);
  }
  if (dated.size === 0) return;
  for (const t of all) {
    if (!isUnknownEventDay(t)) continue;
    const k = key(t, text);
    const source = dated.get(k.full);
    if (source) dateFrom(t, source, 'event.same-phrase');
  }
}

/**
 * `The opening night` and `opening night` are one phrase. A following `of` phrase is part of it:
 * `the first day of the trial` and `the first day of school` are different days; an expression
 * with no `of` phrase matches the same words with or without one.
 */
function key(t: TimeExpression, text: string): { head: string; full: string } {
  const head = t.text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ');
  const of = ofPhraseWords(text, t.end);
  const noun = of?.find((w) => !/^(?:the|a|an|this|that|its|their|his|her|our)$/i.test(w));
  return { head, full: noun ? `${head} of ${noun.toLowerCase()}` : head };
}

/**
 * An anniversary is a time only as the day it falls on: one the article does not date (`coincided
 * with the 50th anniversary of ...`) names the event's recurrence, and is dropped.
 */
export function keepEventDay(t: TimeExpression): boolean {
  return !(t.rules[0] === 'day.anniversary' && isUnknownDay(t));
}

function dateFrom(t: TimeExpression, source: TimeExpression, rule: string): void {
  const day = source.window?.earliest;
  if (!day) return;
  const part = /T(MO|AF|EV|NI)$/.exec(t.value)?.[1];
  t.value = part ? `${day}T${part}` : day;
  t.window = { earliest: day, latest: day };
  t.anchor = source.anchor;
  t.implied = [...t.implied, 'date'];
  t.rules = [...t.rules, rule];
}
