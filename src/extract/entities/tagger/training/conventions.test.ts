import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../gazetteer.js';
import { decodeTags } from '../tags.js';
import type { ConventionCounts, ConventionLists } from './conventions.js';
import { parseMarkedUp, toTrainingSentences } from './gold.js';

const gazetteer = new Gazetteer({ names: { countries: ['France'], cities: ['Poitiers'] }, words: {} });
const lists: ConventionLists = {
  gazetteer,
  placeMask: gazetteer.listMask(['countries', 'cities']),
  titles: new Set(['earl', 'governor']),
  orgWords: new Set(['party', 'consulate', 'administration']),
  placeWords: new Set(['palace', 'bridge', 'park', 'street']),
  commonWords: new Set(['year', 'church', 'visit']),
};

/** The spans training sees for a marked-up line, as `TYPE text`. */
function converted(marked: string): { spans: string[]; counts: ConventionCounts } {
  const gold = parseMarkedUp('t', marked);
  const counts: ConventionCounts = {};
  const stats = { spans: 0, exact: 0, widened: 0, nested: 0, crossing: 0 };
  const spans: string[] = [];
  for (const s of toTrainingSentences([gold], stats, { lists, counts })) {
    const tokens = s.doc.layers.tokens ?? [];
    for (const span of decodeTags(s.tags))
      spans.push(
        `${span.type} ${gold.text.slice(tokens[s.sentence.first + span.first].start, tokens[s.sentence.first + span.last].end)}`,
      );
  }
  return { spans, counts };
}

describe('training conventions', () => {
  const cases: [string, string[], string][] = [
    [
      '[[PERSON Claudia Mo of the Civic Party]] spoke.',
      ['PERSON Claudia Mo', 'ORG Civic Party'],
      'conv.person-of-split',
    ],
    ['[[PERSON Louis XV of France]] died.', ['PERSON Louis XV', 'GPE France'], 'conv.person-of-split'],
    ['[[PERSON Hilary of Poitiers]] wrote.', ['PERSON Hilary', 'GPE Poitiers'], 'conv.person-of-split'],
    ['He was made [[PERSON Earl of Clare]] in 1624.', ['GPE Clare'], 'conv.person-of-split'],
    ['She was [[PERSON Newcomer of the Year]] twice.', [], 'conv.person-of-split'],
    ['They went to the Cuban [[ORG Consulate]] today.', ['ORG Cuban Consulate'], 'conv.generic-head-extend'],
    [
      'They crossed the [[PERSON George Washington]] [[LOC Bridge]] today.',
      ['LOC George Washington Bridge'],
      'conv.generic-head-extend',
    ],
    [
      'We saw the [[LOC Palace]] of Forty Columns.',
      ['LOC Palace of Forty Columns'],
      'conv.generic-head-extend',
    ],
    ['They live on 10th [[LOC Street]] now.', ['LOC 10th Street'], 'conv.generic-head-extend'],
    ['We walked to the [[LOC Palace]] at noon.', [], 'conv.generic-head-drop'],
  ];
  it.each(cases)('%s', (marked, spans, rule) => {
    const out = converted(marked);
    expect(out.spans).toEqual(spans);
    expect(out.counts[rule]).toBe(1);
  });

  const untouched: string[] = [
    'The [[ORG Court]] ruled.',
    'Visit [[LOC Palace]] Park.',
    '[[PERSON John Kerry]] met [[PERSON Sergei Lavrov]].',
    '[[ORG Congress]] passed the bill.',
  ];
  it.each(untouched)('leaves %s', (marked) => {
    const out = converted(marked);
    expect(Object.keys(out.counts)).toEqual([]);
  });
});
