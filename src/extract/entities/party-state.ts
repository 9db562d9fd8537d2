/**
 * `Senator Tom Harkin (D-IA)`, `John McCain, R-Ariz., said`: the party letter and state that US
 * papers put after a legislator's name. The state is a place (GPE, rule `type.party-state`), linked
 * like the state's own name; the party letter is no name, so whatever the tagger made of the label
 * (`D-IA` as one name) gives way.
 */
import { type ActorKnowledge, idsOf, nameKey } from '../../knowledge/actors/index.js';
import type { Token } from '../../model/layers.js';
import { type Candidate, candidateOver } from './candidates.js';

/** Democrat, Republican, independent. */
const PARTY_LETTERS = new Set(['D', 'R', 'I']);
/** The label is set off by brackets or commas: `(D-IA)`, `, R-Ariz.,`. */
const OPENS_LABEL = new Set(['(', ',']);
const CLOSES_LABEL = new Set([')', ',', ';']);
/** `D-New Mexico` has the longest state part: at most this many tokens (`N . Y.` is three). */
const MAX_STATE_TOKENS = 3;

export function partyStates(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  states: ReadonlyMap<string, string>,
  kb: ActorKnowledge,
): Candidate[] {
  if (!states.size) return cands;
  const found: { label: number; cand: Candidate }[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const letter = tokens[i];
    const dash = tokens[i + 1];
    if (!PARTY_LETTERS.has(letter.text) || dash.text !== '-' || !OPENS_LABEL.has(tokens[i - 1].text))
      continue;
    if (dash.start !== letter.end || tokens[i + 2].start !== dash.end) continue;
    let close = i + 3;
    while (
      close < tokens.length &&
      close - (i + 2) < MAX_STATE_TOKENS &&
      !CLOSES_LABEL.has(tokens[close].text)
    )
      close++;
    if (!CLOSES_LABEL.has(tokens[close]?.text ?? '')) continue;
    const first = i + 2;
    const last = close - 1;
    const state = states.get(text.slice(tokens[first].start, tokens[last].end));
    if (!state) continue;
    found.push({
      label: i,
      cand: candidateOver(tokens, first, last, tokens[first].sentence, {
        type: 'GPE',
        actorIds: idsOf(kb.names, nameKey(state)).filter((id) => kb.actor(id)?.type === 'GPE'),
        rules: ['type.party-state'],
        confidence: 0.85,
      }),
    });
  }
  if (!found.length) return cands;
  const covered = (c: Candidate) => found.some((f) => c.first <= f.cand.last && c.last >= f.label);
  return [...cands.filter((c) => !covered(c)), ...found.map((f) => f.cand)];
}
