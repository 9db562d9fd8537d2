/**
 * Mapping between layer objects and table rows, both ways, for the SQLite store.
 *
 * Each layer type has its known fields as columns; any other field (an optional field added to a
 * layer after this schema) goes to the row's `extra` JSON and comes back on read, so nothing a
 * component writes is lost before a migration gives it a column.
 */
import type { Document } from '../../model/document.js';
import type {
  Entity,
  EventRecord,
  Forecast,
  Mention,
  Paragraph,
  Place,
  Quantity,
  Quote,
  Sentence,
  TimeExpression,
  Token,
} from '../../model/layers.js';

export type Params = Record<string, string | number | null>;
type Provenanced = { component: string; version: string; rules: string[]; confidence: number };

const json = (value: unknown): string => JSON.stringify(value);
const parse = <T>(text: string | null | undefined, fallback: T): T =>
  text == null || text === '' ? fallback : (JSON.parse(text) as T);

/** The fields of `obj` outside `known`, as JSON, or null when there are none. */
function extraOf(obj: object, known: ReadonlySet<string>): string | null {
  let extra: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(obj)) {
    if (known.has(key) || value === undefined) continue;
    extra ??= {};
    extra[key] = value;
  }
  return extra ? json(extra) : null;
}

function withExtra<T>(obj: T, extra: string | null): T {
  return extra ? { ...obj, ...(JSON.parse(extra) as object) } : obj;
}

function provenance(a: Provenanced): Params {
  return { component: a.component, version: a.version, rules: json(a.rules), confidence: a.confidence };
}

const PROVENANCE_KEYS = ['component', 'version', 'rules', 'confidence'];
const SPAN_KEYS = ['start', 'end', 'text'];
const known = (...keys: string[]) => new Set([...SPAN_KEYS, ...PROVENANCE_KEYS, ...keys]);

// ---------------------------------------------------------------- row shapes as read back

export interface ProvenanceRow {
  component: string;
  version: string;
  rules: string;
  confidence: number;
  extra?: string | null;
}

function readProvenance(r: ProvenanceRow): Provenanced {
  return { component: r.component, version: r.version, rules: parse(r.rules, []), confidence: r.confidence };
}

/** A span from nullable columns. */
function spanCols(start: number | null, end: number | null, text: string | null) {
  return start == null || end == null ? null : { start, end, text: text ?? '' };
}

// ---------------------------------------------------------------- documents

export interface DocumentRow {
  doc_key: number;
  id: string;
  content_hash: string;
  url: string | null;
  title: string | null;
  subtitle: string | null;
  authors: string;
  published_local: string | null;
  published_precision: string | null;
  published_zone: string | null;
  published_utc: string | null;
  published_source: string | null;
  published_day: string | null;
  source: string | null;
  language: string;
  format: string;
  origin: string | null;
  text: string;
  ingested_at: string;
  meta: string;
}

const META_KEYS = new Set([
  'title',
  'subtitle',
  'authors',
  'published',
  'source',
  'url',
  'language',
  'format',
  'origin',
]);

/** The publication day as the source printed it, at whatever precision it gave. */
export function publishedDay(doc: Document): string | null {
  const local = doc.meta.published?.local;
  return local ? local.slice(0, 10) : null;
}

export function documentParams(doc: Document, ingestedAt: string, keepTokens: boolean): Params {
  const m = doc.meta;
  const p = m.published;
  const layers = Object.keys(doc.layers).filter(
    (k) => doc.layers[k as keyof typeof doc.layers] !== undefined && (keepTokens || k !== 'tokens'),
  );
  const metaExtra = extraOf(m, META_KEYS);
  return {
    id: doc.id,
    content_hash: doc.contentHash,
    url: m.url ?? null,
    title: m.title ?? null,
    subtitle: m.subtitle ?? null,
    authors: json(m.authors ?? []),
    published_local: p?.local ?? null,
    published_precision: p?.precision ?? null,
    published_zone: p?.zone ?? null,
    published_utc: p?.utc ?? null,
    published_source: p?.sourceText ?? null,
    published_day: publishedDay(doc),
    source: m.source ?? null,
    language: m.language ?? 'en',
    format: m.format ?? 'text',
    origin: m.origin ?? null,
    text: doc.text,
    ingested_at: ingestedAt,
    meta: json({
      layers,
      producedBy: keepTokens ? doc.producedBy : { ...doc.producedBy, tokens: undefined },
      diagnostics: doc.diagnostics,
      placeFocus: doc.layers.placeFocus,
      metaExtra: metaExtra ? JSON.parse(metaExtra) : undefined,
    }),
  };
}

