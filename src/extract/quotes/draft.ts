/** The working record of a quote before it becomes a `Quote` annotation. */
import type { QuoteKind } from '../../model/layers.js';
import type { CueMatch } from './cues.js';
import type { Speaker } from './speaker.js';

export interface Attribution {
  cue: CueMatch | null;
  speaker: Speaker | null;
  /** Rule ids of the attribution pattern. */
  rules: string[];
  confidence: number;
}

export interface DraftQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  paragraph: number;
  /** First and last token of the quote including its marks (direct) or of its content (indirect). */
  firstToken: number;
  lastToken: number;
  rules: string[];
  attribution: Attribution | null;
  /** A relaying source (`Reuters reports`) for reported speech. */
  reportedBy?: Speaker | null;
  /** This segment continues the quotation of the previous paragraph. */
  continued?: boolean;
  /** The quotation runs on past its paragraph's end (no closing mark). */
  unclosed?: boolean;
  /** The quotation is the first thing in its paragraph. */
  opensParagraph?: boolean;
}
