import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GoldRecord } from './gold.js';
import { score } from './score.js';
import { timeValueMatches } from './time-values.js';

const text = 'John Kerry visited Paris on Monday. "We are close," he said.';
const gold: GoldRecord[] = [
  {
    id: 'd1',
    text,
    entities: [
      { start: 0, end: 10, type: 'PERSON' },
      { start: 19, end: 24, type: 'GPE' },
    ],
    times: [{ start: 28, end: 34, type: 'DATE', value: '2015-11-16' }],
    quotes: [{ start: 37, end: 49, speaker: { start: 52, end: 54 }, kind: 'direct' }],
    places: [{ start: 19, end: 24, lat: 48.85, lon: 2.35 }],
    events: [{ type: 'CONSULT', cameo: '042', source: 'USAGOV', target: 'FRA' }],
  },
];

describe('scorer', () => {
  it('gives 1.0 everywhere for a perfect system', () => {
    const s = score(gold, gold);
    expect(s.entities!.exact.f1).toBe(1);
    expect(s.entities!.focus.f1).toBe(1);
    expect(s.times!.strict.f1).toBe(1);
    expect(s.times!.valueAcc).toBe(1);
    expect(s.quotes!.overlap50.f1).toBe(1);
    expect(s.quotes!.speakerAcc).toBe(1);
    expect(s.places!.acc161).toBe(1);
    expect(s.events!.srcTgtRoot.f1).toBe(1);
  });

  it('gives zero recall for an empty system', () => {
    const s = score(gold, [{ id: 'd1' }]);
    expect(s.entities!.exact.r).toBe(0);
    expect(s.times!.relaxed.r).toBe(0);
    expect(s.quotes!.overlap50.r).toBe(0);
    expect(s.places!.overlap.r).toBe(0);
    expect(s.events!.type.r).toBe(0);
    expect(score(gold, []).docs.missing).toBe(1);
  });

  it('counts one known miss as the expected fraction', () => {
    // Drops the place entity and types the person wrong: exact tp 0 of 2; untyped tp 1 of 2.
    const sys: GoldRecord = { id: 'd1', entities: [{ start: 0, end: 10, type: 'ORG' }] };
    const s = score(gold, [sys]);
    expect(s.entities!.exact).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(s.entities!.untyped).toMatchObject({ tp: 1, fp: 0, fn: 1, p: 1, r: 0.5 });
    expect(s.entities!.untyped.f1).toBeCloseTo(2 / 3);
  });

  it('matches quotes at half the gold span and scores the speaker by overlap', () => {
    const half: GoldRecord = { id: 'd1', quotes: [{ start: 37, end: 43, speaker: { start: 0, end: 10 } }] };
    const s = score(gold, [half]);
    expect(s.quotes!.overlap50.tp).toBe(1);
    expect(s.quotes!.speakerAcc).toBe(0);
    const tooShort: GoldRecord = { id: 'd1', quotes: [{ start: 37, end: 40 }] };
    expect(score(gold, [tooShort]).quotes!.overlap50.tp).toBe(0);
  });

  it('measures no speaker accuracy when the gold names no speaker (GUM)', () => {
    const noSpeakers: GoldRecord = {
      ...gold[0],
      quotes: [{ start: 37, end: 49, speaker: null, kind: 'direct' }],
    };
    const sys: GoldRecord = { id: 'd1', quotes: [{ start: 37, end: 49, speaker: { start: 52, end: 54 } }] };
    const s = score([noSpeakers], [sys]);
    expect(s.quotes!.speakerScored).toBe(0);
    expect(s.quotes!.speakerNamedAcc).toBeNull();
    expect(score(gold, [sys]).quotes).toMatchObject({ speakerScored: 1, speakerNamedAcc: 1 });
  });

  it('scores quotations apart from reported speech when the gold marks only quotations', () => {
    const sys: GoldRecord = {
      id: 'd1',
      quotes: [
        { start: 37, end: 49, kind: 'direct' },
        { start: 0, end: 30, kind: 'indirect' },
      ],
    };
    const s = score(gold, [sys]);
    expect(s.quotes!.overlap50).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.quotes!.quoted).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores the first event of one-event documents by type, with a confusion table', () => {
    const one = (id: string, type: string): GoldRecord => ({ id, events: [{ type }] });
    const g = [one('a', 'AGREE'), one('b', 'ASSAULT'), one('c', 'ASSAULT')];
    const sys: GoldRecord[] = [
      { id: 'a', events: [{ type: 'AGREE' }, { type: 'CONSULT' }] },
      { id: 'b', events: [{ type: 'COERCE' }] },
      { id: 'c', events: [] },
    ];
    const s = score(g, sys).singleEvent!;
    expect(s.typeAccuracy).toBeCloseTo(1 / 3);
    expect(s.byType.ASSAULT).toEqual({ docs: 2, accuracy: 0 });
    expect(s.confusion.ASSAULT).toEqual({ COERCE: 1, none: 1 });
  });

  it('counts a place over 161 km away as a geocoding miss', () => {
    const texas: GoldRecord = { id: 'd1', places: [{ start: 19, end: 24, lat: 33.66, lon: -95.55 }] };
    const s = score(gold, [texas]);
    expect(s.places!.overlap.f1).toBe(1);
    expect(s.places!.acc161).toBe(0);
  });

  it('scores times also over dates and times alone, for gold that marks no durations or sets', () => {
    const sys: GoldRecord = {
      id: 'd1',
      times: [
        { start: 28, end: 34, type: 'DATE', value: '2015-11-16' },
        { start: 0, end: 4, type: 'DURATION', value: 'P3W' },
        { start: 5, end: 10, type: 'SET', value: 'P1W' },
      ],
    };
    const s = score(gold, [sys]);
    expect(s.times!.relaxed.p).toBeCloseTo(1 / 3);
    expect(s.times!.datesAndTimes.p).toBe(1);
    expect(s.times!.datesAndTimes.r).toBe(1);
  });

  it('scores quotations also over the documents whose gold marks any quote', () => {
    const unmarked: GoldRecord = { id: 'd2', text: '"Fine," she said.', quotes: [] };
    const sysQuote = { start: 37, end: 49, kind: 'direct' };
    const s = score(
      [gold[0], unmarked],
      [
        { id: 'd1', quotes: [sysQuote] },
        { id: 'd2', quotes: [{ start: 0, end: 7, kind: 'direct' }] },
      ],
    );
    expect(s.quotes!.quoted!.p).toBe(0.5);
    expect(s.quotes!.quotedInMarkedDocs).toMatchObject({ p: 1, r: 1, docs: 1, of: 2 });
  });

  it('accepts a time value that denotes the same days', () => {
    expect(timeValueMatches('2017-07-10/2017-07-16', { value: '2017-W28' })).toBe(true);
    expect(
      timeValueMatches('2015-12', { value: 'X', window: { earliest: '2015-12-01', latest: '2015-12-31' } }),
    ).toBe(true);
    expect(timeValueMatches('2015-12', { value: '2015-12-01' })).toBe(false);
  });
});

