/**
 * Event exports, pure functions of an EventRecord and its Document (no store):
 * - GDELT 2.0 event table columns that apply to one article (tab-separated), then SOURCEURL, then our
 *   provenance columns (document, event id, PLOVER type, modality, trigger offsets, counts, rules);
 * - PLOVER JSON records (field names of the PLOVER manual's JSON table);
 * - a flat CSV row for spreadsheets.
 * GDELT codes countries in FIPS 10-4; we write ISO 3166-1 alpha-2, said so in the header docs.
 */
import { gdeltQuad } from '../extract/events/coding.js';
import type { Document } from '../model/document.js';
import type { EventActor, EventRecord, QuantityKind } from '../model/layers.js';

const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1Type1Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2Type1Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

const PROVENANCE_COLUMNS = [
  'DocId',
  'EventId',
  'PloverType',
  'PloverMode',
  'PloverContext',
  'Modality',
  'ModalitySource',
  'Trigger',
  'TriggerStart',
  'TriggerEnd',
  'Sentence',
  'Killed',
  'Wounded',
  'Arrested',
  'Displaced',
  'Kidnapped',
  'Rules',
  'Confidence',
] as const;

const KINDS: QuantityKind[] = ['killed', 'wounded', 'arrested', 'displaced', 'kidnapped'];

