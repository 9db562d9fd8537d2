import { describe, expect, it } from 'vitest';
import {
  type ConventionDoc,
  type ConventionKnowledge,
  mapToConll,
  TRANSFORM_ORDER,
  type TransformId,
} from './gum-conventions.js';

const knowledge: ConventionKnowledge = {
  countries: new Set(['United States', 'US', 'Belgium', 'Italy', 'Sweden']),
  demonyms: new Set(['American', 'Afghan']),
  cities: new Set(['Toronto']),
  titles: new Set([
    'president',
    'administrator',
    'undersecretary',
    'mr.',
    'professor',
    'doctor',
    'mp',
    'major',
  ]),
  firstNames: new Set(['john']),
};

/** A gold doc from a text and its entities written as [surface, type] (first occurrence of the surface). */
function doc(text: string, entities: [string, string][]): ConventionDoc {
  return {
    id: 'd',
    text,
    published: '2020-01-01',
    entities: entities.map(([surface, type]) => {
      const start = text.indexOf(surface);
      if (start < 0) throw new Error(`${surface} not in text`);
      return { start, end: start + surface.length, type };
    }),
  };
}

function mapped(d: ConventionDoc, only: TransformId[] = TRANSFORM_ORDER): string[] {
  return mapToConll(d, knowledge, only).doc.entities.map((e) => `${d.text.slice(e.start, e.end)}/${e.type}`);
}

type Case = [string, string, [string, string][], TransformId[], string[]];

