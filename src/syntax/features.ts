/**
 * Features of a parse state and of an arc, as hashed integers for the perceptron. The templates are
 * the classic ones of greedy transition parsers (Zhang and Nivre 2011, simplified): words and POS of
 * the stack and buffer, pairs and triples of them, the children found so far, distance and valency.
 * Each template has a number; a feature is the hash of that number and the values it looks at.
 */
import { hashString, mix } from '../ml/hashed-perceptron.js';
import type { ParseState } from './transitions.js';

export interface ParserWord {
  /** Lower-cased form and Universal POS, with their hashes (and the last three letters') computed once. */
  w: string;
  p: string;
  wh: number;
  ph: number;
  sh: number;
}

export function parserWord(form: string, pos: string): ParserWord {
  const w = form.toLowerCase();
  return { w, p: pos, wh: hashString(w), ph: hashString(pos), sh: hashString(w.slice(-3)) };
}

/**
 * The relations seen in training between a dependent's and its head's POS in one direction
 * (`NOUN>VERB:L`): the labeller chooses among those only, which is faster and never proposes a
 * relation the treebank never had there.
 */
export function arcKey(words: ParserWord[], heads: ArrayLike<number>, dependent: number): string {
  const h = heads[dependent];
  return `${words[dependent].p}>${h === 0 ? 'ROOT' : words[h].p}:${h === 0 ? 'root' : h < dependent ? 'R' : 'L'}`;
}

const ROOT = parserWord('<root>', 'ROOT');
const NONE = parserWord('<none>', 'NONE');
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', "'s", 'get', 'got']);
const PARTICIPLE = /(ed|en|wn|ne|t)$/;

const distanceBucket = (d: number) => (d <= 4 ? d : d <= 7 ? 5 : 8);

export const STATE_FEATURES = 40;
export const ARC_FEATURES = 18;

/** Template k's hash starts from mix(seed, k + 1): computed once here rather than for every feature. */
function templateSeeds(seed: number, count: number): Uint32Array {
  return Uint32Array.from({ length: count }, (_, k) => mix(seed, k + 1));
}
const STATE_SEEDS = templateSeeds(0x9747b28c, STATE_FEATURES);
const ARC_SEEDS = templateSeeds(0x3c6ef372, ARC_FEATURES);

// Scratch state for the feature functions below: module-level, so the hot loop creates no closures.
let out_: Uint32Array = new Uint32Array(0);
let mask_ = 0;
let k_ = 0;
let seeds_: Uint32Array = STATE_SEEDS;

function feat(a = 0, b = 0, c = 0, d = 0): void {
  out_[k_] = mix(mix(mix(mix(seeds_[k_], a), b), c), d) & mask_;
  k_++;
}

function at(words: ParserWord[], i: number): ParserWord {
  return i === 0 ? ROOT : i > 0 && i < words.length ? words[i] : NONE;
}

