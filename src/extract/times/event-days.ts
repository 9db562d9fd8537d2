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
import { UNKNOWN_DAY } from './rules/event.js';

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

/** Values the event days of one sentence from the nearest day-precise expression within reach. */
export function resolveBeside(inSentence: TimeExpression[]): void {
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
    if (best) dateFrom(t, best, 'event.beside');
  }
}

/** Values the event days still unknown from the same phrase dated elsewhere in the document. */
export function resolveSamePhrase(all: TimeExpression[]): void {
  const dated = new Map<string, TimeExpression>();
  for (const t of all)
    if (t.rules.some((r) => r.startsWith('event.')) && !isUnknownDay(t)) dated.set(key(t), t);
  if (dated.size === 0) return;
  for (const t of all) {
    if (!isUnknownEventDay(t)) continue;
    const source = dated.get(key(t));
    if (source) dateFrom(t, source, 'event.same-phrase');
  }
}

/** `The opening night` and `opening night` are one phrase; so are `anniversary` and its misspelling. */
function key(t: TimeExpression): string {
  return t.text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/anniversa(?:r)?y/, 'anniversary');
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
