/**
 * Table tests of the rules for agency wire copy (all-capital headlines, spaced punctuation, lists
 * and scoreboards), on sentences written for the purpose: each row is [rule, text, mentions that
 * must be found as `text/TYPE` (`/*` for any type), mentions that must not].
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import { type ActorKnowledge, loadActorKnowledge } from '../../knowledge/actors/index.js';
import { textLayer } from '../../text/index.js';
import { entitiesComponent, type NerTagger } from './index.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

function found(text: string, tagger?: NerTagger): { names: string[]; rules: string[] } {
  const doc = newDocument({ text });
  textLayer().run(doc);
  entitiesComponent(kb, tagger).run(doc);
  const ms = (doc.layers.mentions ?? []).filter((m) => m.kind !== 'pronoun' && m.kind !== 'nominal');
  return { names: ms.map((m) => `${m.text}/${m.type}`), rules: ms.flatMap((m) => m.rules) };
}

const cases: [string, string, string[], string[]][] = [
  [
    'type.club-beside-score',
    'Leeds United beat Sunderland 3-0 , while Aston Villa drew 1-1 with Middlesbrough . Turnout in Sunderland rose 3-4 points .',
    ['Sunderland/ORG', 'Middlesbrough/ORG', 'Sunderland/GPE'],
    ['Middlesbrough/GPE'],
  ],
  [
    'name.unknown: apposition',
    'Clinton , speaking at the White House , said so . Dole , the Republican challenger , disagreed . However , a spokesman said , it failed .',
    ['Clinton/PERSON', 'Dole/PERSON'],
    ['Clinton/GPE', 'However/PERSON'],
  ],
  [
    'type.dateline-place',
    'SOCCER - JAPAN WIN .\n\nAL-AIN , United Arab Emirates 1996-12-06\n\nJapan won on Friday .',
    ['AL-AIN/GPE', 'United Arab Emirates/GPE'],
    ['AL-AIN/ORG', 'AL-AIN/OTHER'],
  ],
  [
    'type.scoreboard-player',
    'Pakistan innings\n\nAamir Sohail c Cairns b Harris 11\n\nIjaz Ahmed st Germon b Astle 5\n\nHe flew to Cairns on Monday.',
    ['Cairns/PERSON', 'Harris/PERSON', 'Aamir Sohail/PERSON', 'Cairns/GPE'],
    [],
  ],
  [
    'type.caps-as-written-elsewhere',
    'TENNIS - AGASSI BEATS CHANG IN FINAL .\n\nAndre Agassi beat Michael Chang 6-2 6-4 on Sunday .',
    ['AGASSI/PERSON', 'CHANG/PERSON', 'Andre Agassi/PERSON'],
    ['TENNIS/ORG', 'TENNIS/OTHER', 'BEATS CHANG IN FINAL/OTHER', 'IN FINAL/OTHER', 'FINAL/ORG'],
  ],
  [
    'caps: dictionary names only',
    'RUSSIA WARNS UKRAINE OVER GAS DEBT .\n\nMoscow said on Monday that Kiev owed it money .',
    ['RUSSIA/GPE', 'UKRAINE/GPE'],
    ['WARNS UKRAINE OVER GAS DEBT/OTHER', 'GAS DEBT/OTHER', 'DEBT/ORG'],
  ],
  [
    'caps: a word capitalised only inside a longer name is no mention alone',
    'GOLF - LAWRIE WINS MASTERS CUP .\n\nDefending champion Paul Lawrie won the Masters Cup at Augusta on Sunday .',
    ['LAWRIE/PERSON', 'MASTERS CUP/OTHER'],
    ['CUP/OTHER', 'CUP/ORG', 'MASTERS CUP/ORG'],
  ],
  [
    'type.initial+surname',
    'Batting first , J. Smith scored 40 and R. Patel made 12 before lunch .',
    ['J. Smith/PERSON', 'R. Patel/PERSON'],
    [],
  ],
  [
    'type.given-name-as-surname',
    'The wickets fell to Shoaib Ahmed and Imtiaz Ali before tea .',
    ['Shoaib Ahmed/PERSON', 'Imtiaz Ali/PERSON'],
    [],
  ],
  [
    'type.given-name-as-surname: not a place word',
    'The talks moved to Camp David on Tuesday .',
    ['Camp David/*'],
    ['Camp David/PERSON'],
  ],
  [
    'type.place-noun-after',
    'The Brahmaputra river burst its banks near Dibrugarh .',
    ['Brahmaputra/LOC'],
    ['Brahmaputra/PERSON'],
  ],
  [
    'groups.tsv: ethnic and religious groups are NORP',
    'Kurdish fighters and Chechen separatists met Sunni leaders and Rohingya refugees .',
    ['Kurdish/NORP', 'Chechen/NORP', 'Sunni/NORP', 'Rohingya/NORP'],
    ['Chechen/ORG'],
  ],
  [
    'demonym after `and`',
    'He leads Spaniard Sergio Garcia and Swede Peter Larsson by two shots .',
    ['Spaniard/NORP', 'Swede/NORP', 'Peter Larsson/PERSON'],
    ['Swede/OTHER'],
  ],
  [
    'name.hyphenated-given-name: `Per-` is no preposition',
    'Third was Norwegian Per-Olof Larsson , two shots back .',
    ['Per-Olof Larsson/*'],
    ['Olof Larsson/OTHER', 'Olof Larsson/PERSON'],
  ],
  [
    'no mention opens with `of`; `Top seed` is no name',
    'Top seed Pete Sampras of the United States beat Croatian Goran Ivanisevic on Saturday .',
    ['Pete Sampras/PERSON', 'United States/GPE', 'Croatian/NORP', 'Goran Ivanisevic/PERSON'],
    ['of the United States/GPE', 'of the United States/ORG', 'Top/ORG', 'Top seed Pete Sampras/OTHER'],
  ],
  [
    'a name never opens with a lower-case word',
    'Fly-half Tom Walker kicked three penalties .',
    ['Tom Walker/PERSON'],
    ['half Tom Walker/OTHER'],
  ],
  [
    'name heads: corporate suffixes and exchanges',
    'Daimler AG shares rose on the Frankfurt Stock Exchange , and Acme Widgets Co fell .',
    ['Daimler AG/ORG', 'Frankfurt Stock Exchange/ORG', 'Acme Widgets Co/ORG'],
    ['Co/PERSON', 'Stock Exchange/OTHER'],
  ],
  [
    'name heads: events',
    'She won the Italian Open and then the Fed Cup with her team .',
    ['Italian Open/OTHER', 'Fed Cup/OTHER'],
    ['Open/OTHER', 'Italian/NORP'],
  ],
  [
    'type.repeated-word: not a plural met only opening sentences',
    'Storms hit the coast of Kerala .\n\nStorms also cut power to 3,000 homes .',
    ['Kerala/GPE'],
    ['Storms/ORG'],
  ],
  [
    'role.portfolio+title',
    'Czech Transport Minister Martin Kocourek and Energy Secretary Ernest Moniz met on Monday .',
    ['Martin Kocourek/PERSON', 'Ernest Moniz/PERSON'],
    ['Transport Minister Martin Kocourek/OTHER', 'Energy Secretary Ernest Moniz/OTHER'],
  ],
  [
    'name.title+given-name+surname: a given name that is also a town',
    'Finance Minister Roman Kowalczyk resigned .',
    ['Roman Kowalczyk/PERSON'],
    ['Roman/PERSON', 'Roman/GPE'],
  ],
  [
    'type.org-noun-after',
    'Itar-Tass reported it first , and Zvezda television and Novosti news agency said so too .',
    ['Zvezda/ORG', 'Novosti/ORG'],
    [],
  ],
  [
    'caps: a town named like an English word is an ordinary word in a capital headline',
    'CHINA IN SURPRISE DEFEAT .\n\nChina lost 2-0 to Uzbekistan on Friday .',
    ['CHINA/GPE'],
    ['SURPRISE/GPE'],
  ],
  [
    'caps: a town of the dateline stays a name in the headline',
    'BECKER ADVANCES IN STUTTGART .\n\nSTUTTGART 1996-10-23\n\nBoris Becker won on Wednesday .',
    ['STUTTGART/GPE', 'BECKER/PERSON'],
    [],
  ],
  [
    'type.club-named-after-town: an unknown name beside a match word',
    'SOCCER - BREMEN LOSE .\n\nHansa Rostock beat Werder Bremen 2-1 on Saturday .',
    ['Werder Bremen/ORG'],
    ['Werder Bremen/OTHER'],
  ],
  [
    'caps.slug: a topic slug is no name, even when a town shares it',
    'RUGBY LEAGUE - WIGAN WIN AGAIN .\n\nWigan beat Leeds 30-12 on Friday .',
    ['Wigan/*'],
    ['RUGBY/*', 'RUGBY LEAGUE/*', 'LEAGUE/*'],
  ],
  [
    'caps.slug: a country before the dash is kept',
    'CHINA - TAIWAN TALKS RESUME .\n\nChina and Taiwan resumed talks .',
    ['CHINA/GPE', 'TAIWAN/GPE'],
    [],
  ],
  [
    'type.place-noun-after: a division noun',
    'Gunmen attacked a police post in Tunceli province on Tuesday .',
    ['Tunceli/GPE'],
    ['Tunceli/PERSON', 'Tunceli/OTHER'],
  ],
  [
    'type.company-short-name',
    'Zeltronik AG said it would cut jobs . Shares in Zeltronik fell 2 percent .',
    ['Zeltronik AG/ORG', 'Zeltronik/ORG'],
    [],
  ],
  [
    'type.club-named-after-town',
    'SOCCER - LEEDS BEAT NEWCASTLE .\n\nLeeds beat Newcastle 2-1 on Saturday in Leeds , said coach George Graham .',
    // `in Leeds`: the town the match was played in
    ['LEEDS/ORG', 'NEWCASTLE/ORG', 'Leeds/ORG', 'Newcastle/ORG', 'Leeds/GPE'],
    ['Newcastle/GPE'],
  ],
  [
    'type.club-town+nickname',
    'BASEBALL - ORIOLES WIN .\n\nThe Baltimore Orioles beat the New York Yankees 5-3 on Thursday .',
    ['Baltimore Orioles/ORG', 'New York Yankees/ORG', 'ORIOLES/ORG'],
    ['Baltimore/GPE', 'Yankees/NORP'],
  ],
  [
    'type.town-as-club: a town named like a club of the story, in a team-sport headline',
    'SOCCER - AJAX EDGE FEYENOORD .\n\nAMSTERDAM 1996-08-25\n\nChampions Ajax Amsterdam beat Feyenoord 2-1 on Sunday .',
    ['AJAX/ORG', 'AMSTERDAM/GPE'],
    ['AJAX/GPE'],
  ],
  [
    "type.town-as-club: a club's last word, its possessive before a club word, a verb of saying",
    "Borussia Dortmund signed Jude Bellingham from Birmingham City. Dortmund said the fee was fair. He grew up in Solihull and joined Birmingham's academy at seven.",
    ['Dortmund/ORG', 'Birmingham/ORG'],
    ['Dortmund/GPE', 'Birmingham/GPE'],
  ],
  [
    'type.team-after-nationality: the team after a rider and a bracketed country on a results line',
    'MOTOR RACING - GRID .\n\nSPA 1996-08-24\n\nGrid : 8. Rubens Barrichello ( Brazil ) Jordan 1:52.630 9. Mika Salo ( Finland ) Tyrrell 1:54.488',
    ['Rubens Barrichello/PERSON', 'Jordan/ORG', 'Tyrrell/ORG', 'Brazil/GPE'],
    ['Jordan/GPE'],
  ],
  [
    'type.club-short-name: a club named with its town last is known by the words before it',
    'Ajax Amsterdam were held 1-1 . Kluivert put Ajax ahead . He later flew to Ajax , Ontario .',
    ['Ajax Amsterdam/ORG', 'Ajax/ORG', 'Ajax/GPE'],
    [],
  ],
  [
    'type.results-line-team: names on a line of results or standings',
    'SOCCER - DUTCH RESULTS .\n\nAMSTERDAM 1996-08-25\n\nResults :\n\nFortuna Sittard 0 Willem II Tilburg 3\n\nStandings :\n\nRoda JC Kerkrade 5 4 1 0 13 2 13',
    ['Fortuna Sittard/ORG', 'Willem II Tilburg/ORG', 'Roda JC Kerkrade/ORG'],
    ['Willem II Tilburg/PERSON'],
  ],
  [
    "type.results-line-team: not a player's line of figures",
    'CRICKET - SCORES .\n\nLONDON 1996-08-25\n\nWasim Akram 20 5 45 3\n\nPete Sampras 6 4 6 3 6 2',
    ['Wasim Akram/PERSON', 'Pete Sampras/PERSON'],
    ['Wasim Akram/ORG', 'Pete Sampras/ORG'],
  ],
  [
    'type.results-line-team: not a line of prose with numbers',
    'Willem Dreesen scored 3 goals in 2 games .',
    ['Willem Dreesen/PERSON'],
    ['Willem Dreesen/ORG'],
  ],
  [
    'type.town-as-club: a verb or preposition of the match beside the town',
    'The Florida Panthers beat the Edmonton Oilers. Florida won 2-1 after a late rally against Edmonton. Storms hit Florida.',
    ['Florida/ORG', 'Edmonton/ORG', 'Florida/GPE'],
    ['Edmonton/GPE'],
  ],
  [
    'type.town-as-club: a capital speaks for its government, a town after a place word is the town',
    'Hertha Berlin lost. Berlin said it would host the summit. Swansea City beat Cardiff City. The government in Cardiff said schools would close.',
    ['Berlin/GPE', 'Cardiff/GPE'],
    [],
  ],
  [
    'type.team-after-nationality: the score after the team is no model number',
    '1. Alan Shearer ( England ) Newcastle 22 goals',
    ['Newcastle/ORG'],
    ['Newcastle 22/OTHER'],
  ],
  [
    'type.dateline-place: a dateline word read as an acronym types nothing in mixed case',
    'CYCLING - ZABEL WINS STAGE .\n\nMARENNES , France 1997-07-11\n\nErik Zabel won the stage from Le Blanc to Marennes . The next stage runs from Marennes to Bordeaux . Marennes was hot .',
    ['MARENNES/GPE'],
    ['Marennes/ORG', 'MARENNES/ORG'],
  ],
  [
    'type.team-after-nationality: not in prose',
    'Talks between Israel ( which says no ) and Jordan stalled .',
    ['Jordan/GPE'],
    ['Jordan/ORG'],
  ],
  [
    'caps: a longer name in capitals needs words written capitalised elsewhere',
    'KHMER ROUGE DEFECTORS OFFER TO JOIN CAMBODIA ARMY .\n\nPHNOM PENH 1996-08-15\n\nKhmer Rouge commanders in western Cambodia said they were ready to join the army .',
    ['KHMER ROUGE/ORG', 'CAMBODIA/GPE'],
    ['KHMER ROUGE DEFECTORS/*', 'CAMBODIA ARMY/*'],
  ],
  [
    'acronym.dictionary: EU in a headline in capitals',
    'GREECE BLOCKS EU AID TO TURKEY .\n\nLUXEMBOURG 1996-10-28\n\nGreece blocked European Union aid to Turkey on Monday .',
    ['EU/ORG', 'GREECE/GPE', 'TURKEY/GPE'],
    [],
  ],
  [
    'type.club-named-after-town: not the dateline, nor a town things happen in',
    'BASKETBALL - ROCKETS WIN .\n\nHOUSTON 1996-12-07\n\nIn Chicago , Michael Jordan scored 36 points .\n\nHouston 104 Utah 98\n\nChicago 111 New Jersey 95',
    // the results lines name the clubs
    ['HOUSTON/GPE', 'Chicago/GPE', 'Houston/ORG', 'Chicago/ORG'],
    ['HOUSTON/ORG'],
  ],
  [
    'type.club-named-after-town: not outside a team-sport story',
    'Leeds beat Newcastle to the title of greenest city , the council said .',
    ['Leeds/GPE'],
    ['Leeds/ORG'],
  ],
  [
    'demonym.the-people: not before an agent noun',
    'The attack was in the east , the Turkish military said .',
    ['Turkish/NORP'],
    ['the Turkish/NORP'],
  ],
];

describe('wire-copy rules', () => {
  it.each(cases)('%s: %s', (_rule, text, present, absent) => {
    const { names } = found(text);
    for (const p of present) {
      if (p.endsWith('/*'))
        expect(
          names.some((f) => f.startsWith(p.slice(0, -1))),
          `${text}: ${p} in ${names}`,
        ).toBe(true);
      else expect(names, text).toContain(p);
    }
    // `Name/*` absent: not found with any type.
    for (const a of absent)
      if (a.endsWith('/*'))
        expect(
          names.some((f) => f.startsWith(a.slice(0, -1))),
          `${text}: ${a} in ${names}`,
        ).toBe(false);
      else expect(names, text).not.toContain(a);
  });
});

/** A stub tagger that tags each listed surface with the type given. */
function stubTagger(spans: [string, 'GPE' | 'LOC' | 'ORG' | 'PERSON'][]): NerTagger {
  return {
    tag: (doc) =>
      spans.map(([s, type]) => {
        const start = doc.text.indexOf(s);
        return { start, end: start + s.length, type, confidence: 0.9 };
      }),
  };
}

