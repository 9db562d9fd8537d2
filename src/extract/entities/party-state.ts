/**
 * `Senator Tom Harkin (D-IA)`, `John McCain, R-Ariz., said`: the party letter and state that US
 * papers put after a legislator's name. The state is a place (GPE, rule `type.party-state`), linked
 * like the state's own name; the party letter is the party's people, NORP as `Democrat` is (rule
 * `type.party-letter`; the guidelines' decision for such tags). Whatever the tagger made of the label
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

/** The actor ids of a US state by its name (`Iowa`). */
function stateIds(kb: ActorKnowledge, state: string): string[] {
  return idsOf(kb.names, nameKey(state)).filter((id) => kb.actor(id)?.type === 'GPE');
}

/** Each party-state label: the letter's token, the state's tokens and the state's name. */
function partyLabels(
  tokens: Token[],
  text: string,
  states: ReadonlyMap<string, string>,
): { letter: number; first: number; last: number; state: string }[] {
  const out: { letter: number; first: number; last: number; state: string }[] = [];
  if (!states.size) return out;
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
    if (state) out.push({ letter: i, first, last, state });
  }
  return out;
}

export function partyStates(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  states: ReadonlyMap<string, string>,
  kb: ActorKnowledge,
): Candidate[] {
  const found = partyLabels(tokens, text, states).map((l) => ({
    label: l.letter,
    cand: candidateOver(tokens, l.first, l.last, tokens[l.first].sentence, {
      type: 'GPE',
      actorIds: stateIds(kb, l.state),
      rules: ['type.party-state'],
      confidence: 0.85,
    }),
  }));
  if (!found.length) return cands;
  const covered = (c: Candidate) => found.some((f) => c.first <= f.cand.last && c.last >= f.label);
  return [...cands.filter((c) => !covered(c)), ...found.map((f) => f.cand)];
}

/**
 * The party letters of the labels (rule `type.party-letter`), added once the passes that drop one
 * capital letter standing alone have run.
 */
export function partyLetters(
  tokens: Token[],
  text: string,
  states: ReadonlyMap<string, string>,
): Candidate[] {
  return partyLabels(tokens, text, states).map((l) =>
    candidateOver(tokens, l.letter, l.letter, tokens[l.letter].sentence, {
      type: 'NORP',
      actorIds: [],
      rules: ['type.party-letter'],
      confidence: 0.8,
    }),
  );
}

/** Punctuation that may follow `Town, St.`: the sentence goes on or a dateline ends. */
const AFTER_TOWN_STATE = new Set([',', ')', '(', '.', ';', ':', '—', '–', '-', '--']);
/** Rules that make a one-word name a person by its look alone (a given name, the tagger's guess). */
const WEAK_PERSON_RULES: ReadonlySet<string> = new Set([
  'name.unknown',
  'type.given-name',
  'type.unknown',
  'ner.tagger',
  'ner.tagger-type',
]);
/** How many words a town's name before `, St.` may have (`SIOUX FALLS`, `Salt Lake City`). */
const MAX_TOWN_TOKENS = 3;

/**
 * `Dekalb, Ill.`, `BUFFALO, N.Y. —`, `Hayward, Calif. (AP)`: a US state's abbreviation after a town and
 * a comma is that state (GPE, rule `type.town-state`). The town before it is a place too, written in
 * capitals in a dateline or not (rule `type.town-before-state`), when the dictionaries know it.
 */
