/**
 * Viterbi decoding over BILOU tags (first-order), shared by training (live weights) and tagging
 * (the loaded model, through fast-decode.ts). A token's score for tag `cur` after tag `prev` is
 * its emission score (static features) plus its transition score, the weights of the transition
 * features: the tag bigram, and the bigram with the token's short shape or lower-cased word
 * (`Xx` after B-PERSON, `of` after I-ORG). Illegal BILOU transitions, and ending a sentence inside
 * a name, are never considered.
 *
 * Confidence comes from max-marginals: the best path through each tag of a token (forward plus
 * backward Viterbi scores); a token's margin is how much the best path beats the best one that
 * gives the token another tag.
 */
import { F, feature, type TokenHashes } from './features.js';
import { ALLOWED_AFTER, CAN_END, O, TAG_COUNT } from './tags.js';

/** Adds the weights of the first `count` features into `scores` (length TAG_COUNT). */
export type Scorer = (features: ArrayLike<number>, count: number, scores: Float64Array) => void;

const T = TAG_COUNT;
const T2 = T * T;
export const TRANSITION_FEATURES = 3;

/** The features of the transition from `prev` into a token with hashes `lower`, `shortShape`. */
export function transitionFeatures(prev: number, lower: number, shortShape: number, out: number[]): void {
  out[0] = feature(F.prevTag, prev);
  out[1] = feature(F.prevTagShape, prev, shortShape);
  out[2] = feature(F.prevTagLower, prev, lower);
}

export interface Decoded {
  tags: Uint8Array;
  /** Score margin of the best path over the best path giving the token another tag. */
  margins: Float64Array;
}

/** LEGAL[prev * T + next]: 1 when BILOU allows `next` after `prev`. */
const LEGAL = new Uint8Array(T2);
ALLOWED_AFTER.forEach((nexts, prev) => {
  for (const next of nexts) LEGAL[prev * T + next] = 1;
});

/** Per-sentence tables, reused between calls and grown on demand. */
let alpha = new Float64Array(64 * T);
let beta = new Float64Array(64 * T);
let back = new Uint8Array(64 * T);
let candidates = new Uint8Array(64 * T);
let candidateCount = new Uint8Array(64);

/**
 * Decodes `n` tokens from `emit[k * T + tag]` and the transition matrices `trans[k][prev * T + tag]`
 * (for k = 0 only the row of prev = O is read). With a finite `beam`, a token only considers O and
 * the tags whose emission score is within `beam` of its best one: most tokens are plainly outside
 * any name, and the search over 25 x 25 tag pairs then shrinks to one step. Scores are exact
 * integers in the run-time path, so the result does not depend on how they were summed.
 */
