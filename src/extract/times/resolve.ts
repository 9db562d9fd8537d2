/**
 * Resolving what the text leaves open against the publication date and the clause's tense:
 * which Monday, which December, which weekend.
 */
import { addDays, type CivilDate, compare, dayDiff, mondayOf, weekday } from './calendar.js';
import type { Tense } from './tense.js';

export type Direction = 'last' | 'next' | 'this' | null;

/** Reads `last`, `past`, `previous` / `next`, `coming`, `following` / `this`, `current`. */
export function directionOf(word: string | undefined): Direction {
  if (!word) return null;
  const w = word.toLowerCase().replace(/^the\s+/, '');
  if (/^(last|past|previous|this past)$/.test(w)) return 'last';
  if (/^(next|coming|following|upcoming|this coming)$/.test(w)) return 'next';
  if (/^(this|current)$/.test(w)) return 'this';
  return null;
}

/**
 * The weekday meant by a day name. `last Friday` is the most recent one before the anchor; a bare
 * name in past or present narration is the most recent one, the anchor day included (news reports
 * what happened "on Tuesday" on Tuesday); in future or scheduling present context (`begins Monday`)
 * it is the next one, today included.
 */
export function resolveWeekday(
  ref: CivilDate,
  dow: number,
  direction: Direction,
  tense: Tense | null,
): CivilDate {
  const today = weekday(ref);
  const back = (today - dow + 7) % 7; // days back to the most recent such weekday (0 = today)
  const ahead = (dow - today + 7) % 7;
  if (direction === 'last') return addDays(ref, -(back === 0 ? 7 : back));
  if (direction === 'next') return addDays(ref, ahead === 0 ? 7 : ahead);
  if (direction === 'this') return addDays(mondayOf(ref), (dow + 6) % 7);
  // A schedule in the present (`the talks begin Monday`) looks ahead like the future.
  if (tense === 'future' || tense === 'present') return addDays(ref, ahead);
  return addDays(ref, -back);
}

/** The year of a month named without one: past narration looks back, future looks ahead. */
export function resolveMonthYear(ref: CivilDate, month: number, tense: Tense | null): number {
  if (tense === 'past' && month > ref.m) return ref.y - 1;
  if (tense === 'future' && month < ref.m) return ref.y + 1;
  const diff = month - ref.m;
  if (tense === 'present' && diff < -6) return ref.y + 1;
  if (tense === null) {
    // No tense to go by: the nearest such month (chrono's `findYearClosestToRef`).
    if (diff > 6) return ref.y - 1;
    if (diff < -6) return ref.y + 1;
  }
  return ref.y;
}

/** The year of a day and month named without one, by the same reasoning with a day's slack. */
export function resolveDayYear(ref: CivilDate, month: number, day: number, tense: Tense | null): number {
  const same: CivilDate = { y: ref.y, m: month, d: day };
  const diff = dayDiff(same, ref);
  // A month's slack: `is to run from January 23 through March 9` written on January 28 is this year.
  if (tense === 'past' && diff > 31) return ref.y - 1;
  if (tense === 'future' && diff < -31) return ref.y + 1;
  if (tense === 'present') {
    // `The vote is on November 20`: present tense in news announces a schedule, so look ahead.
    if (diff < -183) return ref.y + 1;
  } else if (tense === null) {
    if (diff > 183) return ref.y - 1;
    if (diff < -183) return ref.y + 1;
  }
  return ref.y;
}

/** The Saturday of the weekend meant by `this weekend`, `the weekend`, `last weekend`. */
export function resolveWeekend(ref: CivilDate, direction: Direction, tense: Tense | null): CivilDate {
  const saturdayThisWeek = addDays(mondayOf(ref), 5);
  const inWeekend = compare(ref, saturdayThisWeek) >= 0;
  if (direction === 'last') return inWeekend ? addDays(saturdayThisWeek, -7) : addDays(saturdayThisWeek, -7);
  if (direction === 'next') return inWeekend ? addDays(saturdayThisWeek, 7) : saturdayThisWeek;
  if (inWeekend) return saturdayThisWeek;
  return tense === 'past' ? addDays(saturdayThisWeek, -7) : saturdayThisWeek;
}
