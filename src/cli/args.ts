/** Checks of option values that several commands share, each failing as a usage error. */
import { DEFAULT_DB } from '../store/open.js';
import { UsageError } from './command.js';
import { isIsoDay } from './format/text.js';

export interface RangeOptions {
  since?: string;
  until?: string;
}

/** `--since`/`--until`: ISO days, in order. */
export function checkRange(values: RangeOptions): RangeOptions {
  for (const name of ['since', 'until'] as const) {
    const v = values[name];
    if (v !== undefined && !isIsoDay(v)) throw new UsageError(`--${name} must be a day like 2015-11-17`);
  }
  if (values.since && values.until && values.since > values.until) {
    throw new UsageError('--since is after --until');
  }
  return { since: values.since, until: values.until };
}

/** A positive whole number option such as `--limit`. */
export function positiveInt(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer`);
  return n;
}

/** The `parseArgs` options every store command takes: `--db FILE`. */
export const STORE_OPTIONS = { db: { type: 'string', default: DEFAULT_DB } } as const;

/** `--since DATE --until DATE`, checked by `checkRange`. */
export const RANGE_OPTIONS = { since: { type: 'string' }, until: { type: 'string' } } as const;
