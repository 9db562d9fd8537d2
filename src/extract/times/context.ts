/**
 * What a rule sees when it matches: the sentence text, the anchor, the clause's tense and the
 * neighbouring words. Offsets here are relative to the sentence text.
 */
import type { Anchor, CivilDate } from './calendar.js';
import type { TimesLexicon } from './lexicon.js';
import type { Tense } from './tense.js';
import type { Value } from './values.js';

/** A value with the bookkeeping chrono calls known/implied, and how it was anchored. */
export interface Resolved extends Value {
  /** Fields the text gave (`day`, `month`, `year`, `weekday`, `hour`, `count`, `unit`, `modifier`...). */
  known: string[];
  /** Fields taken from the anchor or from the tense (`year`, `week`, `direction`...). */
  implied: string[];
  anchor: 'absolute' | 'publication' | 'none';
  confidence: number;
  /** A rule id to add to the annotation's rules (how a builder chose between readings). */
  note?: string;
}

/** Thrown by `ctx.ref` when a relative expression meets a document with no publication date. */
export class NoAnchor extends Error {}

export interface MatchContext {
  /** The sentence text. */
  readonly text: string;
  readonly lex: TimesLexicon;
  /** The publication date; throws NoAnchor when the document has none. */
  readonly ref: Anchor;
  readonly hasAnchor: boolean;
  /** The tense of the clause around [start, end). */
  tense(start: number, end: number): Tense | null;
  /** The lower-cased word right before `start` ('' at the sentence start). */
  wordBefore(start: number): string;
  /** The word right before, as written. */
  rawWordBefore(start: number): string;
  /** The word right after `end`, as written ('' at the sentence end). */
  rawWordAfter(end: number): string;
  /** Universal POS of the token starting at or after `end`, or null. */
  posAfter(end: number): string | null;
  /** Universal POS of the token ending at or before `start`, or null. */
  posBefore(start: number): string | null;
  /** Whether the sentence offset lies inside quotation marks (speech has its own `today`). */
  inQuote(offset: number): boolean;
  /** The latest day-precise date resolved earlier in the document (for `the next day`). */
  readonly previousDay: CivilDate | null;
  /** Whether `previousDay` was named by `yesterday` (a story about yesterday quotes yesterday's words). */
  readonly narratedYesterday: boolean;
}

/** A rule's match, before overlapping matches are settled. */
export interface Candidate {
  start: number;
  end: number;
  rules: string[];
  /** Lower wins ties between spans of the same length. */
  priority: number;
  resolved: Resolved;
}
