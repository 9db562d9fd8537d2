import { describe, expect, it } from 'vitest';
import { loadEntitiesLexicon, parseEntitiesLexicon, WORD_LISTS } from './lexicon.js';

describe('entities lexicon (data/actors/lexicon.tsv)', () => {
  it('fills every list from the shipped data', () => {
    const lex = loadEntitiesLexicon();
    for (const list of WORD_LISTS) expect(lex.words[list].size, list).toBeGreaterThan(0);
    expect(lex.typed['place-noun-of'].get('town')).toBe('GPE');
    expect(lex.typed['place-noun-after'].get('river')).toBe('LOC');
  });

  it.each([
    ['corporate-suffix', 'plc', true],
    ['match-word', 'beat', true],
    ['date-preposition', 'since', true],
    ['article-prefix', 'al', true],
    ['place-suffix', 'springs', true],
    ['speech-verb', 'said', true],
    ['speech-verb', 'walked', false],
  ] as const)('list %s has %s: %s', (list, word, listed) => {
    expect(loadEntitiesLexicon().words[list].has(word)).toBe(listed);
  });

  it.each([
    ['match-word\tTHRASHED', 'match-word', 'thrashed'],
    ['# comment\n\nplace-prefix\tfort\r', 'place-prefix', 'fort'],
  ] as const)('reads a row: %j', (tsv, list, word) => {
    expect(parseEntitiesLexicon(tsv).words[list].has(word)).toBe(true);
  });

  it.each([
    ['place-noun-of\ttown\tCITY', /lexicon.tsv:1: place-noun-of needs a type GPE or LOC/],
    ['# comment\nweird\tthing', /lexicon.tsv:2: unknown list 'weird'/],
    ['match-word\t', /lexicon.tsv:1: no word/],
  ])('names the line of a bad row: %j', (tsv, message) => {
    expect(() => parseEntitiesLexicon(tsv)).toThrow(message);
  });
});