export function viterbi(
  n: number,
  emit: Float64Array,
  trans: readonly Float64Array[],
  beam = Infinity,
): Decoded {
  const tags = new Uint8Array(n);
  const margins = new Float64Array(n);
  if (n === 0) return { tags, margins };
  if (alpha.length < n * T) {
    alpha = new Float64Array(n * 2 * T);
    beta = new Float64Array(n * 2 * T);
    back = new Uint8Array(n * 2 * T);
    candidates = new Uint8Array(n * 2 * T);
    candidateCount = new Uint8Array(n * 2);
  }
  const a = alpha;
  const b = beta;
  const cand = candidates;
  const NEG = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const base = k * T;
    let top = emit[base];
    for (let t = 1; t < T; t++) if (emit[base + t] > top) top = emit[base + t];
    // By type: a type whose best tag is within the beam keeps all four of its tags, so that the
    // transitions, not the emissions, choose between B, I, L and U.
    const floor = top - beam;
    let c = 0;
    cand[base + c++] = O;
    for (let t = 1; t < T; t += 4)
      if (
        emit[base + t] >= floor ||
        emit[base + t + 1] >= floor ||
        emit[base + t + 2] >= floor ||
        emit[base + t + 3] >= floor
      )
        for (let p = 0; p < 4; p++) cand[base + c++] = t + p;
    candidateCount[k] = c;
  }
  const m0 = trans[0];
  for (let i = 0; i < candidateCount[0]; i++) {
    const t = cand[i];
    a[t] = LEGAL[O * T + t] ? emit[t] + m0[O * T + t] : NEG;
  }
  for (let k = 1; k < n; k++) {
    const base = k * T;
    const pb = base - T;
    const m = trans[k];
    const pc = candidateCount[k - 1];
    for (let c = 0; c < candidateCount[k]; c++) {
      const cur = cand[base + c];
      let best = NEG;
      let arg = O;
      for (let i = 0; i < pc; i++) {
        const prev = cand[pb + i];
        if (!LEGAL[prev * T + cur]) continue;
        const v = a[pb + prev] + m[prev * T + cur];
        if (v > best) {
          best = v;
          arg = prev;
        }
      }
      a[base + cur] = best + emit[base + cur];
      back[base + cur] = arg;
    }
  }
  // Backward: b[k][t] = best score of tokens k+1.. given tag t at k.
  const last = (n - 1) * T;
  for (let c = 0; c < candidateCount[n - 1]; c++) {
    const t = cand[last + c];
    b[last + t] = CAN_END[t] ? 0 : NEG;
  }
  for (let k = n - 2; k >= 0; k--) {
    const base = k * T;
    const nb = base + T;
    const m = trans[k + 1];
    const nc = candidateCount[k + 1];
    for (let c = 0; c < candidateCount[k]; c++) {
      const cur = cand[base + c];
      let best = NEG;
      for (let i = 0; i < nc; i++) {
        const next = cand[nb + i];
        if (!LEGAL[cur * T + next]) continue;
        const v = m[cur * T + next] + emit[nb + next] + b[nb + next];
        if (v > best) best = v;
      }
      b[base + cur] = best;
    }
  }
  let end = O;
  for (let c = 0; c < candidateCount[n - 1]; c++) {
    const t = cand[last + c];
    if (a[last + t] + b[last + t] > a[last + end] + b[last + end]) end = t;
  }
  tags[n - 1] = end;
  for (let k = n - 1; k > 0; k--) tags[k - 1] = back[k * T + tags[k]];
  // Margins from max-marginals: the best path through each candidate tag (forward + backward).
  for (let k = 0; k < n; k++) {
    const base = k * T;
    const chosen = tags[k];
    let other = NEG;
    for (let c = 0; c < candidateCount[k]; c++) {
      const t = cand[base + c];
      if (t === chosen) continue;
      const v = a[base + t] + b[base + t];
      if (v > other) other = v;
    }
    margins[k] = other === NEG ? 100 : a[base + chosen] + b[base + chosen] - other;
  }
  return { tags, margins };
}

/** Transition matrices reused from sentence to sentence (training decodes ~10^5 sentences). */
const matrixPool: Float64Array[] = [];

/**
 * Emission and transition tables of one sentence from its feature lists (the training path).
 * The tag-bigram and shape parts of the transitions are scored once per sentence and shape. The
 * matrices are reused by the next call.
 */
export function scoreTables(
  staticFeatures: number[][],
  hashes: TokenHashes,
  score: Scorer,
): { emit: Float64Array; trans: Float64Array[] } {
  const n = staticFeatures.length;
  const emit = new Float64Array(n * T);
  const trans: Float64Array[] = new Array(n);
  while (matrixPool.length < n) matrixPool.push(new Float64Array(T2));
  const scores = new Float64Array(T);
  const one: number[] = [0];
  const byShape = new Map<number, Float64Array>();
  for (let k = 0; k < n; k++) {
    scores.fill(0);
    score(staticFeatures[k], staticFeatures[k].length, scores);
    emit.set(scores, k * T);
    const ss = hashes.shortShape[k];
    let shaped = byShape.get(ss);
    if (!shaped) {
      shaped = new Float64Array(T2);
      for (let prev = 0; prev < T; prev++) {
        scores.fill(0);
        one[0] = feature(F.prevTag, prev);
        score(one, 1, scores);
        one[0] = feature(F.prevTagShape, prev, ss);
        score(one, 1, scores);
        shaped.set(scores, prev * T);
      }
      byShape.set(ss, shaped);
    }
    const m = matrixPool[k];
    m.set(shaped);
    for (let prev = 0; prev < (k === 0 ? 1 : T); prev++) {
      one[0] = feature(F.prevTagLower, prev, hashes.lower[k]);
      scores.fill(0);
      score(one, 1, scores);
      for (let t = 0; t < T; t++) m[prev * T + t] += scores[t];
    }
    trans[k] = m;
  }
  return { emit, trans };
}

/** Decodes one sentence from its static feature lists. */
export function decodeSentence(
  staticFeatures: number[][],
  hashes: TokenHashes,
  score: Scorer,
  beam = Infinity,
): Decoded {
  const { emit, trans } = scoreTables(staticFeatures, hashes, score);
  return viterbi(staticFeatures.length, emit, trans, beam);
}
