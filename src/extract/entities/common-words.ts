/**
 * Capitalised words that are ordinary words: a one-word name nobody knows (`Teams`, `Iodine`,
 * `Estimates`) written with a capital only because it opens a sentence, while the article writes the
 * same word in lower case elsewhere (`teams`, `iodine`). This is the case-consistency test of classic
 * NER systems: a proper noun keeps its capital wherever it appears.
 */
import type { ActorKnowledge } from '../../knowledge/actors/index.js';
import type { Token } from '../../model/layers.js';
import type { Candidate } from './candidates.js';
import type { EntitiesLexicon } from './lexicon.js';
import { COMPASS_POINTS, scoredAgainstName, sentenceInitial } from './name-words.js';

/** Rules that only guess a type: a name typed by these alone is no stronger than its casing. */
export const GUESS_RULES: ReadonlySet<string> = new Set([
  'name.unknown',
  'type.unknown',
  'type.repeated-word',
  // A town's ending in a word is a guess too: a cue elsewhere (`Ragsdale said`) outweighs it.
  'type.place-ending',
  'ner.tagger',
  'ner.tagger-type',
  // Rules that only say a capitalised word names no actor (`Tourism`, `Health minister`).
  'type.abstract-noun',
  'type.portfolio-before-title',
  'type.not-actor',
]);

/** Rules that type a name as a team, whose number after it is a score, not a model's. */
export const TEAM_RULES: ReadonlySet<string> = new Set([
  'type.team-nickname',
  'type.team-after-nationality',
  'type.results-line-team',
  'type.results-line-club',
]);

/** Rules strong enough that a one-word name keeps its type whatever the casing elsewhere. */
const STRONG_RULES = new Set(['type.title', 'type.given-name', 'type.acronym', 'type.group-plural']);

/** How often the words asked about are written in lower case, and capitalised inside a sentence. */
export interface CaseCounts {
  lower: Map<string, number>;
  inside: Map<string, number>;
}

/**
 * Counts, for the lower-case `words` asked about (and their singular and plural forms), how often the
 * document writes them in lower case as words of their own (not a piece of an address or a compound
 * glued by punctuation: `alt.religion.scientology`, `@handle`) and how often capitalised inside a
 * sentence. One pass over the tokens; only the words asked about are counted.
 */
export function caseCounts(
  tokens: Token[],
  words: Set<string>,
  sentenceInitial: (i: number) => boolean,
): CaseCounts {
  const lower = new Map<string, number>();
  const inside = new Map<string, number>();
  if (!words.size) return { lower, inside };
  const wanted = new Set<string>();
  for (const w of words) {
    wanted.add(w);
    wanted.add(singular(w));
    wanted.add(`${w}s`);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!wanted.has(t.norm)) continue;
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (prev && prev.end === t.start && GLUE_BEFORE.has(prev.text)) continue;
      if (next && next.start === t.end && GLUE_AFTER.has(next.text) && tokens[i + 2]?.start === next.end)
        continue;
      lower.set(t.norm, (lower.get(t.norm) ?? 0) + 1);
    } else if (c >= 65 && c <= 90 && !sentenceInitial(i)) {
      inside.set(t.norm, (inside.get(t.norm) ?? 0) + 1);
    }
  }
  return { lower, inside };
}

const GLUE_BEFORE = new Set(['.', '/', '@', '#', '_', ':']);
const GLUE_AFTER = new Set(['.', '/', '@', '_']);

/** Whether `c` could be an ordinary word by its shape: one capitalised token of letters, no dictionary entry. */
export function mayBeCommonWord(c: Candidate, tokens: Token[]): boolean {
  if (c.first !== c.last || c.actorIds.length || c.role || c.kind !== 'name') return false;
  return /^[A-Z][a-z]+$/.test(tokens[c.first].text);
}

