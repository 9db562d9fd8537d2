import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../../test/scratch-dir.js';
import { dataDir } from '../paths.js';
import { type ActorKnowledge, idsOf, loadActorKnowledge, nameKey } from './index.js';
import { writtenInCapitals } from './names.js';

/**
 * One-word names kept on purpose though the word list has them: capitalised, they are the organisation
 * (a given name before one makes a person: `Harrison Ford`).
 */
const KEPT_WORDS = new Set(
  'adobe airbus anthropic apple bayer blackberry bombardier carrefour chevron cisco emirates fed fiat ford fox lega lords mercedes meta nasdaq nestle nissan oracle paramount pew politico shell sorbonne spiegel target telegram tesla twitter uber visa vox xerox yahoo'.split(
    ' ',
  ),
);

/** One-word team names kept on purpose though the word list has them: capitalised, they are the club. */
// `León` and `Almería` are given names only once their accents are dropped (`leon`, `almeria`).
const KEPT_TEAM_WORDS = new Set(
  'arsenal atalanta hertha lazio napoli torino venezia león almería'.split(' '),
);

/** The names column (`column`) of every row of a file of data/actors. */
function namesOf(file: string, column: number): string[] {
  const text = readFileSync(join(dataDir(), 'actors', file), 'utf8');
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const names = line.split('\t')[column];
    // `-Name` takes a Phoenix name out; `!Name` is the name itself.
    if (names !== '-')
      for (const n of names.split('|')) if (!n.startsWith('-')) out.push(n.replace(/^!/, ''));
  }
  return out;
}
const orgNames = () => namesOf('organisations.tsv', 5);

