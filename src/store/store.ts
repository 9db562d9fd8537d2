/**
 * The Store: where documents and their layers are kept, and the questions an analyst asks of them.
 *
 * Storage-neutral on purpose: SQLite (`sqlite/`) is the default, a PostgreSQL store will implement the
 * same interface and run the same contract suite (`contract.ts`). Every method is async so a networked
 * store fits; nothing here names a driver type.
 *
 * Dates in filters are ISO days (`2015-11-17`), inclusive at both ends.
 */
import type { Document } from '../model/document.js';
import type { EventRecord, Forecast, Modality, Quote } from '../model/layers.js';

export interface PutResult {
  /** New documents written. */
  stored: number;
  /** Inputs already in the store (same normalised text, or same URL and same text): nothing written. */
  duplicates: number;
  /** Inputs whose URL was stored with another text: the newer text replaced the older version. */
  updated: number;
  /** Per input, in order: what happened to it and the id it is stored under. */
  outcomes: PutOutcome[];
}

export interface PutOutcome {
  status: 'stored' | 'duplicate' | 'updated';
  /** The stored document's id (for a duplicate, the id of the copy already kept). */
  id: string;
}

export interface DateRange {
  /** First day included, `YYYY-MM-DD`. */
  since?: string | null;
  /** Last day included, `YYYY-MM-DD`. */
  until?: string | null;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  /** Publication time as the source gave it (local), or null. */
  published: string | null;
  origin: string | null;
  ingestedAt: string;
}

export interface SearchHit extends DocumentSummary {
  /** A stretch of the text around the match, the matched words between `[` and `]`. */
  snippet: string;
  /** Lower is better (BM25 as the engine reports it). */
  rank: number;
}

export interface StoredQuote extends Quote {
  documentId: string;
  documentTitle: string | null;
  published: string | null;
  /** The speaker's linked actor, when the speaker entity has one. */
  speakerActorId: string | null;
  speakerCode: string | null;
}

export interface QuoteFilter extends DateRange {
  /** Part of the speaker's name (`Kerry`), matched case-insensitively on the name and the linked actor. */
  speaker?: string;
  /** Actor code prefix of the speaker (`USAGOV`). */
  speakerCode?: string;
  /** Full-text match on the quote (`Syria`, `ceasefire OR truce`). */
  text?: string;
  documentId?: string;
  limit?: number;
}

export interface SpeakerCount {
  /** The actor name when linked, else the name the text gives. */
  name: string;
  actorId: string | null;
  code: string | null;
  quotes: number;
  documents: number;
}

export interface StoredEvent extends EventRecord {
  documentId: string;
  documentTitle: string | null;
  published: string | null;
  /** The day the timeline sorts by: the event's earliest day, else the publication day. */
  day: string | null;
  /** The sentence the event was read from, so a reader can check it ("why?"). */
  sentenceText: string | null;
}

export interface EventFilter extends DateRange {
  /** Actor code prefix matched on source or target (`SYRGOV`), or part of the actor's name. */
  actor?: string;
  /** Two-digit CAMEO root(s), e.g. `04` or [`18`, `19`]. */
  cameoRoot?: string | string[];
  /** PLOVER type(s), e.g. `ASSAULT`. */
  type?: string | string[];
  modality?: Modality | Modality[];
  documentId?: string;
  /** `asc` (default) oldest first; `desc` newest first, e.g. the latest N events for a report. */
  order?: 'asc' | 'desc';
  limit?: number;
}

export interface ActorSummary {
  /** Actor id when linked; else null and the summary groups by name and type. */
  actorId: string | null;
  name: string;
  type: string;
  code: string | null;
  country: string | null;
  /** The role valid on the latest article's date, or the role the text gave. */
  role: string | null;
  documents: number;
  mentions: number;
}

export interface ActorFilter extends DateRange {
  /** Actor code prefix. */
  code?: string;
  /** Entity types to include (`PERSON`, `ORG`, `GPE`...); all when absent. */
  types?: string[];
  limit?: number;
}

