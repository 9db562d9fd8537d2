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
 * The person a pronoun at `start` refers to: the nearest preceding person mention of a compatible
 * gender within the window. `persons` must be sorted by start.
 */
export function antecedent(
  persons: PersonRef[],
  start: number,
  sentence: number,
  gender: 'm' | 'f',
): string | null {
  for (let k = persons.length - 1; k >= 0; k--) {
    const p = persons[k];
    if (p.start >= start) continue;
    if (sentence - p.sentence > PRONOUN_WINDOW) return null;
    if (p.gender && p.gender !== gender) continue;
    return p.entityId;
  }
  return null;
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