describe('tagger spans the merge keeps', () => {
  it('a month word that is no date (`May said`) may be a surname', () => {
    const text = 'Theresa May met Merkel . May said the talks went well .';
    const start = text.indexOf('May said');
    const tagger: NerTagger = { tag: () => [{ start, end: start + 3, type: 'PERSON', confidence: 0.9 }] };
    expect(found(text, tagger).names.filter((n) => n === 'May/PERSON').length).toBe(1);
  });

  it('`to May` is a person unless it closes a range of months', () => {
    const text = 'The letter was handed to May on Tuesday .';
    const start = text.indexOf('May');
    const tagger: NerTagger = { tag: () => [{ start, end: start + 3, type: 'PERSON', confidence: 0.9 }] };
    expect(found(text, tagger).names).toContain('May/PERSON');
  });
});

describe('tagger spans the merge refuses', () => {
  const cases: [string, [string, 'GPE' | 'LOC' | 'ORG' | 'PERSON'][], string][] = [
    ['Nigeria held Ghana to a draw in Lagos on Sunday .', [['Sunday', 'LOC']], 'Sunday'],
    ['He took four for 38 on Friday as Kent won .', [['Friday', 'LOC']], 'Friday'],
    ['The vote is due in March , officials said .', [['March', 'GPE']], 'March'],
    ['Talks resume on 4 May in Geneva .', [['May', 'LOC']], 'May'],
    ['The rains last from March to May each year .', [['May', 'PERSON']], 'May'],
    ['SOCCER - NIGERIA HOLD GHANA TO DRAW .\n\nNigeria drew .', [['SOCCER', 'ORG']], 'SOCCER'],
  ];
  it.each(cases)('%s', (text, spans, absent) => {
    const { names } = found(text, stubTagger(spans));
    expect(names.some((n) => n.startsWith(`${absent}/`))).toBe(false);
  });

  it('a common word opening a sentence that only the tagger read as a name', () => {
    const text = 'Scoreboard in the second one-day international on Friday . Kelvex won .';
    const spans: [string, 'PERSON'][] = [
      ['Scoreboard', 'PERSON'],
      ['Kelvex', 'PERSON'],
    ];
    const tagger: NerTagger = { ...stubTagger(spans), isCommonWord: (w) => w === 'scoreboard' };
    const { names } = found(text, tagger);
    expect(names).not.toContain('Scoreboard/PERSON');
    expect(names).toContain('Kelvex/PERSON');
  });
});