export interface DocumentMetaJson {
  layers: string[];
  producedBy: Document['producedBy'];
  diagnostics: Document['diagnostics'];
  placeFocus?: Document['layers']['placeFocus'];
  metaExtra?: Record<string, unknown>;
}

/** The document without its layers; `readDocumentMeta` tells which layers to load. */
export function documentFromRow(r: DocumentRow): { doc: Document; meta: DocumentMetaJson } {
  const meta = parse<DocumentMetaJson>(r.meta, { layers: [], producedBy: {}, diagnostics: [] });
  const doc: Document = {
    id: r.id,
    text: r.text,
    contentHash: r.content_hash,
    meta: {
      ...(meta.metaExtra ?? {}),
      title: r.title,
      subtitle: r.subtitle,
      authors: parse(r.authors, []),
      published: r.published_local
        ? {
            local: r.published_local,
            precision: r.published_precision as NonNullable<Document['meta']['published']>['precision'],
            zone: r.published_zone,
            utc: r.published_utc,
            sourceText: r.published_source,
          }
        : null,
      source: r.source,
      url: r.url,
      language: r.language,
      format: r.format as Document['meta']['format'],
      origin: r.origin,
    },
    layers: {},
    producedBy: meta.producedBy ?? {},
    diagnostics: meta.diagnostics ?? [],
  };
  if (meta.placeFocus) doc.layers.placeFocus = meta.placeFocus;
  return { doc, meta };
}

// ---------------------------------------------------------------- tokens (packed, never queried)

interface PackedTokens {
  start: number[];
  end: number[];
  pos: string[];
  sentence: number[];
  /** Only when some token's norm is not its lower-cased text. */
  norm?: (string | null)[];
  head?: (number | null)[];
  dep?: (string | null)[];
}

export function packTokens(tokens: Token[]): string {
  const packed: PackedTokens = { start: [], end: [], pos: [], sentence: [] };
  let norms = false;
  let parsed = false;
  for (const t of tokens) {
    packed.start.push(t.start);
    packed.end.push(t.end);
    packed.pos.push(t.pos);
    packed.sentence.push(t.sentence);
    if (t.norm !== t.text.toLowerCase()) norms = true;
    if (t.head !== undefined || t.dep !== undefined) parsed = true;
  }
  if (norms) packed.norm = tokens.map((t) => (t.norm === t.text.toLowerCase() ? null : t.norm));
  if (parsed) {
    packed.head = tokens.map((t) => t.head ?? null);
    packed.dep = tokens.map((t) => t.dep ?? null);
  }
  return json(packed);
}

export function unpackTokens(text: string, packedJson: string): Token[] {
  const p = JSON.parse(packedJson) as PackedTokens;
  const tokens: Token[] = new Array(p.start.length);
  for (let i = 0; i < p.start.length; i++) {
    const surface = text.slice(p.start[i], p.end[i]);
    const t: Token = {
      start: p.start[i],
      end: p.end[i],
      text: surface,
      pos: p.pos[i],
      norm: p.norm?.[i] ?? surface.toLowerCase(),
      sentence: p.sentence[i],
    };
    if (p.head && p.head[i] != null) t.head = p.head[i] as number;
    if (p.dep && p.dep[i] != null) t.dep = p.dep[i] as string;
    tokens[i] = t;
  }
  return tokens;
}

// ---------------------------------------------------------------- paragraphs and sentences

export function paragraphParams(p: Paragraph): Params {
  return {
    idx: p.index,
    start: p.start,
    end: p.end,
    role: p.role,
    boilerplate: p.boilerplate ?? null,
    ...provenance(p),
  };
}
export interface ParagraphRow extends ProvenanceRow {
  idx: number;
  start: number;
  end: number;
  role: Paragraph['role'];
  boilerplate: Paragraph['boilerplate'] | null;
}
export function paragraphFromRow(r: ParagraphRow, text: string): Paragraph {
  const p: Paragraph = {
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    ...readProvenance(r),
    index: r.idx,
    role: r.role,
  };
  if (r.boilerplate) p.boilerplate = r.boilerplate;
  return p;
}

