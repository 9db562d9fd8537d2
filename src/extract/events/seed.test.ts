/**
 * The seed article's "Events" table (expected.md), with hand-built upstream layers (mentions with
 * actor codes, times, places, quotes) so this test depends only on the events component.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE } from '../../../test/seed-path.js';
import { newDocument } from '../../ingest/new-document.js';
import { loadCameoKnowledge } from '../../knowledge/cameo/index.js';
import { annotate, spanOf } from '../../model/annotation.js';
import type { Document } from '../../model/document.js';
import type {
  Entity,
  EntityType,
  EventRecord,
  Mention,
  Place,
  Quote,
  TimeExpression,
} from '../../model/layers.js';
import { textLayer } from '../../text/index.js';
import { eventsComponent } from './index.js';

const SEED = SEED_ARTICLE;
const BY = { component: 'test', version: '0' };

/** Offsets of every occurrence of `s` in `text` (whole words). */
function all(text: string, s: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![A-Za-z])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

function buildLayers(doc: Document): void {
  const text = doc.text;
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const entity = (id: string, name: string, type: EntityType, code: string, forms: string[]) => {
    const e: Entity = {
      id,
      name,
      type,
      mentionIds: [],
      actor: { actorId: id, name, code, country: code.slice(0, 3), role: null },
      confidence: 1,
    };
    entities.push(e);
    for (const f of forms) {
      for (const at of all(text, f)) {
        if (mentions.some((m) => at < m.end && m.start < at + f.length)) continue;
        const m: Mention = annotate(spanOf(text, at, at + f.length), BY, [], 1, {
          id: `m${mentions.length + 1}`,
          type,
          kind: 'name' as const,
          entityId: id,
        });
        mentions.push(m);
        e.mentionIds.push(m.id);
      }
    }
  };
  entity('e1', 'John Kerry', 'PERSON', 'USAGOV', [
    'Secretary of State John Kerry',
    'US Secretary of State',
    'John Kerry',
    'Kerry',
  ]);
  entity('e2', 'Bashar Assad', 'PERSON', 'SYRGOV', ["Syrian President Bashar Assad's government", 'Assad']);
  entity('e3', 'Islamic State', 'ORG', 'IMGMUSISI', ['Islamic State', 'IS']);
  entity('e4', 'Syrian opposition', 'ORG', 'SYRREB', [
    'Syrian Rebels',
    'opposition fighters',
    'the Syrian opposition',
  ]);
  entity('e5', 'Associated Press', 'ORG', 'USAMED', ['AP']);
  entity('e6', 'Saudi Arabia', 'GPE', 'SAU', ['Saudi Arabia']);
  entity('e7', 'Russia', 'GPE', 'RUS', ['Russia', 'Russian']);
  entity('e8', 'Syria', 'GPE', 'SYR', ['Syria']);
  entity('e9', 'France', 'GPE', 'FRA', ['France']);
  mentions.sort((a, b) => a.start - b.start);
  doc.layers.mentions = mentions;
  doc.layers.entities = entities;

  const place = (name: string, country: string, featureType: string, nth = 0): Place => {
    const at = all(text, name).filter((x) => x > text.indexOf('Secretary of State John'))[nth];
    return annotate(spanOf(text, at, at + name.length), BY, [], 1, {
      id: `p${name}${nth}`,
      mentionId: null,
      name,
      resolved: true,
      lat: 0,
      lon: 0,
      country,
      admin1: null,
      featureType,
      geonameid: null,
      evidence: [],
    });
  };
  doc.layers.places = [
    place('Paris', 'FR', 'city'),
    place('France', 'FR', 'country'),
    place('Saudi Arabia', 'SA', 'country'),
    place('Egypt', 'EG', 'country'),
    place('Lebanon', 'LB', 'country'),
    place('Turkey', 'TR', 'country'),
    place('Lebanon', 'LB', 'country', 1),
    place('Egypt', 'EG', 'country', 1),
    place('Ankara', 'TR', 'city'),
    place('Turkey', 'TR', 'country', 1),
    place('Paris', 'FR', 'city', 1),
  ].sort((a, b) => a.start - b.start);

  const time = (
    surface: string,
    value: string,
    earliest: string,
    latest: string,
    granularity: TimeExpression['granularity'],
  ): TimeExpression => {
    const at = text.indexOf(surface);
    return annotate(spanOf(text, at, at + surface.length), BY, [], 1, {
      id: `t${surface}`,
      type: 'DATE' as const,
      value,
      window: { earliest, latest },
      granularity,
      known: [],
      implied: [],
      anchor: 'publication' as const,
    });
  };
  doc.layers.times = [
    time('Monday in order', '2015-11-16', '2015-11-16', '2015-11-16', 'day'),
    time("last Friday's", '2015-11-13', '2015-11-13', '2015-11-13', 'day'),
    time('mid-December', '2015-12', '2015-12-11', '2015-12-20', 'month'),
    time('a few weeks ago', 'PAST_REF', '2015-10-13', '2015-11-06', 'week'),
    time('on Tuesday', '2015-11-17', '2015-11-17', '2015-11-17', 'day'),
  ].sort((a, b) => a.start - b.start);

  const quotes: Quote[] = [];
  for (const [open, close] of [
    ['"reiterate', 'with France"'],
    ['"My sense', 'movement of people,"'],
    ['"That\'s a gigantic', 'bunch of things,"'],
  ]) {
    const s = text.indexOf(open);
    const e = text.indexOf(close) + close.length;
    const speakerAt = text.indexOf('Kerry', e);
    quotes.push(
      annotate(spanOf(text, s, e), BY, [], 1, {
        id: `q${quotes.length + 1}`,
        kind: 'direct' as const,
        cue: null,
        speaker: spanOf(text, speakerAt, speakerAt + 5),
        speakerEntityId: 'e1',
        speakerName: 'John Kerry',
      }),
    );
  }
  doc.layers.quotes = quotes;
}

