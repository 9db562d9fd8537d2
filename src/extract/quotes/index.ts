/**
 * The quotes component: who said what. Reads paragraphs, sentences, tokens and (when present)
 * mentions and entities; writes `quotes`.
 *
 * Passes, in order (each a small module):
 *   marks     quoted spans, paragraph by paragraph                       marks.ts
 *   direct    which spans are speech, direct or fragment, and who said it direct.ts, attribute.ts
 *   block     unmarked paragraphs of speech                               block.ts
 *   carry     unattributed quotations keep the speaker they continue       carry.ts
 *   indirect  reported speech from the cues left over                    indirect.ts
 */
import { type Span, spanOf } from '../../model/annotation.js';
import type { Document } from '../../model/document.js';
import type { Quote, Token } from '../../model/layers.js';
import type { Component } from '../../pipeline-types.js';
import { READABLE_ROLES } from '../../text/paragraphs.js';
import { blockQuotes } from './block.js';
import { carrySpeakers } from './carry.js';
import type { QuoteContext } from './context.js';
import { directQuotes } from './direct.js';
import type { DraftQuote } from './draft.js';
import { indirectQuotes } from './indirect.js';
import { loadQuoteLexicon, type QuoteLexicon } from './lexicon.js';
import { findQuotedSpans } from './marks.js';
import { type PronounResolver, SpeakerFinder } from './speaker.js';
import { makeView } from './view.js';

export { loadQuoteLexicon, parseQuoteLexicon, type QuoteLexicon } from './lexicon.js';
export type { PronounResolver } from './speaker.js';

export const QUOTES_COMPONENT = { component: 'quotes', version: '0.1.0' } as const;

/** A quote with the source that relays it (`Reuters reports`), when the text names one. */
export interface RelayedQuote extends Quote {
  reportedBy?: Span | null;
}

export interface QuotesOptions {
  lexicon?: QuoteLexicon;
  /** The entities component's pronoun resolver; without it, pronouns go to the nearest earlier person. */
  resolvePronoun?: PronounResolver;
}

export function quotesComponent(options: QuotesOptions = {}): Component {
  const lexicon = options.lexicon ?? loadQuoteLexicon();
  return {
    name: QUOTES_COMPONENT.component,
    version: QUOTES_COMPONENT.version,
    reads: ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities'],
    writes: ['quotes'],
    run(doc: Document) {
      doc.layers.quotes = extractQuotes(doc, lexicon, options.resolvePronoun);
      doc.producedBy.quotes = QUOTES_COMPONENT;
    },
  };
}

/** Runs every pass on one document (the layers it reads must be filled; mentions may be empty). */
export function extractQuotes(
  doc: Document,
  lexicon: QuoteLexicon,
  resolvePronoun?: PronounResolver,
): RelayedQuote[] {
  const view = makeView(doc);
  const ctx: QuoteContext = {
    view,
    lex: lexicon,
    speakers: new SpeakerFinder(view, lexicon, doc, resolvePronoun),
    usedCues: new Set(),
  };
  const readable = view.paragraphs.filter((p) => READABLE_ROLES.has(p.role));
  const spans = findQuotedSpans(doc.text, readable);
  const direct = directQuotes(ctx, spans);
  const blocks = blockQuotes(ctx, direct);
  const drafts = [...direct, ...blocks];
  carrySpeakers(drafts);
  drafts.push(...indirectQuotes(ctx));
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return drafts.map((d, i) => toQuote(doc.text, view.tokens, d, i));
}

function toQuote(text: string, tokens: readonly Token[], d: DraftQuote, i: number): RelayedQuote {
  const a = d.attribution;
  const cue = a?.cue ?? null;
  const speaker = a?.speaker ?? null;
  const rules = [...d.rules, ...(a ? a.rules : ['speaker.none'])];
  const confidence = a ? a.confidence : d.kind === 'indirect' ? 0.5 : 0.6;
  const q: RelayedQuote = {
    id: `q${i + 1}`,
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    component: QUOTES_COMPONENT.component,
    version: QUOTES_COMPONENT.version,
    rules,
    confidence,
    kind: d.kind,
    cue: cue ? { ...spanOf(text, tokens[cue.first].start, tokens[cue.last].end), verb: cue.lemma } : null,
    speaker: speaker ? speaker.span : null,
    speakerEntityId: speaker?.entityId ?? null,
    // An unresolved pronoun keeps its span as evidence but names nobody.
    speakerName:
      speaker?.name ?? (speaker && !speaker.rule.includes('pronoun.unresolved') ? speaker.span.text : null),
  };
  if (d.reportedBy) q.reportedBy = d.reportedBy.span;
  return q;
}
