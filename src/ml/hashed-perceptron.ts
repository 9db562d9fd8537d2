/**
 * A multi-class averaged perceptron (Collins 2002) over hashed integer features: the hot loop builds
 * no strings and looks up no maps, so scoring costs a few array reads per feature. Features are
 * 32-bit hashes (`mix`, `hashString`) folded into a table of 2^bits rows, one weight per class;
 * collisions are rare enough at the sizes used here to cost nothing measurable.
 *
 * Training keeps, per weight, its running total and the step of its last change (lazy averaging),
 * so an update costs the features touched, not the model size.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Combines a running hash with one more value (murmur3's finaliser steps). */
export function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h, 0x1b873593);
  return (h ^ (h >>> 16)) >>> 0;
}

export class HashedWeights {
  readonly mask: number;

  constructor(
    readonly bits: number,
    readonly classes: number,
    readonly weights: Float32Array = new Float32Array((1 << bits) * classes),
  ) {
    this.mask = (1 << bits) - 1;
  }

  /** Adds the rows of `features` (already masked) into `out`, which it zeroes first. */
  scores(features: Uint32Array, count: number, out: Float64Array): Float64Array {
    out.fill(0);
    const C = this.classes;
    const w = this.weights;
    for (let f = 0; f < count; f++) {
      const row = features[f] * C;
      for (let c = 0; c < C; c++) out[c] += w[row + c];
    }
    return out;
  }

  /** Like `scores`, over the listed classes only (the others are left untouched). */
  scoresOf(
    features: Uint32Array,
    count: number,
    classes: ArrayLike<number>,
    out: Float64Array,
  ): Float64Array {
    const C = this.classes;
    const w = this.weights;
    for (let k = 0; k < classes.length; k++) out[classes[k]] = 0;
    for (let f = 0; f < count; f++) {
      const row = features[f] * C;
      for (let k = 0; k < classes.length; k++) out[classes[k]] += w[row + classes[k]];
    }
    return out;
  }

  /** Sparse form for the model file: indices of non-zero weights and their values. */
  toSparse(): { bits: number; classes: number; indices: string; values: string } {
    const idx: number[] = [];
    const val: number[] = [];
    this.weights.forEach((v, i) => {
      if (v !== 0) {
        idx.push(i);
        val.push(v);
      }
    });
    return {
      bits: this.bits,
      classes: this.classes,
      indices: Buffer.from(Uint32Array.from(idx).buffer).toString('base64'),
      values: Buffer.from(Float32Array.from(val).buffer).toString('base64'),
    };
  }

  static fromSparse(s: { bits: number; classes: number; indices: string; values: string }): HashedWeights {
    const w = new HashedWeights(s.bits, s.classes);
    const ib = Buffer.from(s.indices, 'base64');
    const vb = Buffer.from(s.values, 'base64');
    const idx = new Uint32Array(ib.buffer.slice(ib.byteOffset, ib.byteOffset + ib.byteLength));
    const val = new Float32Array(vb.buffer.slice(vb.byteOffset, vb.byteOffset + vb.byteLength));
    for (let k = 0; k < idx.length; k++) w.weights[idx[k]] = val[k];
    return w;
  }
}

export class HashedPerceptron {
  readonly live: HashedWeights;
  private readonly totals: Float64Array;
  private readonly stamps: Uint32Array;
  private step = 0;

  constructor(bits: number, classes: number) {
    this.live = new HashedWeights(bits, classes);
    this.totals = new Float64Array(this.live.weights.length);
    this.stamps = new Uint32Array(this.live.weights.length);
  }

  /** Rewards the gold class's features and penalises the predicted one's, when they differ. */
  update(gold: number, predicted: number, features: Uint32Array, count: number): void {
    this.step++;
    if (gold === predicted) return;
    const C = this.live.classes;
    for (let f = 0; f < count; f++) {
      const row = features[f] * C;
      this.bump(row + gold, 1);
      this.bump(row + predicted, -1);
    }
  }

  private bump(i: number, by: number): void {
    const w = this.live.weights;
    this.totals[i] += (this.step - this.stamps[i]) * w[i];
    this.stamps[i] = this.step;
    w[i] += by;
  }

  /** The averaged weights; those smaller than `minWeight` are dropped to keep the model file small. */
  average(minWeight = 0): HashedWeights {
    const out = new HashedWeights(this.live.bits, this.live.classes);
    const w = this.live.weights;
    for (let i = 0; i < w.length; i++) {
      const total = this.totals[i] + (this.step - this.stamps[i]) * w[i];
      const a = total / Math.max(1, this.step);
      if (Math.abs(a) >= minWeight) out.weights[i] = a;
    }
    return out;
  }
}

/** The index of the best score among the allowed classes (all, when `allowed` is omitted). */
export function argmax(scores: Float64Array, allowed?: readonly boolean[]): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < scores.length; c++) {
    if (allowed && !allowed[c]) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}
