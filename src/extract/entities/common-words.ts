/**
 * Capitalised words that are ordinary words: a one-word name nobody knows (`Teams`, `Iodine`,
 * `Estimates`) written with a capital only because it opens a sentence, while the article writes the
 * same word in lower case elsewhere (`teams`, `iodine`). This is the case-consistency test of classic
 * NER systems: a proper noun keeps its capital wherever it appears.
 */
import type { Token } from '../../model/layers.js';
import type { Candidate } from './candidates.js';

/** Rules that only guess a type: a name typed by these alone is no stronger than its casing. */
const GUESS_RULES = new Set([
  'name.unknown',
  'type.unknown',
  'type.repeated-word',
  'ner.tagger',
  'ner.tagger-type',
]);

/** Rules strong enough that a one-word name keeps its type whatever the casing elsewhere. */
/** Compass words name regions and sides (`the South retaliated`) though they are ordinary words too. */
const COMPASS = new Set(['north', 'south', 'east', 'west']);
const STRONG_RULES = new Set(['type.title', 'type.given-name', 'type.acronym', 'type.group-plural']);

/**
 * The words a document writes in lower case as words of their own: not a piece of an address or a
 * compound glued by punctuation (`alt.religion.scientology`, `@handle`, `iodine-containing` counts).
 */
export function lowerCaseWords(tokens: Token[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const c = t.text.charCodeAt(0);
    if (c < 97 || c > 122) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && prev.end === t.start && /^[./@#_:]$/.test(prev.text)) continue;
    if (next && next.start === t.end && /^[./@_]$/.test(next.text) && tokens[i + 2]?.start === next.end)
      continue;
    out.set(t.norm, (out.get(t.norm) ?? 0) + 1);
  }
  return out;
}

/** How often each word is written capitalised inside a sentence (not at its start), by lower-case form. */
export function capitalisedInside(
  tokens: Token[],
  sentenceInitial: (i: number) => boolean,
): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i].text.charCodeAt(0);
    if (c < 65 || c > 90 || sentenceInitial(i)) continue;
    out.set(tokens[i].norm, (out.get(tokens[i].norm) ?? 0) + 1);
  }
  return out;
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
  lower: Map<string, number>,
  inside: Map<string, number>,
  sentenceInitial: (i: number) => boolean,
): boolean {
  if (c.first !== c.last || c.actorIds.length || c.role || c.kind !== 'name') return false;
  const t = tokens[c.first];
  if (!/^[A-Z][a-z]+$/.test(t.text) || c.rules.some((r) => STRONG_RULES.has(r))) return false;
  // Inside a sentence the capital is a weak sign of a name too when only guesses typed it
  // (`WHO say Iodine deficiency is ...` beside `iodine`).
  if (!sentenceInitial(c.first) && !c.rules.every((r) => GUESS_RULES.has(r))) return false;
  const w = t.norm;
  if (COMPASS.has(w)) return false;
  const lowerCount = (lower.get(w) ?? 0) + (lower.get(singular(w)) ?? 0) + (lower.get(`${w}s`) ?? 0);
  // A name written in lower case now and then (`the scientology website`) is still written
  // capitalised more often inside sentences.
  return lowerCount > 0 && lowerCount >= (inside.get(w) ?? 0);
}

/**
 * Whether a one-word unknown name is the plural of another capitalised name of the article
 * (`Polaroids` beside `Polaroid`): names of organisations, people and places are not pluralised,
 * products and works are.
 */
export function isPluralOfName(c: Candidate, tokens: Token[], capitalised: Set<string>): boolean {
  if (c.first !== c.last || c.actorIds.length || c.kind !== 'name') return false;
  const w = tokens[c.first].text;
  if (!/^[A-Z][a-z]+s$/.test(w) || /(ss|us|is)$/.test(w)) return false;
  return capitalised.has(w.slice(0, -1));
}