export function statesAfterTowns(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  states: ReadonlyMap<string, string>,
  kb: ActorKnowledge,
  isCommon: (word: string) => boolean = () => false,
): Candidate[] {
  if (!states.size) return cands;
  const added: Candidate[] = [];
  for (let comma = 1; comma + 1 < tokens.length; comma++) {
    if (tokens[comma].text !== ',') continue;
    const abbr = tokens[comma + 1];
    // `Me.` may come as two tokens, `Me` and a glued full stop (`California.` ends a sentence).
    let dot = tokens[comma + 2]?.text === '.' && tokens[comma + 2].start === abbr.end ? 1 : 0;
    if (dot && !states.has(`${abbr.text}.`)) dot = 0;
    const written = dot ? `${abbr.text}.` : abbr.text;
    const state = states.get(written);
    if (!state || abbr.sentence !== tokens[comma].sentence) continue;
    const next = tokens[comma + 2 + dot];
    // `Beverly Hills, Calif. Drexel pleaded guilty`: the state's dot also ends the sentence, though
    // the splitter kept the abbreviation inside it; a name the scan ran over it then starts after it.
    const endsSentence = written.endsWith('.') && !!next && /^\p{Lu}\p{Ll}/u.test(next.text);
    if (next && next.sentence === abbr.sentence && !AFTER_TOWN_STATE.has(next.text) && !endsSentence)
      continue;
    const townEnd = comma - 1;
    // `Gary, Ind.`, `Tyler, Texas, police`: a one-word name read as a person only because it is a given
    // name is the town before its state (rule `type.given-name-town`).
    const guessed = cands.find(
      (c) =>
        c.last === townEnd &&
        c.first === townEnd &&
        c.type === 'PERSON' &&
        c.kind === 'name' &&
        c.rules.every((r) => WEAK_PERSON_RULES.has(r)),
    );
    if (guessed) {
      guessed.type = 'GPE';
      guessed.rules.push('type.given-name-town');
    }
    // `Paramount, California`: a brand the dictionaries put before a town of its name is the town here.
    const brand = cands.find((c) => c.last === townEnd && c.type === 'ORG' && c.kind === 'name');
    if (brand) brandAsTown(brand, text, kb, 'type.town-before-state');
    // Full names (`Texas`) are names of their own; only the abbreviations need the town before them.
    if (state === written) continue;
    // `Jupiter, Fla.`: a place of the dictionaries (a planet's name too) is the town here.
    let town = cands.find((c) => c.last === townEnd && (c.type === 'GPE' || c.type === 'LOC'));
    if (town) town.type = 'GPE';
    // In capitals only, and where no other name covers the word (`Dr. Jane Paris, MD`).
    if (!town && !cands.some((c) => c.first <= townEnd && c.last >= townEnd)) {
      for (let first = Math.max(0, townEnd - MAX_TOWN_TOKENS + 1); first <= townEnd && !town; first++) {
        if (tokens[first].sentence !== abbr.sentence || !/^[A-Z][A-Z.'-]+$/.test(tokens[first].text))
          continue;
        const ids = idsOf(kb.names, nameKey(text.slice(tokens[first].start, tokens[townEnd].end)));
        const place = ids.find((id) => kb.actor(id)?.type === 'GPE');
        if (!place || !/^[A-Z]/.test(tokens[first].text)) continue;
        town = candidateOver(tokens, first, townEnd, abbr.sentence, {
          type: 'GPE',
          actorIds: [place],
          rules: ['type.town-before-state'],
          confidence: 0.8,
        });
        added.push(town);
      }
    }
    // `Secaucus, N.J.`, `Maynard, Mass.`: before a state written the agencies' way, with its dot, a word
    // only guessed at is the town though the dictionaries lack it (rule `type.town-before-state`).
    if (!town && written.endsWith('.')) {
      town = cands.find(
        (c) =>
          c.last === townEnd &&
          c.kind === 'name' &&
          !c.actorIds.length &&
          !c.role &&
          // one word: not a person named in full (`a son, Ray Hudak, Wash.`); or words taken for a club
          // or ended by a place's head word (`Hampton Roads, Va.`)
          ((c.first === c.last && c.rules.every((r) => WEAK_PERSON_RULES.has(r))) ||
            // (words only guessed at that the tagger or a dateline's capitals make no person: `WINDOW ROCK,
            // Ariz.`, `in Window Rock, Ariz.`; not `a son, Ray Hudak, Wash.`)
            (c.type !== 'PERSON' &&
              c.last - c.first <= 2 &&
              (c.rules.includes('ner.tagger-type') || /^[A-Z][A-Z .'-]+$/.test(text.slice(c.start, c.end))) &&
              c.rules.every((r) => WEAK_PERSON_RULES.has(r))) ||
            ((c.rules.includes('type.city-team') ||
              (c.type === 'OTHER' && /^(?:GPE|LOC)$/.test(kb.nameHeads.get(tokens[c.last].norm) ?? ''))) &&
              c.last - c.first <= 2)),
      );
      if (town) {
        town.type = 'GPE';
        town.rules.push('type.town-before-state');
      }
    }
    if (!town) continue;
    added.push(
      candidateOver(tokens, comma + 1, comma + 1 + dot, abbr.sentence, {
        type: 'GPE',
        actorIds: stateIds(kb, state),
        rules: ['type.town-state'],
        confidence: 0.85,
      }),
    );
  }
  if (!added.length) return cands;
  for (const c of cands) {
    // `Calif. Drexel`: a name that ran from the state over the next sentence's first words keeps them,
    // unless only an ordinary word is left (`Calif. Police said`).
    const state = added.find((a) => c.first === a.first && c.last > a.last);
    if (!state || (c.last === state.last + 1 && isCommon(tokens[c.last].norm))) continue;
    c.first = state.last + 1;
    c.start = tokens[c.first].start;
    c.rules.push('name.after-town-state');
  }
  const taken = (c: Candidate) => added.some((a) => c.first <= a.last && c.last >= a.first);
  return [...cands.filter((c) => !taken(c)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * `near Paramount`, `the city of Mercedes`, `the mayor of Paramount`: a brand the dictionaries put before
 * a town of its name (`!Paramount` in organisations.tsv) is the town after `near` or a place noun and
 * `of` (rule `type.town-by-cue`). Not after `in` alone: `a stake in Paramount` is the company.
 */
export function brandsAsTowns(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  kb: ActorKnowledge,
  placeNouns: ReadonlyMap<string, unknown>,
): void {
  const places = cands.filter((c) => c.type === 'GPE');
  for (const c of cands) {
    if (c.type !== 'ORG' || c.kind !== 'name' || c.first !== c.last || !c.actorIds.length) continue;
    const before = tokens[c.first - 1];
    if (!before || before.sentence !== c.sentence) continue;
    const noun = tokens[c.first - 2];
    // A parliament named by its seat is the place after `in` or last in a list of towns (`the committee in
    // Westminster`, `in Barking, Ilford and Westminster`).
    const seat =
      kb.actor(c.actorIds[0])?.kind === 'legislature' &&
      (before.norm === 'in' ||
        (/^(?:and|,)$/.test(before.norm) &&
          places.some((p) => p.sentence === c.sentence && p.last === c.first - 2)));
    if (seat) {
      // (the seat, not another country's town of the name: `Westminster` is no town of Colorado here)
      c.type = 'GPE';
      c.actorIds = [];
      c.rules.push('type.town-by-cue');
      continue;
    }
    const cue =
      before.norm === 'near' ||
      (before.norm === 'of' && !!noun && (placeNouns.has(noun.norm) || noun.norm === 'mayor'));
    if (cue) brandAsTown(c, text, kb, 'type.town-by-cue');
  }
}

/** Retypes an organisation's mention as the town of the same name, if the dictionaries know one. */
function brandAsTown(c: Candidate, text: string, kb: ActorKnowledge, rule: string): void {
  const town = idsOf(kb.names, nameKey(text.slice(c.start, c.end))).find(
    (id) => kb.actor(id)?.kind === 'city',
  );
  if (!town) return;
  c.type = 'GPE';
  c.actorIds = [town];
  c.rules.push(rule);
}
