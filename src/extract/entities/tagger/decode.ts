/**
 * Greedy left-to-right decoding with previous-tag features, restricted to valid BILOU transitions.
 * Shared by training (with live weights) and tagging (with the loaded model).
 */
import { F, feature, type TokenHashes } from './features.js';
import { ALLOWED_AFTER, O, TAG_COUNT } from './tags.js';

/** Adds the weights of the first `count` features into `scores` (length TAG_COUNT). */
export type Scorer = (features: ArrayLike<number>, count: number, scores: Float64Array) => void;

const DYNAMIC = 4;

/** The features that depend on the previous two predicted tags. */
function tagFeatures(prev: number, prev2: number, lower: number, shortShape: number, out: number[]): void {
  out[0] = feature(F.prevTag, prev);
  out[1] = feature(F.prevTags, prev2, prev);
  out[2] = feature(F.prevTagLower, prev, lower);
  out[3] = feature(F.prevTagShape, prev, shortShape);
}

export interface Decoded {
  tags: Uint8Array;
  /** Score margin of the chosen tag over the best other allowed tag, per token. */
  margins: Float64Array;
}

/**
 * Decodes one sentence. `staticFeatures[k]` are token k's static features. When `onStep` is
 * given (training), it sees each token's static and tag features and the predicted tag.
 */
export function decodeGreedy(
  staticFeatures: number[][],
  hashes: TokenHashes,
  score: Scorer,
  onStep?: (k: number, staticFeatures: number[], tagFeatures: number[], predicted: number) => void,
): Decoded {
  const n = staticFeatures.length;
  const tags = new Uint8Array(n);
  const margins = new Float64Array(n);
  const scores = new Float64Array(TAG_COUNT);
  // A plain array like the static lists, so the scorer's element access stays monomorphic.
  const dynamic: number[] = [0, 0, 0, 0];
  let prev = O;
  let prev2 = O;
  for (let k = 0; k < n; k++) {
    scores.fill(0);
    score(staticFeatures[k], staticFeatures[k].length, scores);
    tagFeatures(prev, prev2, hashes.lower[k], hashes.shortShape[k], dynamic);
    score(dynamic, DYNAMIC, scores);
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
    if (onStep) onStep(k, staticFeatures[k], dynamic, best);
    prev2 = prev;
    prev = best;
  }
  return { tags, margins };
}
