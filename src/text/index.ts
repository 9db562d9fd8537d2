/**
 * The text layer: sentences and tokens with part-of-speech tags, from wink-nlp.
 *
 * wink-nlp runs once per readable paragraph, so a sentence never crosses a paragraph boundary.
 * Token offsets are recovered by walking the paragraph text, since wink-nlp reports values, not offsets.
 * Sentence breaks that fall inside an open quotation are undone, so a quote of two sentences
 * followed by its attribution (`"A. B," Kerry said.`) stays one sentence.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { parseWireDateline } from '../ingest/dates.js';
import { dataDir } from '../knowledge/paths.js';
import { spanOf } from '../model/annotation.js';
import type { Document } from '../model/document.js';
import type { Sentence, Token } from '../model/layers.js';
import type { Component } from '../pipeline-types.js';
import { READABLE_ROLES, splitParagraphs } from './paragraphs.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export const TEXT_COMPONENT = { component: 'text', version: '0.1.0' } as const;

/** A word with a possessive `'s` glued to it, as wink-nlp gives a word it has learned (`Brazil's`, `JOHN'S`). */
const POSSESSIVE_GLUED = /^(.*\p{L})['\u2019](?:s|(?<=\p{Lu}['\u2019])S)$/u;
const OPENING_QUOTES = new Set(['"', '\u201C']);
const CLOSING_QUOTES = new Set(['"', '\u201D']);

export interface TokenisedSpan {
  tokens: Token[];
  /** Token index ranges [first, last] of each sentence, relative to `tokens`. */
  sentenceRanges: [number, number][];
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const isWide = (ch: string | undefined) => ch !== undefined && ch.codePointAt(0)! > 0xff;
/** Letters, then a hyphen or a stop, then letters or nothing (`a-V`, `a.`). */
const LETTERS_THEN_MARK = /^([\p{L}\p{M}]+)([-.])([\p{L}\p{M}]*)$/u;

/** Two letter-only pieces with no space between them, cut at a letter beyond Latin-1. */
function splitInsideWord(before: string, after: string): boolean {
  return LETTERS.test(before) && LETTERS.test(after) && (isWide(before.at(-1)) || isWide(after[0]));
}

/**
 * `... ở Bà Rịa. Officials said`: a full stop split off a word's cut-off end ends a sentence before a
 * capitalised word, where wink-nlp read the piece `a.` as an abbreviation.
 */
function splitAtStops(tokens: Token[], [first, last]: [number, number], stops: number[]): [number, number][] {
  const out: [number, number][] = [];
  let from = first;
  for (const s of stops)
    if (s >= from && s < last && /^\p{Lu}/u.test(tokens[s + 1].text)) {
      out.push([from, s]);
      from = s + 1;
    }
  out.push([from, last]);
  return out;
}

/** Tokenises and tags one stretch of text; offsets are relative to `base` within the document. */
export function tokenise(text: string, base = 0): TokenisedSpan {
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = [];
  const keep: number[] = []; // wink index -> our index (-1 for white-space tokens)
  const stops: number[] = []; // our full stops split off a word's cut-off end (`Rị|a.`)
  const clitics = new Set<number>(); // our `'s` split off a word wink-nlp gave whole (`Brazil|'s`)
  /** A token of our own from `start` (document offset), with its tag. */
  const piece = (text: string, start: number, tag: string) =>
    tokens.push({ start, end: start + text.length, text, pos: tag, norm: text.toLowerCase(), sentence: -1 });
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const at = text.indexOf(value, cursor);
    if (pos[i] === 'SPACE' || at < 0) {
      keep.push(-1);
      continue;
    }
    const last = tokens[tokens.length - 1];
    if (last && last.end === base + at && splitInsideWord(last.text, value)) {
      // wink-nlp cuts words at letters beyond Latin-1 (`Erdo|ğ|an`, `Wa|łę|sa`): join them again.
      cursor = at + value.length;
      keep.push(tokens.length - 1);
      last.end = base + cursor;
      last.text += value;
      last.norm = last.text.toLowerCase();
      // The pieces' tags are guesses about fragments: a capitalised word is a name, else a noun.
      if (/^\p{Lu}/u.test(last.text)) last.pos = 'PROPN';
      else if (last.pos === 'X') last.pos = 'NOUN';
      continue;
    }
    const glued = last && last.end === base + at && LETTERS.test(last.text) && isWide(last.text.at(-1));
    const tail = glued ? LETTERS_THEN_MARK.exec(value) : null;
    if (last && tail) {
      // `Rị|a-V|ũng`, `Rị|a.`: wink-nlp reads the rest of a word cut at a letter beyond Latin-1 with the
      // hyphen or stop after it (as in `e-mail`): the letters go back to the word, the mark and what
      // follows it are tokens of their own.
      const [, letters, mark, rest] = tail;
      last.end += letters.length;
      last.text += letters;
      last.norm = last.text.toLowerCase();
      if (/^\p{Lu}/u.test(last.text)) last.pos = 'PROPN';
      piece(mark, last.end, 'PUNCT');
      if (mark === '.' && !rest) stops.push(tokens.length - 1);
      if (rest) piece(rest, last.end + 1, /^\p{Lu}/u.test(rest) ? 'PROPN' : 'NOUN');
      cursor = at + value.length;
      keep.push(tokens.length - 1);
      continue;
    }
    if (
      value === '.' &&
      last &&
      last.end === base + at &&
      ABBREVIATIONS.has(last.norm) &&
      /^\p{Lu}/u.test(last.text)
    ) {
      // `Bros.`, `Rt.`, `Sgt.`: an abbreviation wink-nlp does not know is one token with its full stop, as
      // `Gov.` and `St.` are (data/text/abbreviations.tsv).
      cursor = at + 1;
      keep.push(tokens.length - 1);
      last.end = base + cursor;
      last.text += '.';
      last.norm = last.text.toLowerCase();
      last.pos = 'PROPN';
      continue;
    }
    cursor = at + value.length;
    keep.push(tokens.length);
    // `Brazil's`: wink-nlp learns a word it met glued to its `'s` (`of Brazil's.` at a sentence's end) and
    // from then on leaves the possessive on it in every document; it is split off here as wink-nlp does on
    // first sight, so that what a document yields does not depend on the documents read before it.
    const possessive = POSSESSIVE_GLUED.exec(value);
    if (possessive) {
      const word = possessive[1];
      // (the glued token's tag is the learned word's: a possessor is a noun, a name when capitalised)
      piece(word, base + at, /^\p{Lu}/u.test(word) ? 'PROPN' : 'NOUN');
      clitics.add(tokens.length);
      piece(value.slice(word.length), base + at + word.length, 'PART');
      continue;
    }
    piece(value, base + at, pos[i]);
  }
  const sentenceRanges: [number, number][] = [];
  for (const [a, b] of spans) {
    let first = -1;
    let last = -1;
    for (let i = a; i <= b; i++) {
      if (keep[i] >= 0) {
        if (first < 0) first = keep[i];
        // (a word's `'s` split off it ends the sentence with it: `of Brazil's.`)
        last = clitics.has(keep[i] + 1) ? keep[i] + 1 : keep[i];
      }
    }
    if (first >= 0) sentenceRanges.push(...splitAtStops(tokens, [first, last], stops));
  }
  return {
    tokens,
    sentenceRanges: mergeAfterAbbreviations(tokens, mergeInsideQuotes(tokens, sentenceRanges)),
  };
}

