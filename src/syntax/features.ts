/**
 * Features of a parse state and of an arc, as hashed integers for the perceptron. The templates are
 * the classic ones of greedy transition parsers (Zhang and Nivre 2011, simplified): words and POS of
 * the stack and buffer, pairs and triples of them, the children found so far, distance and valency.
 * Each template has a number; a feature is the hash of that number and the values it looks at.
 */
import { hashString, mix } from '../ml/hashed-perceptron.js';
import type { ParseState } from './transitions.js';

export interface ParserWord {
  /** Lower-cased form and Universal POS, with their hashes computed once. */
  w: string;
  p: string;
  wh: number;
  ph: number;
}

export function parserWord(form: string, pos: string): ParserWord {
  const w = form.toLowerCase();
  return { w, p: pos, wh: hashString(w), ph: hashString(pos) };
}

const ROOT = parserWord('<root>', 'ROOT');
const NONE = parserWord('<none>', 'NONE');
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', "'s", 'get', 'got']);
const PARTICIPLE = /(ed|en|wn|ne|t)$/;

export const STATE_FEATURES = 40;
export const ARC_FEATURES = 18;

const distanceBucket = (d: number) => (d <= 4 ? d : d <= 7 ? 5 : 8);

/** Fills `out` with the masked feature rows of a state; returns how many. */
export function stateFeatures(
  state: ParseState,
  words: ParserWord[],
  mask: number,
  out: Uint32Array,
): number {
  const word = (i: number) => (i === 0 ? ROOT : i > 0 && i < words.length ? words[i] : NONE);
  const { stack, next, n } = state;
  const si = (k: number) => (stack.length > k ? stack[stack.length - 1 - k] : -1);
  const s0i = si(0);
  const s1i = si(1);
  const b0i = next <= n ? next : -1;
  const s0 = word(s0i);
  const s1 = word(s1i);
  const s2 = word(si(2));
  const b0 = word(b0i);
  const b1 = word(next + 1 <= n ? next + 1 : -1);
  const b2 = word(next + 2 <= n ? next + 2 : -1);
  const s0L = word(s0i >= 0 ? (state.lefts[s0i][0] ?? -1) : -1);
  const s0R = word(s0i >= 0 ? (state.rights[s0i].at(-1) ?? -1) : -1);
  const b0L = word(b0i >= 0 ? (state.lefts[b0i][0] ?? -1) : -1);
  const s1R = word(s1i >= 0 ? (state.rights[s1i].at(-1) ?? -1) : -1);
  const d = s0i > 0 && b0i > 0 ? distanceBucket(b0i - s0i) : 99;
  const s0vl = s0i >= 0 ? state.lefts[s0i].length : 0;
  const s0vr = s0i >= 0 ? state.rights[s0i].length : 0;
  const b0vl = b0i >= 0 ? state.lefts[b0i].length : 0;
  let k = 0;
  // Fixed arity, no rest parameters: this runs 40 times per transition and must not allocate.
  const f = (a = 0, b = 0, c = 0, d = 0) => {
    out[k] = mix(mix(mix(mix(mix(0x9747b28c, k + 1), a), b), c), d) & mask;
    k++;
  };
  f(); // bias
  f(s0.wh);
  f(s0.ph);
  f(s0.wh, s0.ph);
  f(s1.wh);
  f(s1.ph);
  f(s1.wh, s1.ph);
  f(s2.ph);
  f(b0.wh);
  f(b0.ph);
  f(b0.wh, b0.ph);
  f(b1.wh);
  f(b1.ph);
  f(b2.ph);
  f(s0.wh, s0.ph, b0.wh, b0.ph);
  f(s0.wh, b0.wh);
  f(s0.ph, b0.ph);
  f(s0.wh, s0.ph, b0.ph);
  f(s0.ph, b0.wh, b0.ph);
  f(s1.ph, s0.ph);
  f(s1.wh, s0.wh);
  f(b0.ph, b1.ph, b2.ph);
  f(s0.ph, b0.ph, b1.ph);
  f(s1.ph, s0.ph, b0.ph);
  f(s2.ph, s1.ph, s0.ph);
  f(s0.ph, s0L.ph, b0.ph);
  f(s0.ph, s0R.ph, b0.ph);
  f(s0.ph, b0.ph, b0L.ph);
  f(s1.ph, s0.ph, s1R.ph);
  f(s0.wh, s0R.ph);
  f(b0.wh, b0L.ph);
  f(s0.wh, d);
  f(s0.ph, d);
  f(b0.ph, d);
  f(s0.ph, b0.ph, d);
  f(s0.ph, s0vl);
  f(s0.ph, s0vr);
  f(s0.wh, s0vr);
  f(b0.ph, b0vl);
  f(b0.wh, b0vl);
  return k;
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
  const suffix = hashString(dep.w.slice(-3));
  let k = 0;
  const f = (a = 0, b = 0, c = 0, d = 0) => {
    out[k] = mix(mix(mix(mix(mix(0x3c6ef372, k + 1), a), b), c), d) & mask;
    k++;
  };
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
  return k;
}
