/**
 * Names in headlines and subheadings set in title case, where every word has a capital and the scanner
 * takes only the dictionaries' names (`scan.ts`, `skipInTitleCase`). Two mends, both leaning on the
 * tagger's list of common words to tell a name from a capitalised word:
 *
 * - `Sam Bankman-Fried Found Guilty Of Fraud`, `Why Is Sharon Graham Angry?`: a known given name and a
 *   surname that is no common word name a person (rule `name.title-case-person`); `Bill Passes Senate`,
 *   `Grant Funding Boost` do not. So do a given name and the surname of a known person (`Hunter Biden
 *   Convicted`: his son).
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
  const taken = new Set<number>();
  // `Hunter Biden Convicted`: a surname the dictionaries give a person alone, after a given name.
  const knownSurnameAt = new Map<number, Candidate>();
  for (const c of cands) {
    for (let k = c.first; k <= c.last; k++) taken.add(k);
    if (c.first === c.last && c.type === 'PERSON' && c.actorIds.length) knownSurnameAt.set(c.first, c);
  }
  const found: Candidate[] = [];
  const replaced = new Set<Candidate>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const given = tokens[i];
    const known = knownSurnameAt.get(i + 1);
    if (!titleCase.has(given.sentence) || taken.has(i) || (taken.has(i + 1) && !known)) continue;
    const gender = givenNames.get(given.norm);
    if ((gender !== 'm' && gender !== 'f') || !/^[A-Z][a-z]+$/.test(given.text)) continue;
    const surname = tokens[i + 1];
    if (surname.sentence !== given.sentence || surname.start !== given.end + 1) continue;
    if (!/^[A-Z][a-z]+$/.test(surname.text) || (isCommonWord(surname.norm) && !known)) continue;
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
    if (taken.has(last) && !known) continue;
    if (known) replaced.add(known);
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
  if (!found.length) return cands;
  return [...cands.filter((c) => !replaced.has(c)), ...found];
}

/**
 * Drops, in title-case lines, one-word places that are common words, found by a town of the
 * dictionaries or by the tagger alone (`The Deal`), unless a preposition of place comes before, the
 * place stands in a list of places (`Floods Hit Reading And Newbury`, `Bath, Bristol`), or a word for
 * its people follows (`Reading Man Jailed`, `Deal Residents Protest`).
 */
export function titleCaseTowns(
  cands: Candidate[],
  tokens: Token[],
  titleCase: ReadonlySet<number>,
  isCommonWord: (lower: string) => boolean,
  isTown: (c: Candidate) => boolean,
  isPeopleWord: (lower: string) => boolean,
): Candidate[] {
  if (!titleCase.size) return cands;
  const placeAt = new Set<number>();
  for (const c of cands)
    if (c.type === 'GPE' || c.type === 'LOC') for (let k = c.first; k <= c.last; k++) placeAt.add(k);
  const inList = (c: Candidate) =>
    (LIST_WORD.test(tokens[c.first - 1]?.norm ?? '') && placeAt.has(c.first - 2)) ||
    (LIST_WORD.test(tokens[c.last + 1]?.norm ?? '') && placeAt.has(c.last + 2));
  return cands.filter(
    (c) =>
      !titleCase.has(c.sentence) ||
      c.first !== c.last ||
      (c.type !== 'GPE' && c.type !== 'LOC') ||
      !(isTown(c) || (c.rules.length === 1 && c.rules[0] === 'ner.tagger')) ||
      !isCommonWord(tokens[c.first].norm) ||
      PLACE_BEFORE.test(tokens[c.first - 1]?.norm ?? '') ||
      inList(c) ||
      isPeopleWord(tokens[c.last + 1]?.norm ?? ''),
  );
}

/** Words between the places of a list. */
const LIST_WORD = /^(?:,|and|&|or)$/;
