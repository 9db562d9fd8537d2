import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_ROLES } from '../../../test/seed-fixture.js';
import { SEED_ARTICLE } from '../../../test/seed-path.js';
import { newDocument } from '../../ingest/new-document.js';
import { type Gazetteer, loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { spanOf } from '../../model/annotation.js';
import type { Document } from '../../model/document.js';
import type { Mention, ParagraphRole } from '../../model/layers.js';
import { textLayer } from '../../text/index.js';
import { placeForSpan, placesComponent, resolvePlaceName } from './index.js';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
});

const SEED = SEED_ARTICLE;

/** One paragraph per non-empty line, as the seed's reader gives them. */
function linesOf(text: string): [number, number][] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** A document through the text layer, with hand-built mentions standing in for the entities layer. */
function read(
  text: string,
  opts: { roles?: ParagraphRole[]; mentions?: [string, Mention['type'], Mention['kind']?][] } = {},
): Document {
  const paragraphs = linesOf(text).map(([start, end], index) => ({
    ...spanOf(text, start, end),
    component: 'test',
    version: '0',
    rules: [],
    confidence: 1,
    index,
    role: opts.roles?.[index] ?? 'body',
  }));
  const doc = newDocument({ text, paragraphs });
  textLayer().run(doc);
  const mentions: Mention[] = [];
  for (const [surface, type, kind] of opts.mentions ?? []) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(surface, from);
      if (start < 0) break;
      from = start + surface.length;
      mentions.push({
        id: `m${mentions.length + 1}`,
        start,
        end: from,
        text: surface,
        type,
        kind: kind ?? 'name',
        entityId: null,
        component: 'test',
        version: '0',
        rules: [],
        confidence: 1,
      });
    }
  }
  doc.layers.mentions = mentions;
  doc.layers.entities = [];
  placesComponent(gaz).run(doc);
  return doc;
}

const resolvedAs = (doc: Document) =>
  (doc.layers.places ?? []).filter((p) => p.resolved).map((p) => [p.text, p.name, p.country] as const);

describe('gazetteer', () => {
  it.each([
    ['Paris', 'FR'],
    ['U.S.', 'US'],
    ['Ankara', 'TR'],
    ['Turkey', 'TR'],
    ['the West Bank', 'PS'],
    ['Gaza', 'PS'],
    ['Crimea', 'UA'],
    ['Queensland', 'AU'],
    ['Sichuan', 'CN'],
    ['Uttar Pradesh', 'IN'],
    ['Scotland', 'GB'],
    // English spellings of towns of the wars (aliases.tsv): GeoNames' `Jenin` is a Polish village.
    ['Jenin', 'PS'],
    ['Khan Younis', 'PS'],
    ['Hodeidah', 'YE'],
  ])('%s resolves to a place in %s', (name, cc) => {
    const r = resolvePlaceName(gaz, name);
    expect(r.resolved).toBe(true);
    expect(r.place?.country).toBe(cc);
    expect(r.evidence.length).toBeGreaterThan(0);
  });

  it('leaves an unknown name unresolved with a reason', () => {
    const r = resolvePlaceName(gaz, 'Zzyzxville');
    expect(r.resolved).toBe(false);
    expect(r.reason).toMatch(/gazetteer/);
  });
});

