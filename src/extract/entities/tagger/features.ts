/**
 * Feature extraction for the named-entity tagger. Features that do not depend on earlier tags
 * ("static" features) are computed once per sentence; the decoder adds the previous-tag features.
 *
 * Besides the usual word, shape, affix, window and POS features, three document-level cues help
 * with capitalisation that does not signal a name:
 * - `hl`: the sentence is a Title Case headline (most long words capitalised), where
 *   capitals say little;
 * - `lc`: this capitalised word also occurs in lower case elsewhere in the document
 *   (`Says`, `Ceasefire` in a headline), so it is probably a common word;
 * - `cm`: it occurs capitalised in mid-sentence elsewhere, so it is probably a name even when
 *   sentence-initial or in a headline.
 * A lexicon cue joins them: whether a Title Case word is a common English word in lower case
 * (`gazetteers/common-words.tsv`, by word class), with where it stands (sentence start, headline,
 * after a quote) and the two document cues.
 */
import { hashString } from '../../../ml/hashed-perceptron.js';
import type { Token } from '../../../model/layers.js';
import type { Gazetteer } from './gazetteer.js';

export interface SentenceSpan {
  first: number;
  last: number;
  /** Index of the paragraph, when known: a headline is a paragraph of one sentence. */
  paragraph?: number;
}

export interface DocumentCues {
  lowerSeen: Set<string>;
  capitalMidSeen: Set<string>;
  headline: boolean[];
  /** Per capitalised word: how often it is RUN_FIRST, RUN_LAST, ALONE in the document (3 counts). */
  runCounts: Map<string, Int32Array>;
  /**
   * Capitalised words that are the plural of another capitalised word of the document
   * (PLURAL_OF_NAME: `Polaroids` beside `Polaroid`, `Americans` beside `American`), or its singular
   * (SINGULAR_OF_PLURAL). A plural of a name is seldom a person.
   */
  numberForms: Map<string, number>;
}

export const PLURAL_OF_NAME = 1;
export const SINGULAR_OF_PLURAL = 2;

/** A capitalised token's place in its run of capitalised tokens (not in headlines). */
export const NO_RUN = 0;
export const RUN_FIRST = 1;
export const RUN_LAST = 2;
export const RUN_INNER = 3;
/** Capitalised, alone, not sentence-initial. */
export const ALONE = 4;

/**
 * Fills `out[k]` with the run position of token `first + k` (non-local cues, after Ratinov & Roth
 * 2009): a word that elsewhere in the document ends a run of capitals (`John Kerry`) is likely a
 * surname where it stands alone; one that starts runs, a given name or a name's head.
 */
export function runPositions(tokens: Token[], s: SentenceSpan, headline: boolean, out: Uint8Array): void {
  const n = s.last - s.first + 1;
  for (let k = 0; k < n; k++) {
    if (headline || !startsUpper(tokens[s.first + k].text)) {
      out[k] = NO_RUN;
      continue;
    }
    const before = k > 0 && startsUpper(tokens[s.first + k - 1].text);
    const after = k + 1 < n && startsUpper(tokens[s.first + k + 1].text);
    out[k] = before ? (after ? RUN_INNER : RUN_LAST) : after ? RUN_FIRST : k > 0 ? ALONE : NO_RUN;
  }
}

/** Bit mask of the run positions word `norm` takes elsewhere in the document (own position left out). */
export function runMask(cues: DocumentCues, norm: string, own: number): number {
  const c = cues.runCounts.get(norm);
  if (!c) return 0;
  let mask = 0;
  if (c[0] > (own === RUN_FIRST ? 1 : 0)) mask |= 1;
  if (c[1] > (own === RUN_LAST ? 1 : 0)) mask |= 2;
  if (c[2] > (own === ALONE ? 1 : 0)) mask |= 4;
  return mask;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

export function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (isUpper(c)) return true;
  return c > 127 && t[0] !== t[0].toLowerCase();
}

const startsLower = (t: string) => {
  const c = t.charCodeAt(0);
  return isLower(c) || (c > 127 && t[0] !== t[0].toUpperCase());
};

/** Word shape: `Kerry` -> `Xxxxx`, `NATO` -> `XXXX`, `2015` -> `dddd` (runs cut at 4). */
export function shape(t: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < t.length && out.length < 10; i++) {
    const c = t.charCodeAt(i);
    const s = isUpper(c)
      ? 'X'
      : isLower(c)
        ? 'x'
        : isDigit(c)
          ? 'd'
          : c > 127
            ? t[i] !== t[i].toLowerCase()
              ? 'X'
              : 'x'
            : t[i];
    run = s === last ? run + 1 : 1;
    last = s;
    if (run <= 4) out += s;
  }
  return out;
}

