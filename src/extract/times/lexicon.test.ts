import { describe, expect, it } from 'vitest';
import { hasWord, loadTimesLexicon, parseTimesLexicon } from './lexicon.js';

describe('times lexicon', () => {
  it('loads the shipped data', () => {
    const lex = loadTimesLexicon();
    expect(lex.refs.get('recently')).toEqual({ value: 'PAST_REF', window: [-90, 0] });
    expect(lex.quants.get('several')).toEqual([3, 7]);
    expect(lex.notYearBefore.has('windows')).toBe(true);
  });

  it.each([
    ['event-noun', 'trials', true],
    ['event-noun', 'era', false],
    ['reporting-noun', 'losses', true],
    ['reporting-noun', 'rally', false],
    ['title-noun', 'player', true],
    ['not-after-date', 'of', true],
    ['ordinal-noun', 'centuries', true],
    ['ordinal-noun', 'march', false],
  ] as const)('word list %s has %s: %s', (kind, word, listed) => {
    expect(hasWord(loadTimesLexicon(), kind, word)).toBe(listed);
  });

  it.each([
    ['ref\tsoonish\tSOON_REF\t0\t1', /lexicon.tsv:1: ref value must be/],
    ['quant\ta few\tx\t5', /lexicon.tsv:1: quant needs two numbers/],
    ['# comment\nweird\tthing', /lexicon.tsv:2: unknown kind 'weird'/],
  ])('names the line of a bad row: %s', (tsv, message) => {
    expect(() => parseTimesLexicon(tsv)).toThrow(message);
  });
});
