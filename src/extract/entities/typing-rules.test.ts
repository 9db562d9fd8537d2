/**
 * Table tests of name-boundary and typing rules, written for the purpose: each row is [rule id, text,
 * mentions that must be found as `text/TYPE`, mentions that must not, whether the rule fires]. Every
 * rule has a row where it fires and one where it must not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import { type ActorKnowledge, loadActorKnowledge } from '../../knowledge/actors/index.js';
import type { EntityType } from '../../model/layers.js';
import { textLayer } from '../../text/index.js';
import { entitiesComponent, type NerTagger } from './index.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

/** A stub tagger that gives each listed surface a type (the tagger's mistakes the rules must undo). */
function stubTagger(spans: [string, EntityType][]): NerTagger {
  return {
    tag: (doc) =>
      spans.map(([s, type]) => {
        const start = doc.text.indexOf(s);
        return { start, end: start + s.length, type, confidence: 0.8 };
      }),
  };
}

/** `text/TYPE` of the name and acronym mentions (`found`) and of every mention (`all`), with the rules. */
function run(text: string, tagged: [string, EntityType][] = [], nestedPlaces = false) {
  const doc = newDocument({ text });
  textLayer().run(doc);
  entitiesComponent(kb, tagged.length ? stubTagger(tagged) : undefined, undefined, { nestedPlaces }).run(doc);
  const all = doc.layers.mentions ?? [];
  const ms = all.filter((m) => m.kind === 'name' || m.kind === 'acronym');
  return {
    found: ms.map((m) => `${m.text}/${m.type}`),
    all: all.map((m) => `${m.text}/${m.type}`),
    rules: ms.flatMap((m) => m.rules),
  };
}

type Row = [string, string, string[], string[], boolean, [string, EntityType][]?];

