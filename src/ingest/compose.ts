/**
 * Small helpers the readers share: input normalisation, paragraph records, and a composer that
 * builds a document text from parts (headline, dek, body paragraphs) for inputs whose text is not
 * given verbatim (HTML pages, feed items).
 */
import type { BoilerplateKind, Paragraph, ParagraphRole } from '../model/layers.js';
import { BoilerplateTracker } from './boilerplate.js';
import { READER } from './new-document.js';

const BOM = '\uFEFF';
const LINE_ENDINGS = /\r\n?/g;
const WHITE_SPACE = /\s+/g; // JS \s includes no-break and other Unicode spaces
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** What every reader does first: drop a byte-order mark, turn CRLF and lone CR into LF. */
export function normaliseInput(raw: string): string {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  return text.includes('\r') ? text.replace(LINE_ENDINGS, '\n') : text;
}

const WORD = /\S+/g;

/** Number of white-space separated words, without allocating them. */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** Folds white space inside a paragraph taken from markup (HTML, feeds) to single spaces. */
export function foldSpaces(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(WHITE_SPACE, ' ').trim();
}

export function paragraph(
  text: string,
  start: number,
  end: number,
  role: ParagraphRole,
  rules: string[],
  confidence: number,
  boilerplate?: BoilerplateKind,
): Paragraph {
  const p: Paragraph = {
    start,
    end,
    text: text.slice(start, end),
    component: READER.component,
    version: READER.version,
    rules,
    confidence,
    index: 0,
    role,
  };
  if (boilerplate) p.boilerplate = boilerplate;
  return p;
}

/**
 * Builds `headline \n\n dek \n\n body \n\n body ...` with a paragraph record per part, so offsets are
 * exact by construction.
 */
export class TextComposer {
  private parts: string[] = [];
  private length = 0;
  readonly paragraphs: Paragraph[] = [];
  private readonly boilerplate = new BoilerplateTracker();
  private pending: {
    start: number;
    end: number;
    role: ParagraphRole;
    rules: string[];
    confidence: number;
    kind?: BoilerplateKind;
  }[] = [];

  add(text: string, role: ParagraphRole, rules: string[], confidence = 0.9, kind?: BoilerplateKind): void {
    const clean = text.trim();
    if (!clean) return;
    if (this.parts.length) {
      this.parts.push('\n\n');
      this.length += 2;
    }
    this.pending.push({ start: this.length, end: this.length + clean.length, role, rules, confidence, kind });
    this.parts.push(clean);
    this.length += clean.length;
  }

  /** Adds a body paragraph, or a boilerplate one when the line has a boilerplate shape. */
  addBody(text: string, rules: string[], confidence = 0.9): void {
    const match = this.boilerplate.classify(text);
    if (match) this.add(text, 'boilerplate', [match.rule, ...rules], 0.8, match.kind);
    else this.add(text, 'body', rules, confidence);
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** The composed text and its paragraphs. */
  finish(): { text: string; paragraphs: Paragraph[] } {
    const text = this.parts.join('');
    const paragraphs = this.pending.map((p, index) => ({
      ...paragraph(text, p.start, p.end, p.role, p.rules, p.confidence, p.kind),
      index,
    }));
    return { text, paragraphs };
  }
}