/** Abbreviations inside names, lower case without the full stop (`rt`, `bros`, `sgt`) -> their kind. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  readFileSync(join(dataDir(), 'text', 'abbreviations.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [abbreviation, kind = 'title'] = l.trim().split('\t');
      return [abbreviation, kind] as const;
    }),
);

/**
 * Joins sentence ranges cut after an abbreviation that comes before a name (`The Rt. || Hon. B. U.
 * Nzeribe`, `Warner Bros. || Pictures`, `Sgt. Maj. || Bob Jones`), when a proper noun follows
 * (`Warner Bros. || Critics panned it` stays cut; data/text/abbreviations.tsv), and those cut inside a
 * ticker's exchange code (`(CVX. || N)`).
 */
function mergeAfterAbbreviations(tokens: Token[], ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const range of ranges) {
    const prev = out[out.length - 1];
    if (
      prev &&
      ((abbreviationAtEnd(tokens, prev[1]) === 'title' && opensName(tokens[range[0]])) ||
        (abbreviationAtEnd(tokens, prev[1]) === 'road' && /^\d/.test(tokens[range[0]].text)) ||
        exchangeCodeAcross(tokens, prev[1], range[0]))
    )
      prev[1] = range[1];
    else out.push([range[0], range[1]]);
  }
  return out;
}

/**
 * The kind of abbreviation a sentence range ends with: a title's (`Sgt.`) ends no sentence before a name,
 * a road's (`Hwy.`) none before its number.
 */
function abbreviationAtEnd(tokens: Token[], last: number): string | undefined {
  const t = tokens[last];
  if (t.text.endsWith('.') && t.text.length > 1) return ABBREVIATIONS.get(t.norm.slice(0, -1));
  const word = tokens[last - 1];
  return t.text === '.' && word && word.end === t.start ? ABBREVIATIONS.get(word.norm) : undefined;
}

/**
 * `Chevron (CVX.N)`, `Toyota (7203.T)`: a ticker and its exchange's code, glued by a full stop and closed
 * by a bracket, end no sentence at the stop.
 */
function exchangeCodeAcross(tokens: Token[], last: number, next: number): boolean {
  const stop = tokens[last];
  const ticker = tokens[last - 1];
  const code = tokens[next];
  const close = tokens[next + 1];
  return (
    stop.text === '.' &&
    !!ticker &&
    ticker.end === stop.start &&
    /^[A-Z0-9]{1,6}$/.test(ticker.text) &&
    /^[A-Z]{1,2}$/.test(code.text) &&
    code.start === stop.end &&
    close?.text === ')' &&
    close.start === code.end
  );
}