/** Short shape: runs collapsed, `Kerry` -> `Xx`, `McDonald` -> `XxXx`, `U.S.` -> `X.X.`. */
export function shortShape(t: string): string {
  const full = shape(t);
  let out = '';
  for (let i = 0; i < full.length; i++) if (full[i] !== full[i - 1]) out += full[i];
  return out;
}

export const isAcronym = (t: string) => t.length >= 2 && t.length <= 6 && /^[A-Z][A-Z0-9.&]*[A-Z.]$/.test(t);

/**
 * A Title Case headline: a paragraph of one sentence, not closed by a period, with most words of
 * four letters or more capitalised (at least three of them). Captions and name lists end with a
 * period or share their paragraph, so they stay out.
 */
function isHeadline(tokens: Token[], s: SentenceSpan, alone: boolean): boolean {
  if (!alone || tokens[s.last].text === '.') return false;
  let long = 0;
  let capital = 0;
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i].text;
    if (t.length < 4 || !/^\p{L}/u.test(t)) continue;
    long++;
    if (startsUpper(t)) capital++;
  }
  return long >= 3 && capital / long >= 0.75;
}

export function documentCues(tokens: Token[], sentences: SentenceSpan[]): DocumentCues {
  const lowerSeen = new Set<string>();
  const capitalMidSeen = new Set<string>();
  const perParagraph = new Map<number, number>();
  for (const s of sentences)
    if (s.paragraph !== undefined) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  const headline = sentences.map((s) =>
    isHeadline(tokens, s, s.paragraph === undefined || perParagraph.get(s.paragraph) === 1),
  );
  sentences.forEach((s, si) => {
    for (let i = s.first; i <= s.last; i++) {
      const t = tokens[i].text;
      if (startsLower(t)) lowerSeen.add(tokens[i].norm);
      else if (i > s.first && !headline[si] && startsUpper(t) && !isQuoteOrBracket(tokens[i - 1].text))
        capitalMidSeen.add(tokens[i].norm);
    }
  });
  const runCounts = new Map<string, Int32Array>();
  let positions = new Uint8Array(64);
  sentences.forEach((s, si) => {
    const n = s.last - s.first + 1;
    if (positions.length < n) positions = new Uint8Array(n * 2);
    runPositions(tokens, s, headline[si], positions);
    for (let k = 0; k < n; k++) {
      const p = positions[k];
      const slot = p === RUN_FIRST ? 0 : p === RUN_LAST ? 1 : p === ALONE ? 2 : -1;
      if (slot < 0) continue;
      const norm = tokens[s.first + k].norm;
      let c = runCounts.get(norm);
      if (!c) {
        c = new Int32Array(3);
        runCounts.set(norm, c);
      }
      c[slot]++;
    }
  });
  const capitals = new Set<string>();
  for (const s of sentences)
    for (let i = s.first; i <= s.last; i++) if (startsUpper(tokens[i].text)) capitals.add(tokens[i].norm);
  const numberForms = new Map<string, number>();
  for (const w of capitals) {
    if (w.length < 4 || w.charCodeAt(w.length - 1) !== 115 /* s */) continue;
    const singular = w.slice(0, -1);
    if (!capitals.has(singular)) continue;
    numberForms.set(w, PLURAL_OF_NAME);
    numberForms.set(singular, SINGULAR_OF_PLURAL);
  }
  return { lowerSeen, capitalMidSeen, headline, runCounts, numberForms };
}

const isQuoteOrBracket = (t: string) => /^["“”‘’'([:]$/.test(t);
export const OPEN_QUOTES = new Set(['"', '“', '‘', '``']);
export const CLOSE_QUOTES = new Set(['"', '”', '’', "''"]);

/**
 * Features are hashed, never built as strings: each token's word, shape and POS are hashed once,
 * and a feature is its template id mixed with those hashes. This keeps tagging free of string
 * allocation (the cost that dominated), and the model file stores 30-bit ids instead of strings.
 * Collisions among ~10^5 features in 2^30 ids are negligible.
 */
const FEATURE_MASK = 0x3fffffff;

export { hashString };

function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca6b);
  return x ^ (x >>> 13);
}

/** Feature id of template `t` over up to three hashed values. */
export const feature = (t: number, a = 0, b = 0, c = 0): number =>
  mix(mix(mix(Math.imul(t + 1, 0x27d4eb2d), a), b), c) & FEATURE_MASK;

