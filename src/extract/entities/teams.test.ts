import { beforeAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import { type ActorKnowledge, loadActorKnowledge } from '../../knowledge/actors/index.js';
import { textLayer } from '../../text/index.js';
import { splitParagraphs } from '../../text/paragraphs.js';
import { entitiesComponent } from './index.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

/** `text/TYPE/actor id` of every name mention; a first paragraph before a blank line is the headline. */
function found(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length > 1) paragraphs[0].role = 'headline';
  const doc = newDocument({ text, paragraphs });
  textLayer().run(doc);
  entitiesComponent(kb).run(doc);
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  return (doc.layers.mentions ?? [])
    .filter((m) => m.kind === 'name')
    .map((m) => `${m.text}/${m.type}/${entities.get(m.entityId ?? '')?.actor?.actorId ?? '-'}`);
}

describe('teams named by their nickname', () => {
  // [text, mentions found, mentions not found]
  it.each([
    [
      'The Kansas City Chiefs beat the San Francisco 49ers 25-22. The Chiefs became champions. The 49ers led.',
      [
        'San Francisco 49ers/ORG/team:san-francisco-49ers',
        'Chiefs/ORG/team:kansas-city-chiefs',
        '49ers/ORG/team:san-francisco-49ers',
      ],
      ['San Francisco/GPE/*', 'Chiefs/PERSON/-'],
    ],
    [
      'He scored 30 points against the Oklahoma City Thunder. It was a reminder for the Thunder.',
      ['Thunder/ORG/team:oklahoma-city-thunder'],
      [],
    ],
    [
      'Aaron Judge of the New York Yankees hit a home run. The Yankees won 5-4.',
      ['Yankees/ORG/team:new-york-yankees'],
      ['Yankees/NORP/USA'],
    ],
    // A town named like a club of the article, before a word of the club's world.
    [
      'Leicester City won the league. Several Leicester players watched. Fans gathered in Leicester.',
      ['Leicester/ORG/team:leicester-city'],
      ['Several Leicester/OTHER/-'],
    ],
    // A nickname that is a word too is the team only after `the` (or in capitals).
    [
      'The Houston Rockets beat Dallas. Rockets were fired from Gaza on Sunday.',
      [],
      ['Rockets/ORG/team:houston-rockets'],
    ],
    ['The Houston Rockets beat Dallas. The Rockets won again.', ['Rockets/ORG/team:houston-rockets'], []],
    // before a word of the club's world
    [
      'The Kansas City Chiefs won. Chiefs coach Andy Reid smiled.',
      ['Chiefs/ORG/team:kansas-city-chiefs'],
      [],
    ],
    ['The Dallas Stars won. Stars attended the gala.', [], ['Stars/ORG/team:dallas-stars']],
    // beside a word of a match, as title-case headlines write it
    [
      'Chiefs Beat 49ers in Overtime Thriller\n\nThe Kansas City Chiefs beat the San Francisco 49ers 25-22.',
      ['Chiefs/ORG/team:kansas-city-chiefs', '49ers/ORG/team:san-francisco-49ers'],
      ['Chiefs Beat/OTHER/-'],
    ],
    ['The Houston Rockets won. Dallas lost to Rockets in 2019.', ['Rockets/ORG/team:houston-rockets'], []],
    // a local side named like the dictionaries' teams, in a match report
    [
      'The Mundaring Hawks beat the Kalamunda Lions by 11 points. The Hawks led all day.',
      ['Mundaring Hawks/ORG/-', 'Kalamunda Lions/ORG/-', 'Hawks/ORG/-'],
      [],
    ],
    ['The Mundaring Hawks circled the valley. The Three Kings beat the odds.', [], ['Three Kings/ORG/-']],
    // Not without the full name, nor in lower case.
    ['The Chiefs of the tribes met. Thunder rolled over the hills.', [], ['Chiefs/ORG/*', 'Thunder/ORG/*']],
    // type.team-home: in a story of two teams or more, a named team's town or state is the team
    [
      'The Celtics beat the Miami Heat 110-97. Porzingis had 17 points for Boston. Miami was 11 of 34 from deep.',
      ['Boston/ORG/team:boston-celtics', 'Miami/ORG/team:miami-heat'],
      ['Boston/GPE/*', 'Miami/GPE/*'],
    ],
    [
      'Leeds United beat Aston Villa. Bamford scored for Leeds, and Villa fans in Leeds sang.',
      ['Leeds/ORG/team:leeds-united', 'Leeds/GPE/phx:leeds'],
      [],
    ],
    // ... but not as the place: after a place word, in a quotation, before its state or a noun of the town
    [
      'BOSTON (AP) — The Celtics beat the Miami Heat 110-97. "Boston is home," Tatum said. Boston residents cheered.',
      ['Boston/GPE/phx:boston'],
      ['Boston/ORG/*', 'BOSTON/ORG/*'],
    ],
    // a town opening a team's name of the dictionaries, once teams are named
    [
      'Chelsea sacked their coach after a 2-0 defeat by Aston Villa. Chelsea paid Brighton £21.5m for him in 2022.',
      ['Chelsea/ORG/team:chelsea', 'Brighton/ORG/team:brighton-hove-albion'],
      ['Brighton/GPE/*'],
    ],
    // ... not a hometown, nor a state after its town, nor the Games of a year
    [
      'Leeds United beat Aston Villa 2-1. The 25-year-old from Leeds, born in Durango, Colorado, scored twice before Los Angeles 2028.',
      ['Leeds/GPE/phx:leeds'],
      ['Leeds/ORG/*', 'Colorado/ORG/*', 'Los Angeles/ORG/*'],
    ],
    // type.town-as-team: in a match report, a town beside a word of the match or before a player's noun
    // is its school's or club's team, named or not; a country, an Irish county and a town after a place
    // word stay places
    [
      'Belleville beat Rockford 21-14 at Ford Field in Detroit. Belleville coach Jermain Crowell praised the team, and Iowa coach Lisa Bluder watched. Surrey moved clear with a win over Somerset at Taunton.',
      ['Rockford/ORG/-', 'Belleville/ORG/-', 'Iowa/ORG/-', 'Detroit/GPE/phx:detroit', 'Somerset/ORG/-'],
      ['Rockford/GPE/*'],
    ],
    [
      'Ballyhale now face Offaly champions in the hurling final after a 2-14 to 1-9 win; their captain was born in Brazil. The match against Brazil ended 2-1.',
      [],
      ['Offaly/ORG/*', 'Brazil/ORG/*'],
    ],
    [
      'Boulder beat out Salt Lake City and Cincinnati to host the festival, its director said.',
      [],
      ['Boulder/ORG/*'],
    ],
    [
      'Hamilton Kangaroos beat Port Fairy 78-75. Port Fairy coach Liam Rowe was frustrated. "We know Southport are a good side," he said.',
      ['Port Fairy/ORG/-', 'Southport/ORG/-'],
      ['Port Fairy/LOC/*', 'Port Fairy/GPE/*'],
    ],
    // ... nor in a story that names one team only
    ['The Celtics won. Boston is a city of students.', [], ['Boston/ORG/*']],
    ['The Oklahoma City Thunder lost as thunder rolled in.', [], ['thunder/ORG/*']],
  ])('%s', (text, present, absent) => {
    const names = found(text);
    for (const p of present) expect(names, text).toContain(p);
    for (const a of absent) {
      const [t, type] = a.split('/');
      if (a.endsWith('/*'))
        expect(
          names.filter((n) => n.startsWith(`${t}/${type}/`)),
          text,
        ).toEqual([]);
      else expect(names, text).not.toContain(a);
    }
  });
});
