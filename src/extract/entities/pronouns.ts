/**
 * Third-person singular pronouns (`he`, `she`, `his`, `her`) resolved to the nearest preceding person
 * whose gender fits. Gender comes from titles (`Mr.`, `Queen`), the actor record, or the given name.
 */
import type { Document } from '../../model/document.js';
import type { Mention } from '../../model/layers.js';

export const PRONOUN_GENDER: Record<string, 'm' | 'f'> = {
  he: 'm',
  him: 'm',
  his: 'm',
  himself: 'm',
  she: 'f',
  her: 'f',
  hers: 'f',
  herself: 'f',
};

/** How far back (in sentences) a pronoun looks for its person. */
export const PRONOUN_WINDOW = 4;

export interface PersonRef {
  start: number;
  sentence: number;
  entityId: string;
  gender: 'm' | 'f' | null;
}

/**
 * The person a pronoun at `start` refers to, among the preceding person mentions of a compatible
 * gender within the window (`persons` sorted by start). The nearest sentence that has any decides;
 * in it, a person whose gender is known to match beats one of unknown gender (`Theresa May met
 * President Trump. She ...`). A pronoun opening its sentence continues the previous sentence's
 * subject, its first person (`Putin spoke to Macron. He warned ...`: Putin); inside a sentence the
 * nearest person is taken (`Kerry said he ...`).
 */
export function antecedent(
  persons: PersonRef[],
  start: number,
  sentence: number,
  gender: 'm' | 'f',
  opensSentence = false,
): string | null {
  let nearestSentence = -1;
  const pool: PersonRef[] = [];
  for (let k = persons.length - 1; k >= 0; k--) {
    const p = persons[k];
    if (p.start >= start) continue;
    if (sentence - p.sentence > PRONOUN_WINDOW) break;
    if (p.gender && p.gender !== gender) continue;
    if (nearestSentence < 0) nearestSentence = p.sentence;
    else if (p.sentence !== nearestSentence) break;
    pool.push(p);
  }
  if (!pool.length) return null;
  const known = pool.filter((p) => p.gender === gender);
  const choice = known.length ? known : pool;
  // `pool` runs from the nearest mention back to the sentence's first.
  return opensSentence && nearestSentence < sentence
    ? choice[choice.length - 1].entityId
    : choice[0].entityId;
}

/**
 * The entity a pronoun token refers to, for other components (quotes: `she added:`). Reads the
 * pronoun mentions the entities component wrote; for a token it did not resolve, falls back to the
 * nearest preceding person mention.
 */
export function resolvePronoun(doc: Document, tokenIndex: number): string | null {
  const token = doc.layers.tokens?.[tokenIndex];
  const mentions = doc.layers.mentions;
  if (!token || !mentions) return null;
  const own = mentions.find((m) => m.start === token.start && m.kind === 'pronoun');
  if (own) return own.entityId;
  const gender = PRONOUN_GENDER[token.norm];
  if (!gender && !/^(they|them|their)$/.test(token.norm)) return null;
  const sentenceOf = (m: Mention) =>
    doc.layers.tokens?.find((t) => t.start === m.start)?.sentence ?? token.sentence;
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= token.start) break;
    if (m.type === 'PERSON' && m.kind !== 'pronoun' && m.entityId) best = m;
  }
  if (!best || token.sentence - sentenceOf(best) > PRONOUN_WINDOW) return null;
  return best.entityId;
}
