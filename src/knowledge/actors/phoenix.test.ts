import { describe, expect, it } from 'vitest';
import { nameKey } from './names.js';
import { roleOnDate } from './on-date.js';
import { parseActorDictionary, parseAgentDictionary, parseRestriction, phoenixDate } from './phoenix.js';
import { formatRoles, parseRoles } from './tsv.js';

describe('Phoenix dictionary format', () => {
  it.each([
    ['850103', '1985-01-03'],
    ['130201', '2013-02-01'],
    ['000717', '2000-07-17'],
    ['20120101', '2012-01-01'],
  ])('date %s -> %s', (raw, iso) => expect(phoenixDate(raw)).toBe(iso));

  it.each([
    ['USAGOV >130201', { code: 'USAGOV', from: '2013-02-01', to: null }],
    ['SYRELI 830101-000101', { code: 'SYRELI', from: '1983-01-01', to: '2000-01-01' }],
    ['IGOUNO  <061231', { code: 'IGOUNO', from: null, to: '2006-12-31' }],
    ['SYROPP > 20120101', { code: 'SYROPP', from: '2012-01-01', to: null }],
    ['AFG', { code: 'AFG', from: null, to: null }],
    ['---', null],
  ])('restriction [%s]', (inner, role) => expect(parseRestriction(inner)).toEqual(role));

  it('reads records with synonyms, dated codes and comments', () => {
    const text = [
      '# comment',
      'JOHN_KERRY_ # just KERRY is somewhat vague...',
      '+SECRETARY_KERRY_',
      '\t[USAGOVLEG 850103-130201]',
      '\t[USAGOV >130201]',
      'ABRAHAM_ABRAHAM_\t[IGOUNOREFHCR] #MleH',
      'TAIWAN_  [TWN]',
      '+TAIOAN_ +TAWIAN_',
    ].join('\n');
    const records = parseActorDictionary(text);
    expect(records.map((r) => r.names)).toEqual([
      ['JOHN KERRY', 'SECRETARY KERRY'],
      ['ABRAHAM ABRAHAM'],
      ['TAIWAN', 'TAIOAN', 'TAWIAN'],
    ]);
    expect(records[0].roles.map((r) => r.code)).toEqual(['USAGOVLEG', 'USAGOV']);
  });

  it('expands agent plurals and substitution sets', () => {
    const text = [
      '!PERSON! = MAN, WOMEN',
      'REBEL [~REB]',
      'POLICE {} [~COP]',
      'CONGRESS!PERSON! [~LEG]',
      'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]',
      'HUMAN_RIGHTS_BODY  [NGO~]',
    ].join('\n');
    const phrases = parseAgentDictionary(text).map((a) => `${a.phrase}:${a.code}:${a.prefix}`);
    expect(phrases).toEqual([
      'REBEL:REB:false',
      'REBELS:REB:false',
      'POLICE:COP:false',
      'CONGRESSMAN:LEG:false',
      'CONGRESSWOMEN:LEG:false',
      'ATTORNEY GENERAL:GOVATG:false',
      'ATTORNEYS GENERAL:GOVATG:false',
      'HUMAN RIGHTS BODY:NGO:true',
      'HUMAN RIGHTS BODIES:NGO:true',
    ]);
  });
});

describe('roles on a date', () => {
  const kerry = parseRoles('USAGOVLEG 1985-01-03..2013-02-01; USAGOV 2013-02-01..');
  const assad = parseRoles('SYRELI 1983-01-01..2000-01-01; SYRGOV 2000-07-17..; SYRELI');
  it.each([
    [kerry, '2015-11-17', 'USAGOV'],
    [kerry, '2010-06-01', 'USAGOVLEG'],
    [kerry, '1970-01-01', null],
    [assad, '2015-11-17T17:30', 'SYRGOV'],
    [assad, '2000-03-01', 'SYRELI'],
  ])('%#: %s -> %s', (roles, date, code) => expect(roleOnDate(roles, date)?.code ?? null).toBe(code));

  it('writes and reads the roles column', () => {
    expect(parseRoles(formatRoles(kerry))).toEqual(kerry);
    expect(() => parseRoles('USAGOV 2013-02')).toThrow(/bad role/);
  });
});

describe('name keys', () => {
  it.each([
    ['U.S.', 'us'],
    ['al-Qaeda', 'al qaeda'],
    ['AL_QAEDA', 'al qaeda'],
    ["DA'ESH", 'daesh'],
    ['Islamic  State', 'islamic state'],
  ])('%s -> %s', (name, key) => expect(nameKey(name)).toBe(key));
});
