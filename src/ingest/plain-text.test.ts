import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE } from '../../test/seed-path.js';
import type { Document } from '../model/document.js';
import { readPlainText } from './plain-text.js';

const SEED = SEED_ARTICLE;

function read(text: string): Document {
  const outcome = readPlainText(text, { origin: 'test.txt' });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.doc;
}

/** `role/kind: first words` per paragraph, for compact expectations. */
function roles(doc: Document): string[] {
  return doc.layers.paragraphs!.map(
    (p) => `${p.role}${p.boilerplate ? `/${p.boilerplate}` : ''}: ${p.text.slice(0, 24)}`,
  );
}

/** Paragraph spans are exact, in text order and never overlap. */
function expectExactOffsets(doc: Document): void {
  let previousEnd = 0;
  doc.layers.paragraphs!.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    expect(p.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = p.end;
  });
}

describe.runIf(existsSync(SEED))('readPlainText: the seed article', () => {
  const doc = read(readFileSync(SEED, 'utf8'));

  it('reads the header into metadata', () => {
    expect(doc.meta.title).toBe(
      "John Kerry Says Ceasefire Between Syrian Rebels and Assad Could Be 'Weeks' Away",
    );
    expect(doc.meta.subtitle).toBe(
      'US Secretary of State announces plans that could lead to other groups ganging-up on the Islamic State in near future.',
    );
    expect(doc.meta.authors).toEqual(['Brian McManus']);
    expect(doc.meta.published).toMatchObject({
      local: '2015-11-17T17:30',
      precision: 'minute',
      zone: null,
      utc: null,
    });
    expect(doc.meta.format).toBe('text');
  });

  it('keeps boilerplate out of the body and exactly six body paragraphs', () => {
    const paragraphs = doc.layers.paragraphs!;
    const body = paragraphs.filter((p) => p.role === 'body');
    expect(body).toHaveLength(6);
    expect(body[0].text.startsWith('Secretary of State John Kerry made')).toBe(true);
    expect(body[5].text.endsWith('Kerry told the press on Tuesday.')).toBe(true);
    expect(
      paragraphs.filter((p) => p.role === 'boilerplate').map((p) => [p.boilerplate, p.text.slice(0, 12)]),
    ).toEqual([
      ['photo-credit', 'Photo of Joh'],
      ['related-link', "Read: Why I'"],
      ['social', 'Follow Brian'],
    ]);
    expect(paragraphs.slice(0, 4).map((p) => p.role)).toEqual(['headline', 'dek', 'byline', 'dateline']);
    expectExactOffsets(doc);
  });

  it('keeps the whole input as the document text', () => {
    expect(doc.text).toBe(readFileSync(SEED, 'utf8'));
  });
});

