/**
 * When is a system time value right? When it equals the gold value, or when both denote the same
 * span of days: gold `2017-07-10/2017-07-16` is matched by `2017-W28` or by a window with those ends.
 */

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The days a TIMEX3/ISO value denotes, as [first, last], when it denotes whole days. */
export function daysOf(value: unknown): [string, string] | null {
  const v = String(value ?? '');
  let m = /^(\d{4}-\d\d-\d\d)?\/(\d{4}-\d\d-\d\d)?$/.exec(v);
  if (m) return m[1] && m[2] ? [m[1], m[2]] : null;
  m = /^(\d{4})$/.exec(v);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  m = /^(\d{4})-(\d\d)$/.exec(v);
  if (m) return [`${m[1]}-${m[2]}-01`, isoDay(new Date(Date.UTC(+m[1], +m[2], 0)))];
  m = /^(\d{4}-\d\d-\d\d)$/.exec(v);
  if (m) return [m[1], m[1]];
  m = /^(\d{4})-W(\d\d)$/.exec(v);
  if (m) {
    // ISO week 1 is the week with 4 January in it; weeks start on Monday.
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4);
    monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + 7 * (+m[2] - 1));
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    return [isoDay(monday), isoDay(sunday)];
  }
  return null;
}

export interface SystemTime {
  value?: unknown;
  window?: { earliest?: string; latest?: string } | null;
}

export function timeValueMatches(goldValue: unknown, sys: SystemTime): boolean {
  if (String(goldValue) === String(sys.value)) return true;
  const gold = daysOf(goldValue);
  if (!gold) return false;
  const candidates = [daysOf(sys.value)];
  const w = sys.window;
  if (w?.earliest && w.latest) candidates.push([w.earliest.slice(0, 10), w.latest.slice(0, 10)]);
  return candidates.some((c) => c !== null && c[0] === gold[0] && c[1] === gold[1]);
}
