/**
 * The tagger's run-time path: scores and decodes a sentence without listing its features.
 *
 * `sentenceFeatures` + `decodeSentence` (used by training) build every token's feature ids and look
 * each one up in the model: ~30 hash-table probes per token, most of the tagging time. Here the
 * same features are scored directly, and what depends on one word only is looked up once per
 * distinct word and kept in a cache shared across documents:
 * - the summed weights of the word's own features (word, lower, shape, short shape, affixes,
 *   acronym), one vector per word instead of a dozen look-ups per token;
 * - the model rows of the features in which the word is context (`lower_1`, `ss1`...), so a
 *   neighbour's feature costs no hashing and no probe.
 * Constant features (bias, cues) are looked up once in the factory; transition matrices (tag
 * bigram + short shape) once per shape, and a word's own transition weights once per word.
 *
 * Scores are sums of int16 weights, so they are exact integers whatever the order of summation:
 * the tags and margins are identical to the list path's (fast-decode.test.ts checks this).
 */
import type { Token } from '../../../model/layers.js';
import { type Decoded, viterbi } from './decode.js';
import { FeatureTable } from './feature-table.js';
import {
  type DocumentCues,
  Enclosure,
  F,
  feature,
  hashString,
  isAcronym,
  isTitleCase,
  runMask,
  runPositions,
  type SentenceSpan,
  shape,
  shortShape,
  startsUpper,
  wherePlaced,
} from './features.js';
import type { NerModel } from './model.js';
import { TAG_COUNT } from './tags.js';

const START = hashString('<s>');
const END = hashString('</s>');

/** Indices into WordInfo.rows: model rows of features that use this word's hashes. */
const R_LOWER_1 = 0; // word is one to the left of the token
const R_LOWER_2 = 1;
const R_LOWER1 = 2; // word is one to the right
const R_LOWER2 = 3;
const R_SS_1 = 4;
const R_SS1 = 5;
const R_SS_2 = 6;
const R_SS2 = 7;
const R_FIRST_LOWER = 8;
const R_HEADLINE_LOWER = 9;
const R_HEADLINE_SHAPE = 10;
/** Short shapes are few; windows of three are cached while their ids stay below this. */
const SHAPE_IDS = 1024;
const T = TAG_COUNT;
const T2 = T * T;

/**
 * Score vectors side by side in one growing Int32Array: one memory access per vector, where
 * separate small typed arrays cost a pointer chase each (the tagger's inner loop is memory bound).
 * Offsets stay valid when it grows; `data` must be re-read after `alloc`.
 */
