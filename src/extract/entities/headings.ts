/**
 * Names in headlines and subheadings set in title case, where every word has a capital and the scanner
 * takes only the dictionaries' names (`scan.ts`, `skipInTitleCase`). Two mends, both leaning on the
 * tagger's list of common words to tell a name from a capitalised word:
 *
 * - `Sam Bankman-Fried Found Guilty Of Fraud`, `Why Is Sharon Graham Angry?`: a known given name and a
 *   surname that is no common word name a person (rule `name.title-case-person`); `Bill Passes Senate`,
 *   `Grant Funding Boost` do not.
 * - `Why Is Sharon Graham Angry About The Deal?`: a place of one common word that a town of the
 *   dictionaries or the tagger alone gave (`Deal`, `Reading`, `Bath`) is that word in a title-case line,
 *   unless a preposition of place comes before it (`Floods In Reading`).
 */
import type { Token } from '../../model/layers.js';
import { type Candidate, candidateOver } from './candidates.js';

/** Prepositions that say a place follows, in a title-case line (`Floods In Reading`). */
const PLACE_BEFORE = /^(?:in|at|to|from|near|into|across|around|outside)$/;

export function titleCasePersons(
  cands: Candidate[],
  tokens: Token[],
  titleCase: ReadonlySet<number>,
  givenNames: ReadonlyMap<string, string>,
  isCommonWord: (lower: string) => boolean,
): Candidate[] {
  if (!titleCase.size) return cands;
  const kept = cands;
  const taken = new Set<number>();
  for (const c of kept) for (let k = c.first; k <= c.last; k++) taken.add(k);
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const given = tokens[i];
    if (!titleCase.has(given.sentence) || taken.has(i) || taken.has(i + 1)) continue;
    const gender = givenNames.get(given.norm);
    if ((gender !== 'm' && gender !== 'f') || !/^[A-Z][a-z]+$/.test(given.text)) continue;
    const surname = tokens[i + 1];
    if (surname.sentence !== given.sentence || surname.start !== given.end + 1) continue;
    if (!/^[A-Z][a-z]+$/.test(surname.text) || isCommonWord(surname.norm)) continue;
    let last = i + 1;
    // `Bankman-Fried`: a surname's second part after a tight hyphen.
    const hyphen = tokens[last + 1];
    const second = tokens[last + 2];
    if (
      hyphen?.text === '-' &&
      hyphen.start === surname.end &&
      second?.start === hyphen.end &&
      /^[A-Z][a-z]+$/.test(second.text)
    )
      last += 2;
    if (taken.has(last)) continue;
    found.push(
      candidateOver(tokens, i, last, given.sentence, {
        type: 'PERSON',
        actorIds: [],
        rules: ['name.title-case-person'],
        confidence: 0.7,
        gender,
      }),
    );
    i = last;
  }
  return found.length ? [...kept, ...found] : kept;
}

/**
 * Drops, in title-case lines, one-word places that are common words, found by a town of the
 * dictionaries or by the tagger alone (`The Deal`), unless a preposition of place comes before.
 */
export function titleCaseTowns(
  cands: Candidate[],
  tokens: Token[],
  titleCase: ReadonlySet<number>,
  isCommonWord: (lower: string) => boolean,
  isTown: (c: Candidate) => boolean,
): Candidate[] {
  if (!titleCase.size) return cands;
  return cands.filter(
    (c) =>
      !titleCase.has(c.sentence) ||
      c.first !== c.last ||
      (c.type !== 'GPE' && c.type !== 'LOC') ||
      !(isTown(c) || (c.rules.length === 1 && c.rules[0] === 'ner.tagger')) ||
      !isCommonWord(tokens[c.first].norm) ||
      PLACE_BEFORE.test(tokens[c.first - 1]?.norm ?? ''),
  );
}
