/**
 * `timeForSpan`: the time a clause is about, for dating events and forecasts. The nearest time
 * expression in the same sentence wins, one attached by a preposition (`on Monday`, `in
 * mid-December`) before a bare one; with none, the publication date at lower precision.
 */
import type { Document } from '../../model/document.js';
import type { EventRecord, TimeExpression } from '../../model/layers.js';

export type GovernedTime = NonNullable<EventRecord['time']>;

const PREPOSITION_BEFORE =
  /\b(?:on|in|at|during|since|by|until|till|from|before|after|through|over|within|for|as of)\s+$/i;

/** How much nearer, in characters, a time attached by a preposition counts. */
const ATTACHMENT_BONUS = 40;

/** Distance in characters between two spans (0 when they overlap). */
function gap(a: { start: number; end: number }, start: number, end: number): number {
  if (a.end <= start) return start - a.end;
  if (end <= a.start) return a.start - end;
  return 0;
}

function precisionOf(t: TimeExpression): GovernedTime['precision'] {
  if (/_REF$/.test(t.value) || t.mod) return 'approximate';
  return t.granularity === 'day' ||
    t.granularity === 'partofday' ||
    t.granularity === 'hour' ||
    t.granularity === 'minute'
    ? 'exact'
    : 'approximate';
}

/** Index of the last item whose start is <= offset (items sorted by start), or -1. */
function lastStartingAtOrBefore<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The time governing [start, end) of `doc.text`. Durations and sets are skipped: they say how long
 * or how often, not when. Falls back to the publication day with precision 'publication', or null
 * when the document has no publication date either. O(log n + times in the sentence).
 */
export function timeForSpan(doc: Document, start: number, end: number): GovernedTime | null {
  const sentences = doc.layers.sentences ?? [];
  const si = lastStartingAtOrBefore(sentences, start);
  const sentence = si >= 0 && start <= sentences[si].end ? sentences[si] : null;
  const times = doc.layers.times ?? [];
  if (sentence) {
    let best: TimeExpression | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let i = lastStartingAtOrBefore(times, sentence.end); i >= 0 && times[i].end > sentence.start; i--) {
      const t = times[i];
      if (t.start < sentence.start || t.end > sentence.end) continue;
      if (t.type === 'DURATION' || t.type === 'SET') continue;
      const attached = PREPOSITION_BEFORE.test(
        doc.text.slice(Math.max(sentence.start, t.start - 12), t.start),
      );
      const score = gap(t, start, end) - (attached ? ATTACHMENT_BONUS : 0);
      if (score < bestScore) {
        best = t;
        bestScore = score;
      }
    }
    if (best)
      return { timeId: best.id, value: best.value, window: best.window, precision: precisionOf(best) };
  }
  const local = doc.meta.published?.local;
  if (!local) return null;
  const day = local.slice(0, 10);
  return { timeId: null, value: day, window: { earliest: day, latest: day }, precision: 'publication' };
}
