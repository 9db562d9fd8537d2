/**
 * Documents for the store contract suite: one with every layer filled with hand-written annotations
 * (invented actors, so no rule can learn from them), and plain ones for idempotence and search tests.
 */
import { newDocument } from '../ingest/new-document.js';
import type { Span } from '../model/annotation.js';
import type { Document } from '../model/document.js';
import type { Metadata } from '../model/metadata.js';

const BY = (component: string) => ({ component, version: '1.2.3' });

/** The span of the `nth` occurrence (0-based) of `needle` in `text`; throws when absent. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: '${needle}' not in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

export const FULL_TEXT = [
  'Norway and Finland agree to fishing talks',
  'Oslo officials expect an accord soon.',
  'Foreign Minister Anna Berg visited Helsinki on Monday to meet Finnish officials.',
  '"We will sign a fishing accord within weeks," Berg said. Finnish coast guards seized 12 boats last week.',
].join('\n\n');

/** A document as the full pipeline would leave it: every layer present and pointing into the text. */
export function fullDocument(overrides: Partial<Metadata> = {}): Document {
  const text = FULL_TEXT;
  const paragraphs = text.split('\n\n');
  let offset = 0;
  const doc = newDocument({
    text,
    meta: {
      title: paragraphs[0],
      subtitle: paragraphs[1],
      authors: ['A. Writer'],
      published: { local: '2021-03-02T09:15', precision: 'minute', zone: null, utc: null, sourceText: null },
      source: 'Fixture Times',
      url: 'https://example.org/fishing-talks',
      format: 'text',
      origin: 'fixture.txt',
      ...overrides,
    },
    paragraphs: paragraphs.map((p, index) => {
      const start = text.indexOf(p, offset);
      offset = start + p.length;
      return {
        start,
        end: start + p.length,
        text: p,
        ...BY('ingest'),
        rules: ['paragraph.blank-line'],
        confidence: 1,
        index,
        role: index === 0 ? 'headline' : index === 1 ? 'dek' : 'body',
      };
    }),
  });
  const L = doc.layers;
  L.sentences = doc.layers.paragraphs!.map((p, index) => ({
    start: p.start,
    end: p.end,
    text: p.text,
    ...BY('text'),
    rules: ['wink-nlp.sbd'],
    confidence: 0.95,
    index,
    paragraph: p.index,
    firstToken: index * 2,
    lastToken: index * 2 + 1,
  }));
  L.tokens = L.sentences.flatMap((s) => {
    const first = s.text.split(' ')[0];
    const last = s.text.split(' ').at(-1)!;
    return [
      {
        start: s.start,
        end: s.start + first.length,
        text: first,
        pos: 'PROPN',
        norm: first.toLowerCase(),
        sentence: s.index,
      },
      {
        start: s.end - last.length,
        end: s.end,
        text: last,
        pos: 'NOUN',
        norm: 'LAST',
        sentence: s.index,
        head: 0,
        dep: 'obj',
      },
    ];
  });
  const berg = find(text, 'Anna Berg');
  const role = find(text, 'Foreign Minister');
  const said = find(text, 'said');
  const bergSaid = find(text, 'Berg', 1);
  const quoteSpan = find(text, 'We will sign a fishing accord within weeks,');
  const monday = find(text, 'Monday');
  const weeks = find(text, 'within weeks');
  const helsinki = find(text, 'Helsinki');
  const visited = find(text, 'visited');
  const seized = find(text, 'seized');
  const twelve = find(text, '12 boats');
  const finnish = find(text, 'Finnish coast guards');
  const ann = (name: string, rules: string[], confidence: number) => ({ ...BY(name), rules, confidence });

  L.mentions = [
    {
      ...berg,
      ...ann('entities', ['ner.title-name'], 0.9),
      id: 'm1',
      type: 'PERSON',
      kind: 'name',
      entityId: 'e1',
      role,
    },
    {
      ...bergSaid,
      ...ann('entities', ['coref.surname'], 0.8),
      id: 'm2',
      type: 'PERSON',
      kind: 'name',
      entityId: 'e1',
    },
    {
      ...helsinki,
      ...ann('entities', ['gazetteer'], 0.95),
      id: 'm3',
      type: 'GPE',
      kind: 'name',
      entityId: 'e2',
      role: null,
    },
    {
      ...finnish,
      ...ann('entities', ['nominal'], 0.6),
      id: 'm4',
      type: 'ORG',
      kind: 'nominal',
      entityId: 'e3',
      role: null,
    },
  ];
  L.entities = [
    {
      id: 'e1',
      name: 'Anna Berg',
      type: 'PERSON',
      mentionIds: ['m1', 'm2'],
      actor: {
        actorId: 'anna-berg',
        name: 'Anna Berg',
        code: 'NORGOV',
        country: 'NOR',
        role: 'Foreign Minister',
        wikidata: 'Q0',
      },
      confidence: 0.9,
    },
    { id: 'e2', name: 'Helsinki', type: 'GPE', mentionIds: ['m3'], actor: null, confidence: 0.95 },
    {
      id: 'e3',
      name: 'Finnish coast guards',
      type: 'ORG',
      mentionIds: ['m4'],
      actor: {
        actorId: 'fin-coast-guard',
        name: 'Finnish Coast Guard',
        code: 'FINGOVMIL',
        country: 'FIN',
        role: null,
      },
      roleText: 'coast guard',
      confidence: 0.6,
    },
  ];
  L.times = [
    {
      ...monday,
      ...ann('times', ['weekday.past-tense'], 0.85),
      id: 't1',
      type: 'DATE',
      value: '2021-03-01',
      window: { earliest: '2021-03-01', latest: '2021-03-01' },
      granularity: 'day',
      known: ['weekday'],
      implied: ['day', 'month', 'year'],
      anchor: 'publication',
    },
    {
      ...weeks,
      ...ann('times', ['future.weeks'], 0.5),
      id: 't2',
      type: 'DURATION',
      value: 'P3W',
      mod: 'LESS_THAN',
      window: null,
      granularity: 'week',
      known: [],
      implied: [],
      anchor: 'none',
    },
  ];
  L.places = [
    {
      ...helsinki,
      ...ann('places', ['gazetteer.population'], 0.9),
      id: 'p1',
      mentionId: 'm3',
      name: 'Helsinki',
      resolved: true,
      lat: 60.17,
      lon: 24.94,
      country: 'FI',
      admin1: '01',
      featureType: 'city',
      geonameid: 658225,
      evidence: [{ kind: 'population', weight: 0.7, detail: '558457' }],
    },
    {
      ...find(text, 'Oslo'),
      ...ann('places', ['unresolved'], 0.2),
      id: 'p2',
      mentionId: null,
      name: 'Oslo',
      resolved: false,
      reason: 'adjectival use',
      lat: null,
      lon: null,
      country: null,
      admin1: null,
      featureType: null,
      geonameid: null,
      evidence: [],
    },
  ];
  L.placeFocus = { countries: ['FI', 'NO'], placeIds: ['p1'] };
  L.quotes = [
    {
      ...quoteSpan,
      ...ann('quotes', ['quote.direct.said'], 0.9),
      id: 'q1',
      kind: 'direct',
      cue: { ...said, verb: 'say' },
      speaker: bergSaid,
      speakerEntityId: 'e1',
      speakerName: 'Anna Berg',
    },
  ];
  L.quantities = [
    {
      ...twelve,
      ...ann('events', ['quantity.count'], 0.8),
      id: 'n1',
      kind: 'other',
      value: 12,
      approximate: null,
      unit: 'boats',
    },
  ];
  L.events = [
    {
      ...find(text, 'Foreign Minister Anna Berg visited Helsinki on Monday to meet Finnish officials.'),
      ...ann('events', ['verb.visit'], 0.8),
      id: 'v1',
      trigger: visited,
      sentence: 2,
      source: { ...berg, entityId: 'e1', code: 'NORGOV', name: 'Anna Berg' },
      target: { ...helsinki, entityId: 'e2', code: 'FIN', name: 'Finland' },
      cameo: '042',
      cameoRoot: '04',
      type: 'CONSULT',
      mode: 'visit',
      context: null,
      quad: 1,
      goldstein: 1.9,
      modality: 'asserted',
      time: {
        timeId: 't1',
        value: '2021-03-01',
        window: { earliest: '2021-03-01', latest: '2021-03-01' },
        precision: 'exact',
      },
      location: { placeId: 'p1', name: 'Helsinki', lat: 60.17, lon: 24.94, country: 'FI', precision: 1 },
      quantities: [],
      mentions: [],
    },
    {
      ...find(text, 'Finnish coast guards seized 12 boats last week.'),
      ...ann('events', ['verb.seize'], 0.7),
      id: 'v2',
      trigger: seized,
      sentence: 3,
      source: { ...finnish, entityId: 'e3', code: 'FINGOVMIL', name: 'Finnish Coast Guard' },
      target: null,
      cameo: '1711',
      cameoRoot: '17',
      type: 'COERCE',
      mode: 'seize',
      context: 'maritime',
      quad: 4,
      goldstein: -9.2,
      modality: 'reported',
      modalitySource: bergSaid,
      time: null,
      location: null,
      quantities: [{ kind: 'other', value: 12, quantityId: 'n1' }],
      mentions: [seized],
    },
  ];
  L.forecasts = [
    {
      ...quoteSpan,
      ...ann('forecasts', ['forecast.will', 'window.within-weeks'], 0.6),
      id: 'f1',
      speaker: bergSaid,
      speakerEntityId: 'e1',
      speakerName: 'Anna Berg',
      event: { type: 'AGREE', cameo: '057', eventId: null, summary: 'sign a fishing accord' },
      window: { earliest: '2021-03-02', latest: '2021-03-23', basis: 'within weeks' },
      hedges: ['will'],
      probability: 0.8,
      condition: null,
      quoteId: 'q1',
    },
  ];
  for (const layer of ['sentences', 'tokens'] as const) doc.producedBy[layer] = BY('text');
  for (const layer of ['mentions', 'entities'] as const) doc.producedBy[layer] = BY('entities');
  doc.producedBy.times = BY('times');
  doc.producedBy.places = BY('places');
  doc.producedBy.placeFocus = BY('places');
  doc.producedBy.quotes = BY('quotes');
  doc.producedBy.events = BY('events');
  doc.producedBy.quantities = BY('events');
  doc.producedBy.forecasts = BY('forecasts');
  doc.diagnostics.push({ code: 'W_NO_ZONE', message: 'no time zone given', at: 'fixture.txt' });
  return doc;
}

/** A document with only its text read, as a reader hands it over. */
export function plainDocument(text: string, meta: Partial<Metadata> = {}): Document {
  return newDocument({ text, meta: { origin: 'plain.txt', ...meta } });
}