/** Template ids: append only, never renumber (the model's ids depend on them). */
export const F = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  shortShape: 5,
  pos: 6,
  lower_1: 7,
  lower_2: 8,
  lower1: 9,
  lower2: 10,
  ss_1: 11,
  ss1: 12,
  ss_2: 13,
  ss2: 14,
  pos_1: 15,
  pos1: 16,
  posPos1: 17,
  bigramLeft: 18,
  bigramRight: 19,
  ssTri: 20,
  prefix: 21,
  suffix: 22,
  first: 23,
  firstLower: 24,
  acronym: 25,
  acronymNext: 26,
  acronymPrev: 27,
  inQuote: 28,
  inBracket: 29,
  lowerSeen: 30,
  capitalMid: 31,
  headlineCues: 32,
  headlineLower: 33,
  firstCues: 34,
  headline: 35,
  headlineShape: 36,
  gazetteer: 37,
  gazetteerPrev: 38,
  gazetteerNext: 39,
  wordList: 40,
  prevTag: 41,
  prevTags: 42,
  prevTagLower: 43,
  prevTagShape: 44,
  gazetteerPair: 45,
  docRun: 46,
  docRunOwn: 47,
  commonWord: 48,
  commonWordDoc: 49,
  numberForm: 50,
} as const;

/** Where a Title Case word stands, for the common-word features: its capital says more mid-sentence. */
export const WHERE_MID = 0;
export const WHERE_FIRST = 1;
export const WHERE_HEADLINE = 2;
/** After a quote, bracket or colon, where a sentence may restart. */
export const WHERE_OPENER = 3;

/** `Turnout`, `McDonald`: a capital, then a lower-case letter (not `NATO`, not `A`). */
export function isTitleCase(t: string): boolean {
  if (t.length < 2 || !startsUpper(t)) return false;
  const c = t.charCodeAt(1);
  return isLower(c) || (c > 127 && t[1] !== t[1].toUpperCase());
}

export function wherePlaced(tokens: Token[], s: SentenceSpan, k: number, headline: boolean): number {
  if (headline) return WHERE_HEADLINE;
  if (k === 0) return WHERE_FIRST;
  return isQuoteOrBracket(tokens[s.first + k - 1].text) ? WHERE_OPENER : WHERE_MID;
}

const START = hashString('<s>');
const END = hashString('</s>');

/** Per-token hashes that features combine; computed once per token. */
export interface TokenHashes {
  lower: Uint32Array;
  shortShape: Uint32Array;
}

export function tokenHashes(tokens: Token[], s: SentenceSpan): TokenHashes {
  const n = s.last - s.first + 1;
  const lower = new Uint32Array(n);
  const ss = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[s.first + k];
    lower[k] = hashString(t.norm);
    ss[k] = hashString(shortShape(t.text));
  }
  return { lower, shortShape: ss };
}

/** Whether each token stands inside quotes or brackets, followed token by token. */
export class Enclosure {
  inQuote = false;
  inBracket = false;
  next(t: string): void {
    if (OPEN_QUOTES.has(t) && !this.inQuote) this.inQuote = true;
    else if (CLOSE_QUOTES.has(t)) this.inQuote = false;
    if (t === '(' || t === '[') this.inBracket = true;
    else if (t === ')' || t === ']') this.inBracket = false;
  }
}

/** Token k's own form and its window: lower-case words, short shapes and POS around it, bigrams. */
function windowFeatures(
  f: number[],
  t: string,
  k: number,
  n: number,
  hashes: TokenHashes,
  pos: Uint32Array,
): void {
  const L = hashes.lower;
  const SS = hashes.shortShape;
  const l = L[k];
  const ss = SS[k];
  const l1 = k > 0 ? L[k - 1] : START;
  const r1 = k + 1 < n ? L[k + 1] : END;
  const ss1 = k > 0 ? SS[k - 1] : START;
  const ssr1 = k + 1 < n ? SS[k + 1] : END;
  const p1 = k + 1 < n ? pos[k + 1] : END;
  f.push(
    feature(F.bias),
    feature(F.word, hashString(t)),
    feature(F.lower, l),
    feature(F.shape, hashString(shape(t))),
    feature(F.shortShape, ss),
    feature(F.pos, pos[k]),
    feature(F.lower_1, l1),
    feature(F.lower_2, k > 1 ? L[k - 2] : START),
    feature(F.lower1, r1),
    feature(F.lower2, k + 2 < n ? L[k + 2] : END),
    feature(F.ss_1, ss1),
    feature(F.ss1, ssr1),
    feature(F.ss_2, k > 1 ? SS[k - 2] : START),
    feature(F.ss2, k + 2 < n ? SS[k + 2] : END),
    feature(F.pos_1, k > 0 ? pos[k - 1] : START),
    feature(F.pos1, p1),
    feature(F.posPos1, pos[k], p1),
    feature(F.bigramLeft, l1, l),
    feature(F.bigramRight, l, r1),
    feature(F.ssTri, ss1, ss, ssr1),
  );
}