describe('places on the seed article', () => {
  let doc: Document;
  beforeAll(() => {
    doc = read(readFileSync(SEED, 'utf8'), { roles: SEED_ROLES, mentions: [['Islamic State', 'ORG']] });
  });

  it('resolves every country and city the article names', () => {
    const got = new Set(resolvedAs(doc).map(([, name, cc]) => `${name}|${cc}`));
    for (const want of [
      'Syria|SY',
      'Paris|FR',
      'France|FR',
      'Saudi Arabia|SA',
      'Russia|RU',
      'Egypt|EG',
      'Lebanon|LB',
      'Turkey|TR',
      'Ankara|TR',
      'United States|US',
    ]) {
      expect(got).toContain(want);
    }
  });

  it('reads nothing from the photo credit or the related link, and Islamic State is no place', () => {
    const texts = (doc.layers.places ?? []).map((p) => p.text);
    expect(texts).not.toContain('New Delhi');
    expect(texts.some((t) => /Islamic|State/.test(t))).toBe(false);
    const bodyStart = doc.text.indexOf('Secretary of State John Kerry made');
    const credit = doc.text.indexOf('Photo of John Kerry');
    expect((doc.layers.places ?? []).some((p) => p.start >= credit && p.start < bodyStart)).toBe(false);
  });

  it('reads demonyms as their country', () => {
    const syrian = (doc.layers.places ?? []).find((p) => p.text === 'Syrian');
    expect(syrian?.country).toBe('SY');
    expect(syrian?.evidence.length).toBeGreaterThan(0);
  });

  it('puts Ankara in Turkey by adjacency and names Syria among the focus countries', () => {
    const ankara = (doc.layers.places ?? []).find((p) => p.text === 'Ankara');
    expect(ankara?.country).toBe('TR');
    expect(ankara?.geonameid).toBe(323786);
    expect(doc.layers.placeFocus?.countries).toContain('SY');
  });

  it('places the visit in Paris exactly, and the plane over Egypt as a country', () => {
    const visit = doc.text.indexOf('surprise visit');
    const atVisit = placeForSpan(doc, visit, visit + 14);
    expect([atVisit?.name, atVisit?.precision]).toEqual(['Paris', 1]);
    const plane = doc.text.indexOf('took down');
    const atPlane = placeForSpan(doc, plane, plane + 9);
    expect([atPlane?.name, atPlane?.precision]).toEqual(['Egypt', 3]);
  });
});

describe('disambiguation', () => {
  it.each([
    ['He flew to Paris, Texas, on Monday.', 'Paris', 'US'],
    ['Officials in Atlanta, Georgia, said the outbreak was over.', 'Georgia', 'US'],
    ['Russian troops crossed into Georgia overnight, Moscow said.', 'Georgia', 'GE'],
    ['Cases rose in Washington, Oregon and California.', 'Washington', 'US'],
    ['The minister arrived in London for talks with Britain.', 'London', 'GB'],
    ['Farmers in London, Ontario, protested.', 'London', 'CA'],
    ['Victoria recorded 40 cases, New South Wales 12 and Queensland 3.', 'Victoria', 'AU'],
    ['Tests were run in Surrey, UK.', 'Surrey', 'GB'],
  ])('%s -> %s in %s', (text, name, cc) => {
    const doc = read(text);
    const p = (doc.layers.places ?? []).find((x) => x.text === name);
    expect(p?.resolved).toBe(true);
    expect(p?.country).toBe(cc);
  });

  it.each([
    ['Senator Lincoln said the bill would pass.', 'Lincoln'],
    ['The Washington Post reported the story.', 'Washington'],
    ['Paris Hilton arrived late.', 'Paris'],
    ['Most people agreed.', 'Most'],
  ])('%s: %s is not a place', (text, name) => {
    const doc = read(text);
    expect((doc.layers.places ?? []).some((p) => p.text === name)).toBe(false);
  });

  it('uses the mention span and type when the entities layer gives one', () => {
    const doc = read('Fighting continued in the Gaza Strip on Monday.', {
      mentions: [['the Gaza Strip', 'GPE']],
    });
    const p = (doc.layers.places ?? [])[0];
    expect([p.text, p.mentionId, p.country]).toEqual(['Gaza Strip', 'm1', 'PS']);
  });

  it('takes the country from the sentence: the Egyptian city of X', () => {
    const doc = read('Clashes broke out in the Egyptian city of Alexandria.');
    expect((doc.layers.places ?? []).find((p) => p.text === 'Alexandria')?.country).toBe('EG');
  });

  it('keeps a place the mention marks even when it is not in the gazetteer, unresolved', () => {
    const doc = read('Troops reached Qwertyabad at dawn.', { mentions: [['Qwertyabad', 'GPE']] });
    const p = (doc.layers.places ?? [])[0];
    expect([p.resolved, p.reason]).toEqual([false, 'not in the gazetteer']);
  });

  it('reads a state abbreviation after a comma', () => {
    const doc = read('The plant in Austin, Tex., was closed.');
    const byText = new Map((doc.layers.places ?? []).map((p) => [p.text, p]));
    expect(byText.get('Austin')?.admin1).toBe('Texas');
    expect(byText.get('Tex.')?.featureType).toBe('admin1');
  });

  it('uses the dateline place as evidence', () => {
    const doc = read('HYDERABAD, Pakistan (AP) -- Officials in Hyderabad said the river rose.');
    expect((doc.layers.places ?? []).find((p) => p.start > 20 && p.text === 'Hyderabad')?.country).toBe('PK');
  });

  it.each([['Cases were found in Scott County last week.', 'Scott', 'a county the gazetteer does not hold']])(
    '%s: %s stays unresolved',
    (text, name, reason) => {
      const doc = read(text, { mentions: [['Scott County', 'GPE']] });
      const p = (doc.layers.places ?? []).find((x) => x.text.startsWith(name));
      expect([p?.resolved, p?.reason]).toEqual([false, reason]);
    },
  );

  it.each([
    ['Mosquitoes tested positive for West Nile virus.', 'Nile'],
    ['The vaccine protects against A/California/7/2009 strains.', 'California'],
    ['Ms. Corby was sentenced on Friday.', 'Corby'],
  ])('%s: %s names something else', (text, name) => {
    const doc = read(text);
    expect((doc.layers.places ?? []).some((p) => p.text.includes(name))).toBe(false);
  });

  it('reads a country name typed as a group as the country', () => {
    const doc = read('Officials in the Philippines said so.', {
      mentions: [['Philippines', 'NORP', 'demonym']],
    });
    expect((doc.layers.places ?? [])[0]?.country).toBe('PH');
  });
});

