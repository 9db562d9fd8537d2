/**
 * Plain-text articles: an optional header (headline, dek, byline, dateline, photo credits, related
 * links) above body paragraphs, as copied from a news page:
 *
 *     Headline Without A Full Stop
 *
 *     A dek of one sentence.
 *
 *     by Jane Doe
 *     Mar 4 2021, 9:15am
 *
 *     Photo: ...
 *
 *     Body paragraph ...
 *
 * The document text is the input itself (BOM dropped, line endings normalised), so offsets point at
 * what the user gave. The reader only decides each paragraph's role; boilerplate stays in the text.
 * Articles without a header are just paragraphs: then a first short line without final punctuation
 * is the headline and everything else is body.
 */
import type { Diagnostic } from '../model/document.js';
import type { Paragraph } from '../model/layers.js';
import type { Metadata, PublishedTime } from '../model/metadata.js';
import { type BoilerplateMatch, BoilerplateTracker, classifyBoilerplate } from './boilerplate.js';
import { type Byline, parseAffiliationLine, parseBareName, parseByline } from './byline.js';
import { countWords, normaliseInput, paragraph } from './compose.js';
import { findTrailingDate, type ParsedDate, parseDate, parseWireDateline } from './dates.js';
import { failure } from './errors.js';
import { newDocument } from './new-document.js';
import type { ReadOutcome } from './types.js';