export function sentenceParams(s: Sentence): Params {
  return {
    idx: s.index,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    text: s.text,
    first_token: s.firstToken,
    last_token: s.lastToken,
    ...provenance(s),
  };
}
export interface SentenceRow extends ProvenanceRow {
  idx: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  first_token: number;
  last_token: number;
}
export function sentenceFromRow(r: SentenceRow): Sentence {
  return {
    start: r.start,
    end: r.end,
    text: r.text,
    ...readProvenance(r),
    index: r.idx,
    paragraph: r.paragraph,
    firstToken: r.first_token,
    lastToken: r.last_token,
  };
}

// ---------------------------------------------------------------- mentions and entities

const MENTION_KEYS = known('id', 'type', 'kind', 'entityId', 'role');
export function mentionParams(m: Mention): Params {
  return {
    id: m.id,
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    kind: m.kind,
    entity_id: m.entityId,
    role_start: m.role?.start ?? null,
    role_end: m.role?.end ?? null,
    role_text: m.role?.text ?? null,
    ...provenance(m),
    extra: extraOf(m, MENTION_KEYS),
  };
}
export interface MentionRow extends ProvenanceRow {
  id: string;
  start: number;
  end: number;
  text: string;
  type: Mention['type'];
  kind: Mention['kind'];
  entity_id: string | null;
  role_start: number | null;
  role_end: number | null;
  role_text: string | null;
}
export function mentionFromRow(r: MentionRow): Mention {
  const m: Mention = {
    start: r.start,
    end: r.end,
    text: r.text,
    ...readProvenance(r),
    id: r.id,
    type: r.type,
    kind: r.kind,
    entityId: r.entity_id,
  };
  const role = spanCols(r.role_start, r.role_end, r.role_text);
  if (role) m.role = role;
  return withExtra(m, r.extra ?? null);
}

const ENTITY_KEYS = new Set(['id', 'name', 'type', 'mentionIds', 'actor', 'roleText', 'confidence']);
export function entityParams(
  e: Entity,
  by: { component: string; version: string },
  firstMention: Mention | undefined,
): Params {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    mention_ids: json(e.mentionIds),
    actor_id: e.actor?.actorId ?? null,
    actor_name: e.actor?.name ?? null,
    actor_code: e.actor?.code ?? null,
    actor_country: e.actor?.country ?? null,
    actor_role: e.actor?.role ?? null,
    actor_wikidata: e.actor?.wikidata ?? null,
    role_text: e.roleText ?? null,
    start: firstMention?.start ?? null,
    end: firstMention?.end ?? null,
    component: by.component,
    version: by.version,
    rules: '[]',
    confidence: e.confidence,
    extra: extraOf(e, ENTITY_KEYS),
  };
}
export interface EntityRow extends ProvenanceRow {
  id: string;
  name: string;
  type: Entity['type'];
  mention_ids: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_code: string | null;
  actor_country: string | null;
  actor_role: string | null;
  actor_wikidata: string | null;
  role_text: string | null;
}
export function entityFromRow(r: EntityRow): Entity {
  const e: Entity = {
    id: r.id,
    name: r.name,
    type: r.type,
    mentionIds: parse(r.mention_ids, []),
    actor:
      r.actor_id != null
        ? {
            actorId: r.actor_id,
            name: r.actor_name ?? r.name,
            code: r.actor_code ?? '',
            country: r.actor_country,
            role: r.actor_role,
          }
        : null,
    confidence: r.confidence,
  };
  if (e.actor && r.actor_wikidata !== null) e.actor.wikidata = r.actor_wikidata;
  if (r.role_text !== null) e.roleText = r.role_text;
  return withExtra(e, r.extra ?? null);
}

// ---------------------------------------------------------------- times and places

const TIME_KEYS = known('id', 'type', 'value', 'mod', 'window', 'granularity', 'known', 'implied', 'anchor');
export function timeParams(t: TimeExpression): Params {
  return {
    id: t.id,
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type,
    value: t.value,
    mod: t.mod ?? null,
    window_earliest: t.window?.earliest ?? null,
    window_latest: t.window?.latest ?? null,
    granularity: t.granularity,
    known: json(t.known),
    implied: json(t.implied),
    anchor: t.anchor,
    ...provenance(t),
    extra: extraOf(t, TIME_KEYS),
  };
}
export interface TimeRow extends ProvenanceRow {
  id: string;
  start: number;
  end: number;
  text: string;
  type: TimeExpression['type'];
  value: string;
  mod: string | null;
  window_earliest: string | null;
  window_latest: string | null;
  granularity: TimeExpression['granularity'];
  known: string;
  implied: string;
  anchor: TimeExpression['anchor'];
}
export function timeFromRow(r: TimeRow): TimeExpression {
  const t: TimeExpression = {
    start: r.start,
    end: r.end,
    text: r.text,
    ...readProvenance(r),
    id: r.id,
    type: r.type,
    value: r.value,
    window:
      r.window_earliest != null && r.window_latest != null
        ? { earliest: r.window_earliest, latest: r.window_latest }
        : null,
    granularity: r.granularity,
    known: parse(r.known, []),
    implied: parse(r.implied, []),
    anchor: r.anchor,
  };
  if (r.mod !== null) t.mod = r.mod;
  return withExtra(t, r.extra ?? null);
}

