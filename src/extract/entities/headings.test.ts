import { beforeAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import { type ActorKnowledge, loadActorKnowledge } from '../../knowledge/actors/index.js';
import { textLayer } from '../../text/index.js';
import { entitiesComponent } from './index.js';
import type { NerTagger } from './tagger-api.js';

let kb: ActorKnowledge;
beforeAll(() => {
  kb = loadActorKnowledge();
});

/** A tagger that finds nothing and knows a few common words, as the trained one's list does. */
const COMMON = new Set([
  'apple',
  'target',
  'passes',
  'funding',
  'boost',
  'deal',
  'reading',
  'angry',
  'found',
  'guilty',
  'bill',
  'grant',
  'employee',
  'insider',
  'staff',
  'writer',
  'will',
  'lake',
  'west',
  'camp',
  'organisers',
  'organiser',
  'woods',
  'wood',
  'thousands',
  'thousand',
  'service',
  'week',
  'impact',
  'statement',
  'gates',
  'gate',
  'sources',
  'source',
]);
const tagger: NerTagger = { tag: () => [], isCommonWord: (w) => COMMON.has(w) };

function found(text: string): string[] {
  const doc = newDocument({ text });
  textLayer().run(doc);
  entitiesComponent(kb, tagger).run(doc);
  return (doc.layers.mentions ?? []).filter((m) => m.kind === 'name').map((m) => `${m.text}/${m.type}`);
}

/** The names `present` are found in `text` (as `text/TYPE`) and those `absent` are not. */
function expectNames(text: string, present: string[], absent: string[]): void {
  const names = found(text);
  for (const p of present) expect(names, text).toContain(p);
  for (const a of absent) expect(names, text).not.toContain(a);
}

describe('title-case headlines', () => {
  // [headline and body, names found, names not found]
  it.each([
    ['Sam Bankman-Fried Found Guilty Of Fraud\n\nThe jury agreed.', ['Sam Bankman-Fried/PERSON'], []],
    ['Why Is Sharon Graham Angry About The Deal?\n\nShe spoke.', ['Sharon Graham/PERSON'], ['Deal/GPE']],
    ['Bill Passes Senate After Long Debate\n\nIt passed.', [], ['Bill Passes/PERSON']],
    ['Grant Funding Boost For Schools\n\nIt passed.', [], ['Grant Funding/PERSON']],
    ['Floods Hit Homes In Reading As Rivers Rise\n\nIt rained.', ['Reading/GPE'], []],
    ['Flooding Hits Reading And Newbury\n\nIt rained.', ['Reading/GPE', 'Newbury/GPE'], []],
    ['Reading Man Jailed For Fraud\n\nHe was.', ['Reading/GPE'], []],
    [
      'Hunter Biden Found Guilty On Gun Charges\n\nThe jury agreed.',
      ['Hunter Biden/PERSON'],
      ['Biden/PERSON'],
    ],
  ])('%s', expectNames);

  it("ends a name only the tagger found before a title-case line's common words (ner.title-case-trim)", () => {
    const text = 'Election Night: Rudd Sweeps To Power\n\nHe won.';
    const span = (s: string) => ({
      start: text.indexOf(s),
      end: text.indexOf(s) + s.length,
      confidence: 0.9,
    });
    const sweeps: NerTagger = {
      tag: () => [{ ...span('Rudd Sweeps'), type: 'PERSON' }],
      isCommonWord: (w) => COMMON.has(w) || w === 'sweeps',
    };
    const doc = newDocument({ text });
    textLayer().run(doc);
    entitiesComponent(kb, sweeps).run(doc);
    const names = (doc.layers.mentions ?? []).map((m) => `${m.text}/${m.type}`);
    expect(names).toContain('Rudd/PERSON');
    expect(names).not.toContain('Rudd Sweeps/PERSON');
  });

  it('leaves lines in sentence case alone', () => {
    expect(found('News\n\nThe deal was signed in Reading by Sam Ortiz.')).toContain('Reading/GPE');
  });
});

describe("a company's one common word opening a sentence", () => {
  it.each([
    ['News\n\nApple pie is a traditional dessert. Target audiences vary.', [], ['Apple/ORG', 'Target/ORG']],
    [
      'News\n\nApple shares rose. Apple engineers built it. Apple executives met them. Target said sales fell.',
      ['Apple/ORG', 'Target/ORG'],
      [],
    ],
  ])('%s', expectNames);
});

describe('ordinary nouns before a given name and a surname', () => {
  it.each([
    [
      'News\n\nEmployee Steve Castro tells the paper he fought.',
      ['Steve Castro/PERSON'],
      ['Employee Steve Castro/OTHER'],
    ],
    ['News\n\nCBS Sports NFL Insider Jason La Canfora reported it.', ['Jason La Canfora/PERSON'], []],
    ['News\n\nThe report by Staff Writer Mary Jones was read.', ['Mary Jones/PERSON'], []],
    // opening a sentence, before any two words; inside one, only before a given name of the list
    [
      'News\n\nFarmer Dafydd Morgan said the road was closed. Pensioner Gwilym Pryce agreed.',
      ['Dafydd Morgan/PERSON', 'Gwilym Pryce/PERSON'],
      ['Farmer Dafydd Morgan/PERSON'],
    ],
    // the surname may follow initials (`Composer M.M. Keeravaani`)
    [
      'News\n\nComposer M.M. Keeravaani received the award. Sculptor Anish Kapoor agreed.',
      ['M.M. Keeravaani/PERSON', 'Anish Kapoor/PERSON'],
      ['Composer M.M. Keeravaani/PERSON', 'Composer M.M. Keeravaani/OTHER'],
    ],
    // not before common words (`Customer Service Week`, `Victim Support Scotland`)
    [
      'News\n\nCustomer Service Week starts. Victim Impact Statement was read. Mother Of Pearl closed.',
      [],
      ['Service Week/OTHER', 'Impact Statement/OTHER', 'Of Pearl/OTHER'],
    ],
    ['News\n\nHe met Farmer Iolo Morgan on Monday.', [], ['Iolo Morgan/PERSON']],
    // a given name, a place's first word, a compass word or a name head is no describing noun
    ['News\n\nWill Smith Jones won the prize.', [], ['Smith Jones/PERSON']],
    ['News\n\nThe Lake Victoria Fisheries Organisation met.', [], ['Victoria Fisheries Organisation/ORG']],
    ['News\n\nHe flew to Camp David Morris in March.', [], ['David Morris/PERSON']],
  ])('%s', expectNames);
});

describe('plurals of common nouns opening a sentence', () => {
  it.each([
    ['News\n\nOrganisers said the meeting paid a record sum.', [], ['Organisers/PERSON']],
    // before a verb of saying, only a noun for people; a surname stays
    [
      'News\n\nGates said the foundation would spend more. Organisers said so. Sources said no.',
      ['Gates/PERSON'],
      ['Organisers/PERSON', 'Sources/PERSON'],
    ],
    // nor when a heading in title case ends with it
    [
      'Earthquake Kills Thousands\n\nThousands of buildings collapsed.',
      [],
      ['Thousands/PERSON', 'Earthquake Kills Thousands/PERSON'],
    ],
    // a surname that is a plural word too, when the article names its bearer in full
    ['News\n\nTiger Woods won. Woods said he was tired.', ['Woods/PERSON'], []],
  ])('%s', expectNames);
});
