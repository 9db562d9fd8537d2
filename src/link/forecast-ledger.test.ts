import { describe, expect, it } from 'vitest';
import type { StoredEvent, StoredForecast } from '../store/store.js';
import { judge, type PredictedEvent, scorecards } from './forecast-ledger.js';

const forecast = (over: Partial<StoredForecast> = {}): StoredForecast =>
  ({
    id: 'f1',
    documentId: 'seed',
    documentTitle: 'Seed',
    published: '2015-11-17T17:30',
    start: 0,
    end: 10,
    text: 'a ceasefire could be weeks away',
    component: 'forecasts',
    version: '0',
    rules: [],
    confidence: 0.8,
    speaker: null,
    speakerEntityId: null,
    speakerName: 'John Kerry',
    event: { type: 'AGREE', cameo: '0871', eventId: 'v2', summary: '' },
    window: { earliest: '2015-11-24', latest: '2016-01-12', basis: 'horizon:weeks away' },
    hedges: ['could'],
    probability: 0.4,
    condition: null,
    quoteId: null,
    status: 'open',
    statusAt: null,
    ...over,
  }) as StoredForecast;

const event = (day: string, over: Partial<StoredEvent> = {}): StoredEvent =>
  ({
    id: 'v1',
    documentId: `later-${day}`,
    documentTitle: 'Later',
    published: day,
    day,
    type: 'AGREE',
    cameo: '0871',
    modality: 'asserted',
    trigger: { start: 0, end: 6, text: 'agreed' },
    source: { code: 'SYRGOV', name: 'Syria', entityId: null, start: 0, end: 0, text: '' },
    target: { code: 'SYRREB', name: 'rebels', entityId: null, start: 0, end: 0, text: '' },
    ...over,
  }) as StoredEvent;

const predicted: PredictedEvent = { type: 'AGREE', cameo: '0871', actors: ['SYRGOV', 'SYRREB'] };

describe('forecast ledger rules', () => {
  it('fulfils a forecast with a matching event inside the window', () => {
    const v = judge(forecast(), predicted, [event('2015-12-20')], '2016-03-01');
    expect(v?.status).toBe('fulfilled');
    expect(v?.evidence?.day).toBe('2015-12-20');
  });

  it('fails a forecast whose event came after the window, and says how late', () => {
    const v = judge(forecast(), predicted, [event('2016-02-27')], '2016-03-01');
    expect(v?.status).toBe('failed');
    expect(v?.note).toMatch(/46 days after the window closed/);
  });

  it('does not take an event years later as the late arrival of the predicted one', () => {
    const v = judge(forecast(), predicted, [event('2018-05-01')], '2019-01-01');
    expect(v?.status).toBe('expired');
    expect(v?.evidence).toBeNull();
  });

  it('matches nothing automatically for a prediction without coded actors', () => {
    const vague: PredictedEvent = { type: 'AGREE', cameo: '0871', actors: [] };
    expect(judge(forecast(), vague, [event('2015-12-20')], '2015-12-30')).toBeNull();
  });

  it('keeps a forecast open while its window is open', () => {
    expect(judge(forecast(), predicted, [], '2015-12-01')).toBeNull();
  });

  it('expires a closed window without evidence, and fails one a later article says did not happen', () => {
    expect(judge(forecast(), predicted, [], '2016-03-01')?.status).toBe('expired');
    const denial = event('2016-01-20', { modality: 'negated' });
    const v = judge(forecast(), predicted, [denial], '2016-03-01');
    expect(v?.status).toBe('failed');
    expect(v?.evidence).toBe(denial);
  });

  it('ignores events that did not happen, are of another kind, or involve other countries', () => {
    const noise = [
      event('2015-12-19', { cameo: '036' }), // AGREE too, but an agreement to meet is no ceasefire
      event('2015-12-20', { modality: 'predicted' }),
      event('2015-12-21', { type: 'ASSAULT', cameo: '190' }),
      event('2015-12-22', {
        source: { code: 'UKRGOV', name: 'Ukraine', entityId: null, start: 0, end: 0, text: '' },
        target: null,
      }),
      event('2015-12-23', { documentId: 'seed' }),
    ];
    expect(judge(forecast(), predicted, noise, '2015-12-30')).toBeNull();
  });

  it('allows a grace of a few days at the window edges', () => {
    const planned = forecast({
      window: { earliest: '2015-12-11', latest: '2015-12-20', basis: 'time:mid-December' },
    });
    expect(judge(planned, predicted, [event('2015-12-09')], '2016-01-01')?.status).toBe('fulfilled');
    expect(judge(planned, predicted, [event('2015-12-01')], '2015-12-15')).toBeNull();
  });

  it('scores speakers: hit rate, lead time and Brier score', () => {
    const list = [
      forecast({ id: 'f1', status: 'fulfilled', probability: 0.8 }),
      forecast({ id: 'f2', status: 'failed', probability: 0.4 }),
      forecast({ id: 'f3', status: 'open', probability: 0.9 }),
    ];
    const [card] = scorecards(list, new Map([['seed:f1', '2015-12-17']]));
    expect(card.who).toBe('John Kerry');
    expect(card.byStatus).toEqual({ fulfilled: 1, failed: 1, open: 1 });
    expect(card.hitRate).toBe(0.5);
    expect(card.meanLeadDays).toBe(30);
    expect(card.brier).toBeCloseTo(((0.8 - 1) ** 2 + 0.4 ** 2) / 2);
  });
});