function seedEvents(): { doc: Document; events: EventRecord[] } {
  const doc = newDocument({
    text: readFileSync(SEED, 'utf8'),
    meta: {
      published: { local: '2015-11-17T17:30', precision: 'minute', zone: null, utc: null, sourceText: null },
    },
  });
  textLayer().run(doc);
  buildLayers(doc);
  eventsComponent(loadCameoKnowledge()).run(doc);
  return { doc, events: doc.layers.events ?? [] };
}

const triggerIs = (e: EventRecord, ...words: string[]) =>
  [e.trigger, ...e.mentions].some((t) => words.includes(t.text.toLowerCase()));

export { seedEvents };

describe.skipIf(!existsSync(SEED))('seed article events (expected.md)', () => {
  const { events } = existsSync(SEED) ? seedEvents() : { events: [] as EventRecord[] };
  const trace = () =>
    events
      .map(
        (e) =>
          `${e.trigger.text} ${e.cameo} ${e.type} ${e.source?.code}->${e.target?.code} ${e.modality} ${e.location?.name ?? ''} ${e.time?.value ?? ''}`,
      )
      .join('\n');

  if (process.env.EV_TRACE) {
    for (const e of events) {
      console.log(
        `${e.id} s${e.sentence} [${e.trigger.text}] ${e.cameo} ${e.type} ${e.source?.code}->${e.target?.code} ${e.modality} loc=${e.location?.name ?? ''} t=${e.time?.value ?? ''} m=${e.mentions.map((m) => m.text).join('|')} ${e.rules.join(',')}`,
      );
    }
  }

  it('Kerry visits France: CONSULT 042, asserted, Paris, 2015-11-16', () => {
    const e = events.find((x) => x.cameo === '042');
    expect(e, trace()).toBeDefined();
    expect(e?.source?.code).toBe('USAGOV');
    expect(e?.target?.code).toBe('FRA');
    expect(e?.modality).toBe('asserted');
    expect(e?.location?.name).toBe('Paris');
    expect(e?.time?.value).toBe('2015-11-16');
  });

  it('the ceasefire is predicted (AGREE, 0871), never asserted', () => {
    const cease = events.filter((x) => triggerIs(x, 'ceasefire'));
    expect(cease.length, trace()).toBeGreaterThan(0);
    expect(cease[0].type).toBe('AGREE');
    expect(cease[0].cameo).toBe('0871');
    expect(cease[0].modality).toBe('predicted');
    expect(
      cease.some((x) => x.modality === 'asserted'),
      trace(),
    ).toBe(false);
  });

  it('Saudi Arabia hosts the opposition meeting: CONSULT, planned', () => {
    const e = events.find((x) => x.cameo === '043');
    expect(e, trace()).toBeDefined();
    expect(e?.type).toBe('CONSULT');
    expect(e?.source?.code).toBe('SAU');
    expect(e?.target?.code).toBe('SYRREB');
    expect(e?.modality).toBe('planned');
  });

  it('the two sides negotiate: CONSULT 046, conditional', () => {
    const e = events.find((x) => x.cameo === '046');
    expect(e, trace()).toBeDefined();
    expect(e?.modality).toBe('conditional');
  });

  it('the plane bombing: ASSAULT, asserted, 224 killed, over Egypt', () => {
    const e = events.find((x) => x.quantities.some((q) => q.kind === 'killed'));
    expect(e, trace()).toBeDefined();
    expect(e?.type).toBe('ASSAULT');
    expect(e?.cameoRoot).toBe('18');
    expect(e?.target?.code).toBe('RUS');
    expect(e?.modality).toBe('asserted');
    expect(e?.quantities.find((q) => q.kind === 'killed')?.value).toBe(224);
    expect(e?.location?.name).toBe('Egypt');
  });

  it('Russia steps up military action against IS: ASSAULT 190, asserted', () => {
    const e = events.find((x) => x.source?.code === 'RUS' && x.type === 'ASSAULT');
    expect(e, trace()).toBeDefined();
    expect(e?.cameo).toBe('190');
    expect(e?.target?.code).toBe('IMGMUSISI');
    expect(e?.modality).toBe('asserted');
  });

  it('IS claims the attacks in Lebanon and Turkey: ASSAULT by IS, asserted', () => {
    const e = events.find(
      (x) => x.source?.code === 'IMGMUSISI' && x.type === 'ASSAULT' && x.location?.name === 'Lebanon',
    );
    expect(e, trace()).toBeDefined();
    expect(e?.modality).toBe('asserted');
  });

  it('the Paris attacks: ASSAULT, asserted, Paris, 2015-11-13, said twice = one event', () => {
    const e = events.find((x) => x.type === 'ASSAULT' && x.location?.name === 'Paris');
    expect(e, trace()).toBeDefined();
    expect(e?.modality).toBe('asserted');
    expect(e?.time?.value).toBe('2015-11-13');
    expect(e?.mentions.length).toBeGreaterThan(0);
  });

  it('"we have to step up our efforts to hit [IS]": THREATEN 138, intended', () => {
    const e = events.find((x) => triggerIs(x, 'hit'));
    expect(e, trace()).toBeDefined();
    expect(e?.type).toBe('THREATEN');
    expect(e?.cameo).toBe('138');
    expect(e?.modality).toBe('intended');
    expect(e?.source?.code).toBe('USAGOV');
    expect(e?.target?.code).toBe('IMGMUSISI');
  });

  it('nothing from boilerplate, and no predicted event counted as asserted', () => {
    for (const e of events) expect(e.trigger.text).not.toMatch(/Rapping|Twitter|Flickr/);
  });
});