describe('readPlainText: header shapes', () => {
  it('reads a headline, byline with outlet, ISO dateline and a copyright line', () => {
    const doc = read(
      [
        'Rebels Seize Airport Outside Tripoli',
        '',
        'By Jane Roe, Example Press',
        '2019-04-07T10:15:00Z',
        '',
        'Rebel forces took control of the airport on Sunday, a spokesman said.',
        '',
        'Copyright 2019 Example Press. All rights reserved.',
      ].join('\n'),
    );
    expect(roles(doc)).toEqual([
      'headline: Rebels Seize Airport Out',
      'byline: By Jane Roe, Example Pre',
      'dateline: 2019-04-07T10:15:00Z',
      'body: Rebel forces took contro',
      'boilerplate/other: Copyright 2019 Example P',
    ]);
    expect(doc.meta.authors).toEqual(['Jane Roe']);
    expect(doc.meta.source).toBe('Example Press');
    expect(doc.meta.published).toMatchObject({ zone: 'Z', utc: '2019-04-07T10:15:00Z', precision: 'second' });
  });

  it('reads a headline that ends `in Place` as a headline when a byline follows', () => {
    const doc = read(
      [
        'Peace Talks Open in Geneva',
        '',
        'By Foreign Desk',
        'Jan 29 2016, 7:15pm',
        '',
        'Talks began on Friday.',
      ].join('\n'),
    );
    expect(roles(doc)).toEqual([
      'headline: Peace Talks Open in Gene',
      'byline: By Foreign Desk',
      'dateline: Jan 29 2016, 7:15pm',
      'body: Talks began on Friday.',
    ]);
    expect(doc.meta.title).toBe('Peace Talks Open in Geneva');
    expect(doc.meta.authors).toEqual([]);
  });

  it('reads a dateline before the byline and a headline ending in a question mark', () => {
    const doc = read('Can the truce hold?\n\n17 November 2015\nby Jane Roe\n\nFighting stopped on Monday.');
    expect(roles(doc)).toEqual([
      'headline: Can the truce hold?',
      'dateline: 17 November 2015',
      'byline: by Jane Roe',
      'body: Fighting stopped on Mond',
    ]);
    expect(doc.meta.published).toMatchObject({ local: '2015-11-17', precision: 'day', zone: null });
  });

  it('reads a labelled dateline and wire credits under the story', () => {
    const doc = read(
      'Talks resume in Doha\n\nReporting by Jane Roe\nPublished: Nov 3, 2021\n\nThe talks resumed on Wednesday.\n\n(Reporting by Jane Roe; Editing by John Doe)',
    );
    expect(roles(doc)).toEqual([
      'headline: Talks resume in Doha',
      'byline: Reporting by Jane Roe',
      'dateline: Published: Nov 3, 2021',
      'body: The talks resumed on Wed',
      'boilerplate/other: (Reporting by Jane Roe; ',
    ]);
    expect(doc.meta.published?.local).toBe('2021-11-03');
  });

  type Header = [shape: string, text: string, roles: string[], authors: string[], source: string | null];
  const HEADERS: Header[] = [
    [
      'name in place, British time with a dot',
      'Talks stall over corridors\n\nJane Roe in Kyiv and John Doe in Moscow\nTue 8 Mar 2022 14.05 GMT\n\nTalks stalled.',
      ['headline', 'byline', 'dateline', 'body'],
      ['Jane Roe', 'John Doe'],
      null,
    ],
    [
      'outlet line under the byline',
      'Talks stall over corridors\n\nBy Jane Roe\nExample News, Kyiv\n\nTalks stalled.',
      ['headline', 'byline', 'byline', 'body'],
      ['Jane Roe'],
      'Example News',
    ],
    [
      'bare name under the dateline, one paragraph per line',
      'Senate passes aid bill\nPUBLISHED TUE, MAR 8 2022 2:05 PM EST\nJane Roe\nThe Senate passed the bill.\nIt goes to the House.',
      ['headline', 'dateline', 'byline', 'body', 'body'],
      ['Jane Roe'],
      null,
    ],
  ];
  it.each(HEADERS)('%s', (_shape, text, expectedRoles, authors, source) => {
    const doc = read(text);
    expect(doc.layers.paragraphs!.map((p) => p.role)).toEqual(expectedRoles);
    expect(doc.meta.authors).toEqual(authors);
    expect(doc.meta.source).toBe(source);
    expectExactOffsets(doc);
  });

  it('prefers the original dateline over an update line', () => {
    const doc = read('Talks end\n\nUpdated: Nov 18, 2015 9:00 am\nNov 17, 2015 5:30 pm\n\nThe talks ended.');
    expect(doc.meta.published?.local).toBe('2015-11-17T17:30');
  });

  it('reads an article that is only paragraphs: a short first line is the headline', () => {
    const doc = read(
      'Ceasefire talks open in Geneva\n\nDelegates met on Monday.\n\nThey will meet again on Friday.',
    );
    expect(roles(doc)).toEqual([
      'headline: Ceasefire talks open in ',
      'body: Delegates met on Monday.',
      'body: They will meet again on ',
    ]);
    expect(doc.meta.title).toBe('Ceasefire talks open in Geneva');
    expect(doc.meta.published).toBeNull();
  });

  it('reads wire copy: a headline in capitals ending in a full stop, then a place-and-date dateline', () => {
    const doc = read(
      'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n\nAL-AIN , United Arab Emirates 1996-12-06\n\nJapan began the defence of their title with a 2-1 win against Syria on Friday .',
    );
    expect(roles(doc)).toEqual([
      'headline: SOCCER - JAPAN GET LUCKY',
      'dateline: AL-AIN , United Arab Emi',
      'body: Japan began the defence ',
    ]);
    expect(doc.meta.published?.local).toBe('1996-12-06');
    expect(doc.meta.authors).toEqual([]);
  });

  it('takes no headline when the first line is a sentence', () => {
    const doc = read('Delegates met in Geneva on Monday.\n\nThey will meet again on Friday.');
    expect(doc.layers.paragraphs!.map((p) => p.role)).toEqual(['body', 'body']);
    expect(doc.meta.title).toBeNull();
  });

  it('splits one paragraph per line when the text has no blank line', () => {
    const doc = read(
      'Army leaves town\nThe army left the town on Monday.\nResidents returned on Tuesday.\nPhoto: Jane Roe',
    );
    expect(roles(doc)).toEqual([
      'headline: Army leaves town',
      'body: The army left the town o',
      'body: Residents returned on Tu',
      'boilerplate/photo-credit: Photo: Jane Roe',
    ]);
  });

  it('joins the lines of a hard-wrapped text into paragraphs', () => {
    const doc = read(
      [
        'Rebels agree to talks in Nairobi',
        'By Jane Roe',
        'Rebel leaders agreed on Monday to attend peace talks in Nairobi next',
        'month, the mediator said, after two weeks of fighting that forced',
        'thousands of families from their homes.',
        '"We are ready to sit down with the government," a rebel spokesman told',
        'reporters by telephone.',
      ].join('\n'),
    );
    expect(roles(doc)).toEqual([
      'headline: Rebels agree to talks in',
      'byline: By Jane Roe',
      'body: Rebel leaders agreed on ',
      'body: "We are ready to sit dow',
    ]);
    expectExactOffsets(doc);
  });

  it('splits a boilerplate line out of a body block', () => {
    const doc = read(
      'The minister resigned on Friday.\nRead more: Who will replace her?\n\nHer deputy takes over.',
    );
    expect(roles(doc)).toEqual([
      'body: The minister resigned on',
      'boilerplate/related-link: Read more: Who will repl',
      'body: Her deputy takes over.',
    ]);
  });

  it('cuts a dateline off the end of a headline line', () => {
    const doc = read(
      'Envoy meets rebel leaders in Juba Tuesday, September 22, 2015\n\nThe envoy met them on Monday.',
    );
    expect(roles(doc)).toEqual([
      'headline: Envoy meets rebel leader',
      'dateline: Tuesday, September 22, 2',
      'body: The envoy met them on Mo',
    ]);
    expect(doc.meta.title).toBe('Envoy meets rebel leaders in Juba');
    expect(doc.meta.published?.local).toBe('2015-09-22');
    expectExactOffsets(doc);
  });

  it('starts a Markdown headline after its # marker', () => {
    const doc = read('# Truce agreed in Sanaa\n\nBoth sides signed on Monday.');
    expect(doc.meta.title).toBe('Truce agreed in Sanaa');
    expect(doc.layers.paragraphs![0]).toMatchObject({
      role: 'headline',
      start: 2,
      text: 'Truce agreed in Sanaa',
    });
  });

  it('normalises CRLF and drops a BOM', () => {
    const doc = read('\uFEFFTruce agreed\r\n\r\nBoth sides signed on Monday.\r\n');
    expect(doc.text).toBe('Truce agreed\n\nBoth sides signed on Monday.\n');
    expectExactOffsets(doc);
  });

  it('refuses an empty text', () => {
    const outcome = readPlainText(' \n\t\n', { origin: 'empty.txt' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatchObject({ code: 'E_EMPTY', origin: 'empty.txt' });
  });
});
