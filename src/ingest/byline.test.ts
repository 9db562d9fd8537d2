import { describe, expect, it } from 'vitest';
import { parseAffiliationLine, parseBareName, parseByline } from './byline.js';

type Row = [line: string, authors: string[], affiliation: string | null, date: string | null];

const BYLINES: Row[] = [
  ['by Jane Roe', ['Jane Roe'], null, null],
  ['By JANE ROE', ['JANE ROE'], null, null],
  ['By Jane Roe and John Doe', ['Jane Roe', 'John Doe'], null, null],
  ['By Jane Roe, John Doe & Ana Lima', ['Jane Roe', 'John Doe', 'Ana Lima'], null, null],
  ['By Jane Roe, Staff Writer', ['Jane Roe'], null, null],
  ['By JANE ROE, Example Auto Writer', ['JANE ROE'], null, null],
  ['By Jane Roe and John Doe, Associated Press', ['Jane Roe', 'John Doe'], 'Associated Press', null],
  ['By Jane Roe | Reuters | Nov 17, 2015', ['Jane Roe'], 'Reuters', '2015-11-17'],
  ['By Jane Roe, November 17, 2015', ['Jane Roe'], null, '2015-11-17'],
  ['By Jane Roe - 11/18/19 11:04 PM EST', ['Jane Roe'], null, '2019-11-18T23:04'],
  ['Words by Jane Roe', ['Jane Roe'], null, null],
  ['Reporting by Jane Roe', ['Jane Roe'], null, null],
  ['Author: Jane Roe', ['Jane Roe'], null, null],
  ['By Sarah E. Roe', ['Sarah E. Roe'], null, null],
  ['By Ursula von der Leyen', ['Ursula von der Leyen'], null, null],
  ["By Seán O'Neill", ["Seán O'Neill"], null, null],
  ['By Abu Bakr al-Hashimi and Jane Roe', ['Abu Bakr al-Hashimi', 'Jane Roe'], null, null],
  ['By Jane Roe in Kyiv', ['Jane Roe'], null, null],
  ['By Jane Roe in New York and John Doe in Moscow', ['Jane Roe', 'John Doe'], null, null],
  // A desk, no person: still a byline, the desk as affiliation.
  ['By Staff Writers', [], 'Staff Writers', null],
  ['by Foreign Desk', [], 'Foreign Desk', null],
];

describe('parseByline: bylines', () => {
  it.each(BYLINES)('%s', (line, authors, affiliation, date) => {
    const b = parseByline(line);
    expect(b, line).not.toBeNull();
    expect(b!.authors).toEqual(authors);
    expect(b!.affiliation).toBe(affiliation);
    expect(b!.date?.published.local ?? null).toBe(date);
  });
});

const NOT_BYLINES: string[] = [
  'By Monday, the army had withdrawn from the town.',
  'By the end of the year, prices had doubled.',
  'By Reuters',
  'Jane Roe',
  'Kerry and Lavrov meet in Geneva',
  'By Tuesday',
];

describe('parseByline: wire headlines in capitals are not bylines', () => {
  it.each([
    'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .',
    'RUGBY UNION - LEICESTER BEAT BATH IN CUP SEMIFINAL .',
    'GOLF - MONTGOMERIE LEADS IN MADRID .',
  ])('%s', (line) => {
    expect(parseByline(line, true)).toBeNull();
  });

  it('still reads a byline in capitals that says By', () => {
    expect(parseByline('By JANE DOE, REUTERS', true)?.authors).toEqual(['JANE DOE']);
  });
});

describe('parseByline: not bylines', () => {
  it.each(NOT_BYLINES)('%s', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('parseByline: name and role without "By" (header only)', () => {
  it('reads `Name, Role` and `Name in Place` in a header', () => {
    expect(parseByline('Jane Roe, Foreign Correspondent', true)?.authors).toEqual(['Jane Roe']);
    expect(parseByline('Jane Roe in Kyiv and John Doe in Moscow', true)?.authors).toEqual([
      'Jane Roe',
      'John Doe',
    ]);
  });

  it('reads an outlet line and a bare name', () => {
    expect(parseAffiliationLine('Example News, Kyiv')).toBe('Example News');
    expect(parseAffiliationLine('Foreign Staff')).toBe('Foreign Staff');
    expect(parseAffiliationLine('The talks stalled on Tuesday.')).toBeNull();
    expect(parseBareName('Jane Roe')).toBe('Jane Roe');
    expect(parseBareName('The Senate passed the bill.')).toBeNull();
  });
  it('does not take a lone name or a headline for a byline', () => {
    expect(parseByline('Jane Roe', true)).toBeNull();
    expect(parseByline('Rebels And Army Agree Truce', true)).toBeNull();
    expect(parseByline('Jane Roe, Foreign Correspondent')).toBeNull();
  });
});
