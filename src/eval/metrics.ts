/** Precision, recall and F1 from counts, and the small helpers the layer scorers share. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  p: number;
  r: number;
  f1: number;
}

/**
 * P/R/F1 with the conventions of the reference scorer: with nothing predicted and nothing to find,
 * precision and recall are 1; with nothing predicted but something to find, precision is 0.
 */
export function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp > 0 ? tp / (tp + fp) : tp + fn > 0 ? 0 : 1;
  const r = tp + fn > 0 ? tp / (tp + fn) : 1;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, tp, fp, fn };
}

export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Counts for two bags of keys: true positives are the size of their multiset intersection. */
export function bagCounts(gold: string[], system: string[]): Counts {
  const left = new Map<string, number>();
  for (const k of gold) left.set(k, (left.get(k) ?? 0) + 1);
  let tp = 0;
  for (const k of system) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      tp++;
      left.set(k, n - 1);
    }
  }
  return { tp, fp: system.length - tp, fn: gold.length - tp };
}

export interface Offsets {
  start: number;
  end: number;
}

export const overlapOf = (a: Offsets, b: Offsets): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function isOffsets<T>(x: T): x is T & Offsets {
  const o = x as unknown as Offsets | null;
  return !!o && Number.isInteger(o.start) && Number.isInteger(o.end);
}

/**
 * One-to-one alignment of gold and system items: every allowed pair is scored, and pairs are taken
 * best first, each item used at most once (ties broken by position, so results are stable).
 */
export function align<G, S>(gold: G[], system: S[], score: (g: G, s: S) => number | null): [G, S][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => {
    system.forEach((s, j) => {
      const v = score(g, s);
      if (v !== null) pairs.push([v, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const out: [G, S][] = [];
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || usedSystem.has(j)) continue;
    usedGold.add(i);
    usedSystem.add(j);
    out.push([gold[i], system[j]]);
  }
  return out;
}

/** Great-circle distance in km (mean Earth radius). */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
