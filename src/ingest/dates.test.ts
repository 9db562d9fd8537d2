import { describe, expect, it } from 'vitest';
import { parseDate, parseWireDateline } from './dates.js';

type Row = [input: string, local: string, precision: string, zone: string | null, utc: string | null];

const DATELINES: Row[] = [
  ['Nov 17 2015, 5:30pm', '2015-11-17T17:30', 'minute', null, null],
  ['2015-11-17T17:30:00Z', '2015-11-17T17:30:00', 'second', 'Z', '2015-11-17T17:30:00Z'],
  ['2015-11-17', '2015-11-17', 'day', null, null],
  ['17 November 2015', '2015-11-17', 'day', null, null],
  ['November 17, 2015 at 5:30 p.m. ET', '2015-11-17T17:30', 'minute', 'ET', '2015-11-17T22:30:00Z'],
  ['Tuesday, 17 Nov 2015 14:05 GMT', '2015-11-17T14:05', 'minute', 'GMT', '2015-11-17T14:05:00Z'],
  ['Tuesday, 17 Nov 2015 14:05', '2015-11-17T14:05', 'minute', null, null],
  ['Tue, 17 Nov 2015 14:05:00 +0000', '2015-11-17T14:05:00', 'second', '+00:00', '2015-11-17T14:05:00Z'],
  ['2019-11-20T06:35:39+0000', '2019-11-20T06:35:39', 'second', '+00:00', '2019-11-20T06:35:39Z'],
  ['2022-06-14T18:40:00-04:00', '2022-06-14T18:40:00', 'second', '-04:00', '2022-06-14T22:40:00Z'],
  ['2015-11-17 17:30', '2015-11-17T17:30', 'minute', null, null],
  ['2019-11-19T13:03:00.000Z', '2019-11-19T13:03:00', 'second', 'Z', '2019-11-19T13:03:00Z'],
  ['Nov. 17, 2015', '2015-11-17', 'day', null, null],
  ['Friday, July 21, 2017', '2017-07-21', 'day', null, null],
  ['July 4, 2015 at 10 a.m. EDT', '2015-07-04T10', 'hour', 'EDT', '2015-07-04T14:00:00Z'],
  // ET is daylight time in July: UTC-4
  ['July 4, 2015 at 10:15 a.m. ET', '2015-07-04T10:15', 'minute', 'ET', '2015-07-04T14:15:00Z'],
  ['Updated 1:23 PM ET, Tue November 17, 2015', '2015-11-17T13:23', 'minute', 'ET', '2015-11-17T18:23:00Z'],
  [
    'Published: 17th of November, 2015 - 09:15 CET',
    '2015-11-17T09:15',
    'minute',
    'CET',
    '2015-11-17T08:15:00Z',
  ],
  ['PUBLISHED: 10:48, Tue, Nov 19, 2019', '2019-11-19T10:48', 'minute', null, null],
  ['17-Nov-2015', '2015-11-17', 'day', null, null],
  ['11/17/2015', '2015-11-17', 'day', null, null],
  ['17/11/2015', '2015-11-17', 'day', null, null],
  ['17.11.2015', '2015-11-17', 'day', null, null],
  ['11/18/19 11:04 PM EST', '2019-11-18T23:04', 'minute', 'EST', '2019-11-19T04:04:00Z'],
  ['2015/11/17', '2015-11-17', 'day', null, null],
  ['November 2015', '2015-11', 'month', null, null],
  ['Posted on March 3, 2021 at noon', '2021-03-03T12:00', 'minute', null, null],
  ['Nov 17, 2015 5:30 PM (UTC+3)', '2015-11-17T17:30', 'minute', '+03:00', '2015-11-17T14:30:00Z'],
  ['5:30pm, 17 Nov 2015', '2015-11-17T17:30', 'minute', null, null],
  ['Tue 8 Mar 2022 14.05 GMT', '2022-03-08T14:05', 'minute', 'GMT', '2022-03-08T14:05:00Z'],
  ['Last modified on Tue 8 Mar 2022 16.20 GMT', '2022-03-08T16:20', 'minute', 'GMT', '2022-03-08T16:20:00Z'],
  ['PUBLISHED TUE, MAR 8 2022 2:05 PM EST', '2022-03-08T14:05', 'minute', 'EST', '2022-03-08T19:05:00Z'],
  ['March 8, 2022, 2:05 p.m. ET', '2022-03-08T14:05', 'minute', 'ET', '2022-03-08T19:05:00Z'],
  // IST names three zones: kept as written, no UTC instant invented
  ['17 November 2015 09:00 IST', '2015-11-17T09:00', 'minute', 'IST', null],
];

describe('parseDate: datelines', () => {
  it.each(DATELINES)('%s', (input, local, precision, zone, utc) => {
    const parsed = parseDate(input);
    expect(parsed, input).not.toBeNull();
    expect(parsed!.published).toEqual({ local, precision, zone, utc, sourceText: input });
    expect(parsed!.rules.length).toBeGreaterThan(0);
  });
});

const NOT_DATES: string[] = [
  'by Brian McManus',
  'Nov 17 2015 was a Tuesday',
  'The talks began on 17 November 2015 in Vienna.',
  '2015-02-30',
  '31 April 2015',
  '13/13/2015',
  'Nov 17, 2015 at 25:00',
  'Tuesday',
  'Photo: AP',
  '',
];

describe('parseDate: not datelines', () => {
  it.each(NOT_DATES)('%j', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('parseWireDateline', () => {
  it.each([
    ['LONDON 1996-08-30', 'LONDON', '1996-08-30'],
    ['NEW DELHI 1996-10-30', 'NEW DELHI', '1996-10-30'],
    ['AL-AIN , United Arab Emirates 1996-12-06', 'AL-AIN, United Arab Emirates', '1996-12-06'],
    ['WASHINGTON, March 4, 2021', 'WASHINGTON', '2021-03-04'],
    ['KABUL, Afghanistan, Nov. 3, 2021', 'KABUL, Afghanistan', '2021-11-03'],
  ])('%s', (line, place, day) => {
    const d = parseWireDateline(line);
    expect(d?.place).toBe(place);
    expect(d?.published.local).toBe(day);
    expect(d?.rules).toContain('dateline.wire');
  });

  it.each([
    'Talks resume March 4, 2021',
    'London 1996-08-30',
    'LONDON calling 1996-08-30',
    'UN 2021',
    'GENEVA (Reuters) - Talks resumed',
  ])('not a wire dateline: %s', (line) => {
    expect(parseWireDateline(line)).toBeNull();
  });
});