export interface PlainTextOptions {
  origin?: string | null;
  id?: string | null;
  diagnostics?: Diagnostic[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

type LineKind =
  | { type: 'byline'; byline: Byline }
  | { type: 'dateline'; date: ParsedDate }
  | { type: 'boilerplate'; match: BoilerplateMatch }
  | null;

export const HEADLINE_MAX_WORDS = 25;
const HEADLINE_MAX_CHARS = 250;
const DEK_MAX_WORDS = 60;
/** Hard-wrapped texts: how many lines make one worth detecting, and what share of the width ends a paragraph. */
const WRAP_MIN_LINES = 5;
const WRAP_SHORT_LINE = 0.6;
/** A headline cut from its dateline keeps at least this many words. */
const MIN_HEADLINE_WORDS = 3;
/** How many blocks after a headline candidate may hold the byline/dateline that confirms it. */
const HEADER_LOOKAHEAD = 3;
const BLANK_LINE = /\n[ \t]*\n/;
const TRAILING_CLOSERS = /["'\u2019\u201D)\]}\s]+$/;
const SENTENCE_END = /[.!?;:,]$/;
const CLAUSE_END = /[.;:,]$/;
const UPDATED = /^(?:updated|last\s+updated|modified|last\s+modified)\b/i;

/** Reads a plain-text article. */
export function readPlainText(raw: string, opts: PlainTextOptions = {}): ReadOutcome {
  const origin = opts.origin ?? null;
  const text = normaliseInput(raw);
  if (text.trim() === '') return failure('E_EMPTY', origin ?? '-', 'the text is empty or white space only');
  const { paragraphs, meta } = analysePlainText(text);
  const doc = newDocument({
    id: opts.id ?? null,
    text,
    meta: { ...meta, format: 'text', origin },
    paragraphs,
    diagnostics: opts.diagnostics ?? [],
  });
  return { ok: true, doc };
}

/** Splits a normalised text into role-tagged paragraphs and reads its header into metadata. */
export function analysePlainText(text: string): { paragraphs: Paragraph[]; meta: Partial<Metadata> } {
  return new HeaderReader(text).read();
}

class HeaderReader {
  private readonly blocks: Line[][];
  private readonly kinds = new Map<Line, LineKind>();
  private readonly out: Paragraph[] = [];
  private readonly meta: Partial<Metadata> = { authors: [] };
  private readonly datelines: ParsedDate[] = [];
  private bylineDate: ParsedDate | null = null;
  private readonly bodyBoilerplate = new BoilerplateTracker();

  constructor(private readonly text: string) {
    this.blocks = splitBlocks(text);
  }

  read(): { paragraphs: Paragraph[]; meta: Partial<Metadata> } {
    let b = this.startsWithHeadlineInPlace() ? 0 : this.consumeHeaderLines(0);
    if (b < this.blocks.length) this.splitTrailingDateline(b);
    if (b < this.blocks.length && this.isHeadline(b)) {
      const line = withoutHeadingMarker(this.blocks[b][0]);
      const confirmed = this.headerFollows(b + 1);
      this.emit(
        line,
        'headline',
        [confirmed ? 'plain.headline.before-header' : 'plain.headline.short-line'],
        confirmed ? 0.9 : 0.7,
      );
      this.meta.title = line.text;
      b++;
      if (b < this.blocks.length && this.isDek(b)) {
        const block = this.blocks[b];
        const span = { start: block[0].start, end: block[block.length - 1].end, text: '' };
        this.emit(span, 'dek', ['plain.dek.before-byline'], 0.8);
        this.meta.subtitle = this.text.slice(span.start, span.end).replace(/\s*\n\s*/g, ' ');
        b++;
      }
      b = this.consumeHeaderLines(b, true);
    }
    for (; b < this.blocks.length; b++) this.emitBody(this.blocks[b]);
    this.meta.published = this.choosePublished();
    return { paragraphs: this.out.map((p, index) => ({ ...p, index })), meta: this.meta };
  }

  // ------------------------------------------------------------------ header

  /**
   * `UN-Led Syria Talks Open in Geneva` reads like `Jane Roe in Kyiv`, a byline without `By`; as the
   * first line with a real byline or dateline right after it, it is the headline.
   */
  private startsWithHeadlineInPlace(): boolean {
    const first = this.blocks[0]?.[0];
    const kind = first && this.kindOf(first);
    return (
      !!kind &&
      kind.type === 'byline' &&
      !kind.byline.rules.includes('byline.by-prefix') &&
      this.headerFollows(1)
    );
  }

  private kindOf(line: Line): LineKind {
    let kind = this.kinds.get(line);
    if (kind !== undefined) return kind;
    // A header line is a dateline or a byline before it is boilerplate: `Published Nov 3, 2021` and
    // `Reporting by Jane Roe` would otherwise be taken for a page's time stamp or credits line.
    const date = parseDate(line.text) ?? parseWireDateline(line.text);
    const byline = date ? null : parseByline(line.text, true);
    const boilerplate = date || byline ? null : classifyBoilerplate(line.text);
    kind = date
      ? { type: 'dateline', date }
      : byline
        ? { type: 'byline', byline }
        : boilerplate
          ? { type: 'boilerplate', match: boilerplate }
          : null;
    this.kinds.set(line, kind);
    return kind;
  }

  private isBylineOrDateline(line: Line): boolean {
    const kind = this.kindOf(line);
    return kind !== null && kind.type !== 'boilerplate';
  }

  /** True when one of the next blocks (skipping boilerplate-only ones) starts with a byline or dateline. */
  private headerFollows(from: number): boolean {
    for (let b = from, seen = 0; b < this.blocks.length && seen < HEADER_LOOKAHEAD; b++) {
      const block = this.blocks[b];
      if (this.isBylineOrDateline(block[0])) return true;
      if (!block.every((l) => this.kindOf(l)?.type === 'boilerplate')) seen++;
    }
    return false;
  }

  /**
   * `Headline words Monday, September 21, 2020` on one line (texts flattened from pages run them
   * together): the line is cut into a headline and a dateline.
   */
  private splitTrailingDateline(b: number): void {
    const block = this.blocks[b];
    if (block.length !== 1 || this.kindOf(block[0]) !== null) return;
    const line = block[0];
    const found = findTrailingDate(line.text);
    if (!found || countWords(line.text.slice(0, found.index)) < MIN_HEADLINE_WORDS) return;
    const headEnd = line.start + line.text.slice(0, found.index).trimEnd().length;
    const head: Line = { start: line.start, end: headEnd, text: this.text.slice(line.start, headEnd) };
    const date: Line = {
      start: line.start + found.index,
      end: line.end,
      text: this.text.slice(line.start + found.index, line.end),
    };
    this.kinds.set(date, { type: 'dateline', date: found.date });
    this.blocks.splice(b, 1, [head], [date]);
  }

  private isHeadline(b: number): boolean {
    const block = this.blocks[b];
    if (block.length !== 1) return false;
    const line = block[0];
    if (this.kindOf(line) !== null && !(b === 0 && this.startsWithHeadlineInPlace())) return false;
    if (line.text.length > HEADLINE_MAX_CHARS || countWords(line.text) > HEADLINE_MAX_WORDS) return false;
    const ending = line.text.replace(TRAILING_CLOSERS, '');
    if (!SENTENCE_END.test(ending)) return true;
    // A headline may end in `?` or `!` when a byline or dateline below confirms the header; a wire
    // headline in capitals may even end in a full stop (`SOCCER - JAPAN WIN .`).
    const wireHeadline = !/\p{Ll}/u.test(line.text) && ending.endsWith('.');
    return (!CLAUSE_END.test(ending) || wireHeadline) && this.headerFollows(b + 1);
  }

  /** A short block between the headline and the byline/dateline is the dek. */
  private isDek(b: number): boolean {
    const block = this.blocks[b];
    if (block.some((l) => this.kindOf(l) !== null)) return false;
    const words = block.reduce((n, l) => n + countWords(l.text), 0);
    if (words > DEK_MAX_WORDS) return false;
    const next = this.blocks[b + 1];
    return next !== undefined && this.isBylineOrDateline(next[0]);
  }

  /**
   * Emits byline, dateline and boilerplate lines from block `b` on, stopping at the first line that
   * is none of these. A block that starts with header lines and goes on with text is split there.
   */
  private consumeHeaderLines(b: number, afterHeadline = false): number {
    let last: 'byline' | 'dateline' | null = null;
    for (; b < this.blocks.length; b++) {
      const block = this.blocks[b];
      let i = 0;
      for (; i < block.length; i++) {
        const line = block[i];
        const kind = this.kindOf(line);
        if (kind === null) {
          if (!this.readBylineContinuation(line, last, afterHeadline)) break;
          last = 'byline';
        } else if (kind.type === 'boilerplate') this.emitBoilerplate(line, kind.match);
        else if (kind.type === 'dateline') {
          this.emit(line, 'dateline', ['plain.dateline', ...kind.date.rules], 0.9);
          this.datelines.push(kind.date);
          last = 'dateline';
        } else {
          this.emitByline(line, kind.byline);
          last = 'byline';
        }
      }
      if (i < block.length) {
        if (i > 0) this.blocks[b] = block.slice(i);
        return b;
      }
    }
    return b;
  }

  /**
   * Lines that are bylines only next to one: the outlet under a byline (`Example News, Kyiv`), or a
   * bare name beside a dateline (`Jane Roe`), the latter only below the headline.
   */
  private readBylineContinuation(
    line: Line,
    last: 'byline' | 'dateline' | null,
    afterHeadline: boolean,
  ): boolean {
    if (last === 'byline') {
      const outlet = parseAffiliationLine(line.text);
      if (outlet) {
        this.emit(line, 'byline', ['byline.affiliation-line'], 0.7);
        this.meta.source ??= outlet;
        return true;
      }
    }
    if (last !== null && afterHeadline) {
      const name = parseBareName(line.text);
      if (name) {
        this.emit(line, 'byline', ['byline.bare-name'], 0.6);
        if (!this.meta.authors!.includes(name)) this.meta.authors!.push(name);
        return true;
      }
    }
    return false;
  }

  private emitByline(line: Line, byline: Byline): void {
    this.emit(line, 'byline', byline.rules, 0.9);
    for (const author of byline.authors)
      if (!this.meta.authors!.includes(author)) this.meta.authors!.push(author);
    if (byline.affiliation && !this.meta.source) this.meta.source = byline.affiliation;
    if (byline.date && !this.bylineDate) this.bylineDate = byline.date;
  }

  private choosePublished(): PublishedTime | null {
    const original = this.datelines.find((d) => !UPDATED.test(d.published.sourceText ?? ''));
    return (original ?? this.datelines[0] ?? this.bylineDate)?.published ?? null;
  }

  // ------------------------------------------------------------------ body

  /** A body block becomes one paragraph; boilerplate lines inside it are split out as their own. */
  private emitBody(block: Line[]): void {
    let runStart = -1;
    const rule = block.length === 1 && this.blocks.length > 1 ? 'plain.body' : 'plain.body.lines';
    const flush = (upTo: number) => {
      if (runStart < 0) return;
      const span = { start: block[runStart].start, end: block[upTo - 1].end, text: '' };
      this.emit(span, 'body', [rule], 0.9);
      runStart = -1;
    };
    for (let i = 0; i < block.length; i++) {
      // Body lines are only checked for boilerplate: a date or byline shape inside the story is story.
      const match = this.bodyBoilerplate.classify(block[i].text);
      if (match) {
        flush(i);
        this.emitBoilerplate(block[i], match);
      } else if (runStart < 0) runStart = i;
    }
    flush(block.length);
  }

  private emitBoilerplate(line: Line, match: BoilerplateMatch): void {
    this.emit(line, 'boilerplate', [match.rule], 0.8, match);
  }

  private emit(
    span: Line,
    role: Paragraph['role'],
    rules: string[],
    confidence: number,
    boilerplate?: BoilerplateMatch,
  ): void {
    this.out.push(paragraph(this.text, span.start, span.end, role, rules, confidence, boilerplate?.kind));
  }
}

/**
 * Lines grouped into blocks at blank lines. When the text has no blank line at all, each line is
 * its own block (one paragraph per line), unless the text is hard-wrapped (an e-mail, a terminal
 * copy): then a paragraph runs on until a short line ends it. Line spans exclude surrounding white space.
 */
function splitBlocks(text: string): Line[][] {
  const lines = splitLines(text);
  if (BLANK_LINE.test(text.trim())) {
    const blocks: Line[][] = [];
    let current: Line[] = [];
    for (const line of lines) {
      if (line) current.push(line);
      else if (current.length) {
        blocks.push(current);
        current = [];
      }
    }
    if (current.length) blocks.push(current);
    return blocks;
  }
  const nonBlank = lines.filter((l): l is Line => l !== null);
  const width = wrapWidth(nonBlank);
  if (width === 0) return nonBlank.map((l) => [l]);
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of nonBlank) {
    current.push(line);
    if (line.text.length < width * WRAP_SHORT_LINE) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** Trimmed line spans; `null` for a blank line. */
function splitLines(text: string): (Line | null)[] {
  const out: (Line | null)[] = [];
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    out.push(end > start ? { start, end, text: text.slice(start, end) } : null);
    from = to + 1;
  }
  return out;
}

/**
 * The wrap width of a hard-wrapped text, or 0 when it is not one: many lines close to the longest
 * line (itself at most 100 characters) that stop in mid-sentence.
 */
function wrapWidth(lines: Line[]): number {
  if (lines.length < WRAP_MIN_LINES) return 0;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.text.length);
  if (width < 40 || width > 100) return 0;
  let runOn = 0;
  for (const l of lines) if (l.text.length >= width * 0.8 && !SENTENCE_END.test(l.text)) runOn++;
  return runOn >= lines.length * 0.4 ? width : 0;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 12 ||
    code === 11 ||
    code === 0xa0 ||
    code === 0x3000
  );
}

const HEADING_MARKER = /^#{1,6}\s+/;

/** `# Headline` in a Markdown file: the headline starts after the marker. */
function withoutHeadingMarker(line: Line): Line {
  const m = HEADING_MARKER.exec(line.text);
  if (!m) return line;
  return { start: line.start + m[0].length, end: line.end, text: line.text.slice(m[0].length) };
}