class VectorArena {
  data: Int32Array;
  private used = 0;
  constructor(private readonly stride: number) {
    this.data = new Int32Array(stride * 1024);
  }
  alloc(): number {
    if (this.used + this.stride > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const at = this.used;
    this.used += this.stride;
    return at;
  }
  reset(): void {
    this.used = 0;
    this.data.fill(0);
  }
}

/** Cached shape windows or POS triples kept before a cache is emptied. */
const WINDOW_CACHE_LIMIT = 100_000;
const ROWS = 11;

interface WordInfo {
  /** The token's norm, checked on a cache hit (the cache is keyed by text). */
  norm: string;
  lower: number;
  shortShape: number;
  capital: boolean;
  acronym: boolean;
  /** Gazetteer look-ups of the word form (Gazetteer.wordMask, nameStart). */
  gazetteerWordMask: number;
  gazetteerNameStart: number;
  /** Title Case word: its common-word class; 0 when not common or not Title Case. */
  common: number;
  /** Small id of the short shape (1..), for the shape-window cache. */
  shapeIndex: number;
  /** Offset in the word arena of the summed weights of the word's own features. */
  slot: number;
  rows: Int32Array;
  /** Refs of the transition features `prevTagLower(prev, word)`, by prev; null when none has weights. */
  afterTag: Int32Array | null;
  /** Transition matrix of the word's short shape (tag bigram + `prevTagShape`), [prev * T + tag]. */
  transitions: Float64Array;
  /** `transitions` plus the word's own (`afterTag`) weights, once built; null until then. */
  ownTransitions: Float64Array | null;
}

interface PosInfo {
  /** Small id of the POS tag, for the POS-triple cache. */
  index: number;
  hash: number;
  row: number;
  rowLeft: number; // pos_1: this POS is one to the left
  rowRight: number; // pos1
}

/** Distinct words kept before the cache is emptied (bounded memory in long runs). */
const WORD_CACHE_LIMIT = 50_000;
/** Words whose own transition matrix (5 KB) is kept: ~20 MB at most. */
const OWN_MATRIX_LIMIT = 4096;

/**
 * The model's weights as one Int32Array of (weight << 8 | tag) entries, row after row, and a table
 * from feature id to the row's ref (start << 5 | count): adding a feature's weights touches one
 * array, where the model's layout (row starts, tags, weights) touches three.
 */
function packWeights(model: NerModel): { packed: Int32Array; table: FeatureTable } {
  const { rowStart, pairTags, pairWeights, ids } = model;
  const packed = new Int32Array(pairTags.length);
  for (let j = 0; j < packed.length; j++) packed[j] = (pairWeights[j] << 8) | pairTags[j];
  const refs = new Int32Array(ids.length);
  for (let r = 0; r < ids.length; r++) {
    const count = rowStart[r + 1] - rowStart[r];
    if (count > 31) throw new Error('NER model row with more than 31 tags');
    refs[r] = (rowStart[r] << 5) | count;
  }
  return { packed, table: new FeatureTable(ids, refs) };
}

export type SentenceDecoder = (
  text: string,
  tokens: Token[],
  s: SentenceSpan,
  headline: boolean,
  cues: DocumentCues,
) => Decoded;

/** The ref of a feature id in the packed weights: 0 (no pairs) when the model has no weights for it. */
type RowOf = (id: number) => number;

/** Refs of the features that do not depend on the word, looked up once per model. */
function constantRows(rowOf: RowOf) {
  return {
    bias: rowOf(feature(F.bias)),
    first: rowOf(feature(F.first)),
    inQuote: rowOf(feature(F.inQuote)),
    inBracket: rowOf(feature(F.inBracket)),
    lowerSeen: rowOf(feature(F.lowerSeen)),
    capitalMid: rowOf(feature(F.capitalMid)),
    headline: rowOf(feature(F.headline)),
    lower_1: rowOf(feature(F.lower_1, START)),
    lower_2: rowOf(feature(F.lower_2, START)),
    lower1: rowOf(feature(F.lower1, END)),
    lower2: rowOf(feature(F.lower2, END)),
    ss_1: rowOf(feature(F.ss_1, START)),
    ss1: rowOf(feature(F.ss1, END)),
    ss_2: rowOf(feature(F.ss_2, START)),
    ss2: rowOf(feature(F.ss2, END)),
    pos_1: rowOf(feature(F.pos_1, START)),
    pos1: rowOf(feature(F.pos1, END)),
    /** [lc * 2 + cm] */
    headlineCues: [0, 1, 2, 3].map((v) => rowOf(feature(F.headlineCues, v >> 1, v & 1))),
    firstCues: [0, 1, 2, 3].map((v) => rowOf(feature(F.firstCues, v >> 1, v & 1))),
    /** [mask] and [mask * 5 + own run position] */
    docRun: Array.from({ length: 8 }, (_, mask) => rowOf(feature(F.docRun, mask))),
    docRunOwn: Array.from({ length: 40 }, (_, v) => rowOf(feature(F.docRunOwn, Math.floor(v / 5), v % 5))),
    /** [PLURAL_OF_NAME or SINGULAR_OF_PLURAL] */
    numberForm: [0, 1, 2].map((v) => rowOf(feature(F.numberForm, v))),
    /** [class * 4 + where] and [(lc * 2 + cm) * 4 + where] */
    commonWord: Array.from({ length: 6 * 4 }, (_, v) => rowOf(feature(F.commonWord, v >> 2, v & 3))),
    commonWordDoc: Array.from({ length: 4 * 4 }, (_, v) => rowOf(feature(F.commonWordDoc, v >> 2, v & 3))),
  };
}

/** Refs of the features in which a word (lower-case hash `l`, short shape `ss`) is context; see R_*. */
function contextRows(rowOf: RowOf, l: number, ss: number): Int32Array {
  const rows = new Int32Array(ROWS);
  rows[R_LOWER_1] = rowOf(feature(F.lower_1, l));
  rows[R_LOWER_2] = rowOf(feature(F.lower_2, l));
  rows[R_LOWER1] = rowOf(feature(F.lower1, l));
  rows[R_LOWER2] = rowOf(feature(F.lower2, l));
  rows[R_SS_1] = rowOf(feature(F.ss_1, ss));
  rows[R_SS1] = rowOf(feature(F.ss1, ss));
  rows[R_SS_2] = rowOf(feature(F.ss_2, ss));
  rows[R_SS2] = rowOf(feature(F.ss2, ss));
  rows[R_FIRST_LOWER] = rowOf(feature(F.firstLower, l));
  rows[R_HEADLINE_LOWER] = rowOf(feature(F.headlineLower, l));
  rows[R_HEADLINE_SHAPE] = rowOf(feature(F.headlineShape, ss));
  return rows;
}

/** Refs of `prevTagLower(prev, word)` by prev, or null when the model has none for the word. */
function afterTagRows(rowOf: RowOf, l: number): Int32Array | null {
  let afterTag: Int32Array | null = null;
  for (let prev = 0; prev < T; prev++) {
    const ref = rowOf(feature(F.prevTagLower, prev, l));
    if (!ref) continue;
    afterTag ??= new Int32Array(T);
    afterTag[prev] = ref;
  }
  return afterTag;
}

export function createSentenceDecoder(model: NerModel, beam = model.beam): SentenceDecoder {
  const { packed, table } = packWeights(model);
  const rowOf: RowOf = (id) => Math.max(table.get(id), 0);
  const gazetteer = model.gazetteer;
  const words = new Map<string, WordInfo>();
  const shapeIds = new Map<number, number>();
  const shapeWindows = new Map<number, number>();
  const wordArena = new VectorArena(TAG_COUNT);
  const windowArena = new VectorArena(TAG_COUNT);
  const posInfos = new Map<string, PosInfo>();
  const c = constantRows(rowOf);

  /** Adds the weights of a feature's ref into `scores` at `base`. */
  const add = (ref: number, scores: Int32Array, base: number) => {
    const end = (ref >>> 5) + (ref & 31);
    for (let j = ref >>> 5; j < end; j++) {
      const e = packed[j];
      scores[base + (e & 0xff)] += e >> 8;
    }
  };
  const addFloat = (ref: number, scores: Float64Array, base: number) => {
    const end = (ref >>> 5) + (ref & 31);
    for (let j = ref >>> 5; j < end; j++) {
      const e = packed[j];
      scores[base + (e & 0xff)] += e >> 8;
    }
  };
  /** Transition matrices by short-shape hash: tag bigram plus `prevTagShape` weights. */
  const shapeTransitions = new Map<number, Float64Array>();
  const bigram = new Int32Array(T2);
  for (let prev = 0; prev < T; prev++) add(rowOf(feature(F.prevTag, prev)), bigram, prev * T);
  const transitionsOf = (ss: number): Float64Array => {
    let m = shapeTransitions.get(ss);
    if (m) return m;
    const sum = new Int32Array(bigram);
    for (let prev = 0; prev < T; prev++) add(rowOf(feature(F.prevTagShape, prev, ss)), sum, prev * T);
    m = Float64Array.from(sum);
    shapeTransitions.set(ss, m);
    return m;
  };

  /**
   * Dense sums of the short-shape context features (ss_1, ssTri, ss1) of token k, cached per
   * window of three shapes: shapes are few, and these features weigh on every tag. The key stays
   * a small integer (three ids below 1024), which a Map hashes fastest.
   */
  const shapeWindow = (k: number, n: number): number => {
    const b = k > 0 ? infos[k - 1].shapeIndex : 0;
    const m = infos[k].shapeIndex;
    const d = k + 1 < n ? infos[k + 1].shapeIndex : 0;
    if (b >= SHAPE_IDS || m >= SHAPE_IDS || d >= SHAPE_IDS) return -1;
    const key = (b * SHAPE_IDS + m) * SHAPE_IDS + d;
    let at = shapeWindows.get(key);
    if (at !== undefined) return at;
    at = windowArena.alloc();
    addShapeFeatures(k, n, windowArena.data, at);
    shapeWindows.set(key, at);
    return at;
  };
  const addShapeFeatures = (k: number, n: number, scores: Int32Array, base: number) => {
    const left = k > 0 ? infos[k - 1] : undefined;
    const right = k + 1 < n ? infos[k + 1] : undefined;
    add(left ? left.rows[R_SS_1] : c.ss_1, scores, base);
    add(right ? right.rows[R_SS1] : c.ss1, scores, base);
    const ss1 = left ? left.shortShape : START;
    const ssr1 = right ? right.shortShape : END;
    add(rowOf(feature(F.ssTri, ss1, infos[k].shortShape, ssr1)), scores, base);
  };

  /** Dense sums of bias, pos, pos_1, pos1 and posPos1, per (previous, own, next) POS. */
  const posTriples = new Map<number, number>();
  const posTriple = (k: number, n: number): number => {
    const own = poses[k];
    const left = k > 0 ? poses[k - 1] : undefined;
    const right = k + 1 < n ? poses[k + 1] : undefined;
    const key = ((left ? left.index + 1 : 0) * 1024 + own.index) * 1024 + (right ? right.index + 1 : 0);
    let at = posTriples.get(key);
    if (at !== undefined) return at;
    at = windowArena.alloc();
    const sum = windowArena.data;
    add(c.bias, sum, at);
    add(own.row, sum, at);
    add(left ? left.rowLeft : c.pos_1, sum, at);
    add(right ? right.rowRight : c.pos1, sum, at);
    add(rowOf(feature(F.posPos1, own.hash, right ? right.hash : END)), sum, at);
    posTriples.set(key, at);
    return at;
  };

  /** Sums the weights of the word's own features (word, lower, shapes, affixes, acronym) into the word arena. */
  function ownWeights(t: string, w: string, l: number, ss: number, acronym: boolean): number {
    const slot = wordArena.alloc();
    const v = wordArena.data;
    add(rowOf(feature(F.word, hashString(t))), v, slot);
    add(rowOf(feature(F.lower, l)), v, slot);
    add(rowOf(feature(F.shape, hashString(shape(t)))), v, slot);
    add(rowOf(feature(F.shortShape, ss)), v, slot);
    let hp = 0x811c9dc5;
    let hs = 0x811c9dc5;
    for (let a = 1; a <= 4 && a < w.length; a++) {
      hp = Math.imul(hp ^ w.charCodeAt(a - 1), 0x01000193);
      hs = Math.imul(hs ^ w.charCodeAt(w.length - a), 0x01000193);
      add(rowOf(feature(F.prefix, a, hp)), v, slot);
      add(rowOf(feature(F.suffix, a, hs)), v, slot);
    }
    if (acronym) add(rowOf(feature(F.acronym)), v, slot);
    return slot;
  }

  /** The small id of a short shape, given in order of first sight. */
  function shapeIndexOf(ss: number): number {
    let shapeIndex = shapeIds.get(ss);
    if (shapeIndex === undefined) {
      shapeIndex = shapeIds.size + 1;
      shapeIds.set(ss, shapeIndex);
    }
    return shapeIndex;
  }

  /** What the decoder needs of a word form, from the cache or looked up once. */
  function wordInfo(token: Token): WordInfo {
    const t = token.text;
    const w = token.norm;
    let info = words.get(t);
    if (info && info.norm === w) return info;
    const l = hashString(w);
    const ss = hashString(shortShape(t));
    const acronym = isAcronym(t);
    info = {
      norm: w,
      lower: l,
      shortShape: ss,
      shapeIndex: shapeIndexOf(ss),
      capital: startsUpper(t),
      acronym,
      common: isTitleCase(t) ? gazetteer.commonClass(w) : 0,
      gazetteerWordMask: gazetteer.wordMask(w),
      gazetteerNameStart: gazetteer.nameStart(w),
      slot: ownWeights(t, w, l, ss, acronym),
      rows: contextRows(rowOf, l, ss),
      afterTag: afterTagRows(rowOf, l),
      transitions: transitionsOf(ss),
      ownTransitions: null,
    };
    words.set(t, info);
    return info;
  }

  function posInfo(pos: string): PosInfo {
    let info = posInfos.get(pos);
    if (info) return info;
    const hash = hashString(pos);
    info = {
      index: posInfos.size,
      hash,
      row: rowOf(feature(F.pos, hash)),
      rowLeft: rowOf(feature(F.pos_1, hash)),
      rowRight: rowOf(feature(F.pos1, hash)),
    };
    posInfos.set(pos, info);
    return info;
  }

  // Scratch space reused across sentences, grown on demand.
  let scratch = new Int32Array(64 * TAG_COUNT);
  let positions = new Uint8Array(64);
  let emit = new Float64Array(64 * T);
  const trans: Float64Array[] = [];
  /** Matrices of words with their own transition weights, reused across sentences. */
  const ownMatrices: Float64Array[] = [];
  let ownMatrixCount = 0;
  let infos: WordInfo[] = [];
  let poses: PosInfo[] = [];
  const gaz: number[][] = [];
  let forms = { wordMask: new Int32Array(64), nameStart: new Uint8Array(64) };

  /**
   * Empties full caches and grows the scratch space for a sentence of `n` tokens. Caches are
   * emptied between sentences only, so the slots in use stay valid.
   */
  function prepare(n: number): void {
    if (scratch.length < n * TAG_COUNT) scratch = new Int32Array(n * 2 * TAG_COUNT);
    if (words.size + n > WORD_CACHE_LIMIT) {
      words.clear();
      wordArena.reset();
      shapeTransitions.clear();
      ownMatrixCount = 0;
    }
    if (posTriples.size + shapeWindows.size + 2 * n > WINDOW_CACHE_LIMIT) {
      posTriples.clear();
      shapeWindows.clear();
      windowArena.reset();
    }
    if (infos.length < n) {
      infos = new Array(n * 2);
      poses = new Array(n * 2);
    }
    while (gaz.length < n) gaz.push([]);
    if (forms.wordMask.length < n)
      forms = { wordMask: new Int32Array(n * 2), nameStart: new Uint8Array(n * 2) };
    if (positions.length < n) positions = new Uint8Array(n * 2);
    if (emit.length < n * T) emit = new Float64Array(n * 2 * T);
  }

  /** Word and POS of each token, its gazetteer matches and its run position among capitals. */
  function lookUp(text: string, tokens: Token[], s: SentenceSpan, headline: boolean, n: number): void {
    for (let k = 0; k < n; k++) {
      const token = tokens[s.first + k];
      const info = wordInfo(token);
      infos[k] = info;
      poses[k] = posInfo(token.pos);
      gaz[k].length = 0;
      forms.wordMask[k] = info.gazetteerWordMask;
      forms.nameStart[k] = info.gazetteerNameStart;
    }
    gazetteer.annotate(text, tokens, s.first, s.last, gaz, forms);
    runPositions(tokens, s, headline, positions);
  }

  /** Each token's scores start from its own features. */
  function scoreOwnFeatures(n: number, scores: Int32Array): void {
    const wv = wordArena.data; // read after the words were added
    for (let k = 0; k < n; k++) {
      const own = infos[k].slot;
      const base = k * TAG_COUNT;
      for (let j = 0; j < TAG_COUNT; j++) scores[base + j] = wv[own + j];
    }
  }

  /** Token k's window: POS triple, lower-case and short-shape neighbours, word bigrams. */
  function scoreWindow(k: number, n: number, scores: Int32Array, base: number): void {
    const info = infos[k];
    const left = k > 0 ? infos[k - 1] : undefined;
    const right = k + 1 < n ? infos[k + 1] : undefined;
    const l1 = left ? left.lower : START;
    const r1 = right ? right.lower : END;
    const pos = posTriple(k, n);
    let wd = windowArena.data; // re-read: a new window may have grown it
    for (let j = 0; j < TAG_COUNT; j++) scores[base + j] += wd[pos + j];
    add(left ? left.rows[R_LOWER_1] : c.lower_1, scores, base);
    add(k > 1 ? infos[k - 2].rows[R_LOWER_2] : c.lower_2, scores, base);
    add(right ? right.rows[R_LOWER1] : c.lower1, scores, base);
    add(k + 2 < n ? infos[k + 2].rows[R_LOWER2] : c.lower2, scores, base);
    const shapes = shapeWindow(k, n);
    wd = windowArena.data;
    if (shapes >= 0) for (let j = 0; j < TAG_COUNT; j++) scores[base + j] += wd[shapes + j];
    else addShapeFeatures(k, n, scores, base);
    add(k > 1 ? infos[k - 2].rows[R_SS_2] : c.ss_2, scores, base);
    add(k + 2 < n ? infos[k + 2].rows[R_SS2] : c.ss2, scores, base);
    add(rowOf(feature(F.bigramLeft, l1, info.lower)), scores, base);
    add(rowOf(feature(F.bigramRight, info.lower, r1)), scores, base);
    if (k === 0) {
      add(c.first, scores, base);
      add(info.rows[R_FIRST_LOWER], scores, base);
    }
    if (info.acronym) {
      add(rowOf(feature(F.acronymNext, r1)), scores, base);
      add(rowOf(feature(F.acronymPrev, l1)), scores, base);
    }
  }

  /** Document cues of a capitalised token k: lower-case and mid-sentence sightings, runs, number forms, common words. */
  function scoreCapitalCues(
    tokens: Token[],
    s: SentenceSpan,
    k: number,
    headline: boolean,
    cues: DocumentCues,
    scores: Int32Array,
    base: number,
  ): void {
    const info = infos[k];
    const w = info.norm;
    const lc = cues.lowerSeen.has(w) ? 1 : 0;
    const cm = cues.capitalMidSeen.has(w) ? 1 : 0;
    if (lc) add(c.lowerSeen, scores, base);
    if (cm) add(c.capitalMid, scores, base);
    if (headline) {
      add(c.headlineCues[lc * 2 + cm], scores, base);
      add(info.rows[R_HEADLINE_LOWER], scores, base);
    }
    if (k === 0) add(c.firstCues[lc * 2 + cm], scores, base);
    const mask = runMask(cues, w, positions[k]);
    if (mask) {
      add(c.docRun[mask], scores, base);
      add(c.docRunOwn[mask * 5 + positions[k]], scores, base);
    }
    const form = cues.numberForms.get(w);
    if (form) add(c.numberForm[form], scores, base);
    if (info.common > 0) {
      const where = wherePlaced(tokens, s, k, headline);
      add(c.commonWord[info.common * 4 + where], scores, base);
      add(c.commonWordDoc[(lc * 2 + cm) * 4 + where], scores, base);
    }
  }

  /** Gazetteer matches of token k, of the previous token (alone and paired with k's) and of the next. */
  function scoreGazetteer(k: number, n: number, scores: Int32Array, base: number): void {
    const g0 = gaz[k];
    for (let a = 0; a < g0.length; a++) add(rowOf(feature(F.gazetteer, g0[a])), scores, base);
    if (k > 0) {
      const gl = gaz[k - 1];
      for (let a = 0; a < gl.length; a++) {
        add(rowOf(feature(F.gazetteerPrev, gl[a])), scores, base);
        for (let b = 0; b < g0.length; b++) add(rowOf(feature(F.gazetteerPair, gl[a], g0[b])), scores, base);
      }
    }
    if (k + 1 < n) {
      const gr = gaz[k + 1];
      for (let a = 0; a < gr.length; a++) add(rowOf(feature(F.gazetteerNext, gr[a])), scores, base);
    }
  }

  /** The static features of every token: the same set as sentenceFeatures, scored in place. */
  function scoreContext(
    tokens: Token[],
    s: SentenceSpan,
    headline: boolean,
    cues: DocumentCues,
    n: number,
    scores: Int32Array,
  ): void {
    const enclosure = new Enclosure();
    for (let k = 0; k < n; k++) {
      const base = k * TAG_COUNT;
      const info = infos[k];
      enclosure.next(tokens[s.first + k].text);
      scoreWindow(k, n, scores, base);
      if (enclosure.inQuote) add(c.inQuote, scores, base);
      if (enclosure.inBracket) add(c.inBracket, scores, base);
      if (info.capital) scoreCapitalCues(tokens, s, k, headline, cues, scores, base);
      if (headline) {
        add(c.headline, scores, base);
        add(info.rows[R_HEADLINE_SHAPE], scores, base);
      }
      scoreGazetteer(k, n, scores, base);
    }
  }

  /**
   * Each token's transition matrix, as decodeSentence: the word's shape matrix, or a copy of it
   * plus the word's own transition weights.
   */
  function transitionMatrices(n: number): void {
    let copies = 0;
    for (let k = 0; k < n; k++) {
      const info = infos[k];
      const afterTag = info.afterTag;
      if (!afterTag) {
        trans[k] = info.transitions;
        continue;
      }
      if (info.ownTransitions) {
        trans[k] = info.ownTransitions;
        continue;
      }
      // Frequent words (`the`, `of`, `said`) have their own transition weights: their matrix is
      // built once and kept with the word while the budget lasts, else built in scratch space.
      let m: Float64Array;
      if (ownMatrixCount < OWN_MATRIX_LIMIT) {
        m = new Float64Array(T2);
        info.ownTransitions = m;
        ownMatrixCount++;
      } else {
        if (copies === ownMatrices.length) ownMatrices.push(new Float64Array(T2));
        m = ownMatrices[copies++];
      }
      m.set(info.transitions);
      for (let prev = 0; prev < T; prev++) if (afterTag[prev]) addFloat(afterTag[prev], m, prev * T);
      trans[k] = m;
    }
  }

  return (text, tokens, s, headline, cues) => {
    const n = s.last - s.first + 1;
    prepare(n);
    const scores = scratch; // a local, so the steps do not reload the closure's variable
    lookUp(text, tokens, s, headline, n);
    scoreOwnFeatures(n, scores);
    scoreContext(tokens, s, headline, cues, n, scores);
    for (let j = 0; j < n * T; j++) emit[j] = scores[j];
    transitionMatrices(n);
    return viterbi(n, emit, trans, beam);
  };
}