const PLACE_KEYS = known(
  'id',
  'mentionId',
  'name',
  'resolved',
  'reason',
  'lat',
  'lon',
  'country',
  'admin1',
  'featureType',
  'geonameid',
  'evidence',
);
export function placeParams(p: Place): Params {
  return {
    id: p.id,
    start: p.start,
    end: p.end,
    text: p.text,
    mention_id: p.mentionId,
    name: p.name,
    resolved: p.resolved ? 1 : 0,
    reason: p.reason ?? null,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    admin1: p.admin1,
    feature_type: p.featureType,
    geonameid: p.geonameid,
    evidence: json(p.evidence),
    ...provenance(p),
    extra: extraOf(p, PLACE_KEYS),
  };
}
export interface PlaceRow extends ProvenanceRow {
  id: string;
  start: number;
  end: number;
  text: string;
  mention_id: string | null;
  name: string;
  resolved: number;
  reason: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  feature_type: string | null;
  geonameid: number | null;
  evidence: string;
}
export function placeFromRow(r: PlaceRow): Place {
  const p: Place = {
    start: r.start,
    end: r.end,
    text: r.text,
    ...readProvenance(r),
    id: r.id,
    mentionId: r.mention_id,
    name: r.name,
    resolved: r.resolved === 1,
    lat: r.lat,
    lon: r.lon,
    country: r.country,
    admin1: r.admin1,
    featureType: r.feature_type,
    geonameid: r.geonameid,
    evidence: parse(r.evidence, []),
  };
  if (r.reason !== null) p.reason = r.reason;
  return withExtra(p, r.extra ?? null);
}

// ---------------------------------------------------------------- quotes

const QUOTE_KEYS = known('id', 'kind', 'cue', 'speaker', 'speakerEntityId', 'speakerName');
export function quoteParams(q: Quote): Params {
  return {
    id: q.id,
    start: q.start,
    end: q.end,
    text: q.text,
    kind: q.kind,
    cue_start: q.cue?.start ?? null,
    cue_end: q.cue?.end ?? null,
    cue_text: q.cue?.text ?? null,
    cue_verb: q.cue?.verb ?? null,
    speaker_start: q.speaker?.start ?? null,
    speaker_end: q.speaker?.end ?? null,
    speaker_text: q.speaker?.text ?? null,
    speaker_entity_id: q.speakerEntityId,
    speaker_name: q.speakerName,
    ...provenance(q),
    extra: extraOf(q, QUOTE_KEYS),
  };
}
export interface QuoteRow extends ProvenanceRow {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: Quote['kind'];
  cue_start: number | null;
  cue_end: number | null;
  cue_text: string | null;
  cue_verb: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_text: string | null;
  speaker_entity_id: string | null;
  speaker_name: string | null;
}
export function quoteFromRow(r: QuoteRow): Quote {
  const cue = spanCols(r.cue_start, r.cue_end, r.cue_text);
  const q: Quote = {
    start: r.start,
    end: r.end,
    text: r.text,
    ...readProvenance(r),
    id: r.id,
    kind: r.kind,
    cue: cue ? { ...cue, verb: r.cue_verb ?? '' } : null,
    speaker: spanCols(r.speaker_start, r.speaker_end, r.speaker_text),
    speakerEntityId: r.speaker_entity_id,
    speakerName: r.speaker_name,
  };
  return withExtra(q, r.extra ?? null);
}

// ---------------------------------------------------------------- events and quantities

const EVENT_KEYS = known(
  'id',
  'trigger',
  'sentence',
  'source',
  'target',
  'cameo',
  'cameoRoot',
  'type',
  'mode',
  'context',
  'quad',
  'goldstein',
  'modality',
  'modalitySource',
  'time',
  'location',
  'quantities',
  'mentions',
);