const cases: Case[] = [
  // T1 metonymy
  ['T1 country team', 'Belgium beat Panama.', [['Belgium', 'ORG']], ['T1'], ['Belgium/GPE']],
  ['T1 not a country', 'Google beat Panama.', [['Google', 'ORG']], ['T1'], ['Google/ORG']],
  ['T1 GPE untouched', 'Sweden won.', [['Sweden', 'GPE']], ['T1'], ['Sweden/GPE']],
  // T2 person-of-org
  [
    'T2 of the party',
    'Tanya Chan of the Civic Party spoke.',
    [['Tanya Chan of the Civic Party', 'PERSON']],
    ['T2'],
    ['Tanya Chan/PERSON', 'Civic Party/ORG'],
  ],
  [
    'T2 of a country',
    'Carlo De Benedetti of Italy spoke.',
    [['Carlo De Benedetti of Italy', 'PERSON']],
    ['T2'],
    ['Carlo De Benedetti/PERSON', 'Italy/GPE'],
  ],
  [
    'T2 two names',
    'Ben Chan and Leung Che-cheung won.',
    [['Ben Chan and Leung Che-cheung', 'PERSON']],
    ['T2'],
    ['Ben Chan/PERSON', 'Leung Che-cheung/PERSON'],
  ],
  [
    'T2 acronym conjunct',
    'Kwok Wai-keung and DAB won.',
    [['Kwok Wai-keung and DAB', 'PERSON']],
    ['T2'],
    ['Kwok Wai-keung/PERSON', 'DAB/ORG'],
  ],
  [
    'T2 one-word name kept',
    'He was Man of the Match.',
    [['Man of the Match', 'PERSON']],
    ['T2'],
    ['Man of the Match/PERSON'],
  ],
  ['T2 only PERSON', 'Bank of America rose.', [['Bank of America', 'ORG']], ['T2'], ['Bank of America/ORG']],
  // T3 head-only
  [
    'T3 head grows, nested person goes',
    'She gave it to the Andy Warhol Foundation in May.',
    [
      ['Andy Warhol', 'PERSON'],
      ['Foundation', 'ORG'],
    ],
    ['T3'],
    ['Andy Warhol Foundation/ORG'],
  ],
  [
    'T3 with of and hyphen',
    'It flew to the Steven F. Udvar-Hazy Center today.',
    [['Center', 'LOC']],
    ['T3'],
    ['Steven F. Udvar-Hazy Center/LOC'],
  ],
  [
    'T3 stops after an earlier complete name',
    'from the National Air and Space Museum Steven F. Udvar-Hazy Center at Washington',
    [['Center', 'LOC']],
    ['T3'],
    ['Steven F. Udvar-Hazy Center/LOC'],
  ],
  [
    'T3 two heads are one name',
    'at Texas A&M University Hospital now',
    [['Hospital', 'LOC']],
    ['T3'],
    ['Texas A&M University Hospital/LOC'],
  ],
  ['T3 no run before', 'He went to the Museum.', [['Museum', 'LOC']], ['T3'], ['Museum/LOC']],
  [
    'T3 leading possessive cut',
    "Britain's Labour Party won.",
    [['Party', 'ORG']],
    ['T3'],
    ['Labour Party/ORG'],
  ],
  [
    'T3 inner possessive kept',
    "The Korean People's Army said.",
    [['Army', 'ORG']],
    ['T3'],
    ["Korean People's Army/ORG"],
  ],
  [
    'T3 stops at a person before of',
    "Eunice Yung of New People's Party won.",
    [
      ['Eunice Yung', 'PERSON'],
      ['Party', 'ORG'],
    ],
    ['T3'],
    ['Eunice Yung/PERSON', "New People's Party/ORG"],
  ],
  ['T3 not a generic head', 'The Andy Warhol Factory.', [['Factory', 'ORG']], ['T3'], ['Factory/ORG']],
  ['T3 person named Hall', 'Stuart Hall said.', [['Hall', 'PERSON']], ['T3'], ['Hall/PERSON']],
  // T4 flat
  [
    'T4 nested place dropped',
    'The University of Texas said.',
    [
      ['University of Texas', 'ORG'],
      ['Texas', 'GPE'],
    ],
    ['T4'],
    ['University of Texas/ORG'],
  ],
  [
    'T4 inside OTHER kept',
    'The FIRST Global Challenge began.',
    [
      ['FIRST Global Challenge', 'OTHER'],
      ['FIRST', 'ORG'],
    ],
    ['T4'],
    ['FIRST Global Challenge/OTHER', 'FIRST/ORG'],
  ],
  [
    'T4 coordination split',
    'Irving Police and the Irving Fire Service said.',
    [
      ['Irving Police and the Irving Fire Service', 'ORG'],
      ['Irving Police', 'ORG'],
      ['Irving Fire Service', 'ORG'],
    ],
    ['T4'],
    ['Irving Police/ORG', 'Irving Fire Service/ORG'],
  ],
  // T5 titles
  [
    'T5 country and title',
    'US President Barack Obama spoke.',
    [['US President Barack Obama', 'PERSON']],
    ['T5'],
    ['Barack Obama/PERSON'],
  ],
  [
    'T5 title for X title',
    'Undersecretary for Education Mr. Toccafondi said.',
    [['Undersecretary for Education Mr. Toccafondi', 'PERSON']],
    ['T5'],
    ['Toccafondi/PERSON'],
  ],
  ['T5 bare role dropped', 'The NASA Administrator said.', [['NASA Administrator', 'PERSON']], ['T5'], []],
  ['T5 title alone dropped', 'The President said.', [['President', 'PERSON']], ['T5'], []],
  [
    'T5 surname like a title kept',
    'John Major said.',
    [['John Major', 'PERSON']],
    ['T5'],
    ['John Major/PERSON'],
  ],
  ['T5 Doctor Who kept', 'Doctor Who fans met.', [['Doctor Who', 'PERSON']], ['T5'], ['Doctor Who/PERSON']],
  ['T5 no title', 'Barack Obama spoke.', [['Barack Obama', 'PERSON']], ['T5'], ['Barack Obama/PERSON']],
  [
    'T5 ORG untouched',
    'President Hotel opened.',
    [['President Hotel', 'ORG']],
    ['T5'],
    ['President Hotel/ORG'],
  ],
];

describe('GUM -> CoNLL/OntoNotes convention transforms', () => {
  it.each(cases)('%s', (_name, text, entities, only, expected) => {
    expect(mapped(doc(text, entities), only)).toEqual(expected);
  });

  it('keeps the other fields and records the transform on changed spans', () => {
    const d = doc('US President Barack Obama met Belgium.', [
      ['US President Barack Obama', 'PERSON'],
      ['Belgium', 'ORG'],
    ]);
    const r = mapToConll(d, knowledge);
    expect(r.doc.published).toBe('2020-01-01');
    expect(r.doc.entities.map((e) => e.conventions)).toEqual([['T5'], ['T1']]);
    expect(r.changes.map((c) => c.transform)).toEqual(['T5', 'T1']);
    expect(d.entities[0].start).toBe(0); // the input is not modified
  });
});