/** Prefixes and suffixes of 1-4 letters of the lower-case word `w`, hashed incrementally (no slices). */
function affixFeatures(f: number[], w: string): void {
  let hp = 0x811c9dc5;
  let hs = 0x811c9dc5;
  for (let a = 1; a <= 4 && a < w.length; a++) {
    hp = Math.imul(hp ^ w.charCodeAt(a - 1), 0x01000193);
    hs = Math.imul(hs ^ w.charCodeAt(w.length - a), 0x01000193);
    f.push(feature(F.prefix, a, hp), feature(F.suffix, a, hs));
  }
}

/** Document cues of capitalised token k: lower-case and mid-sentence sightings, runs, number forms, common words. */
function capitalCueFeatures(
  f: number[],
  tokens: Token[],
  s: SentenceSpan,
  k: number,
  headline: boolean,
  cues: DocumentCues,
  gazetteer: Gazetteer,
  position: number,
  l: number,
): void {
  const t = tokens[s.first + k].text;
  const w = tokens[s.first + k].norm;
  const lc = cues.lowerSeen.has(w) ? 1 : 0;
  const cm = cues.capitalMidSeen.has(w) ? 1 : 0;
  if (lc) f.push(feature(F.lowerSeen));
  if (cm) f.push(feature(F.capitalMid));
  if (headline) f.push(feature(F.headlineCues, lc, cm), feature(F.headlineLower, l));
  if (k === 0) f.push(feature(F.firstCues, lc, cm));
  const mask = runMask(cues, w, position);
  if (mask) f.push(feature(F.docRun, mask), feature(F.docRunOwn, mask, position));
  // Common-word evidence: `Turnout` opening a sentence is the common noun when the lexicon
  // knows `turnout`, more so when the document also writes it in lower case.
  const form = cues.numberForms.get(w);
  if (form) f.push(feature(F.numberForm, form));
  // Only common words fire: a word the lexicon lacks gets no new cue (no prior for names).
  const common = isTitleCase(t) ? gazetteer.commonClass(w) : 0;
  if (common) {
    const where = wherePlaced(tokens, s, k, headline);
    f.push(feature(F.commonWord, common, where), feature(F.commonWordDoc, lc * 2 + cm, where));
  }
}

/** Gazetteer matches of token k, of the previous token (alone and paired with k's) and of the next. */
function gazetteerFeatures(f: number[], gaz: number[][], k: number, n: number): void {
  for (const g of gaz[k]) f.push(feature(F.gazetteer, g));
  if (k > 0)
    for (const g of gaz[k - 1]) {
      f.push(feature(F.gazetteerPrev, g));
      // Pairs tell `Kyle Walker` (given name + place-like word) from `New York`.
      for (const h of gaz[k]) f.push(feature(F.gazetteerPair, g, h));
    }
  if (k + 1 < n) for (const g of gaz[k + 1]) f.push(feature(F.gazetteerNext, g));
}

/**
 * Static features for the tokens of one sentence; `out[k]` is the list for token `first + k`.
 */
export function sentenceFeatures(
  text: string,
  tokens: Token[],
  s: SentenceSpan,
  headline: boolean,
  cues: DocumentCues,
  gazetteer: Gazetteer,
  hashes: TokenHashes,
): number[][] {
  const n = s.last - s.first + 1;
  const out: number[][] = new Array(n);
  const gaz: number[][] = new Array(n);
  const pos = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    pos[k] = hashString(tokens[s.first + k].pos);
    gaz[k] = [];
  }
  gazetteer.annotate(text, tokens, s.first, s.last, gaz);
  const positions = new Uint8Array(n);
  runPositions(tokens, s, headline, positions);
  const enclosure = new Enclosure();
  for (let k = 0; k < n; k++) {
    const token = tokens[s.first + k];
    const t = token.text;
    const f: number[] = [];
    out[k] = f;
    const l = hashes.lower[k];
    enclosure.next(t);
    windowFeatures(f, t, k, n, hashes, pos);
    affixFeatures(f, token.norm);
    if (k === 0) f.push(feature(F.first), feature(F.firstLower, l));
    if (isAcronym(t))
      f.push(
        feature(F.acronym),
        feature(F.acronymNext, k + 1 < n ? hashes.lower[k + 1] : END),
        feature(F.acronymPrev, k > 0 ? hashes.lower[k - 1] : START),
      );
    if (enclosure.inQuote) f.push(feature(F.inQuote));
    if (enclosure.inBracket) f.push(feature(F.inBracket));
    if (startsUpper(t)) capitalCueFeatures(f, tokens, s, k, headline, cues, gazetteer, positions[k], l);
    if (headline) f.push(feature(F.headline), feature(F.headlineShape, hashes.shortShape[k]));
    gazetteerFeatures(f, gaz, k, n);
  }
  return out;
}