/** The day an event sorts by: its own earliest day when dated, else the publication day. */
export function eventDay(e: EventRecord, published: string | null): string | null {
  if (e.time?.window) return e.time.window.earliest;
  if (e.time && /^\d{4}-\d{2}-\d{2}/.test(e.time.value)) return e.time.value.slice(0, 10);
  return published;
}

export function eventParams(e: EventRecord, published: string | null): Params {
  return {
    id: e.id,
    start: e.start,
    end: e.end,
    text: e.text,
    sentence: e.sentence,
    trigger_start: e.trigger.start,
    trigger_end: e.trigger.end,
    trigger_text: e.trigger.text,
    source_start: e.source?.start ?? null,
    source_end: e.source?.end ?? null,
    source_text: e.source?.text ?? null,
    source_entity_id: e.source?.entityId ?? null,
    source_code: e.source?.code ?? null,
    source_name: e.source?.name ?? null,
    target_start: e.target?.start ?? null,
    target_end: e.target?.end ?? null,
    target_text: e.target?.text ?? null,
    target_entity_id: e.target?.entityId ?? null,
    target_code: e.target?.code ?? null,
    target_name: e.target?.name ?? null,
    cameo: e.cameo,
    cameo_root: e.cameoRoot,
    plover_type: e.type,
    mode: e.mode,
    context: e.context,
    quad: e.quad,
    goldstein: e.goldstein,
    modality: e.modality,
    modality_source_start: e.modalitySource?.start ?? null,
    modality_source_end: e.modalitySource?.end ?? null,
    modality_source_text: e.modalitySource?.text ?? null,
    time_id: e.time?.timeId ?? null,
    time_value: e.time?.value ?? null,
    time_earliest: e.time?.window?.earliest ?? null,
    time_latest: e.time?.window?.latest ?? null,
    time_precision: e.time?.precision ?? null,
    place_id: e.location?.placeId ?? null,
    location_name: e.location?.name ?? null,
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
    location_country: e.location?.country ?? null,
    geo_precision: e.location?.precision ?? null,
    event_day: eventDay(e, published),
    quantities: json(e.quantities),
    mentions: json(e.mentions),
    ...provenance(e),
    extra: extraOf(e, EVENT_KEYS),
  };
}
export interface EventRow extends ProvenanceRow {
  id: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  source_start: number | null;
  source_end: number | null;
  source_text: string | null;
  source_entity_id: string | null;
  source_code: string | null;
  source_name: string | null;
  target_start: number | null;
  target_end: number | null;
  target_text: string | null;
  target_entity_id: string | null;
  target_code: string | null;
  target_name: string | null;
  cameo: string;
  cameo_root: string;
  plover_type: string;
  mode: string | null;
  context: string | null;
  quad: EventRecord['quad'];
  goldstein: number | null;
  modality: EventRecord['modality'];
  modality_source_start: number | null;
  modality_source_end: number | null;
  modality_source_text: string | null;
  time_id: string | null;
  time_value: string | null;
  time_earliest: string | null;
  time_latest: string | null;
  time_precision: NonNullable<EventRecord['time']>['precision'] | null;
  place_id: string | null;
  location_name: string | null;
  lat: number | null;
  lon: number | null;
  location_country: string | null;
  geo_precision: NonNullable<EventRecord['location']>['precision'] | null;
  event_day: string | null;
  quantities: string;
  mentions: string;
}

function eventActor(
  start: number | null,
  end: number | null,
  text: string | null,
  entityId: string | null,
  code: string | null,
  name: string | null,
): EventRecord['source'] {
  const span = spanCols(start, end, text);
  return span ? { ...span, entityId, code, name: name ?? span.text } : null;
}

export function eventFromRow(r: EventRow): EventRecord {
  const e: EventRecord = {
    start: r.start,
    end: r.end,
    text: r.text,
    ...readProvenance(r),
    id: r.id,
    trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
    sentence: r.sentence,
    source: eventActor(
      r.source_start,
      r.source_end,
      r.source_text,
      r.source_entity_id,
      r.source_code,
      r.source_name,
    ),
    target: eventActor(
      r.target_start,
      r.target_end,
      r.target_text,
      r.target_entity_id,
      r.target_code,
      r.target_name,
    ),
    cameo: r.cameo,
    cameoRoot: r.cameo_root,
    type: r.plover_type,
    mode: r.mode,
    context: r.context,
    quad: r.quad,
    goldstein: r.goldstein,
    modality: r.modality,
    time:
      r.time_value != null
        ? {
            timeId: r.time_id,
            value: r.time_value,
            window:
              r.time_earliest != null && r.time_latest != null
                ? { earliest: r.time_earliest, latest: r.time_latest }
                : null,
            precision: r.time_precision ?? 'publication',
          }
        : null,
    location:
      r.location_name != null
        ? {
            placeId: r.place_id,
            name: r.location_name,
            lat: r.lat,
            lon: r.lon,
            country: r.location_country,
            precision: r.geo_precision ?? 3,
          }
        : null,
    quantities: parse(r.quantities, []),
    mentions: parse(r.mentions, []),
  };
  const modalitySource = spanCols(r.modality_source_start, r.modality_source_end, r.modality_source_text);
  if (modalitySource) e.modalitySource = modalitySource;
  return withExtra(e, r.extra ?? null);
}