const rows: Row[] = [
  // A given name before a one-word company, town or region name is a person.
  [
    'name.town-given-name+surname',
    'A row involving Austin Target, her former label, grew.',
    ['Austin Target/PERSON'],
    ['Austin/GPE', 'Target/ORG'],
    true,
  ],
  ['name.given-name+known-word', 'Bruno Mars sang in Phoenix.', ['Bruno Mars/PERSON'], ['Mars/LOC'], true],
  // Celestial bodies are places (regions.tsv).
  [
    'name.dictionary',
    "The probe studied Saturn's moon Enceladus and Earth.",
    ['Saturn/LOC', 'Enceladus/LOC', 'Earth/LOC'],
    [],
    true,
  ],
  ['name.dictionary', 'The rover landed on Mars in 2021.', ['Mars/LOC'], [], true],
  // Phoenix rows named for cities (Iraqi Kurdistan: Erbil; the East German row: Dresden) are places.
  [
    'name.dictionary',
    'Mass was said in Erbil, then in Dresden and Banja Luka.',
    ['Erbil/GPE', 'Dresden/GPE', 'Banja Luka/GPE'],
    ['Erbil/ORG', 'Dresden/ORG'],
    true,
  ],
  // Abbreviated titles; sports positions are titles; a surname may be a town's name.
  [
    'name.unknown+title',
    'South Dakota Gov. Kristi Noem defended it.',
    ['Kristi Noem/PERSON'],
    ['Gov. Kristi Noem/PERSON'],
    true,
  ],
  [
    'name.unknown+title',
    'The motion honoured Hon. Funke Adedoyin.',
    ['Funke Adedoyin/PERSON'],
    ['Hon. Funke Adedoyin/PERSON'],
    true,
  ],
  // A town the dictionaries know and a council's words before a title are the council's one name; one
  // organisation word alone is the town's body, unnamed.
  [
    'type.org-before-title',
    'Douglas Shire Council Mayor Lisa Scomazzon and New Orleans Police Superintendent Eddie Compass spoke.',
    ['Douglas Shire Council/ORG', 'Lisa Scomazzon/PERSON', 'New Orleans/GPE', 'Eddie Compass/PERSON'],
    ['Douglas/GPE', 'Shire Council/GPE', 'New Orleans Police/ORG'],
    true,
  ],
  [
    'type.org-before-title',
    'He said Browns DL Sheldon Richardson decided to weigh in.',
    ['Browns/ORG', 'Sheldon Richardson/PERSON'],
    ['Browns DL Sheldon Richardson/PERSON'],
    true,
  ],
  [
    'name.unknown+title',
    'Striker Jamal Odunsi scored twice.',
    ['Jamal Odunsi/PERSON'],
    ['Striker Jamal Odunsi/PERSON'],
    true,
  ],
  [
    'name.unknown+title',
    'said U.S. Attorney Nealy Cox. Public Ombudsman Nadia Cruz spoke.',
    ['Nealy Cox/PERSON', 'Nadia Cruz/PERSON'],
    ['Attorney Nealy Cox/OTHER', 'Public/ORG'],
    true,
  ],
  // type.place-ending: one unknown word ending like a town's name.
  [
    'type.place-ending',
    'Residents of Northdale and Copesville blocked roads. Northdale waited for tankers.',
    ['Northdale/GPE', 'Copesville/GPE'],
    ['Northdale/ORG', 'Copesville/ORG'],
    true,
  ],
  [
    'type.place-after-preposition',
    'A report from Nielsen showed ratings fell, and the decision in Roe v. Wade was overturned.',
    [],
    ['Nielsen/GPE', 'Roe/GPE'],
    false,
    [
      ['Nielsen', 'PERSON'],
      ['Roe', 'PERSON'],
    ],
  ],
  // A cue elsewhere outweighs the ending (the rule's id stays on the mention it typed first).
  [
    'type.place-ending',
    'Ragsdale said the council would pay. Ragsdale later left.',
    ['Ragsdale/PERSON'],
    ['Ragsdale/GPE'],
    true,
  ],
  // name.org+town: an organisation and the town written right after it are one organisation.
  [
    'name.org+town',
    'IIT Madras tops the list, while the Indian Institute of Technology Delhi came third.',
    ['IIT Madras/ORG', 'Indian Institute of Technology Delhi/ORG'],
    ['Madras/GPE', 'Delhi/GPE'],
    true,
  ],
  [
    'name.org+town',
    'The UN in Geneva said IIT, Madras and Delhi agreed.',
    ['Madras/GPE', 'Delhi/GPE'],
    [],
    false,
  ],
  [
    'name.org+town',
    'Staff of NHS West Midlands said so.',
    ['NHS West Midlands/ORG'],
    ['West Midlands/GPE'],
    true,
  ],
  [
    'name.org+town',
    'The Toyota Derby plant closed, the UN Geneva talks failed and staff at Tesco Cardiff walked out.',
    ['Derby/GPE', 'Geneva/GPE', 'Cardiff/GPE'],
    ['Toyota Derby/ORG', 'UN Geneva/ORG', 'Tesco Cardiff/ORG'],
    false,
  ],
  // Markets, bazaars and South Asian streets and quarters are places (name-heads.tsv).
  [
    'type.name-head',
    'Traders at Gikomba Market and near Bano Bazaar lost stock; roads in Panampilly Nagar and Dalada Veediya flooded.',
    ['Gikomba Market/LOC', 'Bano Bazaar/LOC', 'Panampilly Nagar/GPE', 'Dalada Veediya/LOC'],
    ['Gikomba Market/ORG', 'Panampilly Nagar/PERSON'],
    true,
  ],
  // Words of trade head companies' names (name-heads.tsv), not persons'.
  [
    'type.name-head',
    'Short seller Brannock Research published a report, and Marcellus Investment Managers sold.',
    ['Brannock Research/ORG', 'Marcellus Investment Managers/ORG'],
    ['Brannock Research/PERSON', 'Marcellus Investment Managers/PERSON'],
    true,
  ],
  // A theatre named as a building is a venue, not a person with a surname `Theatre`.
  [
    'type.name-head',
    'Screenings at the Eccles Theater and the Ray Theatre continue; he spoke at the Dolby Theatre.',
    ['Eccles Theater/LOC', 'Ray Theatre/LOC', 'Dolby Theatre/LOC'],
    ['Eccles/GPE', 'Theater/PERSON', 'Ray Theatre/PERSON', 'Dolby Theatre/OTHER'],
    true,
  ],
  // Shores, heights, paths and wards head places; `Hill` and `Lane` after a given name are surnames.
  [
    'type.name-head',
    'Crowds filled Cable Beach and Shinjuku Ward; they climbed Tauras Hill with Fiona Hill and Philip Lane.',
    ['Cable Beach/LOC', 'Shinjuku Ward/GPE', 'Tauras Hill/LOC'],
    ['Cable Beach/OTHER', 'Fiona Hill/LOC', 'Philip Lane/LOC'],
    true,
  ],
  [
    'name.unknown+title',
    'Principal Chief David Hill of the Muscogee Nation called it historic.',
    ['David Hill/PERSON'],
    ['David Hill of the Muscogee Nation/PERSON'],
    true,
  ],
  // Buildings and grounds of a county's life are places; the trades that run under a name organisations.
  [
    'type.name-head',
    'Residents packed the Buena Vista County Courthouse and the Wayne County Fairgrounds; Waiohiki Marae fed 400 people and Mankato Mortuary handled arrangements.',
    [
      'Buena Vista County Courthouse/LOC',
      'Wayne County Fairgrounds/LOC',
      'Waiohiki Marae/LOC',
      'Mankato Mortuary/ORG',
    ],
    ['Buena Vista County Courthouse/ORG', 'Waiohiki Marae/PERSON', 'Mankato/GPE'],
    true,
  ],
  // A city's metro is its operator; lines, subways and the maidans and salais of South Asian cities are places.
  [
    'type.name-head',
    'Delhi Metro services ran normally; the Yellow Line reached Howrah Maidan, and traffic crawled through the Milan Subway and along Rajiv Gandhi Salai.',
    ['Delhi Metro/ORG', 'Yellow Line/LOC', 'Howrah Maidan/LOC', 'Milan Subway/LOC', 'Rajiv Gandhi Salai/LOC'],
    ['Delhi/GPE', 'Metro/GPE', 'Milan/PERSON', 'Rajiv Gandhi/PERSON'],
    true,
  ],
  // A city's transit operator and a local paper's masthead are organisations, not the city.
  [
    'type.name-head',
    "Winnipeg Transit launched the network, the Ottawa Citizen reported, and Hawke's Bay Today and the Des Moines Register followed.",
    ['Winnipeg Transit/ORG', 'Ottawa Citizen/ORG', "Hawke's Bay Today/ORG", 'Des Moines Register/ORG'],
    ['Winnipeg/GPE', 'Ottawa/GPE', 'Des Moines/GPE'],
    true,
  ],
  // One unknown word before a facility's noun is the town or area it is named after, no person or body.
  [
    'type.town-before-facility',
    'A trip from Shatian station to Dapinglin station takes 40 minutes.',
    ['Shatian/GPE', 'Dapinglin/GPE'],
    ['Shatian/PERSON', 'Dapinglin/ORG'],
    true,
  ],
  // Housing estates are places; a metro line's number is the line's name.
  [
    'name.road-number',
    'Signatures were collected at Butterfly Estate, and Shenzhen opened Line 14.',
    ['Butterfly Estate/LOC', 'Line 14/LOC'],
    ['Butterfly Estate/OTHER', 'Line 14/OTHER'],
    true,
  ],
  // Utilities head organisations; `Power` after a given name is a surname; an institution named after a
  // person the dictionaries know is one name.
  [
    'type.name-head',
    'Rand Water and the Karachi Water and Sewerage Corporation cut supply; USAID Administrator Samantha Power took her to Chris Hani Baragwanath Academic Hospital.',
    [
      'Rand Water/ORG',
      'Karachi Water and Sewerage Corporation/ORG',
      'Samantha Power/PERSON',
      'Chris Hani Baragwanath Academic Hospital/ORG',
    ],
    ['Rand Water/PERSON', 'Karachi Water/ORG', 'Chris Hani/PERSON'],
    true,
  ],
  // A storm named with a three-word storm title is a storm; so is its given name alone after.
  [
    'type.storm-name',
    'Severe Tropical Storm Kristine brought a month of rain. Kristine crossed Luzon.',
    ['Severe Tropical Storm Kristine/OTHER', 'Kristine/OTHER'],
    ['Kristine/PERSON'],
    true,
  ],
  // A name in the possessive with nothing owned after it is a shop named so; not `'s` for `is`.
  [
    'type.shop-possessive',
    "Owners of Hallworth's say bills are too high. Bakeries like Hallworth's are rare. Capri's planned merger failed. This is our country, not Ivanishvili's.",
    ["Hallworth's/ORG"],
    ['Hallworth/PERSON', "Capri's/ORG", "Ivanishvili's/ORG"],
    true,
  ],
  // Clubs' last words head organisations; a club's word alone is no name of its own.
  [
    'type.name-head',
    'Morpeth Harriers swept the titles ahead of Tonbridge AC, and Bristol Rovers won.',
    ['Morpeth Harriers/ORG', 'Tonbridge AC/ORG', 'Bristol Rovers/ORG'],
    ['Morpeth Harriers/PERSON', 'Tonbridge/GPE'],
    true,
  ],
  // Cricket's and rugby's positions before a name are the player's role.
  [
    'name.unknown+title',
    'Out-half Conor Kelly kicked the penalty. Seamer Jack Leach took three.',
    ['Conor Kelly/PERSON', 'Jack Leach/PERSON'],
    ['Out-half Conor Kelly/PERSON', 'Seamer Jack Leach/PERSON'],
    true,
  ],
  // Irish `Naomh` (saint) opens a GAA club's name.
  [
    'type.head-first',
    'Gaoth Dobhair held off Naomh Conaill.',
    ['Naomh Conaill/ORG'],
    ['Naomh Conaill/PERSON'],
    true,
  ],
  // `for` after an airport or a station names a destination, not more of the name.
  [
    'type.name-head',
    'The jet took off from Indira Gandhi International Airport for Dhahran.',
    ['Indira Gandhi International Airport/LOC', 'Dhahran/GPE'],
    ['Indira Gandhi International Airport for Dhahran/ORG'],
    true,
  ],
  // A title word opening a place's or a body's name is no one's role.
  [
    'name.dictionary',
    'He moved from Prince Edward Island to King County near Queen Elizabeth Hospital.',
    ['Prince Edward Island/GPE', 'King County/GPE', 'Queen Elizabeth Hospital/ORG'],
    ['Edward Island/PERSON', 'County/PERSON'],
    true,
  ],
  // A journal or paper after a word of publishing and `in`.
  [
    'type.publication',
    'Results published in the Lancet agreed; they hope to publish their data in Nature. Writing in Foreign Affairs, he argued.',
    ['Lancet/ORG', 'Nature/ORG', 'Foreign Affairs/ORG'],
    ['Nature/GPE', 'Foreign Affairs/PERSON'],
    true,
  ],
  // Words of trade head companies' names; a company's division keeps the company.
  [
    'type.name-head',
    'Shares of Zentrix Holdings rose as AMC Theatres and Sequoia Partners bought in.',
    ['Zentrix Holdings/ORG', 'AMC Theatres/ORG', 'Sequoia Partners/ORG'],
    [],
    true,
  ],
  [
    'name.company+division',
    'Figures released by Apple Sports showed it.',
    ['Apple Sports/ORG'],
    ['Apple/ORG'],
    true,
  ],
  // A given name after a title, before a surname the dictionaries give a famous person, is a relative.
  [
    'name.given-name+known-surname',
    'Interior Secretary Deb Haaland visited. Erling Haaland scored.',
    ['Deb Haaland/PERSON', 'Erling Haaland/PERSON'],
    ['Deb/PERSON'],
    true,
  ],
  // So is a word no dictionary knows after a lower-case role.
  [
    'name.given-name+known-surname',
    'BGMEA president Faruque Hassan said owners could not pay.',
    ['Faruque Hassan/PERSON'],
    ['Faruque/PERSON', 'Hassan/PERSON'],
    true,
  ],
  // A county named in the possessive; a title after a county is the next person's.
  [
    'name.possessive-place',
    "Prince George's County police arrested a man in Queen Anne's County.",
    ["Prince George's County/GPE", "Queen Anne's County/GPE"],
    ['Prince George/GPE'],
    true,
  ],
  [
    'name.place+suffix',
    'Los Angeles County District Attorney George Gascon spoke. Harris County Judge Lina Hidalgo spoke.',
    ['Los Angeles County/GPE', 'George Gascon/PERSON', 'Harris County/GPE', 'Lina Hidalgo/PERSON'],
    ['County/GPE', 'Harris/ORG'],
    true,
  ],
  // A person's name and a place's head word of government name a place.
  [
    'type.name-head',
    'Prince William County police are investigating.',
    ['Prince William County/GPE'],
    ['Prince William/PERSON', 'County/OTHER'],
    true,
  ],
  // An officer's title in the possessive before `Office` names the office.
  [
    'name.possessive-place',
    "The District Attorney's Office declined, the US Attorney's Office for the District of Arizona said.",
    ["District Attorney's Office/ORG", "Attorney's Office for the District of Arizona/ORG"],
    ["Attorney's Office for the District of Arizona/GPE"],
    true,
  ],
  // A storm's name the tagger read as a body is still a storm.
  [
    'type.named-storm',
    'Tropical Storm Harvey dumped rain on Houston.',
    ['Tropical Storm Harvey/OTHER'],
    ['Tropical Storm Harvey/ORG'],
    true,
    [['Tropical Storm Harvey', 'ORG']],
  ],
  // A demonym that is a given name, before a surname, opens a person's name.
  ['name.title+given-name+surname', 'Sheriff Scot Peterson resigned.', ['Scot Peterson/PERSON'], [], true],
  // A craft's or a mission's noun after a name (a model number may come between).
  [
    'type.craft-noun-after',
    "NASA's Europa Clipper mission will launch on an Ariane 5 rocket. Ariane Mnouchkine spoke.",
    ['Europa Clipper/OTHER', 'Ariane 5/OTHER', 'Ariane Mnouchkine/PERSON'],
    ['Europa Clipper/PERSON', 'Ariane/PERSON'],
    true,
  ],
  // A race named after its place is an event, one name.
  [
    'type.name-head',
    'Verstappen won the Abu Dhabi Grand Prix.',
    ['Abu Dhabi Grand Prix/OTHER'],
    ['Abu Dhabi/GPE'],
    true,
  ],
  // A centre of research or of a service is an institution; other centres are places.
  [
    'type.institution-centre',
    'Scientists at the Goddard Space Flight Center and the National Hurricane Center said so.',
    ['Goddard Space Flight Center/ORG', 'National Hurricane Center/ORG'],
    ['National Hurricane Center/OTHER'],
    true,
  ],
  ['type.name-head', 'The shuttle flew from Kennedy Space Center.', ['Kennedy Space Center/LOC'], [], true],
  // Plural words that end a business's name (`Networks`, `Sons`), a speech verb after it.
  [
    'type.name-head',
    'ESB Networks said power was back. The shop was Harris & Sons for years.',
    ['ESB Networks/ORG', 'Harris & Sons/ORG'],
    ['ESB Networks/PERSON', 'Harris & Sons/PERSON'],
    true,
  ],
  // After a job's noun and `at`, the employer.
  [
    'type.employer',
    'Adrian Lowe, head of research at Jardine Fleming, agreed with a strategist at Nomura Securities.',
    ['Jardine Fleming/ORG', 'Nomura Securities/ORG'],
    ['Jardine Fleming/PERSON'],
    true,
  ],
  // A town's or region's greater area is a GPE; a telescope's name is no person's.
  [
    'type.greater-place',
    'He lives in Greater Manchester and works in Greater Cairo.',
    ['Greater Manchester/GPE', 'Greater Cairo/GPE'],
    ['Greater Manchester/PERSON'],
    true,
  ],
  [
    'type.vehicle-name',
    'The Webb Telescope took pictures.',
    ['Webb Telescope/OTHER'],
    ['Webb Telescope/PERSON'],
    true,
  ],
  // A word a cue reads as a place is no surname of a name the tagger alone calls a person.
  [
    'type.place-after-in',
    'Volunteers from Baptist Health Paducah helped. Pupils returned to school in Paducah, Kentucky.',
    ['Paducah/GPE'],
    ['Paducah/PERSON'],
    true,
    [['Baptist Health Paducah', 'PERSON']],
  ],
  // A Spanish plural article opens a place's name, which `in` makes a place.
  [
    'type.place-after-in',
    'Kast told supporters in Las Condes that the party would go on. Crowds gathered in Los Quenos.',
    ['Las Condes/GPE', 'Los Quenos/GPE'],
    ['Condes/OTHER', 'Condes/GPE'],
    true,
  ],
  // A plural's bare apostrophe before a body's head word is inside the name.
  [
    'type.name-head',
    "The National Teachers' Union struck and the leader of the Workers' Party spoke.",
    ["National Teachers' Union/ORG", "Workers' Party/ORG"],
    ['Workers/OTHER'],
    true,
  ],
  // A place's head word before an officer's title: the place, not a body.
  [
    'type.place-before-office',
    'Lee County Sheriff Carmine Marceno said his office was busy.',
    ['Lee County/GPE', 'Carmine Marceno/PERSON'],
    ['Lee County/ORG'],
    true,
  ],
  // A title with a place's head word in it is the title (`District Attorney`), no place.
  [
    'name.unknown+title',
    'District Attorney Cyrus Vance declined. State Attorney General Letitia James and U.S. District Judge Aileen Cannon spoke.',
    ['Cyrus Vance/PERSON', 'Letitia James/PERSON', 'Aileen Cannon/PERSON', 'U.S./GPE'],
    ['District/GPE', 'State/GPE'],
    true,
  ],
  // Phoenix files rivers among a country's regions: a river is a LOC.
  ['name.dictionary', 'It crossed the Ohio River and the Nile.', ['Ohio River/LOC', 'Nile/LOC'], [], true],
  // `Area` heads a stretch of land; a region that governs itself is a GPE.
  [
    'type.name-head',
    'A man was stabbed on a San Francisco Bay Area commuter train.',
    ['San Francisco Bay Area/LOC'],
    ['San Francisco Bay Area/GPE', 'San Francisco/GPE'],
    true,
  ],
  [
    'type.self-governing-region',
    "It is in China's Inner Mongolia Autonomous Region and the Hong Kong Special Administrative Region.",
    ['Inner Mongolia Autonomous Region/GPE', 'Hong Kong Special Administrative Region/GPE'],
    [],
    true,
  ],
  [
    'type.name-head',
    'The company that runs the show, Dick Clark Productions, denied it.',
    ['Dick Clark Productions/ORG'],
    [],
    true,
  ],
  // A country word before a body every country has is a mention of its own (entity guidelines).
  [
    'name.generic-body',
    'The Indonesian Health Ministry denied it.',
    ['Health Ministry/ORG'],
    ['Indonesian Health Ministry/ORG'],
    true,
  ],
  [
    'name.generic-body',
    'The Italian Supreme Court of Cassation ruled.',
    ['Supreme Court of Cassation/ORG'],
    [],
    true,
  ],
  [
    'name.generic-body',
    'The British Red Cross sent aid.',
    ['British Red Cross/ORG'],
    ['British/NORP'],
    false,
  ],
  [
    'name.generic-body',
    'The Canadian Security Intelligence Service said so.',
    ['Canadian Security Intelligence Service/ORG'],
    [],
    false,
  ],
  [
    'name.generic-body',
    'The office referred the call to U.S. Capitol Police on Monday.',
    ['U.S. Capitol Police/ORG'],
    ['Capitol Police/ORG'],
    false,
  ],
  // A US state's abbreviation after a town, in a dateline too.
  ['type.town-state', 'He lives in Dekalb, Ill., with his wife.', ['Dekalb/GPE', 'Ill./GPE'], [], true],
  [
    'type.town-state',
    'BUFFALO, N.Y. — Hours before the game, the team flew in.',
    ['BUFFALO/GPE', 'N.Y./GPE'],
    ['N.Y./ORG', 'Hours/ORG'],
    true,
  ],
  ['type.town-state', 'Smith, Cal Ripken and Jones played.', [], ['Cal/GPE'], false],
  // In a headline in capitals the caps rules refuse BUFFALO (a common word); the state after it makes it a town.
  ['type.town-before-state', 'NEWS FROM BUFFALO, N.Y.', ['BUFFALO/GPE', 'N.Y./GPE'], [], true],
  // Two words only guessed at before a state's dotted abbreviation are the town.
  [
    'type.town-before-state',
    'WINDOW ROCK, Ariz. - The council voted on Monday.',
    ['WINDOW ROCK/GPE', 'Ariz./GPE'],
    ['Ariz./ORG'],
    true,
  ],
  // A person known by one name after a role noun; not after any noun in -er.
  ['type.role-before', 'Brazil star Gabigol was among the crowd.', ['Gabigol/PERSON'], [], true],
  [
    'type.role-before',
    'They hanged former president Najibullah . The bodies of Najibullah were found .',
    ['Najibullah/PERSON'],
    ['Najibullah/ORG'],
    true,
  ],
  [
    'type.role-before',
    'It bought jets from the carrier SunExpress last year.',
    [],
    ['SunExpress/PERSON'],
    false,
  ],
  // Review fixes: towns that are given names stay towns alone; a speaking given name is the person.
  [
    'name.town-given-name+surname',
    'Police in Mason said the road was closed.',
    ['Mason/GPE'],
    ['Mason/PERSON'],
    false,
  ],
  [
    'type.town-state',
    'Residents of Taylor, Mich., fled the floods.',
    ['Taylor/GPE', 'Mich./GPE'],
    ['Taylor/PERSON'],
    true,
  ],
  [
    'name.town-given-name+surname',
    'The Parker Solar Probe flew past the Sun.',
    [],
    ['Parker Solar Probe/PERSON'],
    false,
  ],
  [
    'coref.surname',
    'Mason Rudolph threw. Fans in Mason, Ohio, cheered.',
    ['Mason/GPE'],
    ['Mason/PERSON'],
    false,
  ],
  ['coref.surname', 'Taylor Swift sang. Taylor said she was happy.', ['Taylor/PERSON'], ['Taylor/GPE'], true],
  // The surname before `Jr.`, the first word of a name written surname first, a surname in a capitals headline.
  [
    'coref.surname',
    'VILLENEUVE TAKES POLE .\n\nJacques Villeneuve took pole . Ken Griffey Jr. hit two . Griffey left . Tung Chee-hwa spoke . Tung left .',
    ['VILLENEUVE/PERSON', 'Griffey/PERSON', 'Tung/PERSON'],
    ['VILLENEUVE/ORG', 'Griffey/ORG', 'Tung/ORG'],
    true,
  ],
  [
    'coref.surname',
    'Gloria Macapagal-Arroyo was sworn in. Arroyo, a 53-year-old economist, spoke.',
    ['Arroyo/PERSON'],
    ['Arroyo/ORG', 'Arroyo/OTHER'],
    true,
  ],
  [
    'type.town-state',
    'Tiger Woods lives in Jupiter, Fla., with his kids.',
    ['Jupiter/GPE', 'Fla./GPE'],
    ['Jupiter/LOC'],
    true,
  ],
  ['type.town-state', 'Dr. Jane Paris, MD, said so.', ['Jane Paris/PERSON'], ['Paris/GPE', 'MD/GPE'], false],
  ['name.unknown+title', 'Rapper Tory Lanez was jailed.', ['Tory Lanez/PERSON'], ['Tory/NORP'], true],
  [
    'type.party-name',
    'The Christian Democrats won the vote.',
    ['Christian Democrats/ORG'],
    ['Christian/NORP'],
    true,
  ],
  ['name.unknown', 'The Republican National Convention opened.', [], ['Republican/NORP'], true],
  [
    'name.generic-body',
    'The Australian Federal Police raided it.',
    ['Australian Federal Police/ORG'],
    [],
    false,
  ],
  // An acronym that is a title is dropped only before a verb (`MP calls for ...`), not in a list of states.
  [
    'ner.tagger',
    'Heavy rains lashed MP, Gujarat and Rajasthan.',
    ['MP/GPE', 'Gujarat/GPE'],
    [],
    true,
    [['MP', 'GPE']],
  ],
  // Products are things, with their maker; a vehicle's short name is the vehicle.
  [
    'name.product',
    'Mozilla Firefox lost ground while Google Chrome gained.',
    ['Mozilla Firefox/OTHER', 'Google Chrome/OTHER'],
    ['Mozilla/ORG', 'Google/ORG'],
    true,
  ],
  ['name.product', 'Google said profits rose.', ['Google/ORG'], [], false],
  [
    'name.product',
    'The speaker pairs over Bluetooth with AirPods, and the Nissan Sentra got a Chromecast.',
    ['Bluetooth/OTHER', 'AirPods/OTHER', 'Nissan Sentra/OTHER', 'Chromecast/OTHER'],
    ['Bluetooth/PERSON', 'Bluetooth/GPE', 'Nissan/ORG', 'Chromecast/GPE'],
    true,
    [
      ['Bluetooth', 'GPE'],
      ['Chromecast', 'GPE'],
    ],
  ],
  [
    'coref.vehicle-short-form',
    'Space Shuttle Atlantis will go on display. Finally, Atlantis will go to Florida.',
    ['Atlantis/OTHER'],
    ['Atlantis/GPE'],
    true,
  ],
  ['coref.vehicle-short-form', 'Columbia was lost in 2003, officials in Columbia said.', [], [], false],
  ['type.town-state', 'He was born in Portland, Me., in 1950.', ['Portland/GPE', 'Me./GPE'], [], true],
  [
    'name.numbered-street',
    "They walked down Fort Worth's 6th Avenue at night.",
    ['6th Avenue/LOC'],
    [],
    true,
  ],
  ['name.numbered-street', 'He finished 6th in the race.', [], [], false],
  [
    'type.name-head',
    "It will be honored at Cleveland's Public Auditorium.",
    ['Public Auditorium/LOC'],
    [],
    true,
  ],
  ['type.first-name', 'Lois Harp wrote the story.', ['Lois Harp/PERSON'], ['Lois Harp/LOC'], true],
  [
    'type.given-name+surname-head',
    'Lois Lane wrote the story.',
    ['Lois Lane/PERSON'],
    ['Lois Lane/LOC'],
    true,
  ],
  // Given names of the regions the English lists serve worst (curated, and faker's locales).
  [
    'type.first-name',
    'Waqar Younis and Emeka Nwosu spoke to Bafana Dlamini.',
    ['Waqar Younis/PERSON', 'Emeka Nwosu/PERSON', 'Bafana Dlamini/PERSON'],
    [],
    true,
  ],
  [
    'type.first-name',
    'Fans filled Heinz Field. Galileo Galilei was right.',
    [],
    ['Heinz Field/PERSON'],
    false,
  ],
  [
    'name.product-model',
    'It announced an order of 50 Airbus A350-900 jets on Monday.',
    ['Airbus A350-900/OTHER'],
    ['Airbus/ORG'],
    true,
  ],
  ['name.product-model', 'Boeing said in 2019 it would fix the planes.', ['Boeing/ORG'], [], false],
  // A team and a score are no product.
  [
    'name.product-model',
    'The Steelers beat the Ravens 24-17 on Sunday.',
    ['Steelers/ORG', 'Ravens/ORG'],
    [],
    false,
  ],
  // type.same-name-elsewhere: a lone given name takes the type a cue gives the same word elsewhere.
  [
    'type.same-name-elsewhere',
    'Soldiers patrol near Bafana. Troops went to the town of Bafana.',
    ['Bafana/GPE'],
    ['Bafana/PERSON'],
    true,
  ],
  [
    'type.same-name-elsewhere',
    'Menaka said she would stay. She met Menaka again.',
    ['Menaka/PERSON'],
    [],
    false,
  ],
  // type.place-noun-before: a body of space named after its kind noun; the same word elsewhere follows.
  [
    'type.place-noun-before',
    "NASA mapped Saturn's moon Titan. Titan has lakes. Life on Titan is possible. It is bigger than the planet Mercury.",
    ['Titan/LOC', 'Mercury/LOC'],
    ['Titan/ORG'],
    true,
  ],
  [
    'type.place-noun-before',
    'The Titan submersible imploded. Titan Holdings said so.',
    [],
    ['Titan/LOC'],
    false,
  ],
  // A name typed by a cue does not join a person named with it as a given name (a mistyped `Europa Clipper`).
  [
    'type.place-noun-before',
    'They studied the Jupiter moon Europa. The Europa Clipper will fly past Europa.',
    ['Europa/LOC'],
    ['Europa/PERSON'],
    true,
    [['Europa Clipper', 'PERSON']],
  ],
  // name.title-word-surname: a lone title word that is the surname of a person named in full.
  [
    'name.title-word-surname',
    'Rep. Steve King of Iowa spoke. King said he would run again.',
    ['Steve King/PERSON', 'King/PERSON'],
    ['Steve/PERSON'],
    true,
  ],
  [
    'name.title-word-surname',
    'Stephen King met King Charles. The King of Spain came. King of the Netherlands Willem-Alexander spoke.',
    ['Stephen King/PERSON', 'Charles/PERSON'],
    ['King/PERSON'],
    false,
  ],
  // A given name alone joins the person named in full, though a town has the name, outside a place's context.
  [
    'coref.surname',
    'Taylor Swift sued. At no point did we say Taylor could not perform. Mason Rudolph threw. He drove to Mason.',
    ['Taylor/PERSON', 'Mason/GPE'],
    ['Taylor/GPE', 'Mason/PERSON'],
    true,
  ],
  // `the Treasury` is a body (name head `treasury`).
  ['type.short-name', 'The Treasury said it would borrow more.', ['Treasury/ORG'], ['Treasury/PERSON'], true],
  // Royal titles are roles, not names (`Emir` is not: `Emir Kusturica` is a given name).
  [
    'type.title',
    'The Sultan met the Crown Prince of Bahrain.',
    ['Bahrain/GPE'],
    ['Crown Prince/OTHER'],
    false,
  ],
  // type.surname-particle and type.hyphenated-given-name (a given name of two capitalised parts).
  [
    'type.surname-particle',
    'Kukushkin had beaten Botic van de Zandschulp. Wout van Aert won the stage.',
    ['Botic van de Zandschulp/PERSON', 'Wout van Aert/PERSON'],
    [],
    true,
  ],
  [
    'type.surname-particle',
    'They visited Palacio de Bellas and Lake van Rooyen.',
    [],
    ['Palacio de Bellas/PERSON'],
    false,
  ],
  [
    'type.hyphenated-given-name',
    'Jo-Wilfried Tsonga won in three sets.',
    ['Jo-Wilfried Tsonga/PERSON'],
    [],
    true,
  ],
  // A title word after a given name and a middle name is the surname too.
  [
    'type.first-name',
    'Coretta Scott King led the march.',
    ['Coretta Scott King/PERSON'],
    ['Coretta Scott/PERSON'],
    true,
  ],
  // Team nicknames: not a region of the dictionaries, nor after a sentence-opening `The`.
  [
    'type.team-nickname',
    'Fans saw the Cubs beat the Cardinals. He hiked across the Rockies. The Rockets hit Tel Aviv overnight.',
    ['Cubs/ORG', 'Rockies/LOC'],
    ['Rockies/ORG', 'Rockets/ORG'],
    true,
  ],
  // type.town-by-cue: a brand put before its town is the town after `near` or `the city of`.
  [
    'type.town-by-cue',
    'It happened near Paramount. The mayor of Paramount spoke. Investors bought a stake in Paramount.',
    ['Paramount/GPE', 'Paramount/ORG'],
    [],
    true,
  ],
  // Short mixed-case names of organisations (`Fed`, `BoJ`); an organisation named by a place word alone.
  [
    'name.dictionary',
    "The economy is slower and the Fed's ability to act is in question. The BoJ held rates. Emirates had 270 jets. Qatar mediated between the Emirates and Saudi Arabia.",
    ['Fed/ORG', 'BoJ/ORG', 'Emirates/ORG', 'Emirates/GPE'],
    [],
    true,
  ],
  [
    'name.dictionary',
    'He met Mao Qunan and Bo Ryan.',
    ['Mao Qunan/PERSON', 'Bo Ryan/PERSON'],
    ['Mao/GPE'],
    false,
  ],
  // type.given-name-town: a one-word name typed a person only as a given name, before `, <state>`.
  [
    'type.given-name-town',
    'He grew up in Gary, Ind., and moved away. Tyler, Texas, police said.',
    ['Gary/GPE', 'Tyler/GPE', 'Ind./GPE'],
    ['Gary/PERSON', 'Tyler/PERSON'],
    true,
  ],
  ['type.given-name-town', 'I told Gary, Texas is big.', ['Gary/PERSON'], [], false],
  // type.town-before-state: a brand that goes before a town of its name (`!Paramount`) is the town there.
  [
    'type.town-before-state',
    'Paramount is working on a sequel. He was born in Paramount, California.',
    ['Paramount/ORG', 'Paramount/GPE'],
    [],
    true,
  ],
  // type.team-nickname: a plural nickname that is a word, after a lower-case `the` (data/actors/teams.tsv).
  [
    'type.team-nickname',
    'Tom Brady led the Buccaneers past the Bruins and the Blue Jays.',
    ['Buccaneers/ORG', 'Bruins/ORG', 'Blue Jays/ORG'],
    [],
    true,
  ],
  // Not at a sentence start, not a singular nickname, not a title or an agent.
  [
    'type.team-nickname',
    'Giants of industry met. Lucy in the Sky was his debut. He saw the Kings and the Pirates.',
    [],
    ['Giants/ORG', 'Sky/ORG', 'Kings/ORG', 'Pirates/ORG'],
    false,
  ],
  ['name.dictionary', "Rival Kohl's fell while Sotheby's rose in London.", ["Sotheby's/ORG"], [], true],
  ['type.the-title-name', 'His attorney told The Hill in a statement.', ['Hill/ORG'], ['Hill/LOC'], true],
  ['type.the-title-name', 'The delegates flew to The Hague on Monday.', [], ['Hague/ORG'], false],
  [
    'type.seat-as-place',
    'They met at the White House on Monday.',
    ['White House/LOC'],
    ['White House/ORG'],
    true,
  ],
  [
    'type.seat-as-place',
    'The White House said it would respond.',
    ['White House/ORG'],
    ['White House/LOC'],
    false,
  ],
  [
    'name.dictionary',
    'Druze in the Syrian Golan Heights threatened Israel.',
    // a stretch of land without a government of its own (the entity guidelines)
    ['Golan Heights/LOC'],
    ['Syrian Golan Heights/LOC'],
    true,
  ],
  [
    'name.dictionary',
    'A series of South Dakotans appeared in the video.',
    ['South Dakotans/NORP'],
    ['South Dakotans/GPE'],
    true,
  ],
  [
    'type.name-head',
    'He flew helicopters during the Falklands War in 1982.',
    ['Falklands War/OTHER'],
    ['Falklands/LOC'],
    true,
  ],
  // Parties' members are a group; a party's name stays one name; event names take the town before them.
  [
    'name.dictionary',
    'The Republican president attacked Democrats in Congress.',
    ['Republican/NORP', 'Democrats/NORP'],
    ['Democrats/ORG'],
    true,
  ],
  [
    'name.unknown',
    'Gary Fan of the Neo Democrats failed to win.',
    ['Neo Democrats/ORG'],
    ['Democrats/NORP'],
    true,
  ],
  // `MPs` is a title in the plural: the party before it stands alone.
  ['name.unknown', 'Tory MPs revolted on Tuesday.', ['Tory/NORP'], ['Tory MPs/PERSON', 'MPs/ORG'], false],
  [
    'type.name-head',
    'They announced it at the Dubai Air Show on Wednesday.',
    ['Dubai Air Show/OTHER'],
    ['Dubai/GPE'],
    true,
  ],
  // Names with People's; web domains; a title's qualifier; an honorific inside a span.
  [
    'name.possessive-place',
    "The Korean People's Army fired shells.",
    ["Korean People's Army/ORG"],
    ['Army/PERSON', 'Korean/NORP'],
    true,
  ],
  ['name.possessive-place', "Many people's lives changed in Seoul.", [], [], false],
  [
    'name.web-domain',
    'Sites such as Gawker.com kept the video.',
    ['Gawker.com/ORG'],
    ['Gawker/PERSON'],
    true,
  ],
  ['name.web-domain', 'He went to Harvard. Then he left.', ['Harvard/ORG'], [], false],
  [
    'name.unknown+title',
    'Emeritus Professor John Burrows said so.',
    ['John Burrows/PERSON'],
    ['Emeritus/ORG'],
    true,
  ],
  [
    'name.after-honorific',
    'Undersecretary for Education Mr. Toccafondi says so.',
    ['Toccafondi/PERSON'],
    ['Education Mr. Toccafondi/PERSON'],
    true,
  ],
  // Groups' names inside names; a religion is a group, not a person or a place.
  [
    'name.dictionary',
    "The stampede at Islam's holiest site killed 700.",
    ['Islam/NORP'],
    ['Islam/GPE', 'Islam/PERSON'],
    true,
  ],
  [
    'name.unknown',
    'Police chief Mohammad Nurul Islam said so.',
    ['Mohammad Nurul Islam/PERSON'],
    ['Islam/NORP'],
    true,
  ],
  [
    'name.unknown',
    'Leaders of the Nation of Islam met in Chicago.',
    ['Nation of Islam/ORG'],
    ['Islam/NORP'],
    true,
  ],
  [
    'name.dictionary',
    'The Orthodox Church, a Christian denomination, objected.',
    ['Christian/NORP'],
    ['Christian/PERSON'],
    true,
  ],
  [
    'name.given-name+known-word',
    'Christian Bale said it.',
    ['Christian Bale/PERSON'],
    ['Christian/NORP'],
    true,
  ],
  // A town's name that is a common given name, then a surname, is a person.
  [
    'name.town-given-name+surname',
    'Alexandria Ocasio-Cortez spoke on Monday.',
    ['Alexandria Ocasio-Cortez/PERSON'],
    ['Alexandria/GPE'],
    true,
  ],
  [
    'name.town-given-name+surname',
    'She moved to Alexandria Gardens last year.',
    [],
    ['Alexandria Gardens/PERSON'],
    false,
  ],
  [
    'name.town-given-name+surname',
    'Buses run from Taylor Road to Mason Street.',
    [],
    ['Taylor Road/PERSON'],
    false,
  ],
  // Second review: a title's modifier is no organisation; a town before a mayor is a place.
  [
    'type.org-before-title',
    'Interim Chief Executive Dana Wirt resigned.',
    ['Dana Wirt/PERSON'],
    ['Interim/ORG'],
    false,
  ],
  [
    'type.place-before-office',
    'Kreminna Mayor Andriy Besedin said so.',
    ['Kreminna/GPE', 'Andriy Besedin/PERSON'],
    ['Kreminna/ORG'],
    true,
  ],
  // A title after a given name and a surname is not part of the name.
  [
    'type.title',
    'The board named Rex Tillerson Secretary of State.',
    ['Rex Tillerson/PERSON'],
    ['Rex Tillerson Secretary/PERSON'],
    false,
  ],
  // Places, markets and residents after a town are no team.
  [
    'type.city-team',
    'Tokyo Stocks fell and Kyiv Residents fled to the Florida Keys.',
    ['Tokyo/GPE', 'Kyiv/GPE'],
    ['Tokyo Stocks/ORG', 'Kyiv Residents/ORG', 'Florida Keys/ORG'],
    false,
  ],
  // A town named with a possessive matches its dictionary name (`King's Lynn`).
  ['name.dictionary', "Floods hit King's Lynn on Monday.", ["King's Lynn/GPE"], [], true],
  // type.city-team: a town and one capitalised plural name a team; not an event, text or people.
  [
    'type.city-team',
    // (teams the dictionary lacks: minor-league ones)
    'The Durham Bulls beat the Albany Pythons.',
    ['Durham Bulls/ORG', 'Albany Pythons/ORG'],
    ['Durham/GPE'],
    true,
  ],
  [
    'type.city-team',
    'The Geneva Conventions apply, Texas Republicans said.',
    ['Geneva/GPE', 'Texas/GPE', 'Republicans/NORP'],
    ['Geneva Conventions/ORG', 'Texas Republicans/ORG'],
    false,
  ],
  // A title word after a given name is a surname (`Peter King`), not a role cut from the name.
  ['name.unknown+title', 'Rep. Peter King voted no.', ['Peter King/PERSON'], ['Peter/PERSON'], true],
  // A dictionary name written with a possessive matches across the split `'s`; no other name does.
  [
    'name.dictionary',
    "Moody's cut the rating of the People's Republic of China.",
    ["Moody's/ORG", "People's Republic of China/GPE"],
    ['Moody/PERSON'],
    true,
  ],
  [
    'name.dictionary',
    "America's allies met in Brussels.",
    ['America/GPE'],
    ['America’s/LOC', "America's/LOC"],
    true,
  ],
  // type.org-before-title: the words before a person's title and name are the body the person works for.
  [
    'type.org-before-title',
    'Vantrix Chief Executive Jensen Huang spoke.',
    ['Vantrix/ORG', 'Jensen Huang/PERSON'],
    [],
    true,
  ],
  ['type.org-before-title', 'Chief Executive Jensen Huang spoke.', ['Jensen Huang/PERSON'], [], false],
  // A title's qualifier before the body is left out of its name.
  [
    'type.org-before-title',
    'Interim BART Police Chief Ed Alvarez told reporters.',
    ['BART Police/ORG', 'Ed Alvarez/PERSON'],
    ['Interim BART Police/ORG'],
    true,
  ],
  // A dictionary organisation opening with a title word is the organisation (`General Motors`).
  [
    'name.dictionary',
    'General Motors Chief Executive Mary Barra spoke.',
    ['General Motors/ORG', 'Mary Barra/PERSON'],
    ['Motors/PERSON'],
    true,
  ],
  // A title or person after `X of <place>` ends the organisation there.
  [
    'type.head-of',
    'Bank of Malawi Governor Ernest Addison spoke.',
    ['Bank of Malawi/ORG', 'Ernest Addison/PERSON'],
    [],
    true,
  ],
  // Storms: not a place or body after a lower-case storm word, nor a relief fund.
  [
    'type.named-storm',
    'After the storm Louisiana declared an emergency.',
    ['Louisiana/GPE'],
    ['Louisiana/OTHER'],
    false,
  ],
  [
    'type.named-storm',
    'The Hurricane Ian Relief Fund paid out.',
    ['Hurricane Ian Relief Fund/ORG'],
    [],
    false,
  ],
  // A sovereign's bare title in the possessive opens a name; a person's possessive does not.
  [
    'name.possessive-place',
    "The Prince's Trust gave grants.",
    ["Prince's Trust/ORG"],
    ['Trust/PERSON'],
    true,
  ],
  // type.hometown-after-age: not a business named after the person.
  ['type.hometown-after-age', 'Ann Kerr, 44, of Kerr Farms said so.', [], ['Kerr Farms/GPE'], false],
  // coref.acronym-initials: an acronym takes its long form's type, a place's too.
  [
    'coref.acronym-initials',
    'Crews at the Johnson Space Center (JSC) in Houston waited; JSC staff cheered.',
    ['Johnson Space Center/LOC', 'JSC/LOC'],
    ['JSC/ORG'],
    true,
  ],
  // A title that names no one alone, ending the run, is a role, not a name (`NASA Administrator,`).
  [
    'type.acronym',
    'Bill Nelson, NASA Administrator, spoke first.',
    ['NASA/ORG'],
    ['Administrator/OTHER', 'Administrator/LOC'],
    false,
  ],
  // name.call-sign: a broadcaster's call letters and band are one organisation.
  [
    'name.call-sign',
    'The mayor told KOMO-TV and WBEZ-FM about the plan.',
    ['KOMO-TV/ORG', 'WBEZ-FM/ORG'],
    ['KOMO/ORG'],
    true,
  ],
  ['name.call-sign', 'The ANC-led government and the WHO-backed plan.', [], ['ANC-led/ORG'], false],
  // name.comma-legal-form: `Pfizer, Inc.` is one company, and `Inc.` no speaker.
  ['name.comma-legal-form', 'Merck & Co., Inc. said the trial ended.', [], ['Inc./PERSON'], true],
  [
    'name.comma-legal-form',
    'Toyota, Honda and Nissan said sales fell.',
    ['Toyota/ORG', 'Honda/ORG'],
    [],
    false,
  ],
  // name.given-name+known-word: a given name and a company's or town's one-word name is a person.
  [
    'name.given-name+known-word',
    'Henry Ford built cars; Jack London wrote books.',
    ['Jack London/PERSON'],
    ['London/GPE'],
    true,
  ],
  ['name.given-name+known-word', 'Police in Lagos arrested John in London.', ['London/GPE'], [], false],
  // name.possessive-place with a saint or sovereign: `St. Mary's Hospital`, `Queen's University Belfast`.
  [
    'name.possessive-place',
    "Doctors at St. Luke's Hospital and students of Queen's University Belfast.",
    ["St. Luke's Hospital/ORG", "Queen's University Belfast/ORG"],
    ['Hospital/ORG'],
    true,
  ],
  [
    'name.possessive-place',
    "Britain's Foreign Office said no.",
    ['Britain/GPE', 'Foreign Office/ORG'],
    [],
    false,
  ],
  // type.hometown-after-age: `Name, 54, of Town` gives the hometown, even a given name's town.
  [
    'type.hometown-after-age',
    'Dana Wirt, 61, of Kilgore said she stayed home.',
    ['Kilgore/GPE', 'Dana Wirt/PERSON'],
    ['Kilgore/PERSON'],
    true,
  ],
  [
    'type.hometown-after-age',
    'Dana Wirt of Conway Holdings said she stayed home.',
    [],
    ['Conway/GPE'],
    false,
  ],
  // An agent noun opening a sentence is a group, not a person's name (`Officials said`).
  ['nominal.agent', 'Officials said the bridge would reopen.', [], ['Officials/PERSON'], false],
  ['nominal.agent', 'Witnesses said the driver fled.', [], ['Witnesses/PERSON'], false],
  ['type.speaker', 'Okafor said the bridge would reopen.', ['Okafor/PERSON'], [], true],
  // type.place-after-preposition: a name only the tagger called a person, after a preposition of place.
  [
    'type.place-after-preposition',
    'Fire razed shops in Ebute Metta on Monday; a trader from Kothrud lost stock.',
    ['Ebute Metta/GPE', 'Kothrud/GPE'],
    ['Ebute Metta/PERSON', 'Kothrud/PERSON'],
    true,
    [
      ['Ebute Metta', 'PERSON'],
      ['Kothrud', 'PERSON'],
    ],
  ],
  [
    'type.place-after-preposition',
    'Ada Okafor won. Praise came from Okafor and from Quentin Tarantino.',
    ['Okafor/PERSON', 'Quentin Tarantino/PERSON'],
    ['Okafor/GPE', 'Quentin Tarantino/GPE'],
    false,
    [
      ['Quentin Tarantino', 'PERSON'],
      ['Okafor', 'PERSON'],
    ],
  ],
  // Not the object of a preposition in the speaker's apposition.
  [
    'type.speaker',
    'Dinesh Ratnayake, who owns a guest house on Rajapihilla Mawatha, said most rooms were booked.',
    ['Dinesh Ratnayake/PERSON'],
    ['Rajapihilla Mawatha/PERSON'],
    false,
  ],
  // type.head-before-town: a head word and then only a town of the dictionaries.
  [
    'type.head-before-town',
    'The Teaching Hospital Kandy said it had cancelled leave, as did University Hospital Limerick.',
    ['Teaching Hospital Kandy/ORG', 'University Hospital Limerick/ORG'],
    ['Teaching Hospital Kandy/PERSON', 'Kandy/PERSON'],
    true,
  ],
  ['type.head-before-town', 'Hospital staff in Kandy said leave was cancelled.', ['Kandy/GPE'], [], false],
  // type.named-storm / type.storm-name: a storm and its name alone are events, whatever the tagger says.
  [
    'type.named-storm',
    'Cyclone Idai flooded Beira, and the damage from Idai is still counted.',
    ['Cyclone Idai/OTHER', 'Idai/OTHER', 'Beira/GPE'],
    ['Idai/GPE', 'Cyclone Idai/PERSON'],
    true,
    [
      ['Cyclone Idai', 'PERSON'],
      ['Idai', 'GPE'],
    ],
  ],
  [
    'type.named-storm',
    'After typhoon Mangkhut, Manila counted the dead.',
    ['Mangkhut/OTHER', 'Manila/GPE'],
    [],
    true,
  ],
  ['type.named-storm', 'Desmond Tutu spoke in Cape Town.', ['Desmond Tutu/PERSON'], [], false],
  // type.party-state: `(D-IA)`, `R-Ariz.` after a legislator: the state is a place.
  [
    'type.party-state',
    'Senator Chuck Grassley (R-IA) and Sen. Kyrsten Sinema, D-Ariz., voted no.',
    ['IA/GPE', 'Ariz./GPE', 'Chuck Grassley/PERSON'],
    ['R-IA/ORG'],
    true,
    [['R-IA', 'ORG']],
  ],
  ['type.party-state', 'The D-Day landings (D-Day) began at dawn.', [], ['Day/GPE'], false],
  // type.head-of with a place word: `City of X` is one place.
  [
    'type.head-of',
    'The City of Fresno sued the county.',
    ['City of Fresno/GPE'],
    ['City/GPE', 'Fresno/GPE'],
    true,
  ],
  // A title after a dictionary organisation's name is the role of the person named next.
  [
    'name.dictionary',
    'White House Press Secretary Jen Psaki took questions.',
    ['White House/ORG', 'Jen Psaki/PERSON'],
    ['White House Press Secretary/ORG'],
    true,
  ],
  // A title that names no one alone, then `of`: the organisation after it.
  [
    'type.acronym',
    'Jane Ruiz, Chief Operating Officer of the MTA, resigned.',
    ['MTA/ORG'],
    ['Chief Operating Officer of the MTA/OTHER'],
    true,
  ],
  // Bodies with a district or school head (`Sanitation District`, `Elementary`) are organisations.
  [
    'type.org-head-before-place-head',
    'The Fresno Irrigation Management District and Roosevelt Elementary closed.',
    ['Fresno Irrigation Management District/ORG', 'Roosevelt Elementary/ORG'],
    [],
    true,
  ],
  // name.person-before-for: a person's name ends before `for` and the organisation a speaker speaks for.
  [
    'name.person-before-for',
    'The risk is low, said Ylvi Brannstrom for Dairy Safety Norway on Tuesday.',
    ['Ylvi Brannstrom/PERSON'],
    ['Ylvi Brannstrom for Dairy Safety Norway/OTHER'],
    true,
  ],
  [
    'name.person-before-for',
    'The Emergency Plan for Malaria Relief started in 2005 and grew.',
    [],
    ['Emergency Plan/PERSON'],
    false,
  ],
  // `of` and an acronym: a person and an organisation (not one name).
  ['type.acronym', 'Tsang Mei-ling of ADPL won a seat.', ['Tsang Mei-ling/PERSON', 'ADPL/ORG'], [], true],
  ['type.acronym', 'Officials in the Province of KPK met.', ['Province of KPK/GPE'], ['KPK/ORG'], false],
  // A capitalised prefix and a lower-case word (`Pan-democrat`) is an ordinary word, not a name's start.
  [
    'type.first-name',
    'Pan-democrat Wendy Lau of the Neo Liberals won.',
    ['Wendy Lau/PERSON'],
    ['Pan-democrat Wendy Lau of the Neo Liberals/OTHER', 'Pan-democrat/OTHER'],
    true,
  ],
  [
    'type.abstract-noun',
    'She said the boy had suffered from Islamophobia at school.',
    [],
    ['Islamophobia/GPE'],
    true,
    [['Islamophobia', 'GPE']],
  ],
  ['type.abstract-noun', 'She said the boy had met Ismael Torres at school.', [], [], false],
  [
    'type.portfolio-before-title',
    'In June, Ana Ruiz resigned as Home Affairs minister after a leak.',
    ['Ana Ruiz/PERSON'],
    ['Home Affairs/PERSON'],
    true,
  ],
  ['type.portfolio-before-title', 'Ana Ruiz, minister of health, resigned.', ['Ana Ruiz/PERSON'], [], false],
  [
    'type.head-first',
    'Worshippers gathered at Masjid Al-Noor in the city.',
    ['Masjid Al-Noor/LOC'],
    [],
    true,
  ],
  ['type.head-first', 'The fans cheered for Ricardo Banco in the final.', [], ['Ricardo Banco/ORG'], false],
  [
    'type.head-first',
    'The houses look towards Mount Brandon and Mt. Kenyo, above Lake Ketchum.',
    ['Mount Brandon/LOC', 'Mt. Kenyo/LOC', 'Lake Ketchum/LOC'],
    ['Mount Brandon/GPE'],
    true,
  ],
  // A town named for a feature, as the noun after it says.
  ['type.head-first', 'Mount Gambier police charged a teenager.', ['Mount Gambier/GPE'], [], false],
  [
    'type.head-first',
    'Pupils of Ysgol Pen-llwyn sang, and the shutters of Kedai Kopi Wah Sang came down.',
    ['Ysgol Pen-llwyn/ORG', 'Kedai Kopi Wah Sang/ORG'],
    ['Ysgol Pen-llwyn/PERSON', 'Kedai Kopi Wah Sang/PERSON'],
    true,
  ],
  [
    'type.apposition-org',
    'Norbrand, a dairy company based in Oslo, hired staff.',
    ['Norbrand/ORG'],
    ['Norbrand/PERSON'],
    true,
  ],
  ['type.apposition-org', 'Tom Hale, a local teacher, said it rained.', ['Tom Hale/PERSON'], [], false],
  [
    'type.place-after-in',
    'Eateries in Pettasong were warned. Residents in Pettasong agreed. Pettasong traders objected. Blind people in Pettasong cannot walk.',
    ['Pettasong/GPE'],
    ['Pettasong/ORG'],
    true,
  ],
  [
    'name.area-number',
    'He met the Ward 10 councillor, whose Precinct 2 includes it. Buses took the Sam Houston Parkway. He starred in District 9.',
    ['Ward 10/GPE', 'Precinct 2/GPE', 'Sam Houston Parkway/LOC'],
    ['District 9/GPE'],
    true,
  ],
  [
    'type.list-agreement',
    'Buildings fell in Gaziantep and Hatay. Rescuers reached Hatay late. Hatay was cut off. North and South Korea traded fire.',
    ['Hatay/GPE'],
    ['Hatay/ORG', 'North/GPE'],
    true,
  ],
  // One word the tagger read as a person after a town and `and` is a town; not after a country (its
  // leader), nor a given name.
  [
    'type.list-agreement',
    'The pope travels to Mosul and Qaraqosh on Sunday.',
    ['Qaraqosh/GPE'],
    ['Qaraqosh/PERSON'],
    true,
    [['Qaraqosh', 'PERSON']],
  ],
  // Two names after a preposition of place or a place noun and `of`: a guessed person or body beside a
  // place is a place; not a given name.
  [
    'type.list-agreement',
    'Trucks blocked crossings at Dorohusk and Hrebenne. Fire reached the resorts of Kiotari and Gennadi.',
    ['Hrebenne/GPE', 'Kiotari/GPE', 'Gennadi/GPE'],
    [],
    true,
    [
      ['Dorohusk', 'GPE'],
      ['Hrebenne', 'PERSON'],
      ['Gennadi', 'PERSON'],
    ],
  ],
  // A road's or a service's two ends.
  [
    'type.list-agreement',
    'Drive along the A149 between Cromer and Mundesley. Trains between Dunmore and Kellan were cut.',
    ['Cromer/GPE', 'Mundesley/GPE', 'Dunmore/GPE', 'Kellan/GPE'],
    [],
    true,
    [
      ['Cromer', 'PERSON'],
      ['Mundesley', 'PERSON'],
      ['Dunmore', 'PERSON'],
      ['Kellan', 'ORG'],
    ],
  ],
  [
    'type.list-agreement',
    'The phone line between Kemp and Ashdown went dead. The B2 visa row between Kessler and Mancuso grew.',
    [],
    ['Kemp/GPE', 'Ashdown/GPE', 'Kessler/GPE', 'Mancuso/GPE'],
    false,
    [
      ['Kemp', 'PERSON'],
      ['Ashdown', 'PERSON'],
      ['Kessler', 'PERSON'],
      ['Mancuso', 'PERSON'],
    ],
  ],
  [
    'type.list-agreement',
    'The final between Corbett and Ledwith was close.',
    [],
    ['Corbett/GPE', 'Ledwith/GPE'],
    false,
    [
      ['Corbett', 'PERSON'],
      ['Ledwith', 'PERSON'],
    ],
  ],
  [
    'type.list-agreement',
    'Talks at Dorohusk and Gerald went on.',
    ['Gerald/PERSON'],
    ['Gerald/GPE'],
    false,
    [
      ['Dorohusk', 'GPE'],
      ['Gerald', 'PERSON'],
    ],
  ],
  // Not the subject of a clause after `and`.
  [
    'type.list-agreement',
    'Ms Sturgeon visited Edinburgh and Swinney joined her at the launch.',
    ['Swinney/PERSON'],
    ['Swinney/GPE'],
    false,
    [['Swinney', 'PERSON']],
  ],
  [
    'type.list-agreement',
    'The deal was signed by France and Vardoux on Sunday. Talks in Mosul and Marcus went on.',
    ['Vardoux/PERSON', 'Marcus/PERSON'],
    [],
    false,
    [
      ['Vardoux', 'PERSON'],
      ['Marcus', 'PERSON'],
    ],
  ],
  // The words before a council's designators and head name its place elsewhere in the article.
  [
    'type.council-place',
    'Whanganui residents went home. Whanganui District Council met. Msunduzi blames the utility, Msunduzi Municipality said.',
    ['Whanganui/GPE', 'Msunduzi/GPE'],
    ['Whanganui/PERSON', 'Msunduzi/PERSON'],
    true,
    [
      ['Whanganui', 'PERSON'],
      ['Msunduzi', 'PERSON'],
    ],
  ],
  [
    'type.council-place',
    'Whanganui voters went home. The Whanganui Regional Museum opened.',
    ['Whanganui/PERSON'],
    [],
    false,
    [['Whanganui', 'PERSON']],
  ],
  // A name before a lower-case `police` is the place the force serves (lexicon place-noun-after).
  [
    'type.place-noun-after',
    'The Chatushrungi police have registered a case.',
    ['Chatushrungi/GPE'],
    ['Chatushrungi/PERSON'],
    true,
    [['Chatushrungi', 'PERSON']],
  ],
  // An acronym and a town of the dictionaries name an institution's campus.
  [
    'type.acronym+town',
    'IIM Ahmedabad led the management list.',
    ['IIM Ahmedabad/ORG'],
    ['IIM Ahmedabad/PERSON'],
    true,
    [['IIM Ahmedabad', 'PERSON']],
  ],
  // A public service's word and a region or country, in either order, name a body (lexicon service-word).
  [
    'type.head-before-town',
    'Ambulance Victoria figures show delays. Highways England, which manages the A30, said so. Cornwall Live asked.',
    ['Ambulance Victoria/ORG', 'Highways England/ORG', 'Cornwall Live/ORG'],
    ['Ambulance Victoria/PERSON', 'A30/PERSON'],
    true,
  ],
  // A list of three or more after a preposition of place, typed only by guesses or as places.
  [
    'type.list-of-places',
    'Water in the taps in KwaNobuhle, Langa and Kamesh slowed.',
    ['Langa/GPE', 'Kamesh/GPE'],
    ['Langa/PERSON'],
    true,
    [['Kamesh', 'PERSON']],
  ],
  [
    'type.list-of-places',
    'He had roles in Hamlet, Macbeth and Lear. Shares in Zentrix, Quoll and Morvik fell after Zentrix said so.',
    [],
    ['Lear/GPE', 'Quoll/GPE'],
    false,
    [
      ['Lear', 'PERSON'],
      ['Quoll', 'ORG'],
    ],
  ],
  // `In` opening a sentence is a preposition of place too.
  [
    'type.place-after-preposition',
    'In Walmer, residents who had tanks coped.',
    ['Walmer/GPE'],
    ['Walmer/PERSON'],
    true,
    [['Walmer', 'PERSON']],
  ],
  // A recurring unknown word votes by its uses: a town after `in`, before `man`, in an address.
  [
    'type.town-by-vote',
    'A Lisnaskea man was fined. Ciaran Doyle, of Main Street, Lisnaskea, admitted it.',
    ['Lisnaskea/GPE'],
    ['Lisnaskea/ORG'],
    true,
    [['Lisnaskea', 'ORG']],
  ],
  // `In` opening a sentence votes too; `At` does not (`At Chime, you get...`).
  [
    'type.town-by-vote',
    'AMIZMIZ, Morocco - Rescuers dug. In Amizmiz, a market town, houses fell.',
    ['Amizmiz/GPE'],
    ['Amizmiz/ORG'],
    true,
    [['Amizmiz', 'ORG']],
  ],
  [
    'type.town-by-vote',
    'At Zentrix and Varo, you get more. Names like Zentrix grew.',
    [],
    ['Zentrix/GPE'],
    false,
    [['Zentrix', 'ORG']],
  ],
  // A letter signed with the writer's town, alone in its paragraph.
  [
    'type.signature-place',
    'Letters\n\nMy tyre did not think so.\n\nALAN BRIDGES, Northrepps\n\nTHANK YOU\n\nThey came.',
    ['Northrepps/GPE'],
    ['Northrepps/PERSON', 'Northrepps/ORG'],
    true,
    [['Northrepps', 'PERSON']],
  ],
  [
    'type.signature-place',
    'Team\n\nThe squad flew out on Monday.\n\nHarry Kane, Marcus, Phil, Declan',
    [],
    ['Phil/GPE', 'Declan/GPE'],
    false,
  ],
  [
    'type.town-by-vote',
    'In Zentrix, the mood was upbeat. Zentrix shares rose 4 per cent.',
    [],
    ['Zentrix/GPE'],
    false,
    [['Zentrix', 'ORG']],
  ],
  [
    'type.signature-place',
    'Letters\n\nALAN BRIDGES, Northrepps and others came to the meeting.',
    [],
    ['Northrepps/GPE'],
    false,
    [['Northrepps', 'PERSON']],
  ],
  // A trade after an adjective, and `to` after a verb of going, vote for a word used twice.
  [
    'type.town-by-vote',
    'Tributes were paid to a well-known Llanidloes butcher. She drove back to Llanidloes every Christmas.',
    ['Llanidloes/GPE'],
    ['Llanidloes/ORG'],
    true,
    [['Llanidloes', 'ORG']],
  ],
  [
    'type.town-by-vote',
    'The parts were sent back to Zentrix in May. Zentrix said the order was late.',
    [],
    ['Zentrix/GPE'],
    false,
    [['Zentrix', 'ORG']],
  ],
  // Companies after `from` a noun that is no person's, or opening a sentence before a verb, are no towns.
  [
    'type.town-by-vote',
    'A report from Kantar showed sales fell. Kantar figures rose. Engineers from Arup came. Arup won the contract. Patients at Addenbrooke waited. Addenbrooke was declared in crisis.',
    [],
    ['Kantar/GPE', 'Arup/GPE', 'Addenbrooke/GPE'],
    false,
    [
      ['Kantar', 'ORG'],
      ['Arup', 'ORG'],
      ['Addenbrooke', 'ORG'],
    ],
  ],
  // `the Kirkstall meeting`: `the` before the name and a lower-case word is no vote against; nor does a
  // person's name opening with the word make it a person again (coreference keeps the vote).
  [
    'type.town-by-vote',
    'Homes were approved in Kirkstall on Monday. A member at the Kirkstall meeting objected. Pupils of Kirkstall St Stephen spoke.',
    ['Kirkstall/GPE'],
    ['Kirkstall/PERSON', 'Kirkstall/ORG'],
    true,
    [
      ['Kirkstall', 'ORG'],
      ['Kirkstall St Stephen', 'PERSON'],
    ],
  ],
  // Several words a given name made a person's: a strong vote and two uses (`Val Caron resident`).
  [
    'type.town-by-vote',
    'A cyclist was hurt in Val Caron. Val Caron resident Gilles Ouellette called police. Val Morin spoke.',
    ['Val Caron/GPE'],
    ['Val Caron/PERSON', 'Val Morin/GPE'],
    true,
  ],
  // Not a given name that speaks (`Howard said`), a person sharing the council's name.
  [
    'type.council-place',
    'Howard County Council approved the bill. Howard said he would veto it.',
    ['Howard/PERSON'],
    ['Howard/GPE'],
    false,
  ],
  // ... and speaking, it is the council, still a place.
  [
    'type.council-place',
    'Msunduzi Municipality said a pipe burst. Msunduzi said repairs would take a week.',
    ['Msunduzi/GPE'],
    ['Msunduzi/PERSON'],
    true,
  ],
  // A council's place overrides a given name's reading (`Ellen Brook Town Council`).
  [
    'type.council-place',
    'Bins overflow in Ellen Brook suburbs, Ellen Brook Town Council said.',
    ['Ellen Brook/GPE'],
    ['Ellen Brook/PERSON'],
    true,
  ],
  // Not a word after `the`, one that speaks, nor a surname of a full name.
  [
    'type.town-by-vote',
    'Pilgrims died in Hajj crowds. Stampedes marked the Hajj. Workers in Zentrix plants struck. Zentrix said so. Ann Keown spoke in Keown Park; Keown agreed.',
    [],
    ['Hajj/GPE', 'Zentrix/GPE', 'Keown/GPE'],
    false,
    [
      ['Hajj', 'ORG'],
      ['Zentrix', 'ORG'],
    ],
  ],
  // A language's name no dictionary knows is the language, not before another noun.
  [
    'type.language',
    'The novel was published in Malay. Clerks switch between Malay, Hokkien and English. A Cebuano-speaking nurse helped.',
    ['Malay/OTHER', 'Hokkien/OTHER', 'Cebuano/OTHER'],
    ['Malay/ORG', 'Hokkien/ORG', 'Cebuano/GPE'],
    true,
    [
      ['Hokkien', 'ORG'],
      ['Cebuano', 'GPE'],
    ],
  ],
  [
    'type.language',
    'Patients came from across the Acholi sub-region. Envoy Luo Zhaohui arrived; Mr Luo met officials. Shona said she would run.',
    [],
    ['Acholi/OTHER', 'Shona/OTHER'],
    false,
  ],
  // `Greater` before one unknown word is a place, whatever given name the word is.
  [
    'type.greater-place',
    'The Greater Hunter, the Illawarra and the Shoalhaven were on alert.',
    ['Greater Hunter/GPE'],
    ['Greater Hunter/PERSON'],
    true,
  ],
  // No speaker after a noun and `of` or `for`: the noun speaks.
  [
    'type.speaker',
    'Residents of Kotara said the roads flooded. A spokesman for Ardent said no. Then Vardoux said yes.',
    ['Vardoux/PERSON'],
    ['Kotara/PERSON', 'Ardent/PERSON'],
    true,
  ],
  [
    'type.county-abbreviation',
    'Floods hit Co. Cork and Co Kerry on Monday, police across Co Limerick said.',
    ['Co. Cork/GPE', 'Co Kerry/GPE', 'Co Limerick/GPE'],
    ['Co Kerry/PERSON'],
    true,
  ],
  ['type.county-abbreviation', 'Hassan & Co reported gains.', [], ['Hassan & Co/GPE'], false],
  [
    'type.head-first',
    'Bars on Jalan Tun Sambanthan closed. Residents of Barangay Tatalon fled. Restoran Sri Devi shut.',
    ['Jalan Tun Sambanthan/LOC', 'Barangay Tatalon/GPE', 'Restoran Sri Devi/ORG'],
    ['Jalan Tun Sambanthan/PERSON'],
    true,
  ],
  [
    'type.apposition-place',
    'The gunman came from Faridkot, a village in Punjab province.',
    ['Faridkot/GPE'],
    ['Faridkot/PERSON'],
    true,
  ],
  ['type.apposition-place', 'Tom Hale, a local teacher, said it rained.', ['Tom Hale/PERSON'], [], false],
  [
    'type.org-noun-before',
    'The two companies Volmark and Tessin merged last year.',
    ['Volmark/ORG'],
    ['Volmark/PERSON'],
    true,
  ],
  ['type.org-noun-before', 'The virus is distinct from HIV-1 groups M, N and O.', [], ['M/ORG'], false],
  [
    'type.org-noun-before',
    'The music was from such bands as The Quiet Owls and Larkspur.',
    ['Quiet Owls/ORG'],
    [],
    true,
  ],
  ['type.org-noun-before', 'Guests came from such towns as Pellworm.', [], ['Pellworm/ORG'], false],
  ['type.org-noun-before', 'The team including Okonkwo Eze won the cup.', [], ['Okonkwo Eze/ORG'], false],
  ['type.org-noun-before', 'Guests came from companies such as Velmora.', ['Velmora/ORG'], [], true],
  [
    'name.model-number',
    "Xiaomi priced its car below Tesla's Model 3, the Zentro 7 and the Series 3.",
    ['Model 3/OTHER', 'Zentro 7/OTHER', 'Series 3/OTHER'],
    ['Model/ORG', 'Series/ORG'],
    true,
  ],
  [
    'name.model-number',
    'Channel 4 News said that Leicester 2 Bath 1 was the score.',
    [],
    ['Leicester 2/OTHER'],
    false,
  ],
  [
    'type.vehicle-named-for-person',
    'The aircraft carrier Ronald Reagan sailed. The ship Mary Rose sank.',
    ['Ronald Reagan/OTHER', 'Mary Rose/OTHER'],
    ['Ronald Reagan/PERSON'],
    true,
  ],
  [
    'type.vehicle-named-for-person',
    'On the ferry Boris Johnson met voters.',
    ['Boris Johnson/PERSON'],
    ['Boris Johnson/OTHER'],
    false,
  ],
  [
    'type.vehicle-named-for-person',
    'President Ronald Reagan sailed on the carrier.',
    ['Ronald Reagan/PERSON'],
    [],
    false,
  ],
  // a noun written with a hyphen, and capitalised opening its sentence
  [
    'type.org-noun-before',
    'French AI start-up Velquist raised 600 million euros.',
    ['Velquist/ORG'],
    [],
    true,
  ],
  [
    'type.org-noun-before',
    'Start-ups such as Norvane and Pellmoor are losing money.',
    ['Norvane/ORG'],
    [],
    true,
  ],
  ['type.org-noun-before', 'The hedge fund Brackwell sold its stake.', ['Brackwell/ORG'], [], true],
  // a kind of company before a name shaped like a person's
  [
    'type.org-noun-before',
    'Shares of Brazilian retailer Magazine Lupita jumped, and Canadian miner First Quillion Minerals fell.',
    ['Magazine Lupita/ORG', 'First Quillion Minerals/ORG'],
    ['Magazine Lupita/PERSON'],
    true,
  ],
  ['type.org-noun-before', 'The group Velma Ostrow founded grew.', [], ['Velma Ostrow/ORG'], false],
  [
    'type.state-university',
    'Odom, a former Kansas State linebacker, coached Ohio State. He moved to New York State.',
    ['Kansas State/ORG', 'Ohio State/ORG', 'New York State/GPE'],
    ['Kansas/GPE'],
    true,
  ],
  ['type.state-university', 'Floods hit towns across Washington State.', [], ['Washington State/ORG'], false],
  [
    'type.competition-league',
    'They won the Champions League and the Europa Conference League, and lead the Premier League.',
    ['Champions League/OTHER', 'Europa Conference League/OTHER', 'Premier League/ORG'],
    ['Champions League/ORG'],
    true,
  ],
  ['type.competition-league', 'The Arab League met in Cairo.', ['Arab League/ORG'], [], false],
  [
    'type.head-first',
    'Grupo Sura and Grupo Argos swapped stakes; evacuees went to Kuala Krai and Tanah Merah.',
    ['Grupo Sura/ORG', 'Grupo Argos/ORG', 'Kuala Krai/GPE', 'Tanah Merah/GPE'],
    ['Grupo Sura/PERSON'],
    true,
  ],
  ['type.place-after-in', 'The Heat lost in Game 5 of the series.', [], ['Game/GPE'], false],
  [
    'type.brand-name',
    'Tirzepatide, sold as Mounjaro and Zepbound, gained. Samples of the cough syrup Coldrif were tested; Coldrif was banned.',
    ['Mounjaro/OTHER', 'Zepbound/OTHER', 'Coldrif/OTHER'],
    ['Mounjaro/PERSON', 'Zepbound/GPE', 'Coldrif/PERSON', 'Coldrif/ORG'],
    true,
  ],
  [
    'type.brand-name',
    'The drug was developed by Pfizer and sold by Roche.',
    ['Pfizer/ORG', 'Roche/ORG'],
    [],
    false,
  ],
  [
    'type.brand-name',
    'Prosecutors said Harrell shot Amari Thompson, a junior.',
    [],
    ['Amari Thompson/OTHER'],
    false,
  ],
  [
    'type.name-head',
    'It was the second Super Bowl to go to overtime.',
    ['Super Bowl/OTHER'],
    ['Super Bowl/GPE', 'Super Bowl/ORG'],
    true,
  ],
  [
    'type.facility-noun-after',
    'Blockades cut supplies to the Las Bambas copper mine, and ships called at the Cairnryan port.',
    ['Las Bambas/LOC', 'Cairnryan/LOC'],
    ['Las Bambas/PERSON'],
    true,
  ],
  [
    'type.place-noun-after',
    'Fires spread across the Amazon basin and the Mekong delta.',
    ['Amazon/LOC'],
    ['Amazon/ORG'],
    true,
  ],
  [
    'type.org-noun-before',
    'Shares of the hedge fund Elliott Marwood, which sued, rose.',
    ['Elliott Marwood/ORG'],
    ['Elliott Marwood/PERSON'],
    true,
  ],
  [
    'type.org-noun-before',
    'The firm Tom Hale founded grew fast.',
    ['Tom Hale/PERSON'],
    ['Tom Hale/ORG'],
    false,
  ],
  [
    'type.org-noun-before',
    'The hedge fund manager Tom Hale sold.',
    ['Tom Hale/PERSON'],
    ['Tom Hale/ORG'],
    false,
  ],
  ['type.company-context', 'Shares of ten listed Zarvani companies fell.', ['Zarvani/ORG'], [], true],
  // a company's cue keeps the name from the surname of a person named in full
  [
    'type.company-context',
    'Gautam Zarvani said the sale was off. Shares of ten listed Zarvani companies fell.',
    ['Gautam Zarvani/PERSON', 'Zarvani/ORG'],
    ['Zarvani/PERSON'],
    true,
  ],
  [
    'type.place+compass',
    'Voters in Lantau Islands West backed her.',
    ['Lantau Islands West/GPE'],
    ['Lantau Islands West/PERSON'],
    true,
  ],
  ['type.place+compass', 'The East-West talks went on.', [], ['East-West/GPE'], false],
  ['name.place+compass', 'She won in Kowloon West on Sunday.', ['Kowloon West/GPE'], ['West/PERSON'], true],
  ['name.place+compass', 'She flew to Germany West of here.', [], ['Germany West/GPE'], false],
  ['name.place+compass', 'Kanye West released an album.', [], ['Kanye West/GPE', 'Kanye/GPE'], false],
  ['name.place+compass', 'Leeds North voted for him.', ['Leeds North/GPE'], [], true],
  [
    'type.place+compass',
    'Cornel West, a professor, spoke at length.',
    ['Cornel West/PERSON'],
    ['Cornel West/GPE'],
    false,
  ],
  ['type.place+compass', 'Kanye West released an album.', [], ['Kanye West/GPE'], false],
  [
    'type.work-noun-before',
    'He is famous for his role in the 1971 film Silent Rider.',
    ['Silent Rider/OTHER'],
    ['Silent Rider/PERSON'],
    true,
    [['Silent Rider', 'PERSON']],
  ],
  ['type.work-noun-before', 'He is famous for his role in the Quiet Harbour case.', [], [], false],
  ['type.work-noun-before', 'The film Spielberg directed won an award.', [], [], false],
  [
    'name.opener+org-head',
    'Image: Home Affairs Department.',
    ['Home Affairs Department/ORG'],
    ['Affairs Department/ORG'],
    true,
  ],
  ['name.opener+org-head', 'Earlier Congress passed the bill.', [], ['Earlier Congress/ORG'], false],
  ['name.opener+org-head', 'Later Police arrested two men.', [], ['Later Police/ORG'], false],
  [
    'name.opener+org-head',
    'A Westminster City Council spokesman said no.',
    [],
    ['A Westminster City Council/ORG'],
    false,
  ],
  [
    'name.demonym+org',
    'Volunteers of the Belgian Red Cross handed out food.',
    ['Belgian Red Cross/ORG'],
    ['Red Cross/ORG'],
    true,
  ],
  ['name.demonym+org', 'A Belgian official met the Red Cross.', ['Red Cross/ORG'], [], false],
  // A digit between two capitalised words continues a name; not in a score.
  ['name.digit-inside', 'Deputies of Movimento 5 Stelle voted no.', ['Movimento 5 Stelle/ORG'], [], true],
  [
    'name.digit-inside',
    'Leicester 2 Bath 1 was the score.',
    ['Leicester/GPE'],
    ['Leicester 2 Bath/OTHER'],
    false,
  ],
  [
    'name.digit-inside',
    'In Region 4 Rebels attacked the town.',
    [],
    ['Region 4 Rebels/OTHER', 'Region 4 Rebels/ORG'],
    false,
  ],
  [
    'name.split-dictionary-part',
    'The paper belongs to Carlo Rinaldi of Italy, its owner.',
    ['Carlo Rinaldi/PERSON', 'Italy/GPE'],
    [],
    true,
  ],
  [
    'name.split-dictionary-part',
    'The paper belongs to Carlo Rinaldi of Velmora.',
    ['Carlo Rinaldi/PERSON'],
    [],
    false,
  ],
  ['name.function-word-surname', 'Voters backed James To and his party.', ['James To/PERSON'], [], true],
  [
    'name.function-word-surname',
    'Prince Harry To Visit Kenya',
    [],
    ['Harry To Visit Kenya/PERSON', 'Harry To/PERSON'],
    false,
  ],
  [
    'name.function-word-surname',
    'Voters backed Wong To and his party.',
    [],
    ['Wong To/PERSON', 'Wong To/OTHER'],
    false,
  ],
  ['type.not-actor', 'Pilgrims found the Internet slow. The Internet was down.', [], ['Internet/ORG'], true],
  ['type.not-actor', 'Users of Internet Explorer complain.', [], [], false],
  // A phrase of the list too, though its second word is a given name.
  [
    'type.not-actor',
    'A strong El Niño is forecast. La Nina follows.',
    ['El Niño/OTHER', 'La Nina/OTHER'],
    ['El Niño/PERSON'],
    true,
  ],
  // name.and-in-org: after a name head and `for`/`of`, `and` and capitalised words continue the name.
  [
    'name.and-in-org',
    'Samples went to the Regional Center for Plant and Soil Studies in Lyon.',
    ['Regional Center for Plant and Soil Studies/ORG', 'Lyon/GPE'],
    ['Soil Studies/OTHER', 'Regional Center for Plant/ORG'],
    true,
  ],
  [
    'name.and-in-org',
    'Talks between the Ministry of Health and Kenya ended.',
    ['Ministry of Health/ORG', 'Kenya/GPE'],
    ['Ministry of Health and Kenya/ORG'],
    false,
  ],
  ['name.and-in-org', 'Talks between the EU and Libya ended.', ['Libya/GPE'], ['EU and Libya/OTHER'], false],
  [
    'name.and-in-org',
    'The Department of Justice and Apple reached a settlement.',
    ['Department of Justice/ORG'],
    ['Department of Justice and Apple/ORG'],
    false,
  ],
  [
    'name.and-in-org',
    'The Institute of Physics and Siemens agreed a deal.',
    ['Institute of Physics/ORG'],
    ['Institute of Physics and Siemens/ORG'],
    false,
  ],
  [
    'name.and-in-org',
    'Department of Homeland Security and Immigration officials met.',
    ['Department of Homeland Security/ORG'],
    ['Department of Homeland Security and Immigration/ORG'],
    false,
  ],
  [
    'name.and-in-org',
    'The Centers for Soil Control and Prevention issued a warning.',
    ['Centers for Soil Control and Prevention/ORG'],
    [],
    true,
  ],
  [
    'name.and-in-org',
    'The National Institute of Allergy and Infectious Diseases funded it.',
    ['National Institute of Allergy and Infectious Diseases/ORG'],
    [],
    true,
  ],
  [
    'name.and-in-org',
    'The Ministry of Health and Welfare said so.',
    ['Ministry of Health and Welfare/ORG'],
    [],
    true,
  ],
  [
    'name.and-in-org',
    'The Department of Foreign Affairs and Trade said so.',
    ['Department of Foreign Affairs and Trade/ORG'],
    [],
    true,
  ],
  // name.compass+region, name.region+region: a compass word and a region, two regions, one region.
  [
    'name.compass+region',
    'Aid to West Africa and the Eastern Mediterranean rose.',
    ['West Africa/LOC', 'Eastern Mediterranean/LOC'],
    ['Africa/LOC', 'Mediterranean/LOC', 'Eastern/ORG'],
    true,
  ],
  ['name.compass+region', 'Aid to Africa rose, West said.', ['Africa/LOC'], ['West Africa/LOC'], false],
  [
    'name.region+region',
    'Other Asia-Pacific nations met in the Asia Pacific region.',
    ['Asia-Pacific/LOC', 'Asia Pacific/LOC'],
    ['Asia/LOC', 'Pacific/LOC'],
    true,
  ],
  ['name.region+region', 'Asia and the Pacific met.', ['Asia/LOC', 'Pacific/LOC'], [], false],
  // A capitalised connector opening a dictionary name of several words starts it (`Da Nang`).
  ['name.dictionary', 'They cleaned up the Da Nang airport.', ['Da Nang/GPE'], ['Nang/OTHER'], true],
  // type.place-after-in: one unknown word after `in`/`near`, no given name, named at most twice.
  [
    'type.place-after-in',
    'Ana Ruiz, a city official in Varnakoff, told reporters.',
    ['Varnakoff/GPE'],
    ['Varnakoff/PERSON'],
    true,
  ],
  [
    'type.place-after-in',
    'He read it in Dianetics jargon. Dianetics staff met. Dianetics grew.',
    [],
    ['Dianetics/GPE'],
    false,
  ],
  ['type.place-after-in', 'The voters put their trust in Tyler.', [], ['Tyler/GPE'], false],
  // Not after a word whose `in` names no place (lexicon in-not-place): shares, faith, starred.
  ['type.place-after-in', 'She holds shares in Varnakoff.', [], [], false],
  ['type.place-after-in', 'He starred in Varnakoff twice.', [], [], false],
  // type.place-comma-country: a name, a comma and a country closing the phrase.
  [
    'type.place-comma-country',
    'Cases came from Attapeu, Laos; and Varnakoff, Kenya.',
    ['Attapeu/GPE', 'Varnakoff/GPE', 'Laos/GPE'],
    [],
    true,
  ],
  ['type.place-comma-country', "Ana Ruiz, Spain's envoy, spoke.", ['Ana Ruiz/PERSON'], [], false],
  // type.place-noun-after with `area`.
  ['type.place-noun-after', 'Rustlers stormed a village in the Varnakoff area.', ['Varnakoff/GPE'], [], true],
  [
    'type.place-noun-after',
    'Families in the Putnam and Zoldan neighborhoods struggled.',
    ['Putnam/GPE', 'Zoldan/GPE'],
    ['Putnam/PERSON'],
    true,
  ],
  ['type.place-noun-after', 'He grew up in a historically Black neighborhood.', [], ['Black/GPE'], false],
  // name.possessive-place: `'s` inside a place's name before a place word.
  [
    'name.possessive-place',
    "Crowds gathered in St. Peter's Square on Sunday.",
    ["St. Peter's Square/LOC"],
    [],
    true,
  ],
  [
    'name.possessive-place',
    "Iran's Parliament voted on Sunday.",
    ['Iran/GPE'],
    ["Iran's Parliament/ORG"],
    false,
  ],
  // A byline's name alone on its line; the paper's name on the next line is another name.
  [
    'type.byline',
    'Milei wins\n\nBy Facundo Iglesias\nBuenos Aires Times\n\nJavier Milei won the run-off on Sunday.',
    ['Facundo Iglesias/PERSON', 'Buenos Aires Times/ORG'],
    ['Facundo Iglesias Buenos Aires Times/ORG', 'Facundo Iglesias/OTHER'],
    true,
  ],
  [
    'type.byline',
    'By Grand Central Station, the crowd waited for Javier Milei.',
    [],
    ['Grand Central Station/PERSON'],
    false,
  ],
  // The platform once called Twitter, after `on` with a verb of writing or a post's noun before.
  [
    'type.platform-x',
    'Rao said on X that he was not sad. Modi wrote in a post on X: "Champions!"',
    ['X/ORG'],
    ['X/OTHER', 'X/PERSON'],
    true,
  ],
  ['type.platform-x', 'The treasure was marked on X Street.', [], ['X/ORG'], false],
  // At a sentence's end the full stop stays outside the platform's name.
  [
    'type.platform-x',
    'Sharma wrote on X. The bank had acted earlier.',
    ['X/ORG'],
    ['X./ORG', 'X./OTHER'],
    true,
  ],
  [
    'type.platform-x',
    'Officials said the attack on X, a village near the border, killed two.',
    [],
    ['X/ORG'],
    false,
  ],
  // A way's two ends joined by a hyphen: cut out of one name, or a guessed end retyped.
  [
    'type.way-ends',
    'The jeepney, plying the Guadalupe-Colon route, crashed. The Cebu-Mandaue road flooded.',
    ['Guadalupe/GPE', 'Colon/GPE', 'Mandaue/GPE'],
    ['Guadalupe-Colon/PERSON'],
    true,
  ],
  // Not a town named with a hyphen.
  [
    'type.way-ends',
    'Traffic on the Winston-Salem road was heavy.',
    ['Winston-Salem/GPE'],
    ['Winston/GPE'],
    false,
  ],
  // Not a person's double surname, nor without a way's noun.
  [
    'type.way-ends',
    'Mary Anderson-Smith said the Guadalupe-Colon plan failed.',
    ['Mary Anderson-Smith/PERSON'],
    ['Colon/GPE'],
    false,
  ],
  // type.place-noun-of in the plural.
  [
    'type.place-noun-of',
    'They came from the states of Vorarlberg and Burgenland.',
    ['Vorarlberg/GPE'],
    [],
    true,
  ],
  // A port, a resort, a suburb: also over a given name.
  [
    'type.place-noun-of',
    'At the Black Sea port of Constanta, officials waited. The suburb of Kotara flooded.',
    ['Constanta/GPE', 'Kotara/GPE'],
    ['Constanta/PERSON'],
    true,
  ],
  // A demonym spelt like a country's name, used as a noun, is the country; before a noun an adjective.
  ['name.dictionary', 'The Vatican is also being quiet.', ['Vatican/GPE'], ['The Vatican/NORP'], true],
  ['name.dictionary', 'Saudi officials met in Mecca.', ['Mecca/GPE'], ['Saudi/GPE'], true],
  [
    'type.name-head',
    'They will clean up the Da Nang International Airport soon.',
    ['Da Nang International Airport/LOC'],
    [],
    true,
  ],
  // role.title+portfolio: a minister's title, `for`/`of` and a portfolio are one role, not names.
  [
    'role.title+portfolio',
    'Minister for Health Tony Abbott said it.',
    ['Tony Abbott/PERSON'],
    ['Health/PERSON', 'Minister for Health Tony Abbott/PERSON'],
    true,
  ],
  [
    'role.title+portfolio',
    'Jane Doe, the Federal Minister for Agriculture, said it.',
    ['Jane Doe/PERSON'],
    ['Federal Minister for Agriculture/OTHER', 'Federal Minister for Agriculture/ORG', 'Agriculture/PERSON'],
    false,
  ],
  // A title after `and` opens a second person's role: the run is cut before `and`.
  [
    'role.title+portfolio',
    'Minister for Health Simon Harris and Minister for Finance Paschal Donohoe met.',
    ['Simon Harris/PERSON', 'Paschal Donohoe/PERSON'],
    ['Minister for Finance Paschal Donohoe/PERSON'],
    true,
  ],
  [
    'role.portfolio+title',
    'Health Minister Simon Harris and Finance Minister Paschal Donohoe met.',
    ['Simon Harris/PERSON', 'Paschal Donohoe/PERSON'],
    ['Simon Harris and Finance Minister Paschal Donohoe/PERSON'],
    true,
  ],
  [
    'role.portfolio+title',
    'Trade and Industry Secretary Patricia Hewitt spoke.',
    ['Patricia Hewitt/PERSON'],
    ['Industry Secretary Patricia Hewitt/PERSON'],
    true,
  ],
  [
    'role.title+portfolio',
    'The Institute for Health Metrics in Seattle said it.',
    ['Seattle/GPE'],
    [],
    false,
  ],
  [
    'type.vehicle-name',
    'Space Shuttle Meridian landed. Later Meridian was towed away.',
    ['Space Shuttle Meridian/OTHER'],
    ['Meridian/PERSON', 'Space Shuttle Meridian/PERSON'],
    true,
    [['Meridian', 'PERSON']],
  ],
  ['type.vehicle-name', 'The Space Agency of Meridia hired staff.', [], [], false],
  ['type.vehicle-name', 'Tanker Trackers said the ships left port.', [], ['Tanker Trackers/OTHER'], false],
  ['type.vehicle-noun-before', 'Scientologists sailed on the ship Fairwind.', ['Fairwind/OTHER'], [], true],
  ['type.vehicle-noun-before', 'Scientologists sailed with the band Fairwind.', ['Fairwind/ORG'], [], false],
  // Rules run on the tagger's output (the stub tagger gives the wrong types they correct).
  [
    'type.org-after-person-of',
    'The drummer Ian Marsh of the Velvet Lemons joined later.',
    ['Velvet Lemons/ORG'],
    ['Velvet Lemons/PERSON'],
    true,
    [['Velvet Lemons', 'PERSON']],
  ],
  [
    'type.org-after-person-of',
    'The winner was Ian Marsh of Gorsey, a small town.',
    [],
    ['Gorsey/ORG'],
    false,
    [['Gorsey', 'GPE']],
  ],
  // An apposition headed by an organisation's kind noun, also on a name only the tagger found.
  [
    'type.apposition-org',
    'Velotra, a fintech startup, raised $20 million. Sales at Brimley, a British retailer, fell.',
    ['Velotra/ORG', 'Brimley/ORG'],
    ['Velotra/GPE'],
    true,
    [['Velotra', 'GPE']],
  ],
  // An apposition headed by a product's kind noun, after an article or an owner's possessive; the
  // name keeps that type wherever it stands alone, and joins no person's name that opens with it.
  [
    'type.apposition-product',
    "Stadia, Google's streaming gaming platform, launched.\n\nWhat Does Stadia Offer?\n\nStadia is fast. Users of Velora, a smartphone app, complain.",
    ['Stadia/OTHER', 'Velora/OTHER'],
    ['Stadia/PERSON', 'Stadia/ORG', 'Velora/PERSON'],
    true,
    [['Stadia Offer', 'PERSON']],
  ],
  [
    'type.apposition-product',
    "Tim Drake, Apple's chief executive, spoke. Mark Zorn, a leading analyst, said so. Lena Vos, Trump's niece, came. Users of Zentrix, a company making phones for cars, and Okonkwo, the assembly speaker, agreed.",
    ['Tim Drake/PERSON', 'Mark Zorn/PERSON', 'Lena Vos/PERSON', 'Zentrix/ORG', 'Okonkwo/PERSON'],
    ['Zentrix/OTHER', 'Okonkwo/OTHER'],
    false,
  ],
  // A town of the dictionaries that an apposition calls a company is one.
  [
    'type.apposition-over-town',
    'Meridian, a shipping company, grew. Users of Corwin, a watch brand, left.',
    ['Meridian/ORG', 'Corwin/ORG'],
    ['Meridian/GPE', 'Corwin/GPE'],
    true,
    [['Corwin', 'GPE']],
  ],
  ['type.apposition-over-town', 'Floods hit Reading, a town in Berkshire.', ['Reading/GPE'], [], false],
  // A vehicle's or an instrument's word ending a longer name.
  [
    'type.vehicle-name',
    'The James Webb Space Telescope saw it.',
    ['James Webb Space Telescope/OTHER'],
    ['James Webb Space Telescope/PERSON'],
    true,
  ],
  // type.person-verb: a verb only persons take.
  [
    'type.person-verb',
    'On Monday Kylian Mbappe died. Then Tavish Rice married.',
    ['Kylian Mbappe/PERSON', 'Tavish Rice/PERSON'],
    ['Kylian Mbappe/ORG', 'Tavish Rice/ORG'],
    true,
    [
      ['Kylian Mbappe', 'ORG'],
      ['Tavish Rice', 'ORG'],
    ],
  ],
  [
    'type.person-verb',
    'Kelvex Group sold its stake on Monday. Operation Barkhane died down in 2022. Project Veritas testified.',
    [],
    ['Kelvex Group/PERSON', 'Operation Barkhane/PERSON', 'Project Veritas/PERSON'],
    false,
  ],
  // type.source-credit: the source of a text or a picture.
  [
    'type.source-credit',
    'Main image credit: Kelvex\n\nThis article was originally published by Futurism. Photo courtesy of Zentrix. Copyright Morvik.',
    ['Kelvex/ORG', 'Futurism/ORG', 'Zentrix/ORG', 'Morvik/ORG'],
    ['Copyright Morvik/OTHER'],
    true,
  ],
  [
    'type.source-credit',
    'Photo: Evan Vucci. Source: Jane Marlow.',
    ['Evan Vucci/PERSON', 'Jane Marlow/PERSON'],
    [],
    false,
  ],
  // type.org-noun-after: a paper's or broadcaster's kind noun right after the name.
  [
    'type.org-noun-after',
    'The claim was reported by the Independent newspaper, and the Guardian newspaper said so.',
    ['Independent/ORG', 'Guardian/ORG'],
    ['Independent/OTHER'],
    true,
  ],
  // type.given-name+surname-head needs a person's cue after the name.
  [
    'type.given-name+surname-head',
    'Stanley Park was closed. John Hall said it was fine, and Emma Chapel, a pastor, agreed.',
    ['Stanley Park/LOC', 'John Hall/PERSON', 'Emma Chapel/PERSON'],
    ['Stanley Park/PERSON'],
    true,
  ],
  // An apposition that is a person's role or a source names no organisation.
  [
    'type.apposition-org: negative',
    "Quinn Arlow, the bank's chairman, resigned. Harlan Voss, the union said, was fired.",
    [],
    ['Quinn Arlow/ORG', 'Harlan Voss/ORG'],
    false,
  ],
  // type.family-plural: the plural of a surname named in full is the family.
  [
    'type.family-plural',
    'Joe Biden spoke. Investigations into the Bidens continued, and the Obamas moved after Barack Obama left.',
    ['Bidens/PERSON', 'Obamas/PERSON'],
    ['Bidens/OTHER'],
    true,
  ],
  [
    'type.family-plural: teams and places',
    'James Brown sang. On Sunday the Browns beat the Steelers. Mark Wood ruled, and residents of the Woods area complained.',
    [],
    ['Browns/PERSON', 'Woods/PERSON'],
    false,
  ],
  // type.company-context: words of the market and the boardroom around a name.
  [
    'type.company-context',
    "Shares of Zentrix fell 5%, and Qorvana CEO Jane Doe quit as Klarvo's chief executive resigned.",
    ['Zentrix/ORG', 'Qorvana/ORG', 'Klarvo/ORG', 'Jane Doe/PERSON'],
    [],
    true,
  ],
  [
    'type.company-context: verbs, sport and sentence starts',
    'Hamid Zelensky shares a video. Arsenal acquired Kai Havertz. Energy shares rose as Group CEO Tim Davie spoke.',
    [],
    ['Hamid Zelensky/ORG', 'Kai Havertz/ORG', 'Energy/ORG', 'Group/ORG'],
    false,
  ],
  [
    'type.company-context: negative',
    "Janet Holm's shares rose. The acquisition of L2 grammar is slow.",
    ['Janet Holm/PERSON'],
    ['Janet Holm/ORG', 'L2/ORG'],
    false,
  ],
  // type.model-number, type.product-shape: a guessed person shaped like a product is untyped.
  [
    'type.model-number',
    'It costs less than a Zorbit Watch Series 5. The Series 3 has a heart monitor.',
    ['Zorbit Watch Series/OTHER'],
    ['Zorbit Watch Series/PERSON', 'Series/PERSON'],
    true,
    [['Zorbit Watch Series', 'PERSON']],
  ],
  [
    'type.model-number',
    'Buyers of the Premiere Edition get a pad. The Edition ships soon, said Vera Series and Zamazenta Edition fans.',
    ['Premiere Edition/OTHER', 'Zamazenta Edition/OTHER', 'Vera Series/PERSON'],
    ['Premiere Edition/PERSON', 'Edition/PERSON', 'Zamazenta Edition/ORG'],
    true,
    [
      ['Premiere Edition', 'PERSON'],
      ['Zamazenta Edition', 'ORG'],
      ['Vera Series', 'PERSON'],
    ],
  ],
  // A product's name and its model words are one product.
  [
    'name.product',
    'The new MacBook Pro and Xbox Live launched.',
    ['MacBook Pro/OTHER', 'Xbox Live/OTHER'],
    ['MacBook Pro/PERSON', 'Xbox Live/ORG'],
    true,
    [
      ['MacBook Pro', 'PERSON'],
      ['Xbox Live', 'ORG'],
    ],
  ],
  [
    'type.product-shape',
    'Prices of DualShock controllers dropped, and Ron DeSantis spoke with LeBron James.',
    ['DualShock/OTHER', 'Ron DeSantis/PERSON'],
    ['DualShock/PERSON'],
    true,
    [
      ['DualShock', 'PERSON'],
      ['Ron DeSantis', 'PERSON'],
    ],
  ],
  [
    'type.product-shape-speaks',
    'WeatherLink said more rain would fall. DeSantis said the state would help.',
    ['WeatherLink/ORG', 'DeSantis/PERSON'],
    ['WeatherLink/PERSON'],
    true,
  ],
  // A number after a person's name that is no model word, a given name written with a capital inside.
  [
    'type.model-number: persons',
    'Rishabh Pant 45 steered India home, and TreVeyon Henderson ran for 150 yards.',
    ['Rishabh Pant/PERSON', 'TreVeyon Henderson/PERSON'],
    [],
    false,
    [
      ['Rishabh Pant', 'PERSON'],
      ['TreVeyon Henderson', 'PERSON'],
    ],
  ],
  // A year after a name is a citation's, and a given name keeps the person.
  [
    'type.model-number: negative',
    'The proposals of Gass 1997 were cited by fellow YouTuber Julien Solomita.',
    ['Gass/PERSON', 'YouTuber Julien Solomita/PERSON'],
    [],
    false,
    [
      ['Gass', 'PERSON'],
      ['YouTuber Julien Solomita', 'PERSON'],
    ],
  ],
  [
    'type.list-agreement',
    'Stands of Krontek, Microsoft, and Sony drew crowds.',
    ['Krontek/ORG'],
    ['Krontek/PERSON'],
    true,
    [['Krontek', 'PERSON']],
  ],
  // A lone word typed a person only as a given name follows the list; nor does it decide one.
  [
    'type.list-agreement',
    'Shares of Krontek, Microsoft, Verna and Dena rose.',
    ['Verna/ORG', 'Dena/ORG'],
    ['Verna/PERSON', 'Dena/PERSON'],
    true,
    [['Dena', 'PERSON']],
  ],
  [
    'type.list-agreement',
    'Investors sold Zeltan, Morvik, Verna and Quoll on Monday.',
    [],
    ['Zeltan/PERSON', 'Morvik/PERSON'],
    false,
    [
      ['Zeltan', 'ORG'],
      ['Morvik', 'GPE'],
      ['Quoll', 'ORG'],
    ],
  ],
  [
    'type.list-agreement',
    'Fans met Zeltan, Morvik and Quoll at the stand.',
    [],
    [],
    false,
    [
      ['Zeltan', 'PERSON'],
      ['Morvik', 'GPE'],
      ['Quoll', 'PERSON'],
    ],
  ],
  [
    'type.the-name-not-person',
    'The shuttle goes to the Kelvinian museum next year.',
    [],
    ['Kelvinian/PERSON'],
    true,
    [['Kelvinian', 'PERSON']],
  ],
  [
    'type.list-agreement',
    "Talks between Zeltan, Morvik and Quoll, Britain's envoys, failed.",
    ['Zeltan/PERSON', 'Quoll/PERSON'],
    ['Quoll/GPE'],
    false,
    [
      ['Zeltan', 'PERSON'],
      ['Morvik', 'PERSON'],
      ['Quoll', 'PERSON'],
    ],
  ],
  [
    'type.the-name-not-person',
    'Barack Obama spoke, and later she met the Obamas at home.',
    ['Obamas/PERSON'],
    ['Obamas/ORG'],
    false,
    [['Obamas', 'PERSON']],
  ],
  [
    'type.the-name-not-person',
    'The actor played the Trickster in the film.',
    ['Trickster/PERSON'],
    [],
    false,
    [['Trickster', 'PERSON']],
  ],
  [
    'type.misspelt-name',
    'Both teams went in unbeaten, and the Brazillian team won.',
    ['Brazillian/NORP'],
    ['Brazillian/PERSON'],
    true,
    [['Brazillian', 'PERSON']],
  ],
  [
    'type.misspelt-name',
    'Both teams went in unbeaten, and Russell won.',
    [],
    [],
    false,
    [['Russell', 'PERSON']],
  ],
  [
    'type.head-for',
    'He chairs the Nordic Centre for Coastal Erosion Studies in Bergen.',
    ['Nordic Centre for Coastal Erosion Studies/ORG'],
    ['Nordic Centre for Coastal Erosion Studies/LOC'],
    true,
  ],
  ['type.head-for', 'He works at the Museum of Coastal Erosion in Bergen.', [], [], false],
  [
    'type.org-head-before-place-head',
    'The Dalton Independent School District closed its schools.',
    ['Dalton Independent School District/ORG'],
    ['Dalton Independent School District/GPE'],
    true,
  ],
  ['type.org-head-before-place-head', 'Rain fell on the Tarnby District again.', [], [], false],
  [
    'type.character-role',
    'He was the voice of Batman in the cartoon, and she played the Riddler.',
    ['Batman/PERSON', 'Riddler/PERSON'],
    ['Batman/GPE'],
    true,
    [['Riddler', 'GPE']],
  ],
  ['type.character-role', 'They played Brazil in the final and flew to Batman.', ['Brazil/GPE'], [], false],
  [
    'type.facility-noun-after',
    'Thaksin arrived at Don Suan airport. Towers on Dong Khoi street were sold.',
    ['Don Suan/LOC', 'Dong Khoi/LOC'],
    ['Don Suan/PERSON'],
    true,
  ],
  ['type.facility-noun-after', 'Steam trains run into Haworth station.', [], ['Haworth/LOC'], false],
  // One word before a prison's, a refinery's or a palace's noun, one describing word between too
  // (lexicon one-word-facility-noun); not before a person's camp, nor a known name.
  [
    'type.facility-noun-after',
    'He is held at the Barbadillo prison. Workers at the Reduc refinery struck. Crowds gathered outside the Miraflores presidential palace.',
    ['Barbadillo/LOC', 'Reduc/LOC', 'Miraflores/LOC'],
    ['Barbadillo/PERSON', 'Miraflores/OTHER'],
    true,
  ],
  [
    'type.facility-noun-after',
    'The Biden camp said so. Tesla plant workers left.',
    ['Biden/PERSON'],
    [],
    false,
  ],
  // name.initials+surname: initials before a person's name are part of it, another person's there.
  [
    'name.initials+surname',
    'He urged Chief Minister M.K. Stalin to act. The U.S. Trump administration acted.',
    ['M.K. Stalin/PERSON', 'U.S./GPE'],
    ['Stalin/PERSON', 'U.S. Trump/PERSON'],
    true,
  ],
  // A given name's place taken by two unknown words after a title, then a known person's surname.
  [
    'name.given-name+known-surname',
    'Mayor Chokwe Antar Lumumba said the deal was the best path.',
    ['Chokwe Antar Lumumba/PERSON'],
    ['Lumumba/PERSON'],
    true,
  ],
  // A town only guessed at, two words, before a dotted state.
  [
    'type.town-before-state',
    'Henifin, a former utility director from Hampton Roads, Va., was named.',
    ['Hampton Roads/GPE', 'Va./GPE'],
    ['Va./PERSON', 'Va./OTHER'],
    true,
  ],
  // type.place-kind-before: a kind of place in the plural before an example cue (lexicon place-kind).
  [
    'type.place-kind-before',
    'Supply will rise in towns such as Kelapura and Sengkang.',
    ['Kelapura/GPE'],
    ['Kelapura/PERSON'],
    true,
  ],
  ['type.place-kind-before', 'Firms such as Punggol Holdings rose.', ['Punggol Holdings/ORG'], [], false],
  // name.title-office: a title in the possessive before an organisation's head word is one office.
  [
    'name.title-office',
    "The claim was denied by the Prime Minister's Office on Monday.",
    ["Prime Minister's Office/ORG"],
    ["'s Office/PERSON"],
    true,
  ],
  ['name.title-office', "The Prime Minister's wife spoke.", [], [], false],
  // type.party-letter: the party letter of a legislator's label is NORP, the state GPE.
  [
    'type.party-letter',
    'The bill was negotiated by Sen. Chris Murphy (D-Conn.) and James Lankford (R-Okla.).',
    ['D/NORP', 'Conn./GPE', 'R/NORP', 'Okla./GPE'],
    [],
    true,
  ],
  ['type.party-letter', 'The letter D-Day was chosen. Plan B-52 failed.', [], ['D/NORP'], false],
  // type.head-first with Arabic place words, not before a speech verb (`Tal` is a given name too).
  [
    'type.head-first',
    'Fighters repelled attacks on Tal Abyad and Kafr Nabl. Tal Becker said the talks went well.\n\nBy Tal Schneider',
    ['Tal Abyad/GPE', 'Kafr Nabl/GPE', 'Tal Becker/PERSON', 'Tal Schneider/PERSON'],
    ['Tal Abyad/PERSON', 'Tal Becker/GPE', 'Tal Schneider/GPE'],
    true,
  ],
  [
    'type.facility-noun-after',
    'Units at its Medupi and Kusile power stations broke down. Sabotage at the Tutuka power station was probed.',
    ['Medupi/LOC', 'Kusile/LOC', 'Tutuka/LOC'],
    [],
    true,
  ],
  // After an unknown place, a title and a person's name ending before `of`: the place, the person.
  [
    'type.place-before-office',
    'The motion was moved by Kamukunji East MCA Michael Ogada of ODM. Chaos as EFF MPs were removed.',
    ['Kamukunji East/GPE', 'Michael Ogada/PERSON', 'ODM/ORG'],
    ['Kamukunji East MCA Michael Ogada/OTHER', 'MPs/ORG'],
    true,
  ],
  // Oblasts and regions written with their capital designator are one place; `a resident of` a place.
  [
    'name.place+suffix',
    'Missiles struck the Kharkiv Oblast overnight. Gas flowed from the Irkutsk Region.',
    ['Kharkiv Oblast/GPE', 'Irkutsk Region/GPE'],
    ['Oblast/GPE', 'Irkutsk Region/LOC'],
    true,
  ],
  [
    'type.place-noun-of',
    'A resident of Chimbay told reporters. It was a state of Peace.',
    ['Chimbay/GPE'],
    ['Peace/GPE'],
    true,
  ],
  // name.person+person: two persons' names side by side are one, written family name first.
  [
    'name.person+person',
    'The race was held after Prime Minister Kishida Fumio said he would not run.',
    ['Kishida Fumio/PERSON'],
    ['Fumio/PERSON'],
    true,
  ],
  ['name.person+person', 'A Trump Biden rematch looms.', [], ['Trump Biden/PERSON'], false],
  // name.campus: a state university of campuses, a comma and the campus's town are one body.
  [
    'name.campus',
    'Dr Natalie Batalha, of the University of California, Santa Cruz, who leads the team, spoke.',
    ['University of California, Santa Cruz/ORG'],
    ['Santa Cruz/GPE'],
    true,
  ],
  ['name.campus', 'He studied at the University of Toronto, Canada.', ['Canada/GPE'], [], false],
  // type.first-nation: a First Nation (and the Navajo Nation) is GPE, as the guidelines decide.
  [
    'type.first-nation',
    'Hundreds of people from Kashechewan First Nation are being flown out. The Navajo Nation objected.',
    ['Kashechewan First Nation/GPE', 'Navajo Nation/GPE'],
    ['Kashechewan First Nation/ORG'],
    true,
  ],
  ['type.first-nation', 'The Islamic Nation said so.', [], ['Islamic Nation/GPE'], false],
  // A nation or tribe named by its people (groups.tsv) is GPE; not a person's surname.
  [
    'type.first-nation',
    'The Hopi Tribe and Norway House Cree Nation signed. Laura Tribe, a lawyer, said so.',
    ['Hopi Tribe/GPE', 'Norway House Cree Nation/GPE', 'Laura Tribe/PERSON'],
    ['Laura Tribe/GPE'],
    true,
  ],
  // name.body+unit: a body's name goes on over `for the` and an ordinal's unit.
  [
    'name.body+unit',
    'The state would appeal to the U.S. Court of Appeals for the 5th Circuit in New Orleans.',
    ['U.S. Court of Appeals for the 5th Circuit/ORG'],
    ['5th Circuit/ORG'],
    true,
  ],
  // name.place+de: a town of a country naming places so, or a head word written first, and `de ...`.
  [
    'name.place+de',
    'No one came to San Pedro de Atacama to ask us. They voted near the Cerro de la Estrella.',
    ['San Pedro de Atacama/GPE', 'Cerro de la Estrella/LOC'],
    ['Atacama/PERSON', 'Estrella/PERSON'],
    true,
  ],
  ['name.place+de', 'In Geneva de Mistura said talks would resume.', ['Geneva/GPE'], [], false],
  // Head words written first: a square, a salt flat, a cup (lexicon head-first, OTHER too).
  [
    'type.head-first',
    'Unions marched to the Plaza de Mayo. Firms mine the Salar de Atacama. Argentina won a record 16th Copa América.',
    ['Plaza de Mayo/LOC', 'Salar de Atacama/LOC', 'Copa América/OTHER'],
    ['Salar de Atacama/PERSON', 'Copa América/PERSON'],
    true,
  ],
  // name.double-surname: the last two words of a person named in full, met again, are that person.
  [
    'name.double-surname',
    'Genaro García Luna was sentenced on Wednesday. García Luna led the agency for six years.',
    ['García Luna/PERSON'],
    ['García/GPE', 'Luna/PERSON'],
    true,
  ],
  [
    'name.double-surname',
    'Genaro García Luna spoke. The García Luna Foundation paid.',
    ['García Luna Foundation/ORG'],
    ['García Luna/PERSON'],
    false,
  ],
  // name.before-acronym: capitalised words before an acronym in brackets are one name, cut nowhere.
  [
    'name.before-acronym',
    'Suspended South African Revenue Service (SARS) commissioner Tom Moyane spoke. The General Confederation of Labour (CGT) marched. Teams went to the Ministry of Science, Innovation, Technology and Telecommunications (MICITT).',
    [
      'South African Revenue Service/ORG',
      'General Confederation of Labour/ORG',
      'Ministry of Science, Innovation, Technology and Telecommunications/ORG',
    ],
    ['Confederation/PERSON', 'Innovation/ORG'],
    true,
  ],
  [
    'name.before-acronym',
    'General Smith (GS) spoke. Kenya, Uganda and Tanzania (EAC) agreed.',
    ['Kenya/GPE', 'Tanzania/GPE'],
    ['General Smith/ORG'],
    false,
  ],

  [
    'type.facility-noun-after',
    'He met Sarah Jones station manager at the depot.',
    [],
    ['Sarah Jones/LOC'],
    false,
  ],
  ['type.speaking-town', 'Sibiu said the plan would work.', ['Sibiu/PERSON'], ['Sibiu/GPE'], true],
  [
    'type.speaking-town',
    'Officials in Sibiu said the plan would work.',
    ['Sibiu/GPE'],
    ['Sibiu/PERSON'],
    false,
  ],
  // Only after a preposition of place alone does a list name where the speakers are.
  [
    'type.speaking-town',
    'Reporters spoke to Madison and Jackson, who said they were scared.',
    ['Jackson/PERSON'],
    ['Jackson/GPE'],
    true,
  ],
  [
    'type.speaking-town',
    'Officials in Brasov, Cluj and Sibiu said the plan would work.',
    ['Sibiu/GPE'],
    ['Sibiu/PERSON'],
    false,
  ],
  ['type.character-role', 'He stressed the role of Hezbollah in the war.', ['Hezbollah/ORG'], [], false],
  ['type.character-role', "The envoy voiced Washington's concerns.", ['Washington/GPE'], [], false],
  ['type.character-role', "Officials voiced Moscow's anger.", ['Moscow/GPE'], [], false],
  // The tagger adds no name inside a title split off a name.
  [
    'ner.tagger',
    'Shadow Home Secretary Yvonne Carter said no.',
    ['Yvonne Carter/PERSON'],
    ['Shadow/PERSON'],
    false,
    [['Shadow', 'PERSON']],
  ],
  // From sets AA-AC (agency copy of 1997-2006, culture desks, magazine features).
  [
    'name.after-town-state',
    'The unit ran from Beverly Hills, Calif. Drexel pleaded guilty. Police in Hayward, Calif. Officers came.',
    ['Calif./GPE', 'Drexel/OTHER'],
    ['Calif. Drexel/OTHER', 'Officers/ORG', 'Calif. Officers/OTHER'],
    true,
  ],
  ['name.after-town-state', 'He moved to Fresno, Calif., last year.', ['Calif./GPE'], [], false],
  [
    'type.work-title',
    'Luc Dardenne won best director for Young Ahmed. Her novels include Red Sky in Morning and Grace.',
    ['Young Ahmed/OTHER', 'Grace/OTHER', 'Luc Dardenne/PERSON'],
    ['Young Ahmed/PERSON', 'Grace/PERSON'],
    true,
  ],
  [
    'type.work-noun-before',
    'She releases her debut album, Tyla, next month. It is a fine book, Smith said.',
    ['Tyla/OTHER', 'Smith/PERSON'],
    ['Tyla/PERSON', 'Smith/OTHER'],
    true,
    [['Tyla', 'PERSON']],
  ],
  // Not after `for` without an award or a category before it, nor over a name the dictionaries know.
  [
    'type.work-title',
    'He won the best deal for Acme. She won the award for Kenya.',
    ['Kenya/GPE'],
    ['Kenya/OTHER'],
    false,
    [['Acme', 'ORG']],
  ],
  [
    'type.work-by-author',
    'The shortlist: Western Lane by Chetna Maroo; This Other Eden by Paul Harding.',
    ['Other Eden/OTHER', 'Paul Harding/PERSON'],
    ['Other Eden/PERSON'],
    true,
  ],
  ['type.work-by-author', 'The town was hit by Jane Doe and Acme.', [], [], false],
  [
    'type.org-noun-before',
    'The state mining company, Comibol, says it cannot stop them.',
    ['Comibol/ORG'],
    ['Comibol/PERSON'],
    true,
  ],
  // After a preposition the name opens the next clause.
  ['type.org-noun-before', 'At the firm, Johnson, who ran it, left.', [], ['Johnson/ORG'], false],
  [
    'name.unit-ordinal',
    "Troops of Russia's 14th Army helped, and the 82nd Airborne Division and the Sixth Fleet.",
    ['14th Army/ORG', '82nd Airborne Division/ORG', 'Sixth Fleet/ORG'],
    ['Army/ORG'],
    true,
    [['Army', 'ORG']],
  ],
  ['name.unit-ordinal', 'She won the 3rd prize at the Royal Show.', [], ['3rd Royal Show/ORG'], false],
  [
    'name.body-field-list',
    'Figures came from the Ministry of Agriculture, Forestry and Fisheries and the Department of Disaster Prevention and Mitigation.',
    [
      'Ministry of Agriculture, Forestry and Fisheries/ORG',
      'Department of Disaster Prevention and Mitigation/ORG',
    ],
    ['Ministry of Agriculture/ORG'],
    true,
  ],
  [
    'name.body-field-list',
    'The Ministry of Defence and Lockheed Martin signed. The Ministry of Health and Jane Smith spoke.',
    ['Ministry of Defence/ORG', 'Lockheed Martin/ORG', 'Jane Smith/PERSON'],
    [],
    false,
  ],
  [
    'name.body+person',
    'Secretary of the provincial Party Committee Nguyen Van Quynh reported gains.',
    ['Party Committee/ORG', 'Nguyen Van Quynh/PERSON'],
    ['Party Committee Nguyen Van Quynh/ORG'],
    true,
    [['Party Committee Nguyen Van Quynh', 'ORG']],
  ],
  ['name.body+person', 'The Party Committee Lee Building burned.', [], ['Lee Building/PERSON'], false],
  [
    'type.award-name',
    'It won an Oscar and its second Grammy. Oscar Pistorius ran.',
    ['Oscar/OTHER', 'Grammy/OTHER', 'Oscar Pistorius/PERSON'],
    ['Oscar/PERSON'],
    true,
  ],
  // A person the article names by the word keeps it.
  [
    'type.award-name',
    'Senator Booker said so. Booker spoke later.',
    ['Booker/PERSON'],
    ['Booker/OTHER'],
    false,
  ],
  [
    'name.work-title',
    "Hayao Miyazaki's The Boy and the Heron won the Academy Award.",
    ['The Boy and the Heron/OTHER', 'Hayao Miyazaki/PERSON'],
    ['Heron/ORG'],
    true,
    [['Heron', 'ORG']],
  ],
  // One word after `The` may be the owner's paper.
  ['type.work-title', "Rupert Murdoch's The Sun said so.", [], ['Sun/OTHER'], false],
  [
    'type.country-branch',
    'It was published by Knopf Canada, according to BookNet Canada and Food Standards Australia New Zealand.',
    ['Knopf Canada/ORG', 'BookNet Canada/ORG', 'Food Standards Australia New Zealand/ORG'],
    ['Knopf Canada/PERSON'],
    true,
    [['Knopf Canada', 'PERSON']],
  ],
  ['type.country-branch', 'Rep. Steve Israel and Chad Jordan spoke.', [], ['Chad Jordan/ORG'], false],
  [
    'type.country-branch',
    'Ghana coach Rinus Israel said so. He won a stage of the Tour of Spain. She lived in East Palestine. Superheroes Black Widow and Captain America came.',
    [],
    ['Rinus Israel/ORG', 'Tour of Spain/ORG', 'East Palestine/ORG', 'Captain America/ORG'],
    false,
    [['East Palestine', 'PERSON']],
  ],
  [
    'type.case-name',
    'The Supreme Court overturned Roe v. Wade. Five justices voted to overrule Roe. The case, State v Zuma, resumed.',
    ['Roe v. Wade/OTHER', 'State v Zuma/OTHER', 'Roe/OTHER'],
    ['Wade/PERSON', 'Roe/ORG', 'Zuma/PERSON'],
    true,
    [['Roe', 'ORG']],
  ],
  // A match is no case.
  [
    'type.case-name',
    'England v Pakistan, third Test, was drawn.',
    ['England/GPE', 'Pakistan/GPE'],
    [],
    false,
  ],
  [
    'type.case-name',
    'The case is U.S. v. Varma, in the district court.',
    ['U.S. v. Varma/OTHER'],
    ['Varma/PERSON'],
    true,
  ],
  [
    'name.bare-initials',
    'The Bench, comprising Justices R F Nariman, A M Khanwilkar and D Y Chandrachud, ruled.',
    ['R F Nariman/PERSON', 'A M Khanwilkar/PERSON', 'D Y Chandrachud/PERSON'],
    ['M Khanwilkar/PERSON', 'D Y Chandrachud/ORG'],
    true,
    [['D Y Chandrachud', 'ORG']],
  ],
  [
    'type.party-as-modifier',
    'With 418 Labour MPs and Likud lawmakers, the deal held.',
    ['Labour/NORP', 'Likud/NORP'],
    ['Labour/ORG'],
    true,
  ],
  [
    'type.party-as-modifier',
    "Labour's leader said Labour won. BJP candidate Ramana Reddy and PTI supporters met.",
    ['Labour/ORG', 'BJP/ORG', 'PTI/ORG'],
    ['Labour/NORP', 'BJP/NORP', 'PTI/NORP'],
    false,
  ],
  [
    'type.place-noun-of',
    'John Howard lost his own seat of Bennelong.',
    ['Bennelong/GPE'],
    ['Bennelong/PERSON'],
    true,
    [['Bennelong', 'PERSON']],
  ],
  [
    'type.speaker-label',
    'HARDBALL: Can Kerry Win?\n\nCHRIS MATTHEWS, HOST: Five days to go.\n\nBUCHANAN: It helps him.\n\nMATTHEWS: Thanks.',
    ['CHRIS MATTHEWS/PERSON', 'BUCHANAN/PERSON', 'MATTHEWS/PERSON'],
    ['HARDBALL/PERSON', 'HOST/ORG', 'MATTHEWS/GPE'],
    true,
  ],
  // Not in running text, nor a name after the label's start.
  [
    'type.speaker-label',
    'Officials in Nairobi said: no. NASA: the launch is set.',
    [],
    ['Nairobi/PERSON', 'NASA/PERSON'],
    false,
  ],
  // A place's name once before a colon is a dateline.
  [
    'type.speaker-label',
    'Lee wins\n\nBy Aida Rahman\n\nKUALA LUMPUR: World number seven Lee Zii Jia won.',
    ['KUALA LUMPUR/GPE'],
    ['KUALA LUMPUR/PERSON'],
    false,
  ],
  [
    'type.time-zone',
    'The show aired November 22, 2000 - 21:00 ET. The lander touched down at 6.04 pm IST.',
    [],
    ['ET/ORG', 'IST/ORG'],
    true,
    [['IST', 'ORG']],
  ],
  [
    'type.apposition-org',
    'She came to fame with Os Mutantes, the psychedelic band she formed. He left Zentrix, the company that he founded.',
    ['Os Mutantes/ORG', 'Zentrix/ORG'],
    ['Os Mutantes/PERSON'],
    true,
    [['Os Mutantes', 'PERSON']],
  ],
  // A person's noun with its clause stays a person's role.
  [
    'type.apposition-org',
    'The town was hit by Vardoux, the man who led them.',
    ['Vardoux/PERSON'],
    [],
    false,
  ],
  [
    'name.hyphened-given-name',
    'Swedish veteran Jan-Ove Waldner, the 1997 champion, lost to Sky Sports pundit Ann Lee.',
    ['Jan-Ove Waldner/PERSON', 'Sky Sports/ORG'],
    ['Ove Waldner/PERSON'],
    true,
  ],
  ['name.hyphened-given-name', 'A pro-Beijing Lee Wai-man won.', ['Lee Wai-man/PERSON'], [], false],
  // One letter that is a word opens no name.
  ['name.bare-initials', 'A Smith spoke. I Ahmed left.', [], ['A Smith/PERSON', 'I Ahmed/PERSON'], false],
  [
    'name.unit-ordinal',
    'He would appeal to the 2nd U.S. Circuit Court of Appeals, said PO2 Ronaldo Bautista.',
    ['2nd U.S. Circuit Court of Appeals/ORG', 'Ronaldo Bautista/PERSON'],
    ['PO2 Ronaldo Bautista/PERSON'],
    true,
  ],
  [
    'type.hometown-after-age',
    'Callum Pengelly, 18, from Dartington, was reported missing.',
    ['Dartington/GPE', 'Callum Pengelly/PERSON'],
    ['Dartington/PERSON'],
    true,
    [['Dartington', 'PERSON']],
  ],
  [
    'type.head-first',
    'Monks at Wat Xieng Thong pray. He climbed Gunung Rinjani.',
    ['Wat Xieng Thong/LOC', 'Gunung Rinjani/LOC'],
    ['Wat Xieng Thong/PERSON'],
    true,
    [['Wat Xieng Thong', 'PERSON']],
  ],
  // type.head-first: Spanish and Portuguese districts named head first.
  [
    'type.head-first',
    'Families in Villa Independencia and Jardim Ângela were evacuated.',
    ['Villa Independencia/GPE', 'Jardim Ângela/GPE'],
    ['Villa Independencia/PERSON'],
    true,
    [['Villa Independencia', 'PERSON']],
  ],
  // name.model-number: a numbered district whose head comes first is a place, a model stays OTHER.
  [
    'name.model-number',
    'A sinkhole opened in Zona 5. Police will patrol Comuna 13. Tesla sold the Model 3.',
    ['Zona 5/GPE', 'Comuna 13/GPE', 'Model 3/OTHER'],
    ['Zona 5/OTHER'],
    true,
  ],
  // type.article-name-not-person: a name opening with a Spanish article is a group or a place.
  [
    'type.article-name-not-person',
    'Since then, Los Chapitos have fought the faction known as La Mayiza. Families in El Olivar left.',
    ['Los Chapitos/ORG', 'La Mayiza/ORG', 'El Olivar/GPE'],
    ['Los Chapitos/PERSON', 'El Olivar/PERSON'],
    true,
    [
      ['Los Chapitos', 'PERSON'],
      ['La Mayiza', 'PERSON'],
      ['El Olivar', 'PERSON'],
    ],
  ],
  [
    'type.article-name-not-person',
    'Workers from La Matanza protested. The island of El Hierro is small.',
    ['La Matanza/GPE'],
    ['El Hierro/PERSON'],
    true,
    [
      ['La Matanza', 'PERSON'],
      ['El Hierro', 'PERSON'],
    ],
  ],
  // A nickname in quotes stays the person's.
  [
    'type.article-name-not-person',
    'Joaquín Guzmán, known as "El Chapo", was jailed.',
    [],
    [],
    false,
    [['El Chapo', 'PERSON']],
  ],
  // type.credit-source: the sources a credit line names are outlets, unless a given name opens one.
  [
    'type.credit-source',
    'The mayor resigned.\n\nWith reports from Ríodoce and Noroeste\n\nWith information from Prensa Libre',
    ['Ríodoce/ORG', 'Noroeste/ORG', 'Prensa Libre/ORG'],
    ['Prensa Libre/PERSON', 'Noroeste/GPE'],
    true,
    [
      ['Ríodoce', 'GPE'],
      ['Noroeste', 'GPE'],
      ['Prensa Libre', 'PERSON'],
    ],
  ],
  [
    'type.credit-source',
    'The mayor resigned.\n\nWith files from Mark Edwards',
    ['Mark Edwards/PERSON'],
    [],
    false,
  ],
  // type.org-noun-before: a kind of company opening the sentence before an unknown name.
  [
    'type.org-noun-before',
    'Fares rose. Retailer Zentrova, the chain, said it would add stores.',
    ['Zentrova/ORG'],
    ['Retailer Zentrova/PERSON'],
    true,
  ],
  // name.title+known-word: a double surname whose first half is a company's word.
  [
    'name.title+known-word',
    'Ms Bayer Rosmarin said the outage was regrettable.',
    ['Bayer Rosmarin/PERSON'],
    ['Bayer/ORG'],
    true,
  ],
  [
    'name.given-name+known-word',
    'Optus chief executive Kelly Bayer Rosmarin has resigned.',
    ['Kelly Bayer Rosmarin/PERSON'],
    ['Bayer/ORG'],
    true,
  ],
  // name.title-office: a portfolio title in the possessive before `Office`.
  [
    'name.title-office',
    "The Information Commissioner's Office said it had been told.",
    ["Information Commissioner's Office/ORG"],
    ["'s Office/PERSON"],
    true,
  ],
  // name.place+body-word: a place and a body named for it are one organisation.
  [
    'name.place+body-word',
    'Unicef and the Kenya Red Cross gave tents. Residents relied on Johannesburg Water tankers. The Libyan Red Crescent helped.',
    ['Kenya Red Cross/ORG', 'Johannesburg Water/ORG', 'Libyan Red Crescent/ORG'],
    ['Kenya/GPE', 'Johannesburg/GPE', 'Libyan Red Crescent/LOC'],
    true,
  ],
  ['name.place+body-word', 'Heavy rain hit Kenya. Red Cross teams arrived.', ['Kenya/GPE'], [], false],
  // name.body+of-country: a body's name goes on over `of the` and a country.
  [
    'name.body+of-country',
    'The case went to the Court of Justice of the European Union. The Land Bank of the Philippines lent.',
    ['Court of Justice of the European Union/ORG', 'Land Bank of the Philippines/ORG'],
    ['European Union/ORG', 'Philippines/GPE'],
    true,
  ],
  ['name.body+of-country', 'The president of the United States spoke.', ['United States/GPE'], [], false],
  // name.company-town: a company's name and `City` are the town named for it.
  [
    'name.company-town',
    'Officials inspected the headquarters in Toyota City on Tuesday.',
    ['Toyota City/GPE'],
    ['Toyota City/OTHER'],
    true,
  ],
  // coref.short-form-defined-here: a short form in brackets after an organisation's name, whatever its letters.
  [
    'coref.short-form-defined-here',
    'The Ministry of Health (Minsa) said cases doubled. Minsa officials met.',
    ['Minsa/ORG'],
    ['Minsa/PERSON', 'Minsa/GPE'],
    true,
    [['Minsa', 'GPE']],
  ],
  // A country's own name before a noun is the country, not a demonym.
  ['name.dictionary', 'Vietnam supplied most of Philippines rice imports.', ['Philippines/GPE'], [], true],
  // Units of measure in capitals after a number are no names.
  [
    'type.acronym',
    'Jio bought 700 MHz and a 500 MW plant. (END)',
    [],
    ['MHz/OTHER', 'MW/ORG', 'END/ORG'],
    false,
  ],
  // After a company's legal form, an honorific and one surname are a person (`Mr` without a dot too).
  [
    'type.org-before-title',
    'The chain is owned by Worldwide Restaurant Concepts Inc. Mr Ryan said the bars would reopen.',
    ['Worldwide Restaurant Concepts Inc./ORG', 'Ryan/PERSON'],
    [],
    true,
  ],
  // A town of the dictionaries is no company's short form.
  [
    'coref.company-short-form',
    'LONDON/MOSCOW, March 2 (Reuters) - Shares on the Moscow Exchange fell.',
    ['MOSCOW/GPE', 'Moscow Exchange/ORG'],
    ['MOSCOW/ORG'],
    false,
  ],
  // `Zaw Min Tun, a spokesman`: an honorific that also ends names (lexicon name-final-honorific) with no
  // name after it is the name's last word; before a name it is the title.
  [
    'name.unknown',
    'Officials said Zaw Min Tun, a junta spokesman, had met them.',
    ['Zaw Min Tun/PERSON'],
    ['Zaw Min/PERSON'],
    true,
  ],
  [
    'name.unknown+title',
    'He met Tun Abdul Razak in Kuala Lumpur.',
    ['Abdul Razak/PERSON'],
    ['Tun Abdul Razak/PERSON'],
    true,
  ],
  // A product's name (lexicon product-name) and a model's number or Roman numeral after it are one product.
  [
    'name.product-model',
    'The last Ariane 5 flew before a Falcon 9 rocket and Windows 11 shipped.',
    ['Ariane 5/OTHER', 'Falcon 9/OTHER', 'Windows 11/OTHER'],
    ['Ariane/PERSON'],
    true,
  ],
  ['name.product-model', 'Windows sold 5 million copies.', [], ['Windows 5/OTHER'], false],
  // A head word of an organisation and `of` a few words after a title's word make one body's name.
  [
    'type.head-of',
    'The storm struck, the General Insurance Association of Japan said.',
    ['General Insurance Association of Japan/ORG'],
    ['Insurance Association of Japan/PERSON'],
    true,
  ],
  [
    'name.dictionary+title',
    'General Mark Milley of the Joint Chiefs spoke.',
    ['Mark Milley/PERSON'],
    [],
    true,
  ],
  // Malay head words written first (lexicon head-first); a division's noun after a name named like a person.
  [
    'type.head-first',
    'He spoke at Menara Kinabalu. Universiti Malaysia Sabah analysts agreed.',
    ['Menara Kinabalu/LOC', 'Universiti Malaysia Sabah/ORG'],
    [],
    true,
  ],
  [
    'type.place-noun-after',
    'Flash floods in Mae Sai district hit the town.',
    ['Mae Sai/GPE'],
    ['Mae Sai/PERSON'],
    true,
  ],
  ['type.place-noun-after', 'Mae Sai said the floods hit the town.', [], ['Mae Sai/GPE'], false],
  // A law's name ending in `Act` goes on over `of` and its year.
  [
    'name.act-of-year',
    'Duties imposed under the Trade Act of 1974 were ruled illegal.',
    ['Trade Act of 1974/OTHER'],
    ['Trade Act/OTHER'],
    true,
  ],
  ['name.act-of-year', 'The Trade Act of the new government passed.', ['Trade Act/OTHER'], [], false],
  // Commonwealth laws are cited with their year and no `of`.
  [
    'name.act-of-year',
    'It was approved under the Aboriginal Heritage Act 1972 in Perth. The Housing Act, 2004 figures rose.',
    ['Aboriginal Heritage Act 1972/OTHER', 'Housing Act/OTHER'],
    ['Aboriginal Heritage Act/OTHER', 'Housing Act, 2004/OTHER'],
    true,
  ],
  // Treasury and Trade before a portfolio's title (secretary, representative) are the portfolio, no body.
  [
    'role.portfolio+title',
    'U.S. Trade Representative Robert Lighthizer and Treasury Secretary Scott Bessent spoke.',
    ['Robert Lighthizer/PERSON', 'Scott Bessent/PERSON'],
    ['Trade/ORG', 'Treasury/ORG'],
    true,
  ],
  ['role.portfolio+title', 'The Treasury said so.', ['Treasury/ORG'], [], false],
  // A headline in sentence case with many names is no title case: its given names stay (`wins`,
  // `dystopian`, `novel` are content words in lower case); `, who` after a sentence's first word says a person.
  [
    'name.unknown',
    'Paul Lynch wins Booker Prize with dystopian novel Prophet Song\n\nThe prize went to him. Lynch, who lives in Dublin, spoke.',
    ['Paul Lynch/PERSON', 'Lynch/PERSON'],
    ['Paul/PERSON'],
    true,
  ],
  ['name.unknown', 'Critics, who had seen the book, praised it.', [], ['Critics/PERSON'], false],
  // A market, a river or a mosque after a name named like a person; `Bab` opens a quarter's name.
  [
    'type.place-noun-after',
    'A dispute near the Abu Ali river grew. She prayed at the Bilal bin Rabah mosque.',
    ['Abu Ali/LOC', 'Bilal bin Rabah/LOC'],
    ['Abu Ali/PERSON'],
    true,
  ],
  [
    'type.head-first',
    'Gunmen in Bab al-Tabbaneh fired on Jabal Mohsen.',
    ['Bab al-Tabbaneh/GPE'],
    ['Bab al-Tabbaneh/PERSON'],
    true,
  ],
  // A mission goes on over `to` and its country; an adjective before a known body's head is a longer body.
  [
    'name.body+of-country',
    'Observers from the OSCE Mission to Bosnia and Herzegovina said so.',
    ['OSCE Mission to Bosnia and Herzegovina/ORG'],
    ['OSCE Mission/ORG'],
    true,
  ],
  [
    'type.head-of',
    'SARAJEVO (N1) - The Constitutional Court of Bosnia and Herzegovina struck down laws.',
    ['Constitutional Court of Bosnia and Herzegovina/ORG'],
    ['Constitutional/OTHER'],
    true,
  ],
  [
    'name.dictionary',
    'Fighting between Fatah and Islamist militants went on.',
    ['Fatah/ORG', 'Islamist/NORP'],
    ['Fatah/GPE'],
    true,
  ],
  // A public service's word and a country name the body, also a country of two words.
  [
    'type.head-before-town',
    'He said Fisheries New Zealand will monitor it. Police in New Zealand agreed.',
    ['Fisheries New Zealand/ORG', 'New Zealand/GPE'],
    ['Fisheries/OTHER'],
    true,
  ],
  // A feature's noun after a name named like a person says a place.
  [
    'type.place-noun-after',
    'Chile created a park around the Juan Fernández islands.',
    ['Juan Fernández/LOC'],
    ['Juan Fernández/PERSON'],
    true,
  ],
  // Two bodies' names, each ending in a head word (`Trusts`), around `and`.
  [
    'type.name-head',
    'The Pew Charitable Trusts and National Geographic Society paid.',
    ['Pew Charitable Trusts/ORG', 'National Geographic Society/ORG'],
    [],
    true,
  ],
  // A country's two-letter domain glued after a name makes a website; a demonym after `and the` stays one.
  [
    'name.web-domain',
    'He told Kun.uz and Civil.ge about it.',
    ['Kun.uz/ORG', 'Civil.ge/ORG'],
    ['Kun/OTHER'],
    true,
  ],
  [
    'name.unknown',
    'Clashes near the exclave of Vorukh and the Kyrgyz province of Batken killed 100.',
    [],
    ['Kyrgyz/GPE'],
    true,
  ],
  // A title of two words before one head word names the body (`Princess Royal` is a title alone).
  [
    'type.name-head',
    'He assaulted a worker at the Princess Royal Hospital. The Princess Royal, 73, was hurt.',
    ['Princess Royal Hospital/ORG'],
    ['Hospital/PERSON'],
    true,
  ],
  // `wrote on X.` with a name after it: the platform, then the name (no initial `X.`).
  [
    'type.platform-x',
    'Elon Musk wrote on X. Isaacman paid an undisclosed sum.',
    ['X/ORG', 'Isaacman/PERSON'],
    ['X. Isaacman/PERSON'],
    true,
  ],
  // Nebulae and craters are places; a billionaire is no name's word.
  [
    'type.name-head',
    'Billionaire Jared Isaacman saw the Trifid Nebula from Jezero Crater.',
    ['Jared Isaacman/PERSON', 'Trifid Nebula/LOC', 'Jezero Crater/LOC'],
    ['Billionaire Jared Isaacman/PERSON'],
    true,
  ],
  // A bloc's adjective alone is a group; inside a longer name it is the name's.
  [
    'type.bloc-adjective',
    'Western diplomats said so. The Western Conference final began.',
    ['Western/NORP', 'Western Conference/ORG'],
    ['Western/ORG'],
    true,
  ],
  // An acronym, a glued hyphen and a short unknown acronym are one; two known ones stay two.
  ['name.acronym-hyphen-acronym', 'The SPLM-IO said so.', ['SPLM-IO/ORG'], ['IO/ORG'], true],
  ['name.acronym-hyphen-acronym', 'US-UK talks began.', ['US/GPE', 'UK/GPE'], [], false],
  // A known person's one word ends an unknown name; a town named like a given name opens a relative's.
  [
    'name.given-name+known-word',
    'Ten died, police spokesman Abdifatah Adan Hassan said.',
    ['Abdifatah Adan Hassan/PERSON'],
    ['Hassan/PERSON'],
    true,
  ],
  [
    'name.town-given-name+surname',
    'His son, Salem Bazoum, was freed after Mohamed Bazoum spoke.',
    ['Salem Bazoum/PERSON'],
    ['Salem/GPE'],
    true,
  ],
  // The part after `and` opens with a title of its own.
  [
    'name.split-dictionary-part',
    'Prince Carl Philip and Princess Sofia welcomed a child.',
    ['Carl Philip/PERSON', 'Sofia/PERSON'],
    ['Princess Sofia/OTHER'],
    true,
  ],
  // What a company makes is a brand; a maker's noun before `of` outweighs a given name.
  [
    'type.brand-of-company',
    "Diageo, which distils Tanqueray, has been under pressure. Brown-Forman, maker of Jack Daniel's, agreed.",
    ['Tanqueray/OTHER', "Jack Daniel's/OTHER"],
    ['Tanqueray/PERSON', "Jack Daniel's/PERSON"],
    true,
  ],
  ['type.brand-of-company', 'He makes Tom Smith laugh.', ['Tom Smith/PERSON'], [], false],
  // A body's head word after a portfolio's title ends a body's name, no role.
  [
    'type.name-head',
    'A spokesperson for the Garda Representative Association said so.',
    ['Garda Representative Association/ORG'],
    ['Association/PERSON'],
    true,
  ],
  // A seat of power written with no article after a word of place or of leaving is the building.
  [
    'type.seat-as-place',
    'The baton, which left Buckingham Palace in London, arrived. Buckingham Palace said so.',
    ['Buckingham Palace/LOC', 'Buckingham Palace/ORG'],
    [],
    true,
  ],
  [
    'type.seat-as-place',
    'A statement from Buckingham Palace came.',
    ['Buckingham Palace/ORG'],
    ['Buckingham Palace/LOC'],
    false,
  ],
  // People acting for someone, opening a sentence before `for`, are no name's words.
  [
    'name.unknown+title',
    'Lawyers for Heard said she was gratified. Hereditary Prince Jacques smiled.',
    ['Jacques/PERSON'],
    ['Lawyers for Heard/PERSON'],
    true,
  ],
  // `Bill` ending a name no given name opens is a bill.
  [
    'type.bill',
    'Protests followed the Finance Bill 2024 and the long-delayed Startup Bill.',
    ['Finance Bill 2024/OTHER', 'Startup Bill/OTHER'],
    ['Finance Bill/PERSON'],
    true,
  ],
  ['type.bill', 'Buffalo fans cheered as Tom Bill scored twice.', ['Tom Bill/PERSON'], [], false],
  // A deity's name glued by a hyphen to a word before is part of a person's name.
  [
    'name.unknown',
    'He headed in a cross from Yahia Attiat-Allah in the 42nd minute.',
    ['Yahia Attiat-Allah/PERSON'],
    ['Allah/PERSON'],
    true,
  ],
  // No person's name holds `for`: a person's name and `for` and a title are two names.
  [
    'name.unknown',
    'The prize went to Shifa Saltagi Safadi for Kareem Between.',
    ['Shifa Saltagi Safadi/PERSON'],
    ['Shifa Saltagi Safadi for Kareem/OTHER'],
    true,
    [['Shifa Saltagi Safadi', 'PERSON']],
  ],
  [
    'name.unknown',
    'She spoke for the Campaign for Nuclear Disarmament on Monday.',
    [],
    ['Campaign/OTHER', 'Nuclear Disarmament/OTHER'],
    true,
  ],
  // A kind of organisation before a name, also in the plural before an example cue (lexicon org-noun-before).
  [
    'type.org-noun-before',
    'Bookshops including Readings said they were busy. Galway bookshop Kennys marks 80 years.',
    ['Readings/ORG', 'Kennys/ORG'],
    [],
    true,
  ],
  ['type.org-noun-before', 'Readings said they were busy.', [], ['Readings/ORG'], false],
  // A not-name of kind `head` is cut unless a name's head word follows.
  [
    'name.unknown',
    'It also houses the U.S. Copyright Office, whose director spoke.',
    ['U.S. Copyright Office/ORG'],
    ['Office/OTHER'],
    true,
  ],
  ['name.unknown', 'Copyright 2023 Reuters. All rights reserved.', ['Reuters/ORG'], ['Copyright/ORG'], false],
  // A peerage's title and `of` before a place: the place alone, GPE; the title alone names nobody.
  [
    'type.territorial-title-place',
    'The Duke and Duchess of Sussex left. The Duke said so.',
    ['Sussex/GPE'],
    ['Duke/ORG', 'Duke/PERSON', 'of Sussex/PERSON'],
    true,
  ],
  ['name.dictionary', 'The Duke of York said he was sorry.', ['York/GPE'], ['Duke of York/PERSON'], true],
  ['type.territorial-title-place', 'Duke Energy raised prices.', ['Duke Energy/ORG'], [], false],
  // A title and a given name that name a town are a person, but after a preposition of place.
  [
    'name.unknown+title',
    'His son Prince George, nine, served as a page.',
    ['George/PERSON'],
    ['Prince George/GPE'],
    true,
  ],
  ['name.dictionary', 'He flew to Prince George on Monday.', ['Prince George/GPE'], ['George/PERSON'], true],
  // A word glued to a number by a hyphen is a craft, mission or model.
  [
    'type.numbered-name',
    'The mission follows Chandrayaan-3, which landed near the pole.',
    ['Chandrayaan-3/OTHER'],
    ['Chandrayaan-3/PERSON'],
    true,
  ],
  ['type.numbered-name', 'The mission follows Chandrayaan, which landed near the pole.', [], [], false],
  [
    'type.numbered-constituency',
    'Hasina won her home constituency, Gopalganj-3, and Mymensingh-3 voted.',
    ['Gopalganj-3/GPE', 'Mymensingh-3/GPE'],
    ['Gopalganj-3/OTHER'],
    true,
  ],
  [
    'name.maker+product',
    'A Kazakhstan Airlines Ilyushin Il-76 crashed.',
    ['Ilyushin Il-76/OTHER'],
    ['Il-76/OTHER'],
    true,
  ],
  // Vietnamese syllables of a place joined are its English name; plain ones only for a country.
  [
    'name.dictionary',
    'Officials in Hà Nội met. Viet Nam agreed. The Communist Party met in Sài Gòn.',
    ['Hà Nội/GPE', 'Viet Nam/GPE', 'Sài Gòn/GPE'],
    [],
    true,
  ],
  ['name.dictionary', 'Residents of New Port Richey met.', [], ['New Port/GPE'], false],
  // A day's abbreviation read with its stop ends a name at a sentence's end.
  [
    'name.sentence-stop-trimmed',
    'The probe orbits the Sun. It was launched in 2020.',
    ['Sun/LOC'],
    ['Sun./ORG'],
    true,
  ],
  // The star after words of motion or before its parts; `told the Sun` stays the paper.
  [
    'name.the-sun',
    "The Sun's corona glows. The probe circles around the Sun.",
    ['Sun/LOC'],
    ['Sun/ORG'],
    true,
  ],
  ['name.the-sun', 'He told the Sun that it was late.', [], ['Sun/LOC'], false],
  // A deity of the dictionaries (kind `deity`) is PERSON, though `god` is a common noun and a short key.
  [
    'name.dictionary',
    '"Oh my God," she said. He thanked Allah and Lord Shiva.',
    ['God/PERSON', 'Allah/PERSON', 'Shiva/PERSON'],
    [],
    true,
  ],
  ['name.dictionary', 'The gods of the city were silent.', [], ['gods/PERSON'], false],
  // `Zaw Min Tun said`: one unknown word before a given name inside a sentence is the same person's.
  [
    'name.split-before-given-name',
    'Junta spokesman Zaw Min Tun said the talks failed.',
    [],
    ['Min/PERSON'],
    false,
  ],
  [
    'name.split-before-given-name',
    'In Llanelli, a case. Recorder Lucy Crowther said so.',
    ['Lucy Crowther/PERSON'],
    [],
    true,
  ],
  // name.head-first+name: a head word written first before a known name ending the run is one name.
  [
    'name.head-first+name',
    'He lost his home on Calle Las Palmas. A company in Villa El Salvador hired him.',
    ['Calle Las Palmas/LOC', 'Villa El Salvador/GPE'],
    ['El Salvador/GPE', 'Las Palmas/GPE'],
    true,
  ],
  ['name.head-first+name', 'Banks in El Salvador closed.', ['El Salvador/GPE'], [], false],
  [
    'name.head-first+name',
    'Every mayor promises to fix Cerro Patacón, the landfill.',
    ['Cerro Patacón/LOC'],
    ['Cerro/GPE', 'Patacón/PERSON'],
    true,
  ],
  // After a dateline's en dash the first word is capitalised as a sentence's; a title's modifier stays out.
  [
    'name.unknown+title',
    'SANTIAGO – Former defense minister Mario Desbordes won. BAHIA BLANCA – Provincial Governor Axel Kicillof toured.',
    ['Axel Kicillof/PERSON'],
    ['Former/PERSON', 'Provincial/GPE'],
    true,
  ],
  // name.sentence-stop-trimmed: a full stop kept with a name's last word ends the sentence.
  [
    'name.sentence-stop-trimmed',
    'Volunteers cleared debris in Viña del Mar. (Agencia Uno)',
    ['Viña del Mar/GPE'],
    ['Viña del Mar./GPE'],
    true,
  ],
  ['name.sentence-stop-trimmed', 'He moved to Washington, D.C. Then he left.', ['D.C./GPE'], [], false],
  // type.company-word-last: a word no given name and a company's word make a company.
  [
    'type.company-word-last',
    'Klarna follows debuts by Chime Financial and a lender, Ionic Digital.',
    ['Chime Financial/ORG', 'Ionic Digital/ORG'],
    ['Chime Financial/PERSON'],
    true,
    [['Chime Financial', 'PERSON']],
  ],
  ['type.company-word-last', 'Mental Health Awareness Week began.', [], ['Mental Health/ORG'], false],
  [
    'type.company-word-last',
    'Amid all this, the National Capital is breathing smoke.',
    [],
    ['National Capital/ORG'],
    false,
  ],
  // A name of the dictionaries ending at `and`, then a body's one word: two names.
  [
    'type.short-name',
    'He said the Bank of England and Treasury agreed.',
    ['Bank of England/ORG', 'Treasury/ORG'],
    ['Bank of England and Treasury/ORG'],
    true,
  ],
  [
    'type.company-word-last',
    'The study was carried out by Africa Practice and Genesis Analytics.',
    ['Genesis Analytics/ORG'],
    ['Genesis Analytics/PERSON', 'Genesis Analytics/OTHER'],
    true,
  ],
  // A country read apart before a body stays apart when an acronym follows the body.
  [
    'name.country-before-body',
    'The US Cybersecurity and Infrastructure Security Agency (CISA) and the FBI issued a warning.',
    ['US/GPE', 'Cybersecurity and Infrastructure Security Agency/ORG'],
    ['US Cybersecurity and Infrastructure Security Agency/ORG'],
    true,
  ],
  // `on` before a street names where a body stands; after a body's word before a field it joins.
  [
    'type.name-head',
    'Photo caption: The British Library on Euston Road, London. The Council on Foreign Relations met.',
    ['British Library/ORG', 'Euston Road/LOC', 'Council on Foreign Relations/ORG'],
    ['British Library on Euston Road/LOC'],
    true,
  ],
  // A party named by one ordinary word after a body's `of` is the body's field (`Ministry of Labour`).
  [
    'type.head-of',
    'The Ministry of Labour said it had no notice. Labour won the vote.',
    ['Ministry of Labour/ORG', 'Labour/ORG'],
    ['Ministry/ORG'],
    true,
  ],
  // One unknown name before `mine` is the mine, a place.
  ['type.facility-noun-after', 'Output rose as its Kisanfu mine ramped up.', ['Kisanfu/LOC'], [], true],
  // A case's first party alone elsewhere is the case only where guesses typed it, not a state.
  [
    'type.case-name',
    'Arizona Sen. Mark Kelly spoke after the court ruled in Arizona v. Navajo Nation that it had no duty.',
    ['Arizona/GPE', 'Arizona v. Navajo Nation/OTHER'],
    ['Arizona/OTHER'],
    true,
  ],
  // Field words on both sides of `and` before a body's head name one body.
  [
    'type.name-head',
    'Rickie Nez, who chairs the Resources and Development Committee, said so.',
    ['Resources and Development Committee/ORG'],
    ['Development Committee/ORG', 'Resources/ORG'],
    true,
  ],
  // `on` and a subject go on after a treaty's head word.
  [
    'name.and-in-org',
    'It breached the International Covenant on Civil and Political Rights (ICCPR), the UN said of the ICCPR.',
    ['International Covenant on Civil and Political Rights/OTHER', 'ICCPR/OTHER'],
    ['International Covenant/OTHER', 'ICCPR/ORG'],
    true,
  ],
  // A regnal number after a name no dictionary knows is a monarch; not a numbered level or phase.
  [
    'type.regnal-number',
    'Ramses III ruled Egypt after Amenhotep III. The alert rose to Level II in Henan.',
    ['Ramses III/PERSON', 'Amenhotep III/PERSON'],
    ['Level II/PERSON'],
    true,
  ],
  // A title's word glued by a hyphen to a name's word is the name's (`Notre-Dame`, `el-Sheikh`).
  [
    'name.unknown',
    'Crowds gathered at Notre-Dame. Talks in Sharm el-Sheikh ended. Governor-General David Hurley spoke.',
    ['David Hurley/PERSON'],
    ['Notre-/OTHER', 'Sharm el-/OTHER', 'General David Hurley/PERSON'],
    true,
  ],
  // Events of history, caves and firths by their head words; empresses and pharaohs are titles.
  [
    'type.name-head',
    'The Warsaw Uprising began in 1944. Divers entered Callao Cave near the Moray Firth.',
    ['Warsaw Uprising/OTHER', 'Callao Cave/LOC', 'Moray Firth/LOC'],
    ['Warsaw/GPE', 'Uprising/OTHER'],
    true,
  ],
  [
    'name.unknown+title',
    'A brooch of Empress Eugénie was stolen.',
    ['Eugénie/PERSON'],
    ['Empress Eugénie/OTHER'],
    true,
  ],
  // A people's name is the surname of a person named in full, not where it qualifies a noun.
  [
    'coref.surname',
    'The judge found that Alex Roman, the finance chief, lied. She referred Roman to prosecutors. The Roman villa fell.',
    ['Alex Roman/PERSON', 'Roman/PERSON', 'Roman/NORP'],
    [],
    true,
  ],
  // In an article about the games, a host town and a year name the games; before `organising`, the organisers.
  [
    'type.games-of-year',
    'Manaudou won gold at London 2012. Tony Estanguet heads the Paris 2024 organising committee. Olympic medals rose.',
    ['London 2012/OTHER', 'Paris 2024/ORG'],
    ['London/GPE', 'Paris/GPE'],
    true,
  ],
  [
    'type.games-of-year',
    'Sales in London 2012 rose, the bank said.',
    ['London/GPE'],
    ['London 2012/OTHER'],
    false,
  ],
  // A military's command is a body, no person called Staff; a cyber security centre is an institution.
  [
    'type.name-head',
    "Ukraine's General Staff said so. The National Cyber Security Centre (NCSC) warned.",
    ['General Staff/ORG', 'National Cyber Security Centre/ORG', 'NCSC/ORG'],
    ['Staff/PERSON', 'NCSC/LOC'],
    true,
  ],
  // A bill's number is part of its name; the US Supreme Court is one body (lexicon `us-named-body`).
  [
    'type.bill',
    'The Ohio Senate passed Senate Bill 23 before the U.S. Supreme Court ruled.',
    ['Senate Bill 23/OTHER', 'U.S. Supreme Court/ORG'],
    ['Senate Bill/OTHER', 'U.S./GPE'],
    true,
  ],
  // A law's head before `of` makes the name a law's; statutes and declarations are texts.
  [
    'type.head-of',
    'The Rome Statute of the International Criminal Court binds it, as the Act of Union did.',
    ['Rome Statute of the International Criminal Court/OTHER', 'Act of Union/OTHER'],
    ['Rome Statute of the International Criminal Court/ORG', 'Act of Union/ORG'],
    true,
  ],
  [
    'type.name-head',
    'Britain signed the Bletchley Declaration and the Rome Statute.',
    ['Bletchley Declaration/OTHER', 'Rome Statute/OTHER'],
    ['Rome/GPE'],
    true,
  ],
  // A town's name with a possessive in capitals is found as in mixed case (a dateline).
  [
    'name.award-category',
    "She won Best Actress in a Musical at Sadler's Wells.",
    ['Best Actress in a Musical/OTHER', "Sadler's Wells/ORG"],
    ['Best/GPE'],
    true,
  ],
  ['name.award-category', 'He moved to Best, a Dutch town, in 2010.', [], [], false],
  [
    'name.numbered',
    'They played the Piano Concerto No. 2 in Vienna under Republic Act No. 3019.',
    ['Piano Concerto No. 2/OTHER', 'Republic Act No. 3019/OTHER'],
    ['Piano Concerto No./OTHER'],
    true,
  ],
  // Japan's parliament and papers; a centre on a field; crude and gas benchmarks are figures, no actors.
  [
    'type.name-head',
    'The Diet passed it, the Chunichi Shimbun reported, citing the Center on Global Energy Policy.',
    ['Diet/ORG', 'Chunichi Shimbun/ORG', 'Center on Global Energy Policy/ORG'],
    ['Diet/OTHER', 'Center on Global Energy Policy/LOC'],
    true,
  ],
  [
    'name.stock-index',
    'West Texas Intermediate rose while Henry Hub gas fell.',
    ['West Texas Intermediate/OTHER', 'Henry Hub/OTHER'],
    ['Henry Hub/PERSON', 'West Texas/GPE'],
    true,
  ],
  // A people's name after a make ends the model; a dictionary name written with a leading apostrophe keeps it.
  [
    'type.vehicle-model',
    "A black Jeep Grand Cherokee sped off from the 'Ndrangheta meeting.",
    ['Jeep Grand Cherokee/OTHER', "'Ndrangheta/ORG"],
    ['Cherokee/NORP', 'Ndrangheta/ORG'],
    true,
  ],
  // X the platform: after a verb and `on`, beside another platform, after `platform` or `owner of`.
  [
    'type.platform-x',
    'Modi congratulated the scientists on X. It went viral on Facebook and X. Musk, the owner of X, spoke.',
    ['X/ORG'],
    ['X/OTHER', 'X./OTHER'],
    true,
  ],
  ['type.platform-x', 'The attack on X, a village, killed two.', [], ['X/ORG'], false],
  // A title of data/actors/works.tsv written as there is a work; not the start of a longer name.
  [
    'name.work-title',
    'The Bolshoi staged Swan Lake. Thieves stole the Mona Lisa. The Crown Prosecution Service said.',
    ['Swan Lake/OTHER', 'Mona Lisa/OTHER', 'Crown Prosecution Service/ORG'],
    ['Mona Lisa/PERSON', 'The Crown/OTHER'],
    true,
  ],
  // A company's arm for a region of the world is one name.
  [
    'name.company+country',
    'Sberbank Europe, the Vienna-based unit, failed. Prices rose for Shell, Europe and Asia.',
    ['Sberbank Europe/ORG', 'Europe/LOC'],
    ['Sberbank/ORG'],
    true,
  ],
  // The opposition's leader is a title; the Opposition alone after an article names no one.
  [
    'name.dictionary+title',
    'Opposition Leader Peter Dutton dismissed it. The Opposition has called for talks.',
    ['Peter Dutton/PERSON'],
    ['Opposition/ORG'],
    true,
  ],
  // `Lloyd's` alone is the insurance market, not a man called Lloyd.
  [
    'name.dictionary',
    "He said Lloyd's chief executive John Neal spoke.",
    ["Lloyd's/ORG"],
    ['Lloyd/PERSON'],
    true,
  ],
  ['name.dictionary', "Jamie Lloyd's revival won.", [], ["Lloyd's/ORG", 'Jamie/ORG'], false],
  // The UK's and Scotland's parliaments by their seats; the borough keeps its longer name.
  [
    'name.dictionary',
    'MPs at Westminster voted before Holyrood did. The City of Westminster council said.',
    ['Westminster/ORG', 'Holyrood/ORG', 'City of Westminster/GPE'],
    ['Westminster/GPE'],
    true,
  ],
  [
    'type.town-by-cue',
    'Customers in Barking, Croydon and Westminster paid; he told the committee in Westminster so.',
    ['Westminster/GPE'],
    ['Westminster/ORG'],
    true,
  ],
  // Companies of the stage.
  [
    'type.name-head',
    'The English National Ballet and the Vienna Philharmonic toured.',
    ['English National Ballet/ORG', 'Vienna Philharmonic/ORG'],
    ['Vienna/GPE'],
    true,
  ],
  // One summit of a numbered series is an event, glued, spaced or alone; not an amount in pesos.
  [
    'type.numbered-event',
    'Delegates at COP 28 and the Cop27 summit said the COP must deliver before COP30 in Belem.',
    ['COP 28/OTHER', 'Cop27/OTHER', 'COP/OTHER', 'COP30/OTHER'],
    ['COP 28/ORG', 'COP30/ORG'],
    true,
  ],
  ['type.numbered-event', 'The fare rose to COP 5,000 in Bogota.', [], ['COP/OTHER'], false],
  // A centre of a field is an institution; a centre of a town is where it is.
  [
    'type.head-for',
    'Rain fell, according to the African Centre of Meteorological Applications for Development in Niamey.',
    ['African Centre of Meteorological Applications for Development/ORG'],
    ['African Centre of Meteorological Applications for Development/LOC'],
    true,
  ],
  [
    'type.head-of',
    'Water rose in the Centre of Bangkok overnight.',
    ['Centre of Bangkok/LOC'],
    ['Centre of Bangkok/ORG'],
    true,
  ],
  // A climate centre is an institution (lexicon `institution-centre-word`).
  [
    'type.institution-centre',
    'Julie Arrighi, director at the Red Cross Red Crescent Climate Centre, said so.',
    ['Red Cross Red Crescent Climate Centre/ORG'],
    ['Red Cross Red Crescent Climate Centre/LOC'],
    true,
  ],
  // `Building` glued by a hyphen is a compound's gerund, no building.
  [
    'type.head-for',
    'Zhuang, deputy director of the Research Center for Government Integrity-Building, spoke.',
    ['Research Center for Government Integrity-Building/ORG'],
    ['Research Center for Government Integrity-Building/LOC'],
    true,
  ],
  // `and` inside a body's name after `of`/`for`/`on` and a field (a head word may qualify it).
  [
    'name.and-in-org',
    'The Centre for Research on Energy and Clean Air said so. He joined the Institute of Electrical and Electronics Engineers.',
    [
      'Centre for Research on Energy and Clean Air/ORG',
      'Institute of Electrical and Electronics Engineers/ORG',
    ],
    ['Clean Air/ORG', 'Institute of Electrical/ORG'],
    true,
  ],
  [
    'name.and-in-org',
    'The Department of Justice and Samsung Electronics met.',
    ['Samsung Electronics/ORG'],
    [],
    false,
  ],
  // A named programme is a work, and so is its acronym; a body named for a field is no programme.
  [
    'type.name-head',
    'China marked the Belt and Road Initiative (BRI) in Beijing. The BRI grew.',
    ['Belt and Road Initiative/OTHER', 'BRI/OTHER'],
    ['Belt and Road Initiative/ORG', 'BRI/ORG'],
    true,
  ],
  [
    'coref.acronym-initials',
    'Zambia returned Konkola Copper Mines (KCM) to Vedanta. KCM will dig.',
    ['KCM/ORG'],
    ['KCM/OTHER'],
    false,
  ],
];

