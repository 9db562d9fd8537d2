import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../../test/seed-fixture.js';
import { SEED_ARTICLE } from '../../../test/seed-path.js';
import { readJsonlLine } from '../../ingest/index.js';
import { newDocument } from '../../ingest/new-document.js';
import { readPlainText } from '../../ingest/plain-text.js';
import type { Document } from '../../model/document.js';
import type { TimeExpression } from '../../model/layers.js';
import { textLayer } from '../../text/index.js';
import { NEGATIVE, POSITIVE } from './cases.js';
import { timeForSpan, timesComponent } from './index.js';

const times = timesComponent();
const text = textLayer();

function read(sentence: string, ref: string | null = '2015-11-17T17:30'): Document {
  const published = ref
    ? { local: ref, precision: 'minute' as const, zone: null, utc: null, sourceText: null }
    : null;
  const doc = newDocument({ text: sentence, meta: { published } });
  text.run(doc);
  times.run(doc);
  return doc;
}

const show = (ts: TimeExpression[]) =>
  ts
    .map(
      (t) =>
        `[${t.text}] ${t.type} ${t.value} ${t.mod ?? ''} ${t.window?.earliest}..${t.window?.latest} (${t.rules})`,
    )
    .join('; ');

describe('times: expressions and values', () => {
  it.each(POSITIVE)('%s -> %s = %s', (sentence, span, value, extra = {}) => {
    const doc = read(sentence, extra.ref ?? '2015-11-17T17:30');
    const found = doc.layers.times!;
    const t = found.find((x) => x.text === span);
    // The rule trace is printed only when a case fails.
    expect(t, `found: ${show(found)}`).toBeDefined();
    expect(t!.value, show(found)).toBe(value);
    if (extra.type) expect(t!.type).toBe(extra.type);
    if (extra.mod) expect(t!.mod).toBe(extra.mod);
    if (extra.window) expect([t!.window?.earliest, t!.window?.latest]).toEqual(extra.window);
    expect(doc.text.slice(t!.start, t!.end)).toBe(span);
  });
});

describe('times: things that are not times', () => {
  it.each(NEGATIVE)('%s (not %s: %s)', (sentence, forbidden) => {
    const found = read(sentence).layers.times!;
    if (forbidden === '*') expect(found, show(found)).toEqual([]);
    else {
      const at = sentence.indexOf(forbidden);
      const overlapping = found.filter((t) => t.start < at + forbidden.length && at < t.end);
      expect(overlapping, show(found)).toEqual([]);
    }
  });
});

describe('times: anchoring', () => {
  it('without a publication date keeps only absolute dates and says so', () => {
    const doc = read('He left on Monday and returned on July 21, 2017.', null);
    expect(doc.layers.times!.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['July 21, 2017', '2017-07-21', 'absolute'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('W_TIMES_NO_ANCHOR');
  });

  // A non-GUM text: a dateline one day after the metadata's date (a page created the day before it
  // went out) is the day the text speaks from; one several days away is another stamp, and ignored.
  it.each([
    ['2020-03-09', '2020-03-09', ['anchor.dateline']],
    ['2020-03-10', '2020-03-09', []],
    ['2020-03-07', '2020-03-06', []],
  ])('a dateline within a day of published %s moves yesterday to %s', (published, yesterday, extra) => {
    const raw = {
      id: 'dateline',
      title: 'Flood waters recede in the valley',
      text: 'Flood waters recede in the valley\n\nTuesday, March 10, 2020\n\nThe river burst its banks yesterday, officials said.',
      published,
    };
    const outcome = readJsonlLine(JSON.stringify(raw), 'dateline');
    if (!outcome.ok) throw new Error(outcome.error.message);
    text.run(outcome.doc);
    times.run(outcome.doc);
    const t = outcome.doc.layers.times!.find((x) => x.text === 'yesterday');
    expect(t?.value).toBe(yesterday);
    expect(t?.rules.filter((r) => r.startsWith('anchor.'))).toEqual(extra);
  });

  it('records what the text gave and what was implied', () => {
    const [t] = read('He was arrested on September 14.').layers.times!;
    expect(t.known).toEqual(expect.arrayContaining(['month', 'day']));
    expect(t.implied).toContain('year');
    expect(t.anchor).toBe('publication');
    expect(t.granularity).toBe('day');
  });
});

/** The seed article, with the paragraph roles a reader would give it (the shared test fixture). */
function seed(): Document {
  const doc = seedDocument();
  text.run(doc);
  times.run(doc);
  return doc;
}

describe('times: the seed article (expected.md, Times table)', () => {
  const doc = seed();
  const found = doc.layers.times!;
  const at = (phrase: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = doc.text.indexOf(phrase, i + 1);
    return found.find((t) => t.start < i + phrase.length && i < t.end);
  };
  it.each([
    ['Monday in order', 'Monday', '2015-11-16', null],
    ["last Friday's", 'last Friday', '2015-11-13', null],
    ['This morning', 'This morning', '2015-11-17TMO', null],
    ['weeks away', 'weeks away', 'FUTURE_REF', ['2015-11-24', '2016-01-12']],
    ['on Monday by', 'Monday', '2015-11-16', null],
    ['mid-December', 'mid-December', '2015-12', ['2015-12-11', '2015-12-20']],
    ['a few weeks ago', 'a few weeks ago', 'PAST_REF', ['2015-10-13', '2015-11-06']],
    ['on Tuesday', 'Tuesday', '2015-11-17', null],
    ['near future', 'near future', 'FUTURE_REF', null],
  ] as const)('%s', (phrase, span, value, window) => {
    const t = at(phrase);
    expect(t, show(found)).toBeDefined();
    expect(t!.text).toBe(span);
    expect(t!.value).toBe(value);
    if (window) expect([t!.window?.earliest, t!.window?.latest]).toEqual(window);
  });

  it('reads nothing from the boilerplate lines', () => {
    expect(at('Tonight')).toBeUndefined();
    expect(at('Nov 17 2015')).toBeUndefined();
    expect(found).toHaveLength(9);
  });

  it('dates clauses with timeForSpan', () => {
    const span = (phrase: string) => {
      const i = doc.text.indexOf(phrase);
      return timeForSpan(doc, i, i + phrase.length);
    };
    expect(span('surprise visit')?.value).toBe('2015-11-16');
    expect(span('host a meeting')).toMatchObject({ value: '2015-12', precision: 'approximate' });
    expect(span('took down a Russian plane')?.value).toBe('PAST_REF');
    expect(span('stepped up its military action')?.value).toBe('PAST_REF');
    expect(span('escalated its attacks')).toMatchObject({
      value: '2015-11-17',
      precision: 'publication',
      timeId: null,
    });
  });
});

describe('times: the seed article through the plain-text reader', () => {
  it('finds the same nine times when the reader sets roles and the publication date', () => {
    const raw = readFileSync(SEED_ARTICLE, 'utf8');
    const outcome = readPlainText(raw);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const doc = outcome.doc;
    text.run(doc);
    times.run(doc);
    expect(doc.layers.times!.map((t) => `${t.text}=${t.value}`)).toEqual([
      'near future=FUTURE_REF',
      'Monday=2015-11-16',
      'last Friday=2015-11-13',
      'This morning=2015-11-17TMO',
      'weeks away=FUTURE_REF',
      'Monday=2015-11-16',
      'mid-December=2015-12',
      'a few weeks ago=PAST_REF',
      'Tuesday=2015-11-17',
    ]);
  });
});
