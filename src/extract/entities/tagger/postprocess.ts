/**
 * Document-level corrections applied to the model's spans, each a named rule:
 * - `ner.headline-case`: in a Title Case headline, a word that the document uses in lower case
 *   (and never capitalised mid-sentence) is not part of a name: spans are cut there
 *   (`Assad Could Be` -> `Assad`), and a lone demonym left over is NORP (`Syrian Rebels` -> `Syrian`);
 * - `ner.edges`: a name never starts or ends with a function word or punctuation (`'s`, `of`,
 *   `on`, a comma), a comma inside a span separates two names (`Stan Lee, Mark Hamill`), and so
 *   does a lower-case word other than a name's inner words (`of`, `and`, `de`...): greedy BILOU
 *   decoding, once it opens a name, can run on (`Mohamed during his visit to Google`);
 * - `ner.hyphen-name`: a person's name takes in a hyphenated lower-case tail (`Leung Yiu-chung`);
 * - `ner.vote`: one surface string keeps one type in a document, the type with the most
 *   confidence summed over its mentions (`Scientology` tagged ORG twice and PERSON once -> ORG);
 * - `ner.acronym`: an acronym in brackets right after a name names the same thing
 *   (`Korean People's Army (KPA)`), and takes its type;
 * - `ner.propagate`: a name tagged confidently once is tagged where it recurs untagged;
 * - `ner.nested-place`: a country, state or city inside a longer name is a place mention too
 *   (`United States` in `United States Navy`), as GUM-style gold counts nested mentions;
 * - `ner.demonym`: a capitalised demonym or group word left untagged is NORP (`Syrian rebels`).
 */
import type { EntityType, Token } from '../../../model/layers.js';
import { type DocumentCues, PLURAL_OF_NAME, startsUpper } from './features.js';
import type { Gazetteer } from './gazetteer.js';

export type SpanSource = 'model' | 'propagated' | 'nested-place' | 'demonym';

export interface TokenSpan {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  type: EntityType;
  confidence: number;
  source: SpanSource;
  /** Ids of the document-level rules that changed the span's type (`ner.plural-not-person`, `ner.vote`). */
  rules?: string[];
}

/** Records that rule `id` changed span `s` (a new array: copies of a span share the old one). */
function noteRule(s: TokenSpan, id: string): void {
  s.rules = s.rules ? [...s.rules, id] : [id];
}

/** Cuts headline spans at words the document otherwise writes in lower case. */
export function headlineCase(
  tokens: Token[],
  spans: TokenSpan[],
  cues: DocumentCues,
  sentenceOf: (token: number) => number,
  demonymWords: Set<string>,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (!cues.headline[sentenceOf(s.first)]) {
      out.push(s);
      continue;
    }
    const common = (i: number) =>
      cues.lowerSeen.has(tokens[i].norm) && !cues.capitalMidSeen.has(tokens[i].norm);
    let from = s.first;
    for (let i = s.first; i <= s.last + 1; i++) {
      if (i <= s.last && !common(i)) continue;
      if (from <= i - 1) {
        const piece: TokenSpan = { ...s, first: from, last: i - 1 };
        if (piece.first === piece.last && demonymWords.has(tokens[piece.first].norm)) piece.type = 'NORP';
        out.push(piece);
      }
      from = i + 1;
    }
  }
  return out;
}

const EDGE_WORDS = new Set([
  'the',
  'of',
  'and',
  'on',
  'in',
  'at',
  'for',
  'to',
  'by',
  'from',
  'with',
  'a',
  'an',
  "'s",
  '’s',
  "'",
  '’',
  '"',
  '“',
  '”',
  ',',
  '-',
  '–',
  '—',
  '(',
  ')',
  '[',
  ']',
  ':',
  ';',
  '/',
  '.',
]);

/** Lower-case words that may stand inside a name (`Bank of England`, `Blown for Good`). */
const INNER_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'at',
  'de',
  'del',
  'della',
  'der',
  'des',
  'di',
  'da',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'les',
  'el',
  'al',
  'bin',
  'ibn',
  'von',
  'van',
  'y',
  'e',
  'to',
  'a',
  'an',
  'with',
  'upon',
  'vs.',
  'v.',
]);

/**
 * Token i is the lower-case end of a hyphenated word after a capitalised one, written without
 * spaces: `chung` in `Yiu-chung`, `un` in `Jong-un` (romanised given names), split by the tokeniser.
 */