// An artist no dictionary knows (the actor base holds Andy Warhol, who would be found alone).
const WARHOL_POLAROIDS = 'Andy Varholm took the pictures. The Varholm Polaroids were shown.';
const WARHOL_FOUNDATION = 'Andy Warhol was born in 1928. The Andy Warhol Foundation paid.';

// A demonym that names a language, with a language's cue, is the language; the people elsewhere.
it.each([
  ['Macron, speaking in English, urged them on.', ['English/OTHER'], []],
  ['It was published in French by Actes Sud and in German by Penguin.', ['French/OTHER', 'German/OTHER'], []],
  ['The group, known by its French initials MSF, said so.', ['French/OTHER'], []],
  ['Infantino spoke in English, French, Spanish and German.', ['English/OTHER', 'Spanish/OTHER'], []],
  ['The French minister said German forces would stay.', [], ['French/OTHER', 'German/OTHER']],
])('type.language-cue: %s', (text, present, absent) => {
  const { all } = run(text);
  for (const p of present) expect(all, text).toContain(p);
  for (const a of absent) expect(all, text).not.toContain(a);
});

it('ends no demonym at a hyphen (British-Albanian)', () => {
  const { all } = run('The British-Albanian pop star opened the show.');
  expect(all).toContain('British/NORP');
  expect(all).not.toContain('British-/NORP');
});