const reference = resolve('../shared/tools/score.mjs');
describe.runIf(existsSync(reference))('agreement with the reference scorer', () => {
  it('gives the same figures on the same records', async () => {
    const ref = await import(pathToFileURL(reference).href);
    const sys: GoldRecord[] = [
      {
        id: 'd1',
        entities: [
          { start: 0, end: 10, type: 'PERSON' },
          { start: 19, end: 24, type: 'LOC' },
          { start: 52, end: 54, type: 'PERSON' },
        ],
        times: [{ start: 25, end: 34, type: 'DATE', value: '2015-11-16' }],
        quotes: [{ start: 36, end: 50, speaker: null }],
        places: [{ start: 19, end: 24, lat: 48.0, lon: 2.0 }],
        events: [{ type: 'CONSULT', cameo: '043', source: 'USAGOV', target: 'FRA' }],
      },
    ];
    const ours = score(gold, sys);
    const theirs = ref.score(gold, sys);
    expect(ours.entities!.exact).toEqual(theirs.entities.exact);
    expect(ours.entities!.coarse).toEqual(theirs.entities.coarse);
    expect(ours.times!.relaxed).toEqual(theirs.times.relaxed);
    expect(ours.times!.valueAcc).toEqual(theirs.times.valueAcc);
    expect(ours.quotes!.overlap50).toEqual(theirs.quotes.overlap50);
    expect(ours.quotes!.speakerAcc).toEqual(theirs.quotes.speakerAcc);
    expect(ours.places!.acc161).toEqual(theirs.places.acc161);
    expect(ours.events!.srcTgtRoot).toEqual(theirs.events.srcTgtRoot);
  });
});