export function hyphenTail(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const head = tokens[i - 2];
  if (!hyphen || !head || hyphen.text !== '-') return false;
  const t = tokens[i];
  return (
    hyphen.start === head.end &&
    t.start === hyphen.end &&
    startsUpper(head.text) &&
    /^\p{Ll}{1,5}$/u.test(t.text) &&
    !COMPOUND_TAILS.has(t.norm)
  );
}

/** Tails that make an adjective of a name (`Kerry-led`, `Obama-era`), not a longer name. */
const COMPOUND_TAILS = new Set([
  'led',
  'era',
  'run',
  'old',
  'born',
  'like',
  'type',
  'made',
  'free',
  'only',
  'wide',
  'long',
  'day',
  'held',
  'bred',
  'area',
  'side',
  'war',
  'style',
  'based',
  'owned',
  'lined',
  'sized',
  'years',
  'month',
]);

const splitsName = (tokens: Token[], i: number) => {
  const t = tokens[i];
  return (
    t.text === ',' ||
    (/^\p{Ll}/u.test(t.text) && !INNER_WORDS.has(t.norm) && !t.text.includes('-') && !hyphenTail(tokens, i))
  );
};

/**
 * `ner.hyphen-name`: a person's name that stops before a hyphenated tail takes it in
 * (`Leung Yiu` + `-chung`, `Kim Jong` + `-un`): the model rarely sees a lower-case token in a name.
 */
export function hyphenNames(tokens: Token[], spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type !== 'PERSON') continue;
    const tail = s.last + 2;
    if (tail < tokens.length && tokens[tail].sentence === tokens[s.last].sentence && hyphenTail(tokens, tail))
      s.last = tail;
  }
  return spans;
}

/** Trims function words and punctuation off span edges; splits spans at commas and common words. */
export function tidyEdges(tokens: Token[], spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let from = s.first;
    for (let i = s.first; i <= s.last + 1; i++) {
      if (i <= s.last && !splitsName(tokens, i)) continue;
      let a = from;
      let b = i - 1;
      while (a <= b && EDGE_WORDS.has(tokens[a].norm)) a++;
      // wink keeps an abbreviation's period in its token (`D.C.`, `Inc.`): a lone `.` is punctuation.
      while (a <= b && EDGE_WORDS.has(tokens[b].norm)) b--;
      if (a <= b) out.push({ ...s, first: a, last: b });
      from = i + 1;
    }
  }
  return out;
}

const surface = (text: string, tokens: Token[], s: TokenSpan) =>
  text.slice(tokens[s.first].start, tokens[s.last].end);

/** Gives every mention of one surface string the type with the most summed confidence. */
export function voteTypes(text: string, tokens: Token[], spans: TokenSpan[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const s of spans) {
    const key = surface(text, tokens, s);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + s.confidence);
    votes.set(key, v);
  }
  for (const s of spans) {
    const v = votes.get(surface(text, tokens, s));
    if (!v || v.size < 2) continue;
    let best = s.type;
    for (const [type, w] of v) if (w > (v.get(best) ?? 0)) best = type;
    if (best === s.type) continue;
    s.type = best;
    noteRule(s, 'ner.vote');
  }
}

const ACRONYM = /^[A-Z][A-Za-z0-9&]{1,7}$/;
const OPEN_BRACKETS = new Set(['(', '[']);
const CLOSE_BRACKETS = new Set([')', ']']);

/** Tags `(KPA)` after a tagged name with the name's type. */
export function bracketAcronyms(tokens: Token[], spans: TokenSpan[]): TokenSpan[] {
  const starts = new Set(spans.map((s) => s.first));
  const added: TokenSpan[] = [];
  for (const s of spans) {
    const i = s.last + 2;
    const t = tokens[i];
    if (!t || !OPEN_BRACKETS.has(tokens[s.last + 1].text) || !CLOSE_BRACKETS.has(tokens[i + 1]?.text ?? ''))
      continue;
    if (starts.has(i) || !ACRONYM.test(t.text) || t.text.replace(/[^A-Z]/g, '').length < 2) continue;
    added.push({ first: i, last: i, type: s.type, confidence: s.confidence, source: 'model' });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.first - b.first) : spans;
}

