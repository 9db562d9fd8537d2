/**
 * Names of the dictionaries with a comma inside (`Foreign, Commonwealth and Development Office`,
 * `Department for Levelling Up, Housing and Communities`, `University of California, Berkeley`). The
 * scanner reads runs of capitalised words, which a comma ends, so it cannot look these up; here they
 * are found whole and take the place of the pieces the scanner made of them (rule
 * `name.dictionary-comma`).
 */
import { type ActorKnowledge, idsOf, nameKey } from '../../knowledge/actors/index.js';
import type { Token } from '../../model/layers.js';
import { type Candidate, candidateOver, replacedBy } from './candidates.js';

/** The dictionaries' keys with a comma, by their first word (`foreign` -> `foreign, commonwealth ...`). */
interface CommaKeys {
  byFirstWord: Map<string, string[]>;
  /** The most tokens a key spans, commas included. */
  maxTokens: number;
}

const commaKeysOf = new WeakMap<ActorKnowledge, CommaKeys>();

function commaKeys(kb: ActorKnowledge): CommaKeys {
  let found = commaKeysOf.get(kb);
  if (found) return found;
  found = { byFirstWord: new Map(), maxTokens: 0 };
  for (const key of kb.names.byKey.keys()) {
    if (!key.includes(', ')) continue;
    const first = key.slice(0, key.search(/[ ,]/));
    const list = found.byFirstWord.get(first) ?? [];
    list.push(key);
    found.byFirstWord.set(first, list);
    // words and commas, with room for a dot or a hyphen read as a token of its own
    found.maxTokens = Math.max(found.maxTokens, 2 * key.split(/[ ,]+/).length);
  }
  commaKeysOf.set(kb, found);
  return found;
}

/** Whole names with a comma inside, in place of the candidates they cover. */
export function commaNames(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  kb: ActorKnowledge,
): Candidate[] {
  const { byFirstWord, maxTokens } = commaKeys(kb);
  if (!byFirstWord.size || !text.includes(', ')) return cands;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const keys = byFirstWord.get(tokens[i].norm);
    if (!keys || !/^\p{Lu}/u.test(tokens[i].text)) continue;
    let best = -1;
    let bestKey = '';
    for (
      let j = i + 2;
      j < tokens.length && j - i < maxTokens && tokens[j].sentence === tokens[i].sentence;
      j++
    ) {
      const key = nameKey(text.slice(tokens[i].start, tokens[j].end));
      if (keys.includes(key)) {
        best = j;
        bestKey = key;
      }
    }
    if (best < 0) continue;
    const actorIds = idsOf(kb.names, bestKey);
    const type = kb.actor(actorIds[0])?.type;
    // (a place and its state are two names, `Washington, D.C.`, as the guidelines and CoNLL mark them)
    if (!type || type === 'GPE' || type === 'LOC') continue;
    found.push(
      candidateOver(tokens, i, best, tokens[i].sentence, {
        type,
        actorIds,
        rules: ['name.dictionary', 'name.dictionary-comma'],
        confidence: 0.9,
      }),
    );
    i = best;
  }
  return replacedBy(cands, found);
}