/** `teams` -> `team`, `estimates` -> `estimate`, `lawsuits` -> `lawsuit`; other words unchanged. */
function singular(word: string): string {
  if (word.length > 4 && /[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Whether candidate `c` is an ordinary word: one capitalised token, no dictionary entry and no strong
 * typing rule, opening its sentence (or a quote) or typed by guesses only, and written in lower case elsewhere in the article
 * (as is, or as its singular or plural) at least as often as capitalised inside a sentence.
 */
export function isCommonWord(
  c: Candidate,
  tokens: Token[],
  counts: CaseCounts,
  sentenceInitial: (i: number) => boolean,
): boolean {
  if (!mayBeCommonWord(c, tokens) || c.rules.some((r) => STRONG_RULES.has(r))) return false;
  const t = tokens[c.first];
  // Inside a sentence the capital is a weak sign of a name too when only guesses typed it
  // (`WHO say Iodine deficiency is ...` beside `iodine`).
  if (!sentenceInitial(c.first) && !c.rules.every((r) => GUESS_RULES.has(r))) return false;
  const w = t.norm;
  // Compass words name regions and sides (`the South retaliated`) though they are ordinary words too.
  if (COMPASS_POINTS.has(w)) return false;
  const { lower, inside } = counts;
  const lowerCount = (lower.get(w) ?? 0) + (lower.get(singular(w)) ?? 0) + (lower.get(`${w}s`) ?? 0);
  // A name written in lower case now and then (`the scientology website`) is still written
  // capitalised more often inside sentences.
  return lowerCount > 0 && lowerCount >= (inside.get(w) ?? 0);
}

/**
 * The singular of a one-word unknown name written as a plural (`Polaroids` -> `Polaroid`), or null. When
 * the article writes that singular capitalised too, the name is a product or work: names of
 * organisations, people and places are not pluralised.
 */
export function pluralOfName(c: Candidate, tokens: Token[]): string | null {
  if (c.first !== c.last || c.actorIds.length || c.kind !== 'name') return null;
  const w = tokens[c.first].text;
  if (!/^[A-Z][a-z]+s$/.test(w) || /(ss|us|is)$/.test(w)) return null;
  return w.slice(0, -1);
}

/**
 * `Apple pie is a dessert`, `Target audiences`, `Shell shock`: a company named by one common word,
 * opening a sentence right before a lower-case noun, is that word (the noun makes a compound), unless the
 * noun is one of the market's or the boardroom's (`Apple shares`, `Shell CEO`) or a body's.
 */
export function companyWordsAsNouns(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
  isCommon: (lower: string) => boolean,
): Candidate[] {
  return cands.filter((c) => {
    if (c.first !== c.last || c.type !== 'ORG' || !c.actorIds.length || !sentenceInitial(tokens, c.first))
      return true;
    const kind = kb.actor(c.actorIds[0])?.kind;
    if ((kind !== 'company' && kind !== 'media') || !isCommon(tokens[c.first].norm)) return true;
    const next = tokens[c.last + 1];
    if (!next || next.sentence !== c.sentence || !/^[a-z]/.test(next.text)) return true;
    if (next.pos !== 'NOUN' && !(next.pos === 'VERB' && /ing$/.test(next.norm))) return true;
    return (
      lex.words['company-cue-after'].has(next.norm) ||
      lex.words['company-noun-after'].has(next.norm) ||
      lex.words['market-move'].has(next.norm) ||
      kb.agents.byKey.has(next.norm)
    );
  });
}

/**
 * `Scoreboard in the second one-day international ...`: a common word opening a sentence, that only the
 * tagger read as a name and no cue typed, is that word (the rules leave sentence openers alone for the
 * same reason).
 */
export function dropTaggedOpeners(
  cands: Candidate[],
  tokens: Token[],
  isCommon: (c: Candidate, lower: string) => boolean,
): Candidate[] {
  return cands.filter(
    (c) =>
      !(
        c.first === c.last &&
        c.rules.length === 1 &&
        c.rules[0] === 'ner.tagger' &&
        sentenceInitial(tokens, c.first) &&
        /^[A-Z][a-z]+$/.test(tokens[c.first].text) &&
        isCommon(c, tokens[c.first].norm)
      ),
  );
}

/**
 * `Reading a summary of the judgment, Koome said`: a one-word name that is a verb's -ing form in the
 * tagger's common words (`Reading`, a town too), opening a sentence right before a determiner and a
 * phrase that a comma closes, is the verb.
 */
export function dropGerundOpeners(
  cands: Candidate[],
  tokens: Token[],
  isCommon: (lower: string) => boolean,
): Candidate[] {
  return cands.filter((c) => {
    const next = tokens[c.first + 1];
    return !(
      c.first === c.last &&
      sentenceInitial(tokens, c.first) &&
      /^[A-Z][a-z]+ing$/.test(tokens[c.first].text) &&
      next?.sentence === c.sentence &&
      DETERMINERS.has(next.text) &&
      isCommon(tokens[c.first].norm) &&
      // the phrase it opens ends at a comma before the clause (`Reading a summary ..., Koome said`);
      // `Reading this season have struggled` is the club
      commaLater(tokens, c.first + 2, c.sentence)
    );
  });
}

/** A comma at or after token `k` in sentence `sentence`. */
function commaLater(tokens: Token[], k: number, sentence: number): boolean {
  for (let j = k; j < tokens.length && tokens[j].sentence === sentence; j++)
    if (tokens[j].text === ',') return true;
  return false;
}

/** Words that open a noun phrase, in lower case: after an -ing word they make it a verb's object. */
const DETERMINERS: ReadonlySet<string> = new Set(
  'a an the his her its their our my your this these those some'.split(' '),
);

/** Initials written together (`M.M.`, `J.K.`). */
const INITIALS = /^(?:[A-Z]\.)+$/;

/**
 * `Employee Steve Castro tells`, `NFL Insider Jason La Canfora`, `Staff Writer Ann Lee`: one or two
 * nouns for what a person does (lexicon `describing-noun`) before a given name and a surname describe
 * the person, they are not part of the name. The run is cut to start at the given name when no
 * dictionary knows it and no word of it heads a name of a place or body; a given name (`Will Smith`),
 * a place's first word (`Camp David`) or a compass word is no such noun. Only listed nouns: a common
 * word before a given name is often a name's own (`Park Chan-wook`, `Sun Yang`). A listed noun opening
 * a sentence goes before any two words (`Farmer Dafydd Morgan said`), a given name of the list or not.
 */
export function describingNounsBeforeGivenNames(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  placePrefixes: ReadonlySet<string>,
  describingNouns: ReadonlySet<string>,
  /** The tagger's common words: what follows an opening noun must not be one (`Customer Service Week`). */
  isCommon: (lower: string) => boolean = () => false,
): void {
  const isDescribingNoun = (t: Token) =>
    /^[A-Z][a-z]+$/.test(t.text) &&
    describingNouns.has(t.norm) &&
    !kb.firstNames.has(t.norm) &&
    !kb.nameHeads.has(t.norm) &&
    !kb.titles.byKey.has(t.norm) &&
    !kb.demonyms.has(t.norm) &&
    !placePrefixes.has(t.norm) &&
    !COMPASS_POINTS.has(t.norm);
  for (const c of cands) {
    if (c.kind !== 'name' || c.actorIds.length || c.role || c.last - c.first < 2) continue;
    let given = c.first;
    while (given < c.first + 2 && given < c.last - 1 && isDescribingNoun(tokens[given])) given++;
    if (given === c.first) continue;
    // A given name of the list; or, when the noun opens the sentence (its capital says nothing), any two
    // words (`Farmer Dafydd Morgan said`).
    const gender = kb.firstNames.get(tokens[given].norm);
    const opener =
      c.first === given - 1 &&
      sentenceInitial(tokens, c.first) &&
      c.last > given &&
      tokens.slice(given, c.last + 1).every(
        (t, k) =>
          (/^[A-Z][a-z]/.test(t.text) && t.pos === 'PROPN' && !isCommon(t.norm)) ||
          // initials before the surname (`Composer M.M. Keeravaani`)
          (k < c.last - given && INITIALS.test(t.text)),
      );
    const nameStart = opener ? /^(?:[A-Z][a-z]+|(?:[A-Z]\.)+)$/ : /^[A-Z][a-z]+$/;
    if ((gender !== 'm' && gender !== 'f' && !opener) || !nameStart.test(tokens[given].text)) continue;
    let nameLike = true;
    for (let k = given + 1; k <= c.last; k++)
      if (!/^[A-Z]/.test(tokens[k].text) || kb.nameHeads.has(tokens[k].norm)) nameLike = false;
    if (!nameLike) continue;
    c.first = given;
    c.start = tokens[given].start;
    c.rules.push('name.common-noun-before-given-name');
  }
}

/**
 * `Organisers said`, `Dealers expect`, `Loans to Hanbo Steel rose`: a plural of a common noun opening a
 * sentence, no dictionary's name, is that noun; before a verb of saying only a noun for people is
 * (`Gates said` is a surname). A surname that is a plural word too (`Banks`, `Woods`) is kept when the
 * article writes it inside a person's name (`Tyra Banks`).
 */
export function dropPluralOpeners(
  cands: Candidate[],
  tokens: Token[],
  isCommon: (lower: string) => boolean,
  /** A plural noun for people (`organisers`, `dealers`): it says things as a group. */
  namesPeople: (lower: string) => boolean,
  speechVerbs: ReadonlySet<string>,
): Candidate[] {
  // Words of persons' names of several words (`Tiger Woods`).
  const inNames = new Set<string>();
  for (const c of cands)
    if (c.type === 'PERSON' && c.last > c.first)
      for (let k = c.first; k <= c.last; k++) inNames.add(tokens[k].norm);
  return cands.filter((c) => {
    if (c.first !== c.last || c.kind !== 'name' || c.actorIds.length || c.role) return true;
    const t = tokens[c.first];
    if (!/^[A-Z][a-z]+s$/.test(t.text) || /(ss|us|is)$/.test(t.norm) || !sentenceInitial(tokens, c.first))
      return true;
    if (!isCommon(t.norm) || !isCommon(t.norm.slice(0, -1)) || inNames.has(t.norm)) return true;
    // `Results: Highlanders 2 Dynamos 1`: a club given its score.
    if (scoredAgainstName(tokens, c.first)) return true;
    // Before a verb of saying, only a noun for people is the word (`Gates said`, `Sessions said` are
    // surnames).
    return speechVerbs.has(tokens[c.last + 1]?.norm ?? '') && !namesPeople(t.norm);
  });
}