const opensName = (t: Token) => /^\p{Lu}/u.test(t.text) && t.pos === 'PROPN';

/** Joins sentence ranges whose boundary falls inside a quotation that closes later in the paragraph. */
function mergeInsideQuotes(tokens: Token[], ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let open = false;
  for (const range of ranges) {
    if (open && out.length) out[out.length - 1][1] = range[1];
    else out.push([range[0], range[1]]);
    for (let i = range[0]; i <= range[1]; i++) {
      const t = tokens[i].text;
      if (t === '"') open = !open;
      else if (OPENING_QUOTES.has(t)) open = true;
      else if (CLOSING_QUOTES.has(t)) open = false;
    }
  }
  // A quotation left open at the paragraph's end continues into the next paragraph: never merge past it.
  return out;
}

/**
 * A dateline opening a body paragraph: a place in capitals, or a place in mixed case with a state or
 * country after a comma or an agency in brackets, then a dash (`BUFFALO, N.Y. —`, `HAYWARD, Calif. (AP) —`,
 * `Dekalb, Ill. —`, `WASHINGTON (Reuters) -`).
 */
const INLINE_DATELINE =
  /^(?:([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,3})?( \([A-Za-z]{2,12}\))? ?(—|–|--|-) /;

/**
 * `BUFFALO, N.Y. — Hours before ...`: the dateline is a sentence of its own, so that the story's first
 * word is read as a sentence's first word (`Hours` is no name). A plain hyphen only ends a dateline in
 * capitals (`WASHINGTON - The Senate`), not `Anti-war - ...`; a wire slug before a headline in capitals
 * (`SOCCER - LEEDS BEAT NEWCASTLE .`, `CRICKET - ENGLAND v PAKISTAN`: fewer than two lower-case words)
 * stays whole.
 */
function splitInlineDateline(text: string, tokens: Token[], ranges: [number, number][]): void {
  const m = INLINE_DATELINE.exec(text);
  if (!m || !ranges.length) return;
  // A place in capitals is a dateline; words in mixed case only with a state or country after a comma or
  // an agency in brackets (`Dekalb, Ill. —`), not a subject before a parenthesis (`Trump — who ... —`).
  if (!m[1] && !m[2] && !m[3]) return;
  if (!m[1] && (m[4] === '-' || m[4] === '--')) return;
  const dashEnd = tokens[0].start + m[0].trimEnd().length;
  const [first, last] = ranges[0];
  const dash = tokens.findIndex((t, i) => i >= first && i < last && t.end === dashEnd);
  if (dash < 0) return;
  // `SOCCER - LEEDS BEAT NEWCASTLE .`: a wire slug before a headline in capitals is no dateline.
  const rest = text.slice(dashEnd - tokens[0].start, tokens[last].end - tokens[0].start);
  if ((rest.match(/(?<![\p{L}'’])\p{Ll}/gu)?.length ?? 0) < 2) return;
  ranges.splice(0, 1, [first, dash], [dash + 1, last]);
}

/** Fills `sentences` and `tokens` for the readable paragraphs (headline, dek, body) and wire datelines' places. */
export function textLayer(): Component {
  return {
    name: TEXT_COMPONENT.component,
    version: TEXT_COMPONENT.version,
    reads: [],
    writes: ['paragraphs', 'sentences', 'tokens'],
    run(doc: Document) {
      if (!doc.layers.paragraphs) {
        doc.layers.paragraphs = splitParagraphs(doc.text);
        doc.producedBy.paragraphs = TEXT_COMPONENT;
      }
      const sentences: Sentence[] = [];
      const tokens: Token[] = [];
      for (const p of doc.layers.paragraphs) {
        // A wire dateline's place (`AL-AIN , United Arab Emirates 1996-12-06`) is read as a sentence of
        // its own, without the date: it names where the story was filed; the date is metadata.
        const wire = p.role === 'dateline' ? parseWireDateline(p.text) : null;
        if (!READABLE_ROLES.has(p.role) && !wire) continue;
        const readable = wire ? p.text.slice(0, wire.placeLength) : p.text;
        const { tokens: local, sentenceRanges } = tokenise(readable, p.start);
        if (p.role === 'body') splitInlineDateline(readable, local, sentenceRanges);
        const offset = tokens.length;
        for (const [first, last] of sentenceRanges) {
          const index = sentences.length;
          for (let i = first; i <= last; i++) local[i].sentence = index;
          sentences.push({
            ...spanOf(doc.text, local[first].start, local[last].end),
            ...TEXT_COMPONENT,
            rules: ['wink-nlp.sbd'],
            confidence: 0.95,
            index,
            paragraph: p.index,
            firstToken: offset + first,
            lastToken: offset + last,
          });
        }
        tokens.push(...local);
      }
      doc.layers.sentences = sentences;
      doc.layers.tokens = tokens;
      doc.producedBy.sentences = TEXT_COMPONENT;
      doc.producedBy.tokens = TEXT_COMPONENT;
    },
  };
}