describe('counties', () => {
  it('places a county named like its seat at the seat', () => {
    const doc = read('Health officials in Dallas County, Texas, confirmed a case.');
    const p = (doc.layers.places ?? []).find((x) => x.text.startsWith('Dallas'));
    expect([p?.text, p?.featureType, p?.country]).toEqual(['Dallas County', 'county', 'US']);
  });
});

describe('lists and wholes', () => {
  it('reads a state among states of one country', () => {
    const doc = read('Cases were confirmed in Alberta, Manitoba, Ontario and New Brunswick.');
    const p = (doc.layers.places ?? []).find((x) => x.text === 'Ontario');
    expect([p?.featureType, p?.country]).toEqual(['admin1', 'CA']);
  });

  it('leaves a town unresolved when the state after it holds no town of that name', () => {
    const doc = read('The truck was stopped in Qwertyton, Ontario, on Monday.', {
      mentions: [['Qwertyton', 'GPE']],
    });
    expect((doc.layers.places ?? []).find((x) => x.text === 'Qwertyton')?.resolved).toBe(false);
    const doc2 = read('The truck was stopped in Stroud, Wyoming, on Monday.');
    const stroud = (doc2.layers.places ?? []).find((x) => x.text === 'Stroud');
    expect(stroud?.resolved === false || stroud?.admin1 === 'Wyoming').toBe(true);
  });
});

describe('local news', () => {
  it('reads small towns near the dateline place', () => {
    const doc = read('MADISON, Wis. (AP) -- Flooding closed roads in Janesville and Beloit on Tuesday.');
    const byText = new Map((doc.layers.places ?? []).map((p) => [p.text, p]));
    expect(byText.get('Janesville')?.admin1).toBe('Wisconsin');
    expect(byText.get('Beloit')?.admin1).toBe('Wisconsin');
  });
});

describe('lines set in capitals', () => {
  it('takes countries and large cities from a wire headline, not villages named like common words', () => {
    const doc = read('CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY IN LONDON .');
    const found = (doc.layers.places ?? []).map((p) => p.text);
    expect(found).toContain('LEICESTERSHIRE');
    expect(found).toContain('LONDON');
    expect(found).not.toContain('OVER');
    expect(found).not.toContain('TOP');
  });
});