const QUANTITY_KEYS = known('id', 'kind', 'value', 'approximate', 'unit');
export function quantityParams(q: Quantity): Params {
  return {
    id: q.id,
    start: q.start,
    end: q.end,
    text: q.text,
    kind: q.kind,
    value: q.value,
    approximate: q.approximate ?? null,
    unit: q.unit ?? null,
    ...provenance(q),
    extra: extraOf(q, QUANTITY_KEYS),
  };
}
export interface QuantityRow extends ProvenanceRow {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: Quantity['kind'];
  value: number;
  approximate: string | null;
  unit: string | null;
}
export function quantityFromRow(r: QuantityRow): Quantity {
  const q: Quantity = {
    start: r.start,
    end: r.end,
    text: r.text,
    ...readProvenance(r),
    id: r.id,
    kind: r.kind,
    value: r.value,
  };
  if (r.approximate !== null) q.approximate = r.approximate;
  if (r.unit !== null) q.unit = r.unit;
  return withExtra(q, r.extra ?? null);
}

// ---------------------------------------------------------------- forecasts

const FORECAST_KEYS = known(
  'id',
  'speaker',
  'speakerEntityId',
  'speakerName',
  'event',
  'window',
  'hedges',
  'probability',
  'condition',
  'quoteId',
);
export function forecastParams(f: Forecast): Params {
  return {
    id: f.id,
    start: f.start,
    end: f.end,
    text: f.text,
    speaker_start: f.speaker?.start ?? null,
    speaker_end: f.speaker?.end ?? null,
    speaker_text: f.speaker?.text ?? null,
    speaker_entity_id: f.speakerEntityId,
    speaker_name: f.speakerName,
    event_type: f.event.type,
    event_cameo: f.event.cameo,
    event_id: f.event.eventId,
    event_summary: f.event.summary,
    window_earliest: f.window?.earliest ?? null,
    window_latest: f.window?.latest ?? null,
    window_basis: f.window?.basis ?? null,
    hedges: json(f.hedges),
    probability: f.probability,
    condition_start: f.condition?.start ?? null,
    condition_end: f.condition?.end ?? null,
    condition_text: f.condition?.text ?? null,
    quote_id: f.quoteId,
    ...provenance(f),
    extra: extraOf(f, FORECAST_KEYS),
  };
}
export interface ForecastRow extends ProvenanceRow {
  id: string;
  start: number;
  end: number;
  text: string;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_text: string | null;
  speaker_entity_id: string | null;
  speaker_name: string | null;
  event_type: string | null;
  event_cameo: string | null;
  event_id: string | null;
  event_summary: string;
  window_earliest: string | null;
  window_latest: string | null;
  window_basis: string | null;
  hedges: string;
  probability: number | null;
  condition_start: number | null;
  condition_end: number | null;
  condition_text: string | null;
  quote_id: string | null;
}
export function forecastFromRow(r: ForecastRow): Forecast {
  const f: Forecast = {
    start: r.start,
    end: r.end,
    text: r.text,
    ...readProvenance(r),
    id: r.id,
    speaker: spanCols(r.speaker_start, r.speaker_end, r.speaker_text),
    speakerEntityId: r.speaker_entity_id,
    speakerName: r.speaker_name,
    event: { type: r.event_type, cameo: r.event_cameo, eventId: r.event_id, summary: r.event_summary },
    window:
      r.window_earliest != null && r.window_latest != null
        ? { earliest: r.window_earliest, latest: r.window_latest, basis: r.window_basis ?? '' }
        : null,
    hedges: parse(r.hedges, []),
    probability: r.probability,
    condition: spanCols(r.condition_start, r.condition_end, r.condition_text),
    quoteId: r.quote_id,
  };
  return withExtra(f, r.extra ?? null);
}