/** Tabs and newlines would break a TSV row. */
function tsv(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

/** `USAGOV` -> country USA, type GOV; `---COP` -> type COP. */
function splitCode(code: string | null): { country: string; type: string } {
  if (!code) return { country: '', type: '' };
  const country = code.slice(0, 3);
  return { country: country === '---' || !/^[A-Z]{3}$/.test(country) ? '' : country, type: code.slice(3, 6) };
}

function eventDate(event: EventRecord, doc: Document): string {
  const v = event.time?.window?.earliest ?? event.time?.value ?? doc.meta.published?.local ?? '';
  return /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : '';
}

function count(event: EventRecord, kind: QuantityKind): number | null {
  return event.quantities.find((q) => q.kind === kind)?.value ?? null;
}

export function gdeltHeader(): string {
  return [...GDELT_COLUMNS, ...PROVENANCE_COLUMNS].join('\t');
}

/** One GDELT 2.0 event row. GLOBALEVENTID is `docId:eventId` (we have no global counter). */
export function toGdeltRow(event: EventRecord, doc: Document): string {
  const date = eventDate(event, doc);
  const ymd = date.replace(/-/g, '');
  const year = date.slice(0, 4);
  const dayOfYear = date ? Math.floor((Date.parse(date) - Date.parse(`${year}-01-01`)) / 86400000) + 1 : 0;
  const a1 = splitCode(event.source?.code ?? null);
  const a2 = splitCode(event.target?.code ?? null);
  const loc = event.location;
  const geoType = loc ? (loc.precision === 3 ? 1 : loc.precision === 2 ? 5 : 4) : '';
  const mentions = 1 + event.mentions.length;
  const added = (doc.meta.published?.local ?? '').replace(/[-:T]/g, '').slice(0, 14);
  const values: (string | number | null)[] = [
    `${doc.id}:${event.id}`,
    ymd,
    ymd.slice(0, 6),
    year,
    date ? (Number(year) + dayOfYear / 365).toFixed(4) : '',
    event.source?.code ?? '',
    event.source?.name ?? '',
    a1.country,
    a1.type,
    event.target?.code ?? '',
    event.target?.name ?? '',
    a2.country,
    a2.type,
    event.sentence === 0 ? 1 : 0,
    event.cameo,
    event.cameo.slice(0, 3),
    event.cameoRoot,
    gdeltQuad(event.cameoRoot),
    event.goldstein,
    mentions,
    1,
    1,
    geoType,
    loc?.name ?? '',
    loc?.country ?? '',
    '',
    loc?.lat ?? '',
    loc?.lon ?? '',
    loc?.placeId ?? '',
    added,
    doc.meta.url ?? '',
    doc.id,
    event.id,
    event.type,
    event.mode,
    event.context,
    event.modality,
    event.modalitySource?.text ?? '',
    event.trigger.text,
    event.trigger.start,
    event.trigger.end,
    event.sentence,
    ...KINDS.map((k) => count(event, k)),
    event.rules.join(','),
    event.confidence,
  ];
  return values.map(tsv).join('\t');
}

// ------------------------------------------------------------------ PLOVER JSON

export interface PloverEntity {
  name: string;
  code: string | null;
  entity_id: string | null;
}

export interface PloverRecord {
  id: string;
  has_event: boolean;
  date: string | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  mode: string[];
  context: string[];
  event_text: string[];
  event_loc: {
    name: string;
    lat: number | null;
    lon: number | null;
    country: string | null;
    precision: number;
  } | null;
  quad_code: number;
  event_scale: number | null;
  dead: number | null;
  injured: number | null;
  modality: string;
  text_info: { doc_id: string; sentence: number; start: number; end: number; url: string | null };
  coder: string;
  comment: string;
}

/**
 * PLOVER's auxiliary modes (manual, "Auxiliary modes"), which it puts in `context`: our modalities map
 * onto them; asserted and reported events carry none.
 */
function auxiliaryMode(event: EventRecord): string[] {
  switch (event.modality) {
    case 'planned':
    case 'intended':
    case 'predicted':
      return ['future'];
    case 'conditional':
    case 'hypothetical':
      return ['hypothetical'];
    case 'negated':
      return ['negation'];
    default:
      return [];
  }
}

function ploverEntity(a: EventActor | null): PloverEntity[] {
  return a ? [{ name: a.name, code: a.code, entity_id: a.entityId }] : [];
}

/** A PLOVER record (manual table "PLOVER JSON"), plus `modality` and `text_info` offsets of our own. */
export function toPloverRecord(event: EventRecord, doc: Document): PloverRecord {
  const date = eventDate(event, doc);
  return {
    id: `${doc.id}:${event.id}`,
    has_event: event.modality === 'asserted' || event.modality === 'reported',
    date: date || null,
    actor: ploverEntity(event.source),
    recipient: ploverEntity(event.target),
    event: [event.type],
    mode: event.mode ? [event.mode] : [],
    context: [...(event.context ? event.context.split(';').filter(Boolean) : []), ...auxiliaryMode(event)],
    event_text: [event.trigger.text, ...event.mentions.map((m) => m.text)],
    event_loc: event.location
      ? {
          name: event.location.name,
          lat: event.location.lat,
          lon: event.location.lon,
          country: event.location.country,
          precision: event.location.precision,
        }
      : null,
    quad_code: event.quad,
    event_scale: event.goldstein,
    dead: count(event, 'killed'),
    injured: count(event, 'wounded'),
    modality: event.modality,
    text_info: {
      doc_id: doc.id,
      sentence: event.sentence,
      start: event.trigger.start,
      end: event.trigger.end,
      url: doc.meta.url,
    },
    coder: `sitrep ${event.component} ${event.version}`,
    comment: `CAMEO ${event.cameo}; rules ${event.rules.join(', ')}`,
  };
}

export function ploverHeader(): string {
  return '# PLOVER JSON Lines: one record per line (fields as in the PLOVER manual, table "PLOVER JSON")';
}

// ------------------------------------------------------------------ CSV

const CSV_COLUMNS = [
  'doc_id',
  'event_id',
  'date',
  'source',
  'source_code',
  'target',
  'target_code',
  'cameo',
  'plover_type',
  'mode',
  'quad',
  'goldstein',
  'modality',
  'location',
  'country',
  'lat',
  'lon',
  'killed',
  'wounded',
  'arrested',
  'trigger',
  'trigger_start',
  'trigger_end',
  'mentions',
  'rules',
] as const;

function csv(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

export function toCsvRow(event: EventRecord, doc: Document): string {
  return [
    doc.id,
    event.id,
    eventDate(event, doc),
    event.source?.name,
    event.source?.code,
    event.target?.name,
    event.target?.code,
    event.cameo,
    event.type,
    event.mode,
    event.quad,
    event.goldstein,
    event.modality,
    event.location?.name,
    event.location?.country,
    event.location?.lat,
    event.location?.lon,
    count(event, 'killed'),
    count(event, 'wounded'),
    count(event, 'arrested'),
    event.trigger.text,
    event.trigger.start,
    event.trigger.end,
    1 + event.mentions.length,
    event.rules.join(' '),
  ]
    .map(csv)
    .join(',');
}