describe('organisations.tsv', () => {
  const kb = loadActorKnowledge();
  const first = (name: string) => kb.actor(idsOf(kb.names, nameKey(name))[0]);

  it.each([
    // [name, id, kind, country]
    ['Huawei', 'org:huawei', 'company', 'CHN'],
    ['Gazprom', 'org:gazprom', 'company', 'RUS'],
    ['Saudi Aramco', 'org:saudi-aramco', 'company', 'SAU'],
    ['Yonhap', 'org:yonhap', 'media', 'KOR'],
    ['Kyodo News', 'org:kyodo-news', 'media', 'JPN'],
    ['Le Monde', 'org:le-monde', 'media', 'FRA'],
    ['Harvard University', 'org:harvard-university', 'university', 'USA'],
    ['FIFA', 'org:fifa', 'sports', null],
    ['Chatham House', 'org:chatham-house', 'think-tank', 'GBR'],
  ])('%s -> %s (ORG, %s, %s)', (name, id, kind, country) => {
    expect(first(name)).toMatchObject({ id, type: 'ORG', kind, country, source: 'organisations.tsv' });
  });

  it.each([
    // a `phx:` row adds names to the Phoenix actor, and retypes a company Phoenix calls a person
    ['Intel', 'phx:intel-corporation'],
    ['Toyota Motor Corporation', 'phx:toyota'],
    ['Pfizer Inc.', 'phx:pfizer'],
    ['Morgan Stanley', 'phx:morgan-stanley'],
  ])('%s -> Phoenix actor %s, typed ORG', (name, id) => {
    expect(first(name)).toMatchObject({ id, type: 'ORG', source: 'phoenix' });
  });

  it.each([
    // [name, id, kind, country, role]
    ['Justice Department', 'phx:united-states-department-of-justice', 'government', 'USA', 'USAGOV'],
    ['State Department', 'phx:us-state-department', 'government', 'USA', 'USAGOV'],
    ['Department of State', 'phx:us-state-department', 'government', 'USA', 'USAGOV'],
    ['DHS', 'phx:united-states-department-of-homeland-security', 'government', 'USA', 'USAGOV'],
    ['HHS', 'phx:department-of-health-and-human-services', 'government', 'USA', 'USAGOVHLH'],
    ['HUD', 'phx:united-states-department-of-housing-and-urban-development', 'government', 'USA', 'USAGOV'],
    ['ICE', 'org:us-immigration-and-customs-enforcement', 'government', 'USA', 'USACOP'],
    ['FEMA', 'org:federal-emergency-management-agency', 'government', 'USA', 'USAGOV'],
    ['DEA', 'org:drug-enforcement-administration', 'government', 'USA', 'USACOP'],
    ['CDC', 'org:centers-for-disease-control-and-prevention', 'government', 'USA', 'USAGOVHLH'],
    ['Secret Service', 'org:us-secret-service', 'government', 'USA', 'USACOP'],
    ['U.S. Army', 'org:us-army', 'government', 'USA', 'USAMIL'],
    ['Joint Chiefs of Staff', 'org:joint-chiefs-of-staff', 'government', 'USA', 'USAMIL'],
    ['National Guard', 'org:us-national-guard', 'government', 'USA', 'USAMIL'],
    ['Home Office', 'org:home-office', 'government', 'GBR', 'GBRGOV'],
    ['MI6', 'org:mi6', 'government', 'GBR', 'GBRSPY'],
    ['GCHQ', 'phx:government-communicationa-headquarters', 'government', 'GBR', 'GBRSPY'],
    ['IRGC', 'phx:revolutionary-guard', 'government', 'IRN', 'IRNMIL'],
    ['Shin Bet', 'phx:shin-bet', 'government', 'ISR', 'ISRSPY'],
    ['GOP', 'org:us-republican-party', 'party', 'USA', 'USAPTY'],
    ['Labour', 'org:uk-labour-party', 'party', 'GBR', 'GBRPTY'],
    ['AfD', 'org:alternative-for-germany', 'party', 'DEU', 'DEUPTY'],
    ['BJP', 'org:bharatiya-janata-party', 'party', 'IND', 'INDPTY'],
    ['Likud', 'org:likud', 'party', 'ISR', 'ISRPTY'],
    ['Morena', 'org:morena', 'party', 'MEX', 'MEXPTY'],
    ['ANC', 'phx:african-national-congress-south-africa', 'party', 'ZAF', 'ZAFPTY'],
    ['Houthis', 'phx:ansar-allah', 'armed-group', 'YEM', 'YEMREB'],
    ['Islamic Jihad', 'phx:palestinian-islamic-jihad', 'armed-group', 'PSE', 'PSEREB'],
    ['Hayat Tahrir al-Sham', 'org:hayat-tahrir-al-sham', 'armed-group', 'SYR', 'SYRREB'],
    ['Rapid Support Forces', 'org:rapid-support-forces', 'armed-group', 'SDN', 'SDNREB'],
    ['Sinaloa Cartel', 'org:sinaloa-cartel', 'armed-group', 'MEX', 'MEXCRM'],
    ['Wagner Group', 'org:wagner-group', 'armed-group', 'RUS', 'RUSUAF'],
    ['ZANU-PF', 'phx:zimbabwe-african-nationalist-union', 'party', 'ZWE', 'ZWEPTY'],
    ['MDC', 'org:movement-for-democratic-change', 'party', 'ZWE', 'ZWEPTY'],
    ['Muslim Brotherhood', 'org:muslim-brotherhood', 'party', 'EGY', 'EGYOPPMUS'],
    ['Frelimo', 'org:frelimo', 'party', 'MOZ', 'MOZPTY'],
    ['Renamo', 'phx:mozambique-national-resistance-movement', 'party', 'MOZ', 'MOZPTY'],
    ['Awami League', 'org:awami-league', 'party', 'BGD', 'BGDPTY'],
    ['Kuomintang', 'org:kuomintang', 'party', 'TWN', 'TWNPTY'],
    ['LTTE', 'phx:liberation-tigers-of-tamil-eelam-ltte', 'armed-group', 'LKA', 'LKAREB'],
    [
      'Liberation Tigers of Tamil Eelam',
      'phx:liberation-tigers-of-tamil-eelam-ltte',
      'armed-group',
      'LKA',
      'LKAREB',
    ],
    ['Lashkar-e-Taiba', 'phx:lashkar-e-taiba-let', 'armed-group', 'PAK', 'PAKREB'],
    ['TTP', 'org:tehrik-i-taliban-pakistan', 'armed-group', 'PAK', 'PAKREB'],
    ['SPLM', 'phx:sudan-peoples-liberation-movement-2', 'armed-group', 'SDN', 'SDNREB'],
    ['YPG', 'org:peoples-protection-units', 'armed-group', 'SYR', 'SYRREB'],
    ['Moro Islamic Liberation Front', 'phx:moro-islamic-liberation-front', 'armed-group', 'PHL', 'PHLREB'],
  ])('%s -> %s (%s, %s, %s)', (name, id, kind, country, role) => {
    const a = first(name);
    expect(a).toMatchObject({ id, type: 'ORG', kind, country });
    expect(a?.roles.map((r) => r.code)).toContain(role);
  });

  it.each([
    // a name taken out of a Phoenix actor that bundled several bodies goes to its own
    ['FEMA', 'phx:united-states-department-of-homeland-security'],
    ['Federal Aviation Administration', 'phx:united-states-department-of-transportation'],
    ['DEA', 'phx:federal-bureau-of-investigation'],
    ['U.S. Army', 'phx:united-states-military'],
    ['MI5', 'phx:government-communicationa-headquarters'],
    ['Islamic Jihad', 'phx:hezbollah'],
    ['La Liga', 'phx:23rd-of-september-communist-league'],
    ['Department of State', 'phx:department-of-state'],
    ['Lashkar-e-Taiba', 'phx:al-arifeen'],
    ['Sudan Peoples Liberation Movement', 'phx:sudan-peoples-liberation-army-2'],
    ['Sudan Peoples Liberation Movement', 'phx:sudan-peoples-liberation-movement'],
  ])('%s no longer names %s', (name, id) => {
    expect(idsOf(kb.names, nameKey(name))).not.toContain(id);
  });

  it.each([
    // [name, id, type]: regions and peoples of conflict news (regions.tsv, groups.tsv)
    ['North Ossetia', 'reg:north-ossetia:RUS', 'GPE'],
    ['Northern Ireland', 'reg:northern-ireland:GBR', 'GPE'],
    ['Tigray', 'reg:tigray:ETH', 'GPE'],
    // seats of government below the city list's threshold
    ['Iqaluit', 'reg:iqaluit:CAN', 'GPE'],
    ['Faya-Largeau', 'reg:faya-largeau:TCD', 'GPE'],
    ['Kikuyu', 'grp:kikuyu', 'NORP'],
    ['Kalenjin', 'grp:kalenjin', 'NORP'],
    ['Yezidis', 'grp:yazidi', 'NORP'],
  ])('%s -> %s (%s)', (name, id, type) => {
    expect(first(name)).toMatchObject({ id, type });
  });

  it.each([['Democrats'], ['Republicans'], ['Conservatives'], ['Tories'], ['Greens'], ['Labor'], ['Wagner']])(
    'the plural of members or a shared word %s names no party or group',
    (word) => {
      const kinds = idsOf(kb.names, nameKey(word)).map((id) => kb.actor(id)?.kind);
      expect(kinds).not.toContain('party');
      expect(kinds).not.toContain('armed-group');
    },
  );

  it.each([
    ['Apple', 'phx:apple-inc'],
    ['Shell', 'phx:royal-dutch-shell'],
    ['Ford', 'phx:ford-motor'],
    ['Fox', 'org:fox-corporation'],
    ['Bloomberg', 'org:bloomberg-news'],
    ['Meta', 'org:meta-platforms'],
    ['Visa', 'phx:visa-inc'],
  ])('the one word %s names the company (kept on purpose, see the file header)', (name, id) => {
    expect(idsOf(kb.names, nameKey(name))[0]).toBe(id);
  });

  it.each([
    ['Apple Inc.', 'phx:apple-inc'],
    ['Ford Motor Company', 'phx:ford-motor'],
    ['Target Corporation', 'phx:target-corp'],
    ['Walt Disney Company', 'phx:disney'],
  ])('the long form %s names the organisation', (name, id) => {
    expect(idsOf(kb.names, nameKey(name))[0]).toBe(id);
  });

  it.each([
    ['Gap'],
    ['Amazon'],
    ['Sky'],
    ['Mail'],
    ['Times'],
    ['Sun'],
    ['Delta'],
    ['Orange'],
    ['Zoom'],
    ['Slack'],
    ['Block'],
    ['Square'],
    ['Hilton'],
  ])('the ordinary word or surname %s names no organisation', (word) => {
    expect(idsOf(kb.names, nameKey(word)).filter((id) => kb.actor(id)?.type === 'ORG')).toEqual([]);
  });

  it.each([
    ['Orange', 'GPE'],
    ['Paris', 'GPE'],
    ['Georgia', 'GPE'],
  ])('%s still names a place first (%s)', (name, type) => {
    expect(first(name)?.type).toBe(type);
  });

  it('capital names match capitals only; acronyms do not shadow Phoenix', () => {
    expect(kb.capsOnly.has('hsbc')).toBe(true);
    expect(kb.capsOnly.has('nhk')).toBe(true);
  });

  it('every row builds an actor with a known country', () => {
    const ids = new Set<string>();
    for (const key of kb.names.byKey.keys())
      for (const id of idsOf(kb.names, key)) if (id.startsWith('org:')) ids.add(id);
    expect(ids.size).toBeGreaterThan(1000);
    for (const id of ids) {
      const a = kb.actor(id);
      expect(a?.type).toBe('ORG');
      if (a?.country) expect(kb.countries.has(a.country)).toBe(true);
    }
  });

  it('the user file still wins over an organisation', () => {
    const dir = scratchDir('orgs-');
    const file = join(dir, 'mine.tsv');
    writeFileSync(file, 'my-huawei\tORG\tcompany\tCHN\tCHNBUS\tHuawei\t-\n');
    const mine = loadActorKnowledge({ userFiles: [file] });
    expect(idsOf(mine.names, 'huawei')).toEqual(['user:my-huawei']);
    expect(idsOf(mine.names, 'huawei technologies')).toEqual(['org:huawei']);
  });

  it('no one-word name is a given name, a common word, a title or a name head', () => {
    expect(riskyOneWordNames(kb, orgNames(), KEPT_WORDS)).toEqual([]);
  });
});

