import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../../test/scratch-dir.js';
import { actorOnDate, idsOf, loadActorKnowledge } from './index.js';

describe('loadActorKnowledge', () => {
  const kb = loadActorKnowledge();

  it('loads within budget', () => {
    // The budget is 300 ms; allow slack for a loaded test machine.
    expect(kb.stats.loadMs).toBeLessThan(3000);
    expect(kb.size()).toBeGreaterThan(40000);
  });

  it.each([
    ['john kerry', '2015-11-17', 'USAGOV'],
    ['john kerry', '2010-01-01', 'USAGOVLEG'],
    ['bashar assad', '2015-11-17', 'SYRGOV'],
    ['islamic state', '2015-11-17', 'IMGMUSISI'],
    ['isil', '2015-11-17', 'IMGMUSISI'],
    ['ap', '2015-11-17', 'USAMED'],
    ['america', '2015-11-17', 'USA'],
    ['turkey', '2015-11-17', 'TUR'],
    ['ankara', '2015-11-17', 'TUR'],
    // leaders.tsv: leaders who took office after the Phoenix lists, by date.
    ['volodymyr zelensky', '2022-03-01', 'UKRGOV'],
    ['volodymyr zelensky', '2015-01-01', 'UKR'],
    ['donald trump', '2018-06-01', 'USAGOV'],
    ['donald trump', '2023-06-01', 'USAELI'],
    ['keir starmer', '2025-01-01', 'GBRGOV'],
    ['jensen huang', '2024-01-01', 'USABUS'],
    ['kim jong un', '2018-06-12', 'PRKGOV'],
    ['antony blinken', '2022-01-01', 'USAGOV'],
    ['antony blinken', '2019-01-01', 'USAELI'],
    ['mike pompeo', '2017-06-01', 'USAGOVSPY'],
    ['mike pompeo', '2019-06-01', 'USAGOV'],
    ['marco rubio', '2018-01-01', 'USAGOVLEG'],
    ['pete hegseth', '2025-06-01', 'USAGOVMIL'],
    ['khalifa haftar', '2019-04-04', 'LBYMIL'],
    ['wang yi', '2023-03-01', 'CHNGOV'],
    ['andrei belousov', '2024-06-01', 'RUSGOVMIL'],
    ['kristalina georgieva', '2018-01-01', 'IGOUNODEVWBK'],
    ['kristalina georgieva', '2022-01-01', 'IGOBUSIMF'],
    ['valerii zaluzhnyi', '2023-01-01', 'UKRMIL'],
    ['hakan fidan', '2020-01-01', 'TURGOVSPY'],
    ['benny gantz', '2021-01-01', 'ISRGOVMIL'],
    ['yevgeny prigozhin', '2022-06-01', 'RUSUAF'],
    ['annalena baerbock', '2023-01-01', 'DEUGOV'],
    ['annalena baerbock', '2025-10-01', 'IGOUNO'],
    ['hossein salami', '2022-01-01', 'IRNMIL'],
    ['mazloum abdi', '2020-01-01', 'SYRREB'],
    ['pope francis', '2020-01-01', 'VATGOV'],
    ['jorge mario bergoglio', '2010-01-01', 'ARGREL'],
    ['benedict xvi', '2018-01-01', 'VATREL'],
    ['pope leo xiv', '2025-06-01', 'VATGOV'],
    ['dalai lama', '2020-01-01', 'CHNREL'],
    ['sistani', '2014-06-13', 'IRQREL'],
    ['prince harry', '2020-01-01', 'GBRELI'],
    ['king felipe vi', '2020-01-01', 'ESPGOV'],
    ['elon musk', '2025-03-01', 'USAGOV'],
    ['elon musk', '2023-03-01', 'USABUS'],
    ['jack ma', '2020-01-01', 'CHNBUS'],
    ['bernard arnault', '2020-01-01', 'FRABUS'],
    // user.tsv `phx:` rows: Phoenix leaders with their offices from 2015, older ones kept.
    ['antonio guterres', '2020-01-01', 'IGOUNO'],
    ['antonio guterres', '2000-01-01', 'PRTGOV'],
    ['mark rutte', '2020-01-01', 'NLDGOV'],
    ['mark rutte', '2025-03-01', 'IGOWSTNAT'],
    ['ursula von der leyen', '2023-01-01', 'IGOEUREEC'],
    ['olaf scholz', '2023-01-01', 'DEUGOV'],
    ['jens stoltenberg', '2020-01-01', 'IGOWSTNAT'],
    ['jens stoltenberg', '2025-06-01', 'NORGOVBUS'],
    ['antonio costa', '2025-01-01', 'IGOEUREEC'],
    ['giorgia meloni', '2023-06-01', 'ITAGOV'],
    ['masoud pezeshkian', '2025-01-01', 'IRNGOV'],
    ['abu mohammad al jawlani', '2020-01-01', 'SYRREBMUS'],
    ['ahmed al sharaa', '2025-03-01', 'SYRGOV'],
    ['joe biden', '2018-01-01', 'USAELI'],
    ['joe biden', '2022-01-01', 'USAGOV'],
    ['benjamin netanyahu', '2022-01-01', 'ISROPP'],
    ['bashar al assad', '2025-03-01', 'SYRELI'],
    ['ali khamenei', '2020-01-01', 'IRNGOV'],
    ['mark carney', '2025-06-01', 'CANGOV'],
  ])('%s on %s -> %s', (key, date, code) => {
    const id = idsOf(kb.names, key)[0];
    expect(actorOnDate(kb, id, date)?.code).toBe(code);
  });

  // Towns listed under a country whose code changed (Ukraine: USRUKR until 1991, then UKR) are
  // places of that country; persons whose name holds a paper's name word stay persons.
  it.each([
    ['kharkiv', 'GPE', 'UKR'],
    ['sevastopol', 'GPE', 'UKR'],
    ['yerevan', 'GPE', 'ARM'],
    ['sun zhengcai', 'PERSON', 'CHN'],
    ['anthony lake', 'PERSON', 'USA'],
    ['federal reserve', 'ORG', 'USA'],
    ['hu jintao', 'PERSON', 'CHN'],
    // Phoenix regions named for a natural feature are places of no government, head first or last.
    ['lake tana', 'LOC', 'ETH'],
    ['mt olympus', 'LOC', 'GRC'],
    ['gulf of carpentaria', 'LOC', 'AUS'],
    ['cape york peninsula', 'LOC', 'AUS'],
    ['mount rushmore state', 'GPE', 'USA'],
  ])('%s is a %s of %s', (key, type, country) => {
    const actor = kb.actor(idsOf(kb.names, key)[0]);
    expect(actor?.type).toBe(type);
    expect(actor?.country).toBe(country);
  });

  it('types as persons the people Phoenix files as organisations, not groups named like persons', () => {
    const typeOf = (key: string) => kb.actor(idsOf(kb.names, key)[0])?.type;
    expect(typeOf('osama bin laden')).toBe('PERSON');
    expect(typeOf('hafiz saeed')).toBe('PERSON');
    expect(typeOf('egon krenz')).toBe('PERSON');
    expect(typeOf('mano blanca')).toBe('ORG');
    expect(typeOf('johnson and johnson')).toBe('ORG');
    expect(typeOf('hyatt hotels')).toBe('ORG');
  });

  it('drops the names of a person that hold a title after other words', () => {
    expect(idsOf(kb.names, 'un secretary general ban ki moon')).toEqual([]);
    expect(idsOf(kb.names, 'israeli prime minister netanyahu')).toEqual([]);
    expect(idsOf(kb.names, 'ban ki moon')).not.toEqual([]);
  });

  it('finds names written with accents without them (no small town of one word), and with and for &', () => {
    expect(idsOf(kb.names, 'brasilia')).toEqual(idsOf(kb.names, 'brasília'));
    expect(idsOf(kb.names, 'trois rivieres')).toEqual(idsOf(kb.names, 'trois rivières'));
    // `Savé` (Benin) and `Dráma` (Greece): their plain spellings are English words.
    expect(idsOf(kb.names, 'save')).toEqual([]);
    // a name written with `&` is found with `and`
    expect(idsOf(kb.names, 'marks and spencer')).toEqual(idsOf(kb.names, 'marks & spencer'));
    expect(idsOf(kb.names, 'drama')).toEqual([]);
    // Big cities of one word are found plain (`Ploiești`, `Poznań`), unless short (`Huế`) or a given name.
    expect(idsOf(kb.names, 'ploiesti')).toEqual(idsOf(kb.names, 'ploieşti'));
    expect(idsOf(kb.names, 'poznan')).toEqual(idsOf(kb.names, 'poznań'));
    expect(idsOf(kb.names, 'ploiesti')).not.toEqual([]);
    expect(idsOf(kb.names, 'hue')).toEqual([]);
    expect(idsOf(kb.names, 'aydin')).toEqual([]);
  });

  it('knows demonyms with plurals and countries with ISO codes', () => {
    expect(kb.demonyms.get('russians')).toBe('iso:RUS');
    expect(kb.demonyms.get('french')).toBe('iso:FRA');
    expect(kb.demonyms.get('saudi')).toBe('iso:SAU');
    // Shared demonyms go to the independent country, or to the one country-aliases.tsv names.
    expect(kb.demonyms.get('indian')).toBe('iso:IND');
    expect(kb.demonyms.get('norwegian')).toBe('iso:NOR');
    expect(kb.demonyms.get('congolese')).toBe('iso:COD');
    expect(kb.countries.get('SYR')).toMatchObject({ iso2: 'SY', name: 'Syria', capitals: ['Damascus'] });
  });

  it('user files override other sources, in TSV or JSON, and name bad lines', () => {
    const dir = scratchDir('actors-');
    const json = join(dir, 'fix.json');
    writeFileSync(
      json,
      JSON.stringify([
        {
          id: 'kerry-fix',
          type: 'PERSON',
          names: ['John Kerry'],
          roles: [{ code: 'USAELI', from: null, to: null }],
        },
      ]),
    );
    const fixed = loadActorKnowledge({ userFiles: [json] });
    expect(idsOf(fixed.names, 'john kerry')).toEqual(['user:kerry-fix']);
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, '# header\nx\tPERSONA\t-\t-\t-\tX\n');
    expect(() => loadActorKnowledge({ userFiles: [bad] })).toThrow(/bad\.tsv:2: unknown entity type/);
  });
});