/** Fills `out` with the masked feature rows of a state; returns how many. */
export function stateFeatures(
  state: ParseState,
  words: ParserWord[],
  mask: number,
  out: Uint32Array,
): number {
  const { stack, next, n, leftCount, rightCount, leftmost, rightmost } = state;
  const depth = stack.length;
  const s0i = depth > 0 ? stack[depth - 1] : -1;
  const s1i = depth > 1 ? stack[depth - 2] : -1;
  const s2i = depth > 2 ? stack[depth - 3] : -1;
  const b0i = next <= n ? next : -1;
  const s0 = at(words, s0i);
  const s1 = at(words, s1i);
  const s2 = at(words, s2i);
  const b0 = at(words, b0i);
  const b1 = at(words, next + 1 <= n ? next + 1 : -1);
  const b2 = at(words, next + 2 <= n ? next + 2 : -1);
  const s0L = at(words, s0i >= 0 ? leftmost[s0i] : -1);
  const s0R = at(words, s0i >= 0 ? rightmost[s0i] : -1);
  const b0L = at(words, b0i >= 0 ? leftmost[b0i] : -1);
  const s1R = at(words, s1i >= 0 ? rightmost[s1i] : -1);
  const d = s0i > 0 && b0i > 0 ? distanceBucket(b0i - s0i) : 99;
  const s0vl = s0i >= 0 ? leftCount[s0i] : 0;
  const s0vr = s0i >= 0 ? rightCount[s0i] : 0;
  const b0vl = b0i >= 0 ? leftCount[b0i] : 0;
  out_ = out;
  mask_ = mask;
  k_ = 0;
  seeds_ = STATE_SEEDS;
  feat(); // bias
  feat(s0.wh);
  feat(s0.ph);
  feat(s0.wh, s0.ph);
  feat(s1.wh);
  feat(s1.ph);
  feat(s1.wh, s1.ph);
  feat(s2.ph);
  feat(b0.wh);
  feat(b0.ph);
  feat(b0.wh, b0.ph);
  feat(b1.wh);
  feat(b1.ph);
  feat(b2.ph);
  feat(s0.wh, s0.ph, b0.wh, b0.ph);
  feat(s0.wh, b0.wh);
  feat(s0.ph, b0.ph);
  feat(s0.wh, s0.ph, b0.ph);
  feat(s0.ph, b0.wh, b0.ph);
  feat(s1.ph, s0.ph);
  feat(s1.wh, s0.wh);
  feat(b0.ph, b1.ph, b2.ph);
  feat(s0.ph, b0.ph, b1.ph);
  feat(s1.ph, s0.ph, b0.ph);
  feat(s2.ph, s1.ph, s0.ph);
  feat(s0.ph, s0L.ph, b0.ph);
  feat(s0.ph, s0R.ph, b0.ph);
  feat(s0.ph, b0.ph, b0L.ph);
  feat(s1.ph, s0.ph, s1R.ph);
  feat(s0.wh, s0R.ph);
  feat(b0.wh, b0L.ph);
  feat(s0.wh, d);
  feat(s0.ph, d);
  feat(b0.ph, d);
  feat(s0.ph, b0.ph, d);
  feat(s0.ph, s0vl);
  feat(s0.ph, s0vr);
  feat(s0.wh, s0vr);
  feat(b0.ph, b0vl);
  feat(b0.wh, b0vl);
  return k_;
}

/** Fills `out` with the features for naming the relation of the arc into `dependent`; returns how many. */
export function arcFeatures(
  words: ParserWord[],
  heads: ArrayLike<number>,
  dependent: number,
  childrenOf: (i: number) => number[],
  mask: number,
  out: Uint32Array,
): number {
  const dep = words[dependent];
  const h = heads[dependent];
  const head = h === 0 ? ROOT : words[h];
  const children = childrenOf(dependent);
  const dir = h === 0 ? 0 : h < dependent ? 1 : 2;
  const dist = h === 0 ? 99 : distanceBucket(Math.abs(h - dependent));
  const prev = dependent > 1 ? words[dependent - 1] : NONE;
  const next = dependent + 1 < words.length ? words[dependent + 1] : NONE;
  const first = children.length ? words[children[0]] : NONE;
  let kids = 0x811c9dc5;
  for (const c of children) kids = mix(kids, words[c].ph);
  const caseWord = children.find((c) => words[c].p === 'ADP' || words[c].p === 'SCONJ');
  const marker = caseWord !== undefined ? words[caseWord].wh : 0;
  const by = children.some((c) => words[c].w === 'by') ? 1 : 0;
  // A passive head (`was taken`) turns its subject into nsubj:pass.
  const passive =
    h > 0 && PARTICIPLE.test(words[h].w) && childrenOf(h).some((c) => c < h && PASSIVE_AUX.has(words[c].w))
      ? 1
      : 0;
  const suffix = dep.sh;
  out_ = out;
  mask_ = mask;
  k_ = 0;
  seeds_ = ARC_SEEDS;
  const f = feat;
  f();
  f(dep.wh);
  f(dep.ph);
  f(head.wh);
  f(head.ph);
  f(dep.ph, head.ph, dir);
  f(dep.wh, head.ph, dir);
  f(dep.ph, head.wh, dir);
  f(dep.ph, dir, dist);
  f(dep.ph, prev.ph);
  f(dep.ph, next.ph);
  f(dep.ph, kids);
  f(dep.ph, first.wh);
  f(dep.ph, marker, dir);
  f(head.ph, marker);
  f(dep.ph, by);
  f(head.ph, dep.ph, dir, passive);
  f(dep.ph, suffix);
  return k_;
}
