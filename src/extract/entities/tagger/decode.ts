/**
 * Greedy left-to-right decoding with previous-tag features, restricted to valid BILOU transitions.
 * Shared by training (with live weights) and tagging (with the loaded model).
 */
import { ALLOWED_AFTER, O, TAG_COUNT, TAG_NAMES } from './tags.js';

/** Adds the weights of `features` into `scores` (length TAG_COUNT). */
export type Scorer = (features: readonly string[], scores: Float64Array) => void;

/** The features that depend on the previous two predicted tags. */
export function tagFeatures(
  prev: number,
  prev2: number,
  norm: string,
  shortShape: string,
  out: string[],
): void {
  const p = TAG_NAMES[prev];
  out.push(`pt=${p}`, `pt2=${TAG_NAMES[prev2]}|${p}`, `pt|l=${p}|${norm}`, `pt|ss=${p}|${shortShape}`);
}

export interface Decoded {
  tags: Uint8Array;
  /** Score margin of the chosen tag over the best other allowed tag, per token. */
  margins: Float64Array;
}

/**
 * Decodes one sentence. `staticFeatures[k]` are token k's static features; `norms`/`shapes` feed
 * the tag features. When `onStep` is given (training), it sees each token's full feature list and
 * the predicted tag, and may return the gold tag to continue from (teacher forcing off = predicted).
 */
export function decodeGreedy(
  staticFeatures: string[][],
  norms: readonly string[],
  shapes: readonly string[],
  score: Scorer,
  onStep?: (k: number, features: string[], predicted: number) => void,
): Decoded {
  const n = staticFeatures.length;
  const tags = new Uint8Array(n);
  const margins = new Float64Array(n);
  const scores = new Float64Array(TAG_COUNT);
  const dynamic: string[] = [];
  let prev = O;
  let prev2 = O;
  for (let k = 0; k < n; k++) {
    scores.fill(0);
    score(staticFeatures[k], scores);
    dynamic.length = 0;
    tagFeatures(prev, prev2, norms[k], shapes[k], dynamic);
    score(dynamic, scores);
    const allowed = ALLOWED_AFTER[prev];
    let best = allowed[0];
    let second = Number.NEGATIVE_INFINITY;
    for (let a = 1; a < allowed.length; a++) {
      const t = allowed[a];
      if (scores[t] > scores[best]) {
        second = scores[best];
        best = t;
      } else if (scores[t] > second) second = scores[t];
    }
    tags[k] = best;
    margins[k] = second === Number.NEGATIVE_INFINITY ? 100 : scores[best] - second;
    if (onStep) onStep(k, [...staticFeatures[k], ...dynamic], best);
    prev2 = prev;
    prev = best;
  }
  return { tags, margins };
}
