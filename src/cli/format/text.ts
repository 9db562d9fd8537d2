/** Small helpers for terminal reports: clipping, counting, dates. */

/** One line of at most `n` characters, white space folded. */
export function clip(s: string, n = 100): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** `1 article`, `3 articles`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The day part of an ISO date or date-time, or `undated`. */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : 'undated';
}

/** `2015-11-01 .. 2015-11-30`, `since 2015-11-01`, `all dates`. */
export function rangeLabel(since?: string | null, until?: string | null): string {
  if (since && until) return `${since} .. ${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return 'all dates';
}

/** Checks a `--since`/`--until` value: an ISO day. */
export function isIsoDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}
