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
 */
import type { Token } from '../../../model/layers.js';
import type { Gazetteer } from './gazetteer.js';

export interface SentenceSpan {
  first: number;
  last: number;
}

export interface DocumentCues {
  lowerSeen: Set<string>;
  capitalMidSeen: Set<string>;
  headline: boolean[];
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

/** Short shape: runs collapsed, `Kerry` -> `Xx`, `McManus` -> `XxXx`, `U.S.` -> `X.X.`. */
export function shortShape(t: string): string {
  const full = shape(t);
  let out = '';
  for (let i = 0; i < full.length; i++) if (full[i] !== full[i - 1]) out += full[i];
  return out;
}

const isAcronym = (t: string) => t.length >= 2 && t.length <= 6 && /^[A-Z][A-Z0-9.&]*[A-Z.]$/.test(t);

/** A Title Case headline: most words of four letters or more capitalised, at least three of them. */
function isHeadline(tokens: Token[], s: SentenceSpan): boolean {
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
  const headline = sentences.map((s) => isHeadline(tokens, s));
  sentences.forEach((s, si) => {
    for (let i = s.first; i <= s.last; i++) {
      const t = tokens[i].text;
      if (startsLower(t)) lowerSeen.add(tokens[i].norm);
      else if (i > s.first && !headline[si] && startsUpper(t) && !isQuoteOrBracket(tokens[i - 1].text))
        capitalMidSeen.add(tokens[i].norm);
    }
  });
  return { lowerSeen, capitalMidSeen, headline };
}

const isQuoteOrBracket = (t: string) => /^["“”‘’'([:]$/.test(t);
const OPEN_QUOTE = /^["“‘]$|^``$/;
const CLOSE_QUOTE = /^["”’]$|^''$/;

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
): string[][] {
  const n = s.last - s.first + 1;
  const out: string[][] = new Array(n);
  const norms: string[] = new Array(n);
  const shapes: string[] = new Array(n);
  const pos: string[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[s.first + k];
    norms[k] = t.norm;
    shapes[k] = shortShape(t.text);
    pos[k] = t.pos;
    out[k] = [];
  }
  gazetteer.annotate(text, tokens, s.first, s.last, out);
  const gaz = out.map((f) => f.slice());
  let inQuote = false;
  let inBracket = false;
  for (let k = 0; k < n; k++) {
    const t = tokens[s.first + k].text;
    const f = out[k];
    const l = norms[k];
    const ss = shapes[k];
    const capital = startsUpper(t);
    if (OPEN_QUOTE.test(t) && !inQuote) inQuote = true;
    else if (CLOSE_QUOTE.test(t) || (t === '"' && inQuote)) inQuote = false;
    if (t === '(' || t === '[') inBracket = true;
    else if (t === ')' || t === ']') inBracket = false;
    const l1 = k > 0 ? norms[k - 1] : '<s>';
    const l2 = k > 1 ? norms[k - 2] : '<s>';
    const r1 = k + 1 < n ? norms[k + 1] : '</s>';
    const r2 = k + 2 < n ? norms[k + 2] : '</s>';
    const ss1 = k > 0 ? shapes[k - 1] : '<s>';
    const ssr1 = k + 1 < n ? shapes[k + 1] : '</s>';
    f.push(
      'b',
      `w=${t}`,
      `l=${l}`,
      `sh=${shape(t)}`,
      `ss=${ss}`,
      `pos=${pos[k]}`,
      `l-1=${l1}`,
      `l-2=${l2}`,
      `l+1=${r1}`,
      `l+2=${r2}`,
      `ss-1=${ss1}`,
      `ss+1=${ssr1}`,
      `ss-2=${k > 1 ? shapes[k - 2] : '<s>'}`,
      `ss+2=${k + 2 < n ? shapes[k + 2] : '</s>'}`,
      `pos-1=${k > 0 ? pos[k - 1] : '<s>'}`,
      `pos+1=${k + 1 < n ? pos[k + 1] : '</s>'}`,
      `pos|pos+1=${pos[k]}|${k + 1 < n ? pos[k + 1] : '</s>'}`,
      `l-1|l=${l1}|${l}`,
      `l|l+1=${l}|${r1}`,
      `ss-1|ss|ss+1=${ss1}|${ss}|${ssr1}`,
    );
    for (let a = 1; a <= 4 && a < l.length; a++) f.push(`p${a}=${l.slice(0, a)}`, `s${a}=${l.slice(-a)}`);
    if (k === 0) f.push('first', `first|l=${l}`);
    if (isAcronym(t)) f.push('acr', `acr|l+1=${r1}`, `acr|l-1=${l1}`);
    if (inQuote) f.push('inq');
    if (inBracket) f.push('inb');
    if (capital) {
      const lc = cues.lowerSeen.has(l);
      const cm = cues.capitalMidSeen.has(l);
      if (lc) f.push('lc');
      if (cm) f.push('cm');
      if (headline) f.push(`hl|lc=${lc}|cm=${cm}`, `hl|l=${l}`);
      if (k === 0) f.push(`first|lc=${lc}|cm=${cm}`);
    }
    if (headline) f.push('hl', `hl|ss=${ss}`);
    if (k > 0) for (const g of gaz[k - 1]) f.push(`-1${g}`);
    if (k + 1 < n) for (const g of gaz[k + 1]) f.push(`+1${g}`);
  }
  return out;
}
