/**
 * One type per layer of a Document. A layer is absent until its component has run; an empty list
 * means the component ran and found nothing.
 */
import type { Annotation, Span } from './annotation.js';

// ---------------------------------------------------------------- text layer

export type ParagraphRole = 'headline' | 'dek' | 'byline' | 'dateline' | 'body' | 'boilerplate';

/** Kinds of lines that are kept in the record but never read for facts. */
export type BoilerplateKind = 'photo-credit' | 'related-link' | 'social' | 'newsletter' | 'other';

export interface Paragraph extends Annotation {
  index: number;
  role: ParagraphRole;
  boilerplate?: BoilerplateKind;
}

export interface Sentence extends Annotation {
  index: number;
  /** Index into `paragraphs`. */
  paragraph: number;
  /** Indices into `tokens` of the sentence's first and last token. */
  firstToken: number;
  lastToken: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag (wink-nlp's tag set: NOUN, PROPN, VERB, AUX, ...). */
  pos: string;
  /** Lower-cased normal form. */
  norm: string;
  /** Index into `sentences`. */
  sentence: number;
  /** Dependency head (token index, -1 for the root) and relation, once the parser has run. */
  head?: number;
  dep?: string;
}

// ---------------------------------------------------------------- entities

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'OTHER';

/** How a mention refers: by name, acronym, demonym (`Syrian`), common noun (`the minister`), or pronoun. */
export type MentionKind = 'name' | 'acronym' | 'demonym' | 'nominal' | 'pronoun';

export interface Mention extends Annotation {
  id: string;
  type: EntityType;
  kind: MentionKind;
  /** The entity this mention refers to, once coreference has run. */
  entityId: string | null;
  /** A title or role split off the name (`Secretary of State` in `Secretary of State John Kerry`). */
  role?: Span | null;
}

/** The date-bounded role of an actor, as in the Phoenix dictionaries (`[USAGOV >130201]`). */
export interface ActorRole {
  /** CAMEO actor code, e.g. `USAGOV`, `SYRREB`, `IMGMUSISI`. */
  code: string;
  /** Human description, e.g. `Secretary of State`. */
  title?: string;
  /** ISO dates; `null` = open. */
  from: string | null;
  to: string | null;
}

export interface ActorLink {
  actorId: string;
  name: string;
  /** The role valid on the article's date. */
  code: string;
  /** ISO 3166-1 alpha-3 of the actor's country, when it has one. */
  country: string | null;
  role: string | null;
  wikidata?: string | null;
}

export interface Entity {
  id: string;
  /** The fullest name seen in the document. */
  name: string;
  type: EntityType;
  mentionIds: string[];
  actor: ActorLink | null;
  /** A role found in the text when no actor is linked (`a military analyst`). */
  roleText?: string | null;
  confidence: number;
}

// ---------------------------------------------------------------- times

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Granularity =
  | 'century'
  | 'decade'
  | 'year'
  | 'quarter'
  | 'month'
  | 'week'
  | 'day'
  | 'partofday'
  | 'hour'
  | 'minute';

/** The days a value could denote, inclusive ISO dates (`2015-12-11` .. `2015-12-20`). */
export interface TimeWindow {
  earliest: string;
  latest: string;
}

export interface TimeExpression extends Annotation {
  id: string;
  type: TimexType;
  /** TIMEX3 value: `2015-11-16`, `2015-12`, `2015-W47`, `2015-11-17TMO`, `P3W`, `PAST_REF`. */
  value: string;
  /** TIMEX3 mod where one applies: `START`, `MID`, `END`, `APPROX`, `LESS_THAN`, `MORE_THAN`. */
  mod?: string;
  window: TimeWindow | null;
  granularity: Granularity | null;
  /** Which fields the text gave (`day`, `month`, `weekday`...) and which were implied from the anchor. */
  known: string[];
  implied: string[];
  /** How the value was anchored: an absolute date, the publication date, or nothing (unknown date). */
  anchor: 'absolute' | 'publication' | 'none';
}

// ---------------------------------------------------------------- places

export interface PlaceEvidence {
  /** e.g. `population`, `named-country`, `dateline`, `adjacency`, `focus`, `alias`, `demonym`. */
  kind: string;
  weight: number;
  detail: string;
}

export interface Place extends Annotation {
  id: string;
  /** The mention the place was read from, when the entities layer has one. */
  mentionId: string | null;
  name: string;
  resolved: boolean;
  /** Why it was left unresolved. */
  reason?: string;
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  admin1: string | null;
  /** `country`, `admin1`, `city`, `region`, `water`, `landmark`... */
  featureType: string | null;
  geonameid: number | null;
  evidence: PlaceEvidence[];
}

export interface PlaceFocus {
  /** ISO alpha-2 codes, most central first. */
  countries: string[];
  placeIds: string[];
}

// ---------------------------------------------------------------- quotes

export type QuoteKind = 'direct' | 'indirect' | 'mixed' | 'block';

export interface Quote extends Annotation {
  id: string;
  kind: QuoteKind;
  /** The speech verb or cue (`said`, `told the press`, `according to`, `replied:`). */
  cue: (Span & { verb: string }) | null;
  /** The mention that names or refers to the speaker; `null` when the text gives none. */
  speaker: Span | null;
  speakerEntityId: string | null;
  speakerName: string | null;
}

// ---------------------------------------------------------------- events

export type Modality =
  | 'asserted'
  | 'reported'
  | 'planned'
  | 'intended'
  | 'predicted'
  | 'conditional'
  | 'hypothetical'
  | 'negated';

export type QuantityKind = 'killed' | 'wounded' | 'arrested' | 'displaced' | 'kidnapped' | 'other';

export interface Quantity extends Annotation {
  id: string;
  kind: QuantityKind;
  value: number;
  /** `at least`, `about`, `more than`... */
  approximate?: string | null;
  /** What was counted (`passengers`, `people`). */
  unit?: string | null;
}

export interface EventActor extends Span {
  entityId: string | null;
  /** CAMEO actor code valid on the date (`USAGOV`), or null when not coded. */
  code: string | null;
  name: string;
}

export interface EventRecord extends Annotation {
  id: string;
  /** The word(s) that express the event (`visit`, `took down`, `ceasefire`). */
  trigger: Span;
  sentence: number;
  source: EventActor | null;
  target: EventActor | null;
  /** CAMEO code at full depth as a string with leading zeros (`0871`). */
  cameo: string;
  cameoRoot: string;
  /** PLOVER event type, mode and context. */
  type: string;
  mode: string | null;
  context: string | null;
  quad: 1 | 2 | 3 | 4;
  goldstein: number | null;
  modality: Modality;
  /** Who asserts it when modality is `reported` (`the AP`), or who predicts it. */
  modalitySource?: Span | null;
  time: {
    timeId: string | null;
    value: string;
    window: TimeWindow | null;
    precision: 'exact' | 'approximate' | 'publication';
  } | null;
  location: {
    placeId: string | null;
    name: string;
    lat: number | null;
    lon: number | null;
    country: string | null;
    /** ACLED geo_precision: 1 exact place, 2 nearby or region, 3 country. */
    precision: 1 | 2 | 3;
  } | null;
  quantities: { kind: QuantityKind; value: number; quantityId: string | null }[];
  /** Further mentions of the same event in the document. */
  mentions: Span[];
}

// ---------------------------------------------------------------- forecasts

export interface Forecast extends Annotation {
  id: string;
  speaker: Span | null;
  speakerEntityId: string | null;
  /** The speaker's name, or the outlet when the article itself makes the forecast. */
  speakerName: string | null;
  /** The predicted event. */
  event: { type: string | null; cameo: string | null; eventId: string | null; summary: string };
  window: (TimeWindow & { basis: string }) | null;
  hedges: string[];
  /** Probability from the hedge words (Kent's words of estimative probability), when any. */
  probability: number | null;
  condition: Span | null;
  quoteId: string | null;
}

// ---------------------------------------------------------------- the whole set

export interface Layers {
  paragraphs?: Paragraph[];
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: Mention[];
  entities?: Entity[];
  times?: TimeExpression[];
  places?: Place[];
  placeFocus?: PlaceFocus;
  quotes?: Quote[];
  events?: EventRecord[];
  forecasts?: Forecast[];
  quantities?: Quantity[];
}

export type LayerName = keyof Layers;

export const LAYER_NAMES: readonly LayerName[] = [
  'paragraphs',
  'sentences',
  'tokens',
  'mentions',
  'entities',
  'times',
  'places',
  'placeFocus',
  'quotes',
  'events',
  'forecasts',
  'quantities',
];
