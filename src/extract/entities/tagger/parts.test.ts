import { describe, expect, it } from 'vitest';
import {
  documentCues,
  isTitleCase,
  PLURAL_OF_NAME,
  SINGULAR_OF_PLURAL,
  shape,
  shortShape,
} from './features.js';
import { Gazetteer, NAME_START_YES, withNameIndex } from './gazetteer.js';
import { plainSentence } from './index.js';
import { deserialiseModel, serialiseModel, weightOf } from './model.js';
import { bracketAcronyms, hyphenNames, pluralNotPerson, type TokenSpan, tidyEdges } from './postprocess.js';
import { decodeTags, encodeTags, TAG_COUNT, tagIndex } from './tags.js';
import { analyse, parseMarkedUp } from './training/gold.js';

describe('word shapes', () => {
  const cases: [string, string, string][] = [
    ['Kerry', 'Xxxxx', 'Xx'],
    ['NATO', 'XXXX', 'X'],
    ['2015', 'dddd', 'd'],
    ['McManus', 'XxXxxxx', 'XxXx'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['al-Assad', 'xx-Xxxxx', 'x-Xx'],
  ];
  it.each(cases)('%s', (word, full, short) => {
    expect(shape(word)).toBe(full);
    expect(shortShape(word)).toBe(short);
  });
});

describe('BILOU tags', () => {
  const cases: [number, { first: number; last: number; type: 'PERSON' | 'GPE' }[]][] = [
    [5, [{ first: 1, last: 2, type: 'PERSON' }]],
    [
      4,
      [
        { first: 0, last: 0, type: 'GPE' },
        { first: 1, last: 3, type: 'PERSON' },
      ],
    ],
    [3, []],
  ];
  it.each(cases)('round-trips %i tokens', (n, spans) => {
    expect(decodeTags(encodeTags(n, spans))).toEqual(spans);
  });
  it('closes a span left open at the sentence end', () => {
    expect(decodeTags([0, tagIndex('B', 'ORG'), tagIndex('I', 'ORG')])).toEqual([
      { first: 1, last: 2, type: 'ORG' },
    ]);
  });
});

describe('gazetteer', () => {
  const lists = {
    names: { places: ['New York', 'Bosnia and Herzegovina', 'Paris', 'São Paulo'], people: ['Paris Hilton'] },
    words: {},
    common: { NOUN: 'turnout paris', ADJ: 'civic' },
  };
  const cases: [string, string[]][] = [
    ['She flew from New York to Paris.', ['New York', 'Paris']],
    ['Bosnia and Herzegovina joined.', ['Bosnia and Herzegovina']],
    ['Flights to São Paulo resumed.', ['São Paulo']],
    ['a new york minute in paris', []],
  ];
  // As the lists are read in training, and as a model file stores them (keys prebuilt, sorted).
  for (const [how, g] of [
    ['built', new Gazetteer(lists)],
    ['saved', new Gazetteer(withNameIndex(lists))],
  ] as const) {
    it.each(cases)(`${how}: %s`, (text, expected) => {
      const doc = analyse({ id: 't', text, entities: [] });
      const tokens = doc.layers.tokens ?? [];
      const found = g.matchNames(text, tokens, 0, tokens.length - 1, g.listMask(['places']));
      expect(found.map(([a, b]) => text.slice(tokens[a].start, tokens[b].end))).toEqual(expected);
    });
    it(`${how}: masks, first words and common words`, () => {
      expect(g.nameMask('paris')).toBe(1);
      expect(g.nameMask('paris hilton')).toBe(2);
      expect(g.nameMask('london')).toBe(0);
      expect(g.nameStart('paris')).toBe(NAME_START_YES);
      expect(g.nameStart('bosnia')).toBe(NAME_START_YES);
      expect(g.nameStart('herzegovina')).not.toBe(NAME_START_YES);
      expect(g.commonClass('paris')).toBe(1);
      expect(g.commonClass('civic')).toBe(3);
      expect(g.commonClass('kerry')).toBe(0);
    });
  }
  it('a saved model keeps only the lists the code reads whole', () => {
    const saved = withNameIndex({ ...lists, names: { ...lists.names, demonyms: ['Syrian'] } });
    expect(saved.names).toEqual({ places: [], people: [], demonyms: ['Syrian'] });
    expect(saved.common).toBeUndefined();
  });
});

describe('span edges (ner.edges)', () => {
  const cases: [string, number, number, string[]][] = [
    ["the Assad's forces", 0, 2, ['Assad']],
    ['Stan Lee , Mark Hamill', 0, 4, ['Stan Lee', 'Mark Hamill']],
    ['Washington D.C.', 0, 1, ['Washington D.C.']],
    ['He visited Google.', 2, 3, ['Google']],
    ['Mohamed during his visit to Google', 0, 5, ['Mohamed', 'Google']],
    ['Bank of England', 0, 2, ['Bank of England']],
    ['Leung Yiu-chung spoke', 0, 3, ['Leung Yiu-chung']],
  ];
  it.each(cases)('%s', (text, first, last, expected) => {
    const doc = analyse({ id: 't', text, entities: [] });
    const tokens = doc.layers.tokens ?? [];
    const span: TokenSpan = {
      first,
      last: Math.min(last, tokens.length - 1),
      type: 'PERSON',
      confidence: 1,
      source: 'model',
    };
    const out = tidyEdges(tokens, [span]).map((s) => text.slice(tokens[s.first].start, tokens[s.last].end));
    expect(out).toEqual(expected);
  });
});

describe('hyphenated given names (ner.hyphen-name)', () => {
  // [text, tokens of the PERSON span, expected span text]
  const cases: [string, number, number, string][] = [
    ['Leung Yiu-chung spoke.', 0, 1, 'Leung Yiu-chung'],
    ['Kim Jong-un spoke.', 0, 1, 'Kim Jong-un'],
    ['A Kerry-led team spoke.', 1, 1, 'Kerry'],
    ['Kim Jong - un spoke.', 0, 1, 'Kim Jong'],
  ];
  it.each(cases)('%s', (text, first, last, expected) => {
    const tokens = analyse({ id: 't', text, entities: [] }).layers.tokens ?? [];
    const [s] = hyphenNames(tokens, [{ first, last, type: 'PERSON', confidence: 1, source: 'model' }]);
    expect(text.slice(tokens[s.first].start, tokens[s.last].end)).toBe(expected);
  });
});

describe('model file', () => {
  it('round-trips quantised weights and drops tiny ones', () => {
    const w = new Float64Array(TAG_COUNT);
    w[0] = 2.5;
    w[3] = -1.25;
    w[4] = 0.001;
    const m = deserialiseModel(
      serialiseModel(
        new Map([[12345, w]]),
        { names: {}, words: {} },
        { version: 't', trainedOn: 't', confidenceMargin: 1, minWeight: 0.01 },
      ),
    );
    expect(weightOf(m, 12345, 0)).toBeCloseTo(2.5, 3);
    expect(weightOf(m, 12345, 3)).toBeCloseTo(-1.25, 3);
    expect(weightOf(m, 12345, 4)).toBe(0);
    expect(m.rows.get(999)).toBe(-1);
  });
});

describe('hand-written training lines', () => {
  it('parses inline marks into offsets', () => {
    const d = parseMarkedUp('x', 'Secretary of State [[PERSON John Kerry]] met [[ORG NATO]] leaders.');
    expect(d.text).toBe('Secretary of State John Kerry met NATO leaders.');
    expect(d.entities.map((e) => `${e.type} ${d.text.slice(e.start, e.end)}`)).toEqual([
      'PERSON John Kerry',
      'ORG NATO',
    ]);
  });
});

describe('bracketed acronyms (ner.acronym)', () => {
  const cases: [string, number, number, string | null][] = [
    ["the Korean People's Army (KPA) said", 1, 4, 'KPA'],
    ['Movimento 5 Stelle [M5S] members', 0, 2, 'M5S'],
    ['the Army (which) said', 1, 1, null],
  ];
  it.each(cases)('%s', (text, first, last, expected) => {
    const doc = analyse({ id: 't', text, entities: [] });
    const tokens = doc.layers.tokens ?? [];
    const out = bracketAcronyms(tokens, [{ first, last, type: 'ORG', confidence: 1, source: 'model' }]);
    const added = out.filter((s) => s.first !== first);
    expect(added.map((s) => text.slice(tokens[s.first].start, tokens[s.last].end))[0] ?? null).toBe(expected);
  });
});

describe('common-word cue', () => {
  const gazetteer = new Gazetteer({
    names: {},
    words: {},
    common: { NOUN: 'turnout government', ADJ: 'civic' },
  });
  const classes: [string, number][] = [
    ['turnout', 1],
    ['civic', 3],
    ['kerry', 0],
  ];
  it.each(classes)('class of %s', (word, cls) => expect(gazetteer.commonClass(word)).toBe(cls));
  const titleCase: [string, boolean][] = [
    ['Turnout', true],
    ['McDonald', true],
    ['NATO', false],
    ['A', false],
    ['turnout', false],
    ['Über', true],
  ];
  it.each(titleCase)('%s is Title Case: %s', (word, expected) => expect(isTitleCase(word)).toBe(expected));
});

describe('plural-of-name cue', () => {
  const cases: [string, Record<string, number>][] = [
    [
      'He took Polaroids. One Polaroid was sold.',
      { polaroids: PLURAL_OF_NAME, polaroid: SINGULAR_OF_PLURAL },
    ],
    ['Americans and an American met.', { americans: PLURAL_OF_NAME, american: SINGULAR_OF_PLURAL }],
    ['James met Jame Smith.', { james: PLURAL_OF_NAME, jame: SINGULAR_OF_PLURAL }],
    ['Paris is big, said Chris.', {}],
    ['The polaroids and a Polaroid.', {}],
  ];
  it.each(cases)('%s', (text, expected) => {
    const doc = analyse({ id: 't', text, entities: [] });
    const tokens = doc.layers.tokens ?? [];
    const spans = (doc.layers.sentences ?? []).map((s) => ({ first: s.firstToken, last: s.lastToken }));
    expect(Object.fromEntries(documentCues(tokens, spans).numberForms)).toEqual(expected);
  });
});

describe('ner.plural-not-person', () => {
  it('retypes a person ending in the plural of a name of the document', () => {
    const text = 'The Warhol Polaroids were shown. One Polaroid was sold.';
    const doc = analyse({ id: 't', text, entities: [] });
    const tokens = doc.layers.tokens ?? [];
    const ranges = (doc.layers.sentences ?? []).map((s) => ({ first: s.firstToken, last: s.lastToken }));
    const spans: TokenSpan[] = [{ first: 1, last: 2, type: 'PERSON', confidence: 0.9, source: 'model' }];
    pluralNotPerson(tokens, spans, documentCues(tokens, ranges));
    expect(spans[0].type).toBe('OTHER');
    expect(spans[0].rules).toEqual(['ner.plural-not-person']);
  });
});

describe('plain sentences are not decoded', () => {
  const gazetteer = new Gazetteer({
    names: { 'given-names': ['Grace'] },
    words: {},
    common: { FUNC: 'it the who may will grace', ADV: 'later', NOUN: 'congress' },
  });
  const cases: [string, boolean][] = [
    ['It was not clear when the talks would resume.', true],
    ['Later, the talks resumed.', true],
    ['the talks resumed.', true],
    ['Congress has proven itself ineffective.', false],
    ['It was built by eBay staff.', false],
    ['It cost 10 dollars.', false],
    ['Kerry said so.', false],
    ['The dog barked.', true],
    ['WHO warned of a pandemic.', false], // capitals: an acronym, not the pronoun
    ['May said the talks would resume.', false], // read as a noun by the text layer
    ['Will said nothing.', false], // an auxiliary before a verb: a name
    ['Grace said nothing.', false], // a given name of the gazetteer
    ['Will the talks resume?', true],
    ['It was not clear.', true],
    ['eBay bought the company.', false], // an inner capital
    ['3 people died.', false], // a digit in the opener
    ['the talks cost 3m dollars.', false], // a digit inside a word
  ];
  it.each(cases)('%s: %s', (text, plain) => {
    const doc = analyse({ id: 't', text, entities: [] });
    const s = (doc.layers.sentences ?? [])[0];
    expect(
      plainSentence(doc.layers.tokens ?? [], { first: s.firstToken, last: s.lastToken }, gazetteer),
    ).toBe(plain);
  });
});