/** Where a forecast stands in the ledger. `open` until evidence (or an analyst) says otherwise. */
export type ForecastStatus = 'open' | 'fulfilled' | 'partly-fulfilled' | 'failed' | 'expired' | 'withdrawn';

export interface StoredForecast extends Forecast {
  documentId: string;
  documentTitle: string | null;
  published: string | null;
  status: ForecastStatus;
  /** When the status last changed, ISO instant; null while open since ingest. */
  statusAt: string | null;
}

export interface ForecastFilter extends DateRange {
  status?: ForecastStatus | ForecastStatus[];
  speaker?: string;
  documentId?: string;
  limit?: number;
}

export interface ForecastStatusChange {
  documentId: string;
  forecastId: string;
  from: ForecastStatus;
  to: ForecastStatus;
  /** ISO instant the change was recorded (or the evidence's date, when the caller gives it). */
  at: string;
  /** The event that settles the forecast, by document id and event id. */
  evidence: { documentId: string; eventId: string | null } | null;
  /** True when the linker decided, false for an analyst's decision. */
  automatic: boolean;
  note: string | null;
}

export type ForecastStatusChangeInput = Omit<ForecastStatusChange, 'from' | 'at'> & { at?: string };

export interface StoreStats {
  documents: number;
  mentions: number;
  entities: number;
  times: number;
  places: number;
  quotes: number;
  events: number;
  quantities: number;
  forecasts: number;
  /** Earliest and latest publication day stored. */
  firstDay: string | null;
  lastDay: string | null;
}

export interface Store {
  /**
   * Writes a batch in one transaction: either every document of the batch is stored or none is, and
   * nothing stored by earlier batches is touched. Idempotent: an input whose normalised text (content
   * hash) is already stored is a duplicate; an input whose URL is stored with another text replaces it.
   */
  putDocuments(docs: readonly Document[]): Promise<PutResult>;
  /** The document with every stored layer, as the pipeline left it; null when unknown. */
  getDocument(id: string): Promise<Document | null>;
  /** Documents newest first, optionally within a publication range. */
  documents(filter?: DateRange & { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
  /** Full-text search over titles and texts, best first. */
  search(text: string, limit?: number): Promise<SearchHit[]>;
  /** Quotes by speaker and/or text ("everything Kerry said about Syria"), newest first. */
  quotes(filter: QuoteFilter): Promise<StoredQuote[]>;
  /** Who was quoted most in a range, most quotes first. */
  topSpeakers(filter?: DateRange & { limit?: number }): Promise<SpeakerCount[]>;
  /** Documents with an entity or event actor whose code starts with `codePrefix` (`SYRGOV`). */
  documentsMentioningActor(
    codePrefix: string,
    filter?: DateRange & { limit?: number },
  ): Promise<DocumentSummary[]>;
  /** Events in timeline order (day, then document, then position). */
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  /** Every event matching the filter, streamed in timeline order, for export. */
  exportEvents(filter?: Omit<EventFilter, 'limit'>): AsyncIterable<StoredEvent>;
  /** Actors with how many documents and mentions they appear in, most documents first. */
  actors(filter?: ActorFilter): Promise<ActorSummary[]>;
  /** Forecasts, soonest window end first. */
  forecasts(filter?: ForecastFilter): Promise<StoredForecast[]>;
  /** Records a status change in the ledger and returns it; throws when the forecast is unknown. */
  recordForecastStatus(change: ForecastStatusChangeInput): Promise<ForecastStatusChange>;
  /** A forecast's status history, oldest first. */
  forecastHistory(documentId: string, forecastId: string): Promise<ForecastStatusChange[]>;
  /** Counts of what is stored; with a range, only what belongs to documents published in it. */
  stats(range?: DateRange): Promise<StoreStats>;
  close(): Promise<void>;
}

/** A store error with a stable code, e.g. `E_STORE_SCHEMA` for a database newer than this program. */
export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
