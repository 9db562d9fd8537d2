/**
 * A greedy dependency parser: arc-hybrid transitions chosen by an averaged perceptron, then each
 * arc named by a second perceptron. Trained on the GUM Universal Dependencies treebank
 * (`npm run train:parser`); the model is `data/models/parser.json`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../knowledge/paths.js';
import { argmax, HashedWeights } from '../ml/hashed-perceptron.js';
import {
  ARC_FEATURES,
  arcFeatures,
  arcKey,
  type ParserWord,
  STATE_FEATURES,
  stateFeatures,
} from './features.js';
import { ParseState } from './transitions.js';

export const PARSER_MODEL_FORMAT = 'sitrep-parser/3';

export interface ParserModel {
  transitions: HashedWeights;
  labeler: HashedWeights;
  labels: string[];
  /** `arcKey` -> indices of the labels seen there in training; unseen keys allow every label. */
  labelSets: Map<string, Uint16Array>;
}

export interface SerialisedParser {
  format: string;
  trainedOn: string;
  scores: Record<string, number>;
  labels: string[];
  labelSets: Record<string, number[]>;
  transitions: ReturnType<HashedWeights['toSparse']>;
  labeler: ReturnType<HashedWeights['toSparse']>;
}

export function parserModelFromJSON(json: SerialisedParser): ParserModel {
  if (json.format !== PARSER_MODEL_FORMAT)
    throw new Error(`parser model format ${json.format}, expected ${PARSER_MODEL_FORMAT}`);
  return {
    transitions: HashedWeights.fromSparse(json.transitions),
    labeler: HashedWeights.fromSparse(json.labeler),
    labels: json.labels,
    labelSets: new Map(Object.entries(json.labelSets).map(([k, v]) => [k, Uint16Array.from(v)])),
  };
}

/** Reads the shipped model once. */
export function loadParserModel(file = join(dataDir(), 'models', 'parser.json')): ParserModel {
  return parserModelFromJSON(JSON.parse(readFileSync(file, 'utf8')) as SerialisedParser);
}

export interface Parse {
  /** heads[i] for word i (1-based; index 0 unused), 0 = root. */
  heads: Int32Array;
  /** deprels[i] for word i (1-based). */
  deprels: string[];
}

const stateBuffer = new Uint32Array(STATE_FEATURES);
const arcBuffer = new Uint32Array(ARC_FEATURES);

/** `words[0]` stands for ROOT; the sentence is words[1..n]. */
export function parseWords(model: ParserModel, words: ParserWord[]): Parse {
  const n = words.length - 1;
  const state = new ParseState(n);
  const scores = new Float64Array(3);
  const threeWay = model.transitions.classes === 3;
  while (!state.done) {
    const count = stateFeatures(state, words, model.transitions.mask, stateBuffer);
    if (threeWay) transitionScores(model.transitions.weights, stateBuffer, count, scores);
    else model.transitions.scores(stateBuffer, count, scores);
    state.apply(argmax(scores, state.valid()));
  }
  const children = childIndex(state.heads, n);
  const deprels: string[] = [''];
  const labelScores = new Float64Array(model.labels.length);
  for (let i = 1; i <= n; i++) {
    if (state.heads[i] === 0) {
      deprels.push('root');
      continue;
    }
    const count = arcFeatures(words, state.heads, i, (k) => children[k], model.labeler.mask, arcBuffer);
    const allowed = model.labelSets.get(arcKey(words, state.heads, i)) ?? allLabels(model);
    allowedScores(model.labeler, arcBuffer, count, allowed, labelScores);
    let best = allowed[0];
    for (let k = 1; k < allowed.length; k++)
      if (labelScores[allowed[k]] > labelScores[best]) best = allowed[k];
    deprels.push(model.labels[best]);
  }
  return { heads: state.heads, deprels };
}

/*
 * The two scoring loops below compute exactly the sums of `HashedWeights.scores` / `scoresOf`, adding
 * the same weights in the same order, but keep each running sum in a local variable rather than
 * reading and writing `out` once per feature: about twice as fast, and the parse is unchanged.
 */

/** The three transitions' scores (SHIFT, LEFT, RIGHT). */
function transitionScores(w: Float32Array, features: Uint32Array, count: number, out: Float64Array): void {
  let shift = 0;
  let left = 0;
  let right = 0;
  for (let f = 0; f < count; f++) {
    const row = features[f] * 3;
    shift += w[row];
    left += w[row + 1];
    right += w[row + 2];
  }
  out[0] = shift;
  out[1] = left;
  out[2] = right;
}

/** The scores of the allowed labels, one label at a time (the others are left untouched). */
function allowedScores(
  labeler: HashedWeights,
  features: Uint32Array,
  count: number,
  allowed: Uint16Array,
  out: Float64Array,
): void {
  const w = labeler.weights;
  const C = labeler.classes;
  for (let k = 0; k < allowed.length; k++) {
    const label = allowed[k];
    let sum = 0;
    for (let f = 0; f < count; f++) sum += w[features[f] * C + label];
    out[label] = sum;
  }
}

const everyLabel = new WeakMap<ParserModel, Uint16Array>();

function allLabels(model: ParserModel): Uint16Array {
  let all = everyLabel.get(model);
  if (!all) {
    all = Uint16Array.from(model.labels, (_, i) => i);
    everyLabel.set(model, all);
  }
  return all;
}

/** Shared by every word without dependents; never written to. */
const NO_CHILDREN: readonly number[] = Object.freeze([]);

/** children[i]: the dependents of word i, left to right (read-only; about half the words have none). */
export function childIndex(heads: ArrayLike<number>, n: number): number[][] {
  const children = new Array<number[]>(n + 1).fill(NO_CHILDREN as number[]);
  for (let i = 1; i <= n; i++) {
    const h = heads[i];
    if (h < 0) continue;
    if (children[h] === NO_CHILDREN) children[h] = [i];
    else children[h].push(i);
  }
  return children;
}
