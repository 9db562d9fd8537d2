import { describe, expect, it } from 'vitest';
import { viterbi } from './decode.js';
import { TAG_COUNT, TAG_NAMES } from './tags.js';

const T = TAG_COUNT;
const tag = (name: string) => TAG_NAMES.indexOf(name);

/** Emissions from per-token preferences ({tag: score}, others 0) and flat transitions. */
function decode(
  tokens: Record<string, number>[],
  transitions: [string, string, number][] = [],
  beam = Infinity,
) {
  const emit = new Float64Array(tokens.length * T);
  tokens.forEach((prefs, k) => {
    for (const [name, v] of Object.entries(prefs)) emit[k * T + tag(name)] = v;
  });
  const trans = tokens.map(() => {
    const m = new Float64Array(T * T);
    for (const [prev, next, v] of transitions) m[tag(prev) * T + tag(next)] = v;
    return m;
  });
  const { tags, margins } = viterbi(tokens.length, emit, trans, beam);
  return { tags: [...tags].map((t) => TAG_NAMES[t]), margins: [...margins] };
}

describe('Viterbi over BILOU', () => {
  // [per-token emission preferences, transitions, expected tags]
  const cases: [Record<string, number>[], [string, string, number][], string[]][] = [
    [[{ O: 5 }, { 'U-PERSON': 3 }, { O: 1 }], [], ['O', 'U-PERSON', 'O']],
    // Greedy would take B-ORG then be forced on; the best legal path is a two-token name.
    [[{ 'B-ORG': 3 }, { 'L-ORG': 2, O: 1 }], [], ['B-ORG', 'L-ORG']],
    // I-PERSON cannot follow O: the name must start with B.
    [[{ O: 1 }, { 'I-PERSON': 5, 'B-PERSON': 4 }, { 'L-PERSON': 5 }], [], ['O', 'B-PERSON', 'L-PERSON']],
    // A sentence cannot end inside a name.
    [[{ 'B-GPE': 5 }], [], ['O']],
    // Transitions can outweigh emissions.
    [[{ 'U-GPE': 2 }, { 'U-PERSON': 1, 'U-ORG': 1.5 }], [['U-GPE', 'U-PERSON', 1]], ['U-GPE', 'U-PERSON']],
  ];
  it.each(cases)('%j', (tokens, transitions, expected) => {
    expect(decode(tokens, transitions).tags).toEqual(expected);
  });

  it('gives each token the margin of its best path over the best path with another tag', () => {
    const { margins } = decode([{ O: 5 }, { 'U-PERSON': 3, 'U-ORG': 2 }]);
    expect(margins).toEqual([5, 1]);
  });

  it('with a beam, skips types far below the best tag, and keeps O', () => {
    const tokens: Record<string, number>[] = [{ 'U-PERSON': 10 }, { O: -1, 'U-GPE': 10, 'U-ORG': 7 }];
    const transitions: [string, string, number][] = [['U-PERSON', 'U-GPE', -30]];
    expect(decode(tokens, transitions).tags).toEqual(['U-PERSON', 'U-ORG']);
    // ORG is more than 2 below GPE on the second token: out of the search.
    expect(decode(tokens, transitions, 2).tags).toEqual(['O', 'U-GPE']);
  });
});