describe('typing rules', () => {
  it.each(rows)('%s: %s', (rule, text, present, absent, fires, tagged) => {
    const { found, rules } = run(text, tagged);
    for (const p of present) expect(found, text).toContain(p);
    for (const a of absent) expect(found, text).not.toContain(a);
    expect(rules.includes(rule), `${rule} in ${rules.join(',')}`).toBe(fires);
  });

  // Persons named inside other names are GUM's convention, as nested places are: only with that option.
  it.each<[string, boolean, string, string[], string[], boolean]>([
    ['name.nested-surname', true, WARHOL_POLAROIDS, ['Varholm/PERSON'], [], true],
    ['name.nested-surname', false, WARHOL_POLAROIDS, [], ['Varholm/PERSON'], false],
    [
      'name.nested-surname',
      true,
      'Andy Warhol took the pictures. The Warhol Foundation paid.',
      [],
      [],
      false,
    ],
    [
      'name.nested-surname',
      true,
      'Tom Ford designed the car. The Ford Fiesta Classics rally drew crowds.',
      ['Tom Ford/PERSON'],
      ['Ford/PERSON'],
      false,
    ],
    ['name.nested-person', true, WARHOL_FOUNDATION, ['Andy Warhol Foundation/ORG'], [], true],
    ['name.nested-person', false, WARHOL_FOUNDATION, ['Andy Warhol Foundation/ORG'], [], false],
  ])('%s (nested %s): %s', (rule, nested, text, present, absent, fires) => {
    const { found, rules } = run(text, [], nested);
    for (const p of present) expect(found, text).toContain(p);
    for (const a of absent) expect(found, text).not.toContain(a);
    expect(rules.includes(rule), `${rule} in ${rules.join(',')}`).toBe(fires);
  });

  // demonym.combined: `Franco-German` is one nationality adjective; `Sino-Forest` (a company) is not.
  it.each([
    ['The Sino-Indian border talks resumed.', ['Sino-Indian/NORP']],
    ['Anglo-French forces landed.', ['Anglo-French/NORP']],
    ['The Sino-Forest scandal grew.', []],
  ])('demonym.combined: %s', (text, expected) => {
    const doc = newDocument({ text });
    textLayer().run(doc);
    entitiesComponent(kb).run(doc);
    const combined = (doc.layers.mentions ?? []).filter((m) => m.rules.includes('demonym.combined'));
    expect(combined.map((m) => `${m.text}/${m.type}`)).toEqual(expected);
  });

  // `officials` heads the phrase of the agent before it: one nominal, with that agent's sector.
  it.each([
    ['Israeli intelligence officials shared evidence.', 'Israeli intelligence officials', 'SPY'],
    ['Police officials said so.', 'Police officials', 'police'],
  ])('nominal with its head noun: %s', (text, nominal, sector) => {
    const doc = newDocument({ text });
    textLayer().run(doc);
    entitiesComponent(kb).run(doc);
    const nominals = (doc.layers.mentions ?? []).filter((m) => m.kind === 'nominal');
    expect(nominals.map((m) => m.text)).toEqual([nominal]);
    const entity = doc.layers.entities?.find((e) => e.id === nominals[0].entityId);
    expect(entity?.actor?.code ?? entity?.name ?? '').toContain(sector);
  });
});

describe('demonyms', () => {
  // [text, demonym mentions found as `text/TYPE`]
  it.each([
    // spelt like its country, before a title, it is the adjective
    ['He met Saudi Prince Alwaleed bin Talal.', ['Saudi/NORP']],
    ['He beat Scot Colin Montgomerie.', ['Scot/NORP']],
    // a noun for the people: the article stays outside
    [
      'It was a win in the Dutch first division. The Italian had been sacked.',
      ['Dutch/NORP', 'Italian/NORP'],
    ],
  ])('%s', (text, present) => {
    const { all } = run(text);
    for (const p of present) expect(all, text).toContain(p);
  });
});
