/**
 * Finds stretches of text between quotation marks, one paragraph at a time, in one pass over the
 * characters. Double marks (straight or curly) toggle; a double quotation left open at a paragraph's
 * end continues into the next paragraph (the newspaper convention: no closing mark, a fresh opening
 * mark, or none, at the start of the next paragraph). Single marks are read only outside double
 * quotation and only where they cannot be apostrophes (`don't`, `Jones's`).
 */
import type { Paragraph } from '../../model/layers.js';

export interface QuotedSpan {
  /** Offset of the opening mark, or of the paragraph start when the quotation carries over. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quotation stays open. */
  close: number;
  /** The text inside the marks, white space trimmed. */
  contentStart: number;
  contentEnd: number;
  paragraph: number;
  mark: 'double' | 'single';
  /** Opened in an earlier paragraph (no opening mark of its own here, or a re-opening one). */
  continued: boolean;
  /** No closing mark in this paragraph. */
  unclosed: boolean;
}

const DOUBLE = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']);
/** Every character that can be a quotation mark. */
const ANY_MARK = /["'`\u2018\u2019\u201C\u201D\u201E\u00AB\u00BB]/;

/** Length of the double quotation mark at `i`: 1 for `"` and curly marks, 2 for the Penn Treebank ``` `` ``` and `''`, 0 for none. */
function doubleMark(text: string, i: number): number {
  const c = text[i];
  if (DOUBLE.has(c)) return 1;
  if ((c === '`' || c === "'") && text[i + 1] === c) return 2;
  return 0;
}
const SINGLE_OPEN = new Set(["'", '\u2018']);
const SINGLE_CLOSE = new Set(["'", '\u2019']);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
/** Characters after which a single mark opens a quotation rather than ending a word. */
const BEFORE_SINGLE_OPEN = /[\s([{\u2014\u2013"\u201C-]/;

function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  return [a, b];
}

/** All quoted spans of the given paragraphs (pass them in document order). */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carried = false; // a double quotation left open by the previous readable paragraph
  let lastParagraph = -2;
  for (const p of paragraphs) {
    if (p.index !== lastParagraph + 1) carried = false; // a skipped (boilerplate) paragraph ends it
    lastParagraph = p.index;
    carried = scanParagraph(text, p, carried, out);
  }
  return out;
}

function scanParagraph(text: string, p: Paragraph, carried: boolean, out: QuotedSpan[]): boolean {
  let openAt = -1; // offset of the open double mark (or paragraph start)
  let continued = false;
  const first = firstNonSpace(text, p.start, p.end);
  if (carried && !doubleMark(text, first)) {
    // No re-opening mark: the quotation goes on only if the first mark here closes one (`early." After`).
    for (let i = p.start; i < p.end; i++) {
      const len = doubleMark(text, i);
      if (!len) continue; // runs once per continued paragraph only
      if (!isSpace(text[i - 1]) && (isSpace(text[i + len]) || !isWordChar(text[i + len]))) {
        openAt = p.start;
        continued = true;
      }
      break;
    }
  } else if (carried) continued = true;
  const push = (
    open: number,
    close: number,
    a: number,
    b: number,
    mark: 'double' | 'single',
    unclosed: boolean,
    cont: boolean,
  ) => {
    const [cs, ce] = trimmed(text, a, b);
    if (ce > cs)
      out.push({
        open,
        close,
        contentStart: cs,
        contentEnd: ce,
        paragraph: p.index,
        mark,
        continued: cont,
        unclosed,
      });
  };
  // Jump from mark to mark rather than testing every character.
  const marks = new RegExp(ANY_MARK.source, 'g');
  marks.lastIndex = p.start;
  let openLen = 0; // length of the opening mark, 0 when the quotation carries over without one
  for (let m = marks.exec(text); m && m.index < p.end; m = marks.exec(text)) {
    const i = m.index;
    const len = doubleMark(text, i);
    if (len) {
      if (openAt < 0) {
        openAt = i;
        openLen = len;
      } else {
        push(openAt, i + len, openAt + openLen, i, 'double', false, continued);
        openAt = -1;
        continued = false;
      }
      marks.lastIndex = i + len;
      continue;
    }
    const c = text[i];
    if (openAt >= 0 || !SINGLE_OPEN.has(c)) continue;
    if (!(i === p.start || BEFORE_SINGLE_OPEN.test(text[i - 1])) || !isWordChar(text[i + 1])) continue;
    const close = findSingleClose(text, i + 1, p.end);
    if (close < 0) continue;
    push(i, close + 1, i + 1, close, 'single', false, false);
    marks.lastIndex = close + 1;
  }
  if (openAt >= 0) {
    push(openAt, p.end, openAt + openLen, p.end, 'double', true, continued);
    return true;
  }
  return false;
}

function firstNonSpace(text: string, a: number, b: number): number {
  while (a < b && isSpace(text[a])) a++;
  return a;
}

/** The closing single mark: after a non-space, not followed by a letter (so not `don't`). */
function findSingleClose(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (doubleMark(text, i)) return -1; // a single quotation never straddles a double mark
    if (!SINGLE_CLOSE.has(c) || isSpace(text[i - 1]) || isWordChar(text[i + 1])) continue;
    // `Jones' house`: an s-final plural possessive followed by a lower-case word is an apostrophe.
    if (text[i - 1] === 's' && text[i + 1] === ' ' && /[a-z]/.test(text[i + 2] ?? '')) continue;
    return i;
  }
  return -1;
}