/** Confidence a name needs before it is propagated to its untagged repetitions. */
const PROPAGATE_MIN_CONFIDENCE = 0.8;

/**
 * Tags untagged repetitions of confidently tagged names (same tokens, same case), when the
 * repetition is not glued to other capitalised words (then it is part of a longer name).
 */
export function propagate(tokens: Token[], spans: TokenSpan[]): TokenSpan[] {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.first, s.last + 1);
  const byFirstWord = new Map<string, TokenSpan[]>();
  for (const s of spans) {
    if (s.confidence < PROPAGATE_MIN_CONFIDENCE || s.source !== 'model') continue;
    const list = byFirstWord.get(tokens[s.first].text) ?? [];
    list.push(s);
    byFirstWord.set(tokens[s.first].text, list);
  }
  const added: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const candidates = byFirstWord.get(tokens[i].text);
    if (!candidates) continue;
    for (const c of candidates) {
      const n = c.last - c.first;
      const j = i + n;
      if (j >= tokens.length || tokens[j].sentence !== tokens[i].sentence) continue;
      let same = true;
      for (let k = 0; k <= n && same; k++)
        same = !covered[i + k] && tokens[i + k].text === tokens[c.first + k].text;
      if (!same) continue;
      const before = tokens[i - 1];
      const after = tokens[j + 1];
      const glued = (t: Token | undefined) =>
        t !== undefined && t.sentence === tokens[i].sentence && startsUpper(t.text);
      if (
        (glued(before) &&
          i > 0 &&
          tokens[i - 1].sentence === tokens[i].sentence &&
          !isSentenceStart(tokens, i - 1)) ||
        glued(after)
      )
        continue;
      added.push({ first: i, last: j, type: c.type, confidence: c.confidence * 0.8, source: 'propagated' });
      covered.fill(1, i, j + 1);
      break;
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.first - b.first) : spans;
}

const isSentenceStart = (tokens: Token[], i: number) =>
  i === 0 || tokens[i - 1].sentence !== tokens[i].sentence;

export const NESTED_PLACE_LISTS = ['countries', 'states', 'cities', 'capitals'];
const NESTED_PLACE_CONFIDENCE = 0.6;

/** Adds GPE spans for known places inside longer ORG, OTHER or LOC names (not common words). */
export function nestedPlaces(
  text: string,
  tokens: Token[],
  spans: TokenSpan[],
  gazetteer: Gazetteer,
  mask: number,
): TokenSpan[] {
  const added: TokenSpan[] = [];
  for (const s of spans) {
    if (s.last === s.first || s.type === 'PERSON' || s.type === 'GPE' || s.type === 'NORP') continue;
    for (const [a, b] of gazetteer.matchNames(text, tokens, s.first, s.last, mask)) {
      if (a === s.first && b === s.last) continue;
      // A one-word place that is also a common word is that word here: `University` (a town in
      // Florida) in `University of Sheffield`.
      if (a === b && gazetteer.commonClass(tokens[a].norm)) continue;
      added.push({
        first: a,
        last: b,
        type: 'GPE',
        confidence: NESTED_PLACE_CONFIDENCE,
        source: 'nested-place',
      });
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.first - b.first || b.last - a.last) : spans;
}

const DEMONYM_CONFIDENCE = 0.7;

/** Adds NORP spans for capitalised demonym tokens outside every span. */
export function demonyms(tokens: Token[], spans: TokenSpan[], words: Set<string>): TokenSpan[] {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.first, s.last + 1);
  const added: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!covered[i] && startsUpper(tokens[i].text) && words.has(tokens[i].norm))
      added.push({ first: i, last: i, type: 'NORP', confidence: DEMONYM_CONFIDENCE, source: 'demonym' });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.first - b.first || b.last - a.last) : spans;
}

/**
 * `ner.plural-not-person`: a person's name does not end in the plural of another name of the
 * document (`Warhol Polaroids`, `Polaroids` beside `Polaroid`); such a span is a thing (OTHER).
 * Run before the vote, so that one such span does not make the word a surname everywhere.
 */
export function pluralNotPerson(tokens: Token[], spans: TokenSpan[], cues: DocumentCues): void {
  for (const s of spans)
    if (s.type === 'PERSON' && cues.numberForms.get(tokens[s.last].norm) === PLURAL_OF_NAME) {
      s.type = 'OTHER';
      noteRule(s, 'ner.plural-not-person');
    }
}