describe('teams.tsv and venues.tsv', () => {
  const kb = loadActorKnowledge();
  const first = (name: string) => kb.actor(idsOf(kb.names, nameKey(name))[0]);

  it.each([
    // [name, id, type, kind, country]
    ['Pittsburgh Steelers', 'team:pittsburgh-steelers', 'ORG', 'sports', 'USA'],
    ['Steelers', 'team:pittsburgh-steelers', 'ORG', 'sports', 'USA'],
    ['Real Madrid', 'team:real-madrid', 'ORG', 'sports', 'ESP'],
    ['Man Utd', 'team:manchester-united', 'ORG', 'sports', 'GBR'],
    ['Everton', 'team:everton', 'ORG', 'sports', 'GBR'],
    ['Ohio State Buckeyes', 'team:ohio-state-buckeyes', 'ORG', 'sports', 'USA'],
    ['Eastern Michigan', 'team:eastern-michigan-eagles', 'ORG', 'sports', 'USA'],
    ['UConn', 'team:uconn-huskies', 'ORG', 'sports', 'USA'],
    ['Old Trafford', 'venue:old-trafford:GBR', 'LOC', 'venue', 'GBR'],
    ['Madison Square Garden', 'venue:madison-square-garden:USA', 'LOC', 'venue', 'USA'],
  ])('%s -> %s (%s, %s, %s)', (name, id, type, kind, country) => {
    expect(first(name)).toMatchObject({ id, type, kind, country, roles: [] });
  });

  it('a not-name alias takes a spelling from its country (`Emirates` is the airline)', () => {
    expect(first('Emirates')).toMatchObject({ id: 'org:emirates-airline', type: 'ORG' });
    expect(first('United Arab Emirates')?.id).toBe('iso:ARE');
    expect(kb.actor('iso:ARE')?.names).not.toContain('Emirates');
  });

  it('a name marked `!` goes to the organisation before a town of that name, and is stored unmarked', () => {
    const ids = idsOf(kb.names, 'paramount');
    expect(ids[0]).toBe('org:paramount-global');
    expect(ids.slice(1).some((id) => id.startsWith('geo:'))).toBe(true);
    expect(kb.actor('org:paramount-global')?.names).toContain('Paramount');
  });

  it.each([['Liverpool'], ['Barcelona'], ['Monza']])('%s still names its town first', (name) => {
    expect(first(name)?.type).toBe('GPE');
  });

  it('a nickname that is a word is no name, only a nickname; `full` ones are neither', () => {
    expect(idsOf(kb.names, 'giants')).toEqual([]);
    expect(kb.teamNicknames.has('giants')).toBe(true);
    expect(kb.teamNicknames.has('royals')).toBe(false);
    expect(idsOf(kb.names, 'royals')).toEqual([]);
  });

  it('no one-word name is a given name, a common word, a title or a name head', () => {
    expect(riskyOneWordNames(kb, namesOf('teams.tsv', 3), KEPT_TEAM_WORDS)).toEqual([]);
    expect(riskyOneWordNames(kb, namesOf('venues.tsv', 0), new Set())).toEqual([]);
  });
});

/** One-word names (not in capitals, not kept on purpose) that are given names or ordinary words. */
function riskyOneWordNames(kb: ActorKnowledge, names: string[], kept: ReadonlySet<string>): string[] {
  const common = new Set<string>();
  const words = readFileSync(join(dataDir(), 'models', 'gazetteers', 'common-words.tsv'), 'utf8');
  for (const line of words.split('\n')) if (line && !line.startsWith('#')) common.add(line.split('\t')[0]);
  return names.filter((n) => {
    const key = nameKey(n);
    if (key.includes(' ') || writtenInCapitals(n) || kept.has(key)) return false;
    return (
      kb.firstNames.has(key) ||
      kb.notNames.has(key) ||
      kb.titles.byKey.has(key) ||
      kb.nameHeads.has(key) ||
      common.has(key)
    );
  });
}
