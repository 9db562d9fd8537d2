/** What every pass of the quotes component shares for one document. */
import type { QuoteLexicon } from './lexicon.js';
import type { SpeakerFinder } from './speaker.js';
import type { DocView } from './view.js';

export interface QuoteContext {
  view: DocView;
  lex: QuoteLexicon;
  speakers: SpeakerFinder;
  /** Tokens of cues already used by an attribution, so the indirect pass does not read them again. */
  usedCues: Set<number>;
}

/** Sentence-ending or clause-breaking punctuation. */
export const STOP_PUNCT = new Set(['.', '!', '?', ';']);
export const QUOTE_MARKS = new Set([
  '"',
  '\u201C',
  '\u201D',
  "'",
  '\u2018',
  '\u2019',
  '\u201E',
  '\u00AB',
  '\u00BB',
]);
