/**
 * Typing from the names around a name, run once the tagger's spans are merged: what the tagger or a
 * guess typed alone is corrected by its neighbours (`Nick Rhodes of Duran Duran`, a list of gods with
 * one read as a place, `the Smithsonian's`). Names of the dictionaries and names typed by a cue keep
 * their type. Each rule leaves its id on the mention.
 */

import { type ActorKnowledge, idsOf, nameKey } from '../../knowledge/actors/index.js';
import type { EntityType, Token } from '../../model/layers.js';
import { type Candidate, candidateOver, surnamesOfFullNames } from './candidates.js';
import { GUESS_RULES } from './common-words.js';
import type { EntitiesLexicon } from './lexicon.js';
import { COMPASS, STREET_WORD, sentenceInitial } from './name-words.js';
import { kindOfApposition, PERSON_NOUN, singular } from './unknown-names.js';

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'LOC']);
const isName = (c: Candidate) => c.kind === 'name' || c.kind === 'acronym';
/** Typed only by guesses (the tagger, a repeated word): no dictionary, no cue. */
export const guessed = (c: Candidate) => !c.actorIds.length && c.rules.every((r) => GUESS_RULES.has(r));
/** GPE and LOC are one class here: a list of places may mix them. */
const typeClass = (t: EntityType) => (t === 'LOC' ? 'GPE' : t);

function retype(c: Candidate, type: EntityType, rule: string): void {
  c.type = type;
  c.rules.push(rule);
  c.confidence = Math.max(c.confidence, 0.6);
}

/**
 * `musician Nick Rhodes of Duran Duran`, `Gary Fan of the Neo Democrats`: a name right after a
 * person's name and `of` (`of the`) is the body the person belongs to, an organisation, when only a
 * guess typed it a person or left it untyped (rule `type.org-after-person-of`). Places of the
 * dictionaries (`Carlo De Benedetti of Italy`) are not touched.
 */
export function orgAfterPersonOf(cands: Candidate[], tokens: Token[]): void {
  const personEndingAt = new Map<number, Candidate>();
  for (const c of cands)
    if (c.type === 'PERSON' && c.kind === 'name' && !guessed(c)) personEndingAt.set(c.last, c);
  for (const c of cands) {
    if (!isName(c) || !guessed(c) || (c.type !== 'PERSON' && c.type !== 'OTHER')) continue;
    const article = tokens[c.first - 1]?.norm === 'the';
    // One word the tagger read as a person's may be the person's town (`Jane Doe of Marion`); `the`,
    // an acronym, one word nobody typed (the towns of the gazetteer are typed already: `Per Svenningsson
    // of Karolinska`) or a name of several words the tagger read as a person's or left untyped are not.
    // (A name the tagger saw and did not call a place is no town.)
    const notTown = c.type === 'PERSON' || c.rules.includes('ner.tagger-type');
    const untypedWord = c.first === c.last && c.type === 'OTHER' && c.rules.includes('type.unknown');
    if (!article && c.kind !== 'acronym' && !untypedWord && (c.first === c.last || !notTown)) continue;
    const of = article ? c.first - 2 : c.first - 1;
    if (tokens[of]?.norm !== 'of' || tokens[of].sentence !== c.sentence) continue;
    const person = personEndingAt.get(of - 1);
    if (!person || person.sentence !== c.sentence) continue;
    retype(c, 'ORG', 'type.org-after-person-of');
  }
}

/**
 * `Bad Ischl in Austria`, `Nova Gorica in Slovenia`: a name only guessed at, opening with no given name,
 * right before `in` and a country of the dictionaries, is a town of that country (rule
 * `type.town-in-country`).
 */
export function townsInCountries(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): void {
  const startingAt = new Map<number, Candidate>();
  for (const c of cands) startingAt.set(c.first, c);
  for (const c of cands) {
    if (c.kind !== 'name' || !guessed(c) || c.type === 'GPE' || c.type === 'LOC' || c.type === 'NORP')
      continue;
    if (kb.firstNames.has(tokens[c.first].norm) || c.last - c.first > 2) continue;
    const inWord = tokens[c.last + 1];
    if (inWord?.norm !== 'in' || inWord.sentence !== c.sentence) continue;
    const country = startingAt.get(c.last + 2);
    if (!country || kb.actor(country.actorIds[0] ?? '')?.kind !== 'country') continue;
    retype(c, 'GPE', 'type.town-in-country');
  }
}

/**
 * `survived by his wife Lorraine, children Shane, Tracey and Matt`: the names listed right after a word
 * for a relative are the relatives, persons, when each opens with a given name or is one word only
 * guessed at, whatever town or region shares it (rule `type.relative-named`). A name joins the list
 * after a comma or `and`.
 */
export function relativesNamed(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): void {
  const startingAt = new Map<number, Candidate>();
  for (const c of cands) if (isName(c)) startingAt.set(c.first, c);
  // A given name, or one word only guessed at (`Tracey`, `Brooke`); not a body (`Georgia Tech`), nor a
  // place of the dictionaries in several words (`Lorraine` is a given name, `Hong Kong` none); a name
  // before a noun qualifies it (`her husband, Hong Kong businessman Eric Chu`).
  const relative = (c: Candidate) =>
    c.last - c.first <= 2 &&
    !(c.type === 'ORG' && !guessed(c)) &&
    !(c.actorIds.length && c.last > c.first) &&
    tokens[c.last + 1]?.pos !== 'NOUN' &&
    (kb.firstNames.has(tokens[c.first].norm) || (c.first === c.last && guessed(c)));
  for (let i = 0; i < tokens.length; i++) {
    if (!RELATIVE_NOUN.test(tokens[i].text)) continue;
    // `His three children, Brooke, Jackson and Summer, spoke`
    let c = startingAt.get(tokens[i + 1]?.text === ',' ? i + 2 : i + 1);
    while (c && c.sentence === tokens[i].sentence && relative(c)) {
      if (c.type !== 'PERSON') {
        c.actorIds = [];
        retype(c, 'PERSON', 'type.relative-named');
      }
      let k = c.last + 1;
      if (tokens[k]?.text === ',') k++;
      if (tokens[k]?.norm === 'and') k++;
      c = k > c.last + 1 ? startingAt.get(k) : undefined;
    }
  }
}

/**
 * `the Minns Government`, `the Crisafulli government's plan`, `the Morrison government`: a government named
 * after the leader who heads it marks the leader, a person (rule `type.leader-government`); the word
 * `Government` is no part of the name. Not a place's or a people's government (`the Victorian
 * Government`, `the NSW Government`), nor a party's (`the Labor Government`), nor a common word's (`the
 * Coalition Government`).
 */
export function leadersGovernments(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  isCommon: (word: string) => boolean = () => false,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.last - c.first > 1 || tokens[c.first - 1]?.norm !== 'the') continue;
    const word = tokens[c.first];
    const after = c.last > c.first ? tokens[c.last] : tokens[c.last + 1];
    if (!after || after.sentence !== c.sentence || !GOVERNMENT_WORD.test(after.norm)) continue;
    if (c.last === c.first && !/^[a-z]/.test(after.text)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || isCommon(word.norm) || kb.demonyms.has(word.norm)) continue;
    const known = c.last === c.first ? c.actorIds : idsOf(kb.names, word.norm);
    if (known.some((id) => kb.actor(id)?.type !== 'PERSON')) continue;
    // `the Mela Administration` is a body; an administration marks only a leader the dictionaries know
    if (after.norm === 'administration' && !known.length) continue;
    // `the Victorian Government`, `the Tasmanian Government`: a state's adjective
    if (idsOf(kb.names, word.norm.slice(0, -1)).some((id) => kb.actor(id)?.type === 'GPE')) continue;
    if (c.type === 'PERSON' && c.first === c.last) continue;
    c.last = c.first;
    c.end = word.end;
    c.actorIds = known;
    retype(c, 'PERSON', 'type.leader-government');
  }
}

/** Words for a government named after its leader (`the Minns Government`, `the Biden administration`). */
const GOVERNMENT_WORD = /^(?:government|administration)$/;

/** Words for relatives, written in lower case before their names (`his wife Lorraine`). */
const RELATIVE_NOUN =
  /^(?:wife|husband|widow|widower|sons?|daughters?|children|grandchildren|grand(?:son|daughter)s?|great-grandchildren|sisters?|brothers?|siblings|mother|father|parents|nephews?|nieces?|cousins?|step(?:son|daughter)s?|twins?)$/;

/** Prepositions before a list of places (not `at` or `from`: `at Google, Meta and Apple`). */
const LIST_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'near',
  'around',
  'across',
  'throughout',
]);
/** Dictionary kinds of a town or region, as against a country. */
const TOWN_KINDS: ReadonlySet<string> = new Set(['city', 'capital', 'region']);

/**
 * `Ubisoft, Microsoft, and PlayStation VR`; `Rogaland, Vestfold, Buskerud and Oslo`: the names of a
 * list of three or more are of one kind. Names only guessed at take the type of the list's names the
 * dictionaries or a cue typed, when those agree (rule `type.list-agreement`). Names left untyped
 * (`OTHER`: products, works) stay so.
 */
export function listAgreement(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
): void {
  const names = cands.filter(isName).sort((a, b) => a.start - b.start);
  let surnames: Set<string> | undefined;
  let i = 0;
  while (i < names.length) {
    const list = [names[i]];
    let j = i + 1;
    while (j < names.length && joinedByList(list[list.length - 1], names[j], tokens)) list.push(names[j++]);
    i = j;
    // `Gaziantep and Hatay`, `Murray and Mayfield`: of two names, a one-word name only guessed to be an
    // organisation (it recurs) beside a town of the dictionaries is a town too; not a compass word
    // (`North and South Korea`), nor the surname of a person the article names in full (`Granollers
    // and Lopez` beside `Feliciano Lopez`). One guessed to be a person after a town or region (not a
    // country, which stands beside its leaders: `France and Macron`) is a town as well (`to Mosul and
    // Qaraqosh`), unless it opens with a given name.
    if (list.length === 2) {
      const [a, b] = list;
      surnames ??= surnamesOfFullNames(cands, tokens);
      for (const [known, guess] of [
        [a, b],
        [b, a],
      ])
        if (
          known.actorIds.length &&
          known.type === 'GPE' &&
          guess.first === guess.last &&
          guessed(guess) &&
          (guess.type === 'ORG' ||
            (guess.type === 'PERSON' &&
              guess === b &&
              !kb.firstNames.has(tokens[guess.first].norm) &&
              // not the subject of a clause after `and` (`visited Edinburgh and Swinney joined her`)
              !/^(?:VERB|AUX)$/.test(tokens[guess.last + 1]?.pos ?? '') &&
              TOWN_KINDS.has(kb.actor(known.actorIds[0])?.kind ?? ''))) &&
          !COMPASS.has(tokens[guess.first].norm) &&
          !surnames.has(tokens[guess.first].norm)
        )
          retype(guess, 'GPE', 'type.list-agreement');
      pairAfterPlacePreposition(a, b, tokens, kb, lex, surnames);
      continue;
    }
    if (list.length < 3) continue;
    // `in KwaNobuhle, Langa and Kamesh`: a list of three or more after a preposition of place, none of its
    // names typed otherwise than by guesses or as a place, is a list of places.
    // So is one after a kind of place in the plural and `of` (`the neighbourhoods of Cité Soleil,
    // Martissant and Bel Air`; lexicon `place-noun-of`).
    const opener = tokens[list[0].first - 1];
    const kind = tokens[list[0].first - 2];
    const placesOf =
      opener?.norm === 'of' &&
      !!kind &&
      /^[a-z]/.test(kind.text) &&
      singular(kind.norm) !== kind.norm &&
      lex.typed['place-noun-of'].has(singular(kind.norm));
    if (
      opener?.sentence === list[0].sentence &&
      (LIST_PLACE_PREPOSITIONS.has(opener.text) || placesOf) &&
      !lex.words['in-not-place'].has(tokens[list[0].first - 2]?.norm ?? '') &&
      list.every(
        (c) => guessed(c) || ((c.type === 'GPE' || c.type === 'LOC') && !weaklyTyped(c)) || weakPerson(c),
      )
    ) {
      for (const c of list)
        if ((guessed(c) || weakPerson(c)) && c.type !== 'GPE' && c.type !== 'LOC')
          retype(c, 'GPE', 'type.list-of-places');
      continue;
    }
    // Guesses alone do not outvote each other: the tagger's types in a list of unknown names are
    // too often split at random (`Zeus, Hera, Poseidon`: persons and places).
    // A lone given name (`Athena`, `Meta`) votes only when no stronger cue does, and a guess agrees
    // (`Zeus, Hera, Poseidon and Athena`, the tagger reading `Zeus` as a person).
    const strong = new Set<EntityType>();
    for (const c of list) if (ACTOR_TYPES.has(c.type) && !weaklyTyped(c)) strong.add(typeClass(c.type));
    if (!strong.size && list.some((c) => guessed(c) && c.type === 'PERSON'))
      for (const c of list) if (ACTOR_TYPES.has(c.type) && !guessed(c)) strong.add(typeClass(c.type));
    if (strong.size !== 1) continue;
    const winner = [...strong][0];
    // A lone given name follows a list of companies (`Apple, Meta and Ford`), not one of places, where
    // it is more likely a deity's or a person's (`Zeus, Hera, Poseidon and Athena`).
    for (const c of list)
      if (
        (guessed(c) || (winner === 'ORG' && weaklyTyped(c))) &&
        ACTOR_TYPES.has(c.type) &&
        typeClass(c.type) !== winner
      )
        retype(c, winner, 'type.list-agreement');
  }
}

/** Prepositions before a pair of names that make both the same kind of place (`at Dorohusk and Hrebenne`). */
const PAIR_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'between',
  'around',
  'across',
]);

/**
 * `crossings at Dorohusk and Hrebenne`, `the resorts of Kiotari and Gennadi`: of two names after a
 * preposition of place or a place's noun and `of`, one a place, a one-word name only guessed to be a
 * person or a body is a place too (rule `type.list-agreement`); not a given name nor the surname of a
 * person named in full.
 */
function pairAfterPlacePreposition(
  a: Candidate,
  b: Candidate,
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
  surnames: Set<string>,
): void {
  const opener = tokens[a.first - 1];
  if (opener?.sentence !== a.sentence) return;
  const noun = tokens[a.first - 2]?.norm ?? '';
  const placeNounOf = opener.text === 'of' && lex.typed['place-noun-of'].has(singular(noun));
  if (!placeNounOf && (!PAIR_PLACE_PREPOSITIONS.has(opener.text) || lex.words['in-not-place'].has(noun)))
    return;
  const pair = [a, b];
  const nameable = (c: Candidate) =>
    c.first === c.last &&
    guessed(c) &&
    !kb.firstNames.has(tokens[c.first].norm) &&
    !surnames.has(tokens[c.first].norm);
  // `the A149 between Cromer and Mundesley`, `trains between Dunmore and Kellan`: a way's ends.
  if (opener.text === 'between' && pair.every(nameable) && wayBefore(tokens, a.first - 1, lex)) {
    for (const c of pair) if (c.type !== 'GPE' && c.type !== 'LOC') retype(c, 'GPE', 'type.list-agreement');
    return;
  }
  const place = pair.find((c) => c.type === 'GPE');
  const other = place === a ? b : a;
  if (place && nameable(other) && (other.type === 'PERSON' || other.type === 'ORG'))
    retype(other, 'GPE', 'type.list-agreement');
}

/**
 * Whether a road or a way of travel comes right before the `between` at `between` (`the A149 between`,
 * `trains between`; lexicon `way-word`), whose ends `X and Y` after it name.
 */
function wayBefore(tokens: Token[], between: number, lex: EntitiesLexicon): boolean {
  const way = tokens[between - 1];
  if (way?.sentence !== tokens[between].sentence) return false;
  // `the A149 between`: a road's code right before, after `the` (`The B2 visa row between` is no road).
  const roadCode = /^[ABMNR]\d{1,4}$/.test(way.text) && tokens[between - 2]?.norm === 'the';
  return roadCode || lex.words['way-word'].has(way.norm);
}

/**
 * `plying the Guadalupe-Colon route`, `the Cebu-Colon road`: two words joined by a hyphen before a way's
 * noun (lexicon `way-word`) are its two ends, both places when one is a town or region of the
 * dictionaries (rule `type.way-ends`). A name read over both is cut in two; a guessed second end is retyped.
 */
export function wayEnds(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
): Candidate[] {
  const town = (k: number) =>
    idsOf(kb.names, nameKey(tokens[k].text)).find((id) => TOWN_KINDS.has(kb.actor(id)?.kind ?? ''));
  const glued = (k: number) =>
    tokens[k].text === '-' && tokens[k].start === tokens[k - 1].end && tokens[k + 1].start === tokens[k].end;
  const beforeWay = (c: Candidate) => {
    const way = tokens[c.last + 1];
    return way?.sentence === c.sentence && lex.words['way-word'].has(way.norm);
  };
  // `the Winston-Salem road`: a town named with a hyphen is one.
  const knownWhole = (first: number, last: number) =>
    idsOf(kb.names, nameKey(`${tokens[first].text}-${tokens[last].text}`)).length > 0;
  const out: Candidate[] = [];
  for (const c of cands) {
    const pair =
      isName(c) &&
      c.last === c.first + 2 &&
      glued(c.first + 1) &&
      beforeWay(c) &&
      !knownWhole(c.first, c.last);
    const ids = pair ? [town(c.first), town(c.last)] : [];
    if (!pair || (!ids[0] && !ids[1]) || !/^\p{Lu}/u.test(tokens[c.last].text)) {
      out.push(c);
      continue;
    }
    for (const [k, id] of [
      [c.first, ids[0]],
      [c.last, ids[1]],
    ] as const)
      out.push(
        candidateOver(tokens, k, k, c.sentence, {
          type: 'GPE',
          actorIds: id ? [id] : [],
          rules: ['type.way-ends'],
          confidence: 0.7,
        }),
      );
  }
  // `Cebu-Colon route` read as two names: the guessed one is the way's other end.
  for (const b of out) {
    if (!isName(b) || b.first !== b.last || !guessed(b) || !beforeWay(b) || tokens[b.first - 1]?.text !== '-')
      continue;
    const a = out.find((c) => c.last === b.first - 2);
    if (
      a &&
      a.first === a.last &&
      glued(b.first - 1) &&
      a.type === 'GPE' &&
      a.actorIds.length &&
      !knownWhole(a.first, b.first)
    )
      retype(b, 'GPE', 'type.way-ends');
  }
  return out;
}

/**
 * `By Facundo Iglesias` opening its line and ending it (or before `and` or a comma): a byline's name only
 * guessed at is a person (rule `type.byline`).
 */
export function bylines(cands: Candidate[], tokens: Token[], text: string): void {
  for (const c of cands) {
    if (!isName(c) || !guessed(c) || c.type === 'PERSON' || c.last - c.first > 3) continue;
    const by = tokens[c.first - 1];
    if (by?.text !== 'By' || text.slice(text.lastIndexOf('\n', by.start - 1) + 1, by.start).trim()) continue;
    const eol = text.indexOf('\n', c.end);
    const rest = text.slice(c.end, eol < 0 ? text.length : eol).trim();
    if (rest && !/^(?:and\b|,)/.test(rest)) continue;
    retype(c, 'PERSON', 'type.byline');
  }
}

/**
 * `wrote on X`, `said in a post on X`: the letter `X` after `on`, with a verb of saying or writing or a
 * post's noun just before, is the platform once called Twitter (rule `type.platform-x`).
 */
export function platformX(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
): void {
  const twitter = idsOf(kb.names, 'twitter')[0];
  const split: Candidate[] = [];
  for (const c of cands) {
    // (`wrote on X.` at a sentence's end: the tokenizer keeps the full stop with the letter, as an initial's;
    // a name after it in the next sentence is read as the initial's surname: `wrote on X. Isaacman paid`.)
    const letter = tokens[c.first].text;
    const asInitial = c.first < c.last && letter === 'X.';
    if ((c.first !== c.last && !asInitial) || (letter !== 'X' && letter !== 'X.')) continue;
    const before = tokens[c.first - 1];
    // `on Facebook and X`, `X and Instagram`, `Musk's platform X`, `the owner of X`: beside another platform
    // or after the platform's noun, whatever comes before.
    const beside = [tokens[c.first - 2], tokens[c.last + 2]].some(
      (t) => !!t && t.sentence === c.sentence && SOCIAL_PLATFORMS.has(t.norm),
    );
    const named =
      before?.norm === 'platform' || (before?.norm === 'of' && tokens[c.first - 2]?.norm === 'owner');
    if (before?.norm !== 'on' && !beside && !named) continue;
    // `said on X`, `in a post on X`, `congratulated the team on X`: a verb before `on` in its sentence,
    // or a post's noun a few words before; not `the attack on X, a village`.
    const verb = tokens[c.first - 2];
    let cue =
      beside || named || (!!verb && (lex.words['speech-verb'].has(verb.norm) || POSTING.has(verb.norm)));
    for (let k = c.first - 3; k >= Math.max(0, c.first - 5) && tokens[k].sentence === c.sentence; k--)
      if (POSTING.has(tokens[k].norm) || tokens[k].pos === 'VERB') cue = true;
    const apposition =
      tokens[c.last + 1]?.text === ',' && /^(?:a|an|the)$/.test(tokens[c.last + 2]?.norm ?? '');
    if (!cue || apposition) continue;
    if (asInitial) {
      const x = candidateOver(tokens, c.first, c.first, c.sentence, {
        type: 'ORG',
        actorIds: twitter ? [twitter] : [],
        rules: ['type.platform-x'],
        confidence: 0.8,
      });
      x.end = x.start + 1;
      split.push(x);
      c.first += 1;
      c.start = tokens[c.first].start;
      continue;
    }
    c.type = 'ORG';
    c.actorIds = twitter ? [twitter] : [];
    c.end = tokens[c.first].start + 1;
    c.rules.push('type.platform-x');
  }
  cands.push(...split);
}

/** Platforms named beside X in lists (`on Facebook and X`). */
const SOCIAL_PLATFORMS: ReadonlySet<string> = new Set(
  'facebook instagram youtube tiktok threads telegram linkedin whatsapp bluesky snapchat reddit truth'.split(
    ' ',
  ),
);

/** Words for writing on a platform that make `on X` the platform. */
const POSTING: ReadonlySet<string> = new Set(
  'post posts posted posting wrote write writes writing message statement video account tweet tweeted'.split(
    ' ',
  ),
);

/** Typed by guesses, or one word typed a person only because it is a given name (`Meta`, `Ford`). */
const weaklyTyped = (c: Candidate) =>
  guessed(c) ||
  (c.first === c.last &&
    !c.actorIds.length &&
    c.rules.every((r) => GUESS_RULES.has(r) || r === 'type.given-name'));

/** Whether only a comma, `and`, `or` or `, and` stand between two names of one sentence. */
function joinedByList(a: Candidate, b: Candidate, tokens: Token[]): boolean {
  if (a.sentence !== b.sentence || b.first <= a.last) return false;
  const between = b.first - a.last - 1;
  if (between < 1 || between > 2) return false;
  // `Smith, Jones and Brown, Britain's envoys`: a possessive opens an apposition, not a list member.
  if (/^['\u2019]s$/.test(tokens[b.last + 1]?.text ?? '')) return false;
  const w1 = tokens[a.last + 1].norm;
  if (between === 1) return w1 === ',' || w1 === 'and' || w1 === 'or';
  return w1 === ',' && (tokens[a.last + 2].norm === 'and' || tokens[a.last + 2].norm === 'or');
}

/**
 * `from the Smithsonian's National Air and Space Museum`: one capitalised word after `the` that only
 * the tagger read as a person names an institution; English puts no article before a person's name.
 * Agent nouns used as epithets (`the Joker`, `the Undertaker`) stay persons (rule
 * `type.the-name-not-person`).
 */
export function theNameNotPerson(cands: Candidate[], tokens: Token[]): void {
  // `the Obamas` beside `Barack Obama`: a family, persons.
  const surnames = surnamesOfFullNames(cands, tokens);
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'PERSON' || c.first !== c.last || !guessed(c)) continue;
    const before = tokens[c.first - 1];
    if (before?.text !== 'the' || before.sentence !== c.sentence) continue;
    const word = tokens[c.first].norm;
    if (/(er|or)$/.test(word) || (word.endsWith('s') && surnames.has(word.slice(0, -1)))) continue;
    retype(c, 'ORG', 'type.the-name-not-person');
  }
}

/**
 * `Los Chapitos`, `La Mayiza`, `the El Olivar and Villa Independencia sectors`: a name that only a guess
 * made a person and that opens with a Spanish or Italian article (lexicon `definite-article-first`)
 * names a group or a place, as no person's name opens so; a nickname in quotes stays the person's
 * (`"El Chapo"`). After a preposition of place or `at`, or before a noun of a place, it is a place;
 * else the article decides (rule `type.article-name-not-person`).
 */
export function articleNamesNotPersons(cands: Candidate[], tokens: Token[], lex: EntitiesLexicon): void {
  const articles = lex.words['definite-article-first'];
  for (const c of cands) {
    const guess = !c.actorIds.length && c.rules.every((r) => GUESS_RULES.has(r) || r === 'name.particle');
    if (c.kind !== 'name' || c.type !== 'PERSON' || c.first === c.last || !guess) continue;
    const first = tokens[c.first];
    if (!articles.has(first.norm) || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) continue;
    const before = tokens[c.first - 1];
    if (before?.sentence === c.sentence && /^["“‘']$/.test(before.text)) continue;
    const prep = before?.norm === 'the' ? tokens[c.first - 2] : before;
    const afterPreposition =
      prep?.sentence === c.sentence &&
      /^[a-z]/.test(prep.text) &&
      (prep.norm === 'at' ||
        lex.words['place-preposition'].has(prep.norm) ||
        lex.words['place-preposition-loose'].has(prep.norm));
    const next = tokens[c.last + 1];
    const placeNoun =
      next?.sentence === c.sentence &&
      /^[a-z]/.test(next.text) &&
      (lex.typed['place-noun-after'].has(next.norm) || lex.words['town-noun-after'].has(next.norm));
    // With no cue, `El` and `Las` open places far more often (`El Hierro`, `Las Bambas`), `La` and `Los`
    // as often groups as places (`La Mayiza`, `Los Chapitos`).
    const placeArticle = first.norm === 'el' || first.norm === 'las';
    retype(c, afterPreposition || placeNoun || placeArticle ? 'GPE' : 'ORG', 'type.article-name-not-person');
  }
}

/**
 * `Joe Biden ... the Bidens`, `the Obamas`: one word in the plural after a lower-case `the`, whose
 * singular is the surname of a person named in full in the article, is the family, persons (rule
 * `type.family-plural`; it overrules `type.plural-of-name`, which reads such plurals as products).
 */
export function familyPlurals(
  cands: Candidate[],
  tokens: Token[],
  /** The tagger's common-word list, when given: `the Greens`, `the Woods` are no families. */
  commonWord?: (lower: string) => boolean,
): void {
  const surnames = surnamesOfFullNames(
    cands.filter((c) => c.kind === 'name'),
    tokens,
  );
  if (!surnames.size) return;
  for (const c of cands) {
    // Only a guessed type gives way (`the Browns` after a team cue stays the team), and the plural
    // of a product (`type.plural-of-name`) that this rule reads better.
    const guess =
      !c.actorIds.length && c.rules.every((r) => GUESS_RULES.has(r) || r === 'type.plural-of-name');
    if (c.kind !== 'name' || c.first !== c.last || c.type === 'PERSON' || !guess) continue;
    const word = tokens[c.first].norm;
    const before = tokens[c.first - 1];
    if (before?.text !== 'the' || before.sentence !== c.sentence || !word.endsWith('s')) continue;
    const singular = word.slice(0, -1);
    if (!surnames.has(singular) || commonWord?.(singular)) continue;
    // `the Woods area`: a noun after it makes it a name of something else.
    const next = tokens[c.last + 1];
    if (next && next.sentence === c.sentence && /^[a-z]/.test(next.text) && next.pos === 'NOUN') continue;
    retype(c, 'PERSON', 'type.family-plural');
  }
}

/** Capitals inside a word that a surname may have (`McConnell`, `DeSantis`, `LeBron`, `FitzGerald`, `O'Neill`). */
const NAME_PREFIX_CAPS =
  /^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|Vander|Fitz|St|Ben|Abu|Al|El|O['’])[A-Z]/;

/** A word with a capital inside that no surname has (`DualShock`, `PlayStation`, `iPhone`, `GoBank`). */
function productShaped(word: string): boolean {
  return /^[A-Za-z]*[a-z][A-Z]/.test(word) && !NAME_PREFIX_CAPS.test(word);
}

/** Model words that end no person's name, with or without a number (`Zamazenta Edition`). */
const PRODUCT_LINE_WORDS: ReadonlySet<string> = new Set([
  'edition',
  'editions',
  'series',
  'version',
  'generation',
]);

/**
 * Names only a guess made persons that are shaped like products (rules `type.model-number`,
 * `type.product-shape`): a name ending in `Edition`, `Series` or `Version`, a number right after a model word ending the name (lexicon `model-word`:
 * `Apple Watch Series 5`, `the Series 3`; `Rishabh Pant 45`, `gave Abubakar 10 years` stay persons),
 * or, with no given name in it, a last word with
 * a capital inside that no surname has (`PS4 DualShock`, `PlayStation`). They are untyped (OTHER) and
 * stay so.
 */
export function productShapedPersons(
  cands: Candidate[],
  tokens: Token[],
  givenNames: ReadonlyMap<string, unknown>,
  modelWords: ReadonlySet<string>,
): void {
  for (const c of cands) {
    // Untyped names of several words are marked too, so that coreference does not make them persons
    // later; one untyped word is left to the common-word test (`Chapter 11`).
    const untyped = c.type === 'OTHER' && c.last > c.first;
    // `MetService said`, `PayPal said`: one word shaped like a product's that speaks is the body behind it.
    if (
      c.kind === 'name' &&
      c.type === 'PERSON' &&
      c.first === c.last &&
      !c.actorIds.length &&
      c.rules.includes('type.speaker') &&
      productShaped(tokens[c.first].text) &&
      !givenNames.has(tokens[c.first].norm)
    ) {
      retype(c, 'ORG', 'type.product-shape-speaks');
      continue;
    }
    if (c.kind !== 'name' || !guessed(c)) continue;
    // `Premiere Edition`, `Founder's Edition`: a name ending in an edition or a series is a product's,
    // whatever a guess typed it.
    if (c.last > c.first && PRODUCT_LINE_WORDS.has(tokens[c.last].norm)) {
      // marked when untyped too, so that coreference does not make it a person later
      retype(c, 'OTHER', 'type.model-number');
      continue;
    }
    if (c.type !== 'PERSON' && !untyped) continue;
    const next = tokens[c.last + 1];
    if (
      modelWords.has(tokens[c.last].norm) &&
      next?.sentence === c.sentence &&
      /^\d{1,3}$/.test(next.text) &&
      next.start === tokens[c.last].end + 1
    ) {
      retype(c, 'OTHER', 'type.model-number');
      continue;
    }
    // A given name in it makes it a person after all (`YouTuber Julien Solomita`).
    if (tokens.slice(c.first, c.last + 1).some((t) => givenNames.has(t.norm))) continue;
    // The capital inside the last word, or the only one: `TreVeyon Henderson`, `KaVontae Turpin` are
    // given names written so.
    if (productShaped(tokens[c.last].text) && (c.first === c.last || !productShaped(tokens[c.first].text)))
      retype(c, 'OTHER', 'type.product-shape');
  }
}

/**
 * `Hurricane Katrina`, `typhoon Haiyan`, `Tropical Storm Bill`: a storm named after a person or a
 * word is an event (OTHER), not a person, place or organisation, whatever the tagger says (rule
 * `type.named-storm`); so is its name alone elsewhere in the article (`the toll from Katrina`, rule
 * `type.storm-name`). Storm words: lexicon `storm-word`. Not touched: a body named after a storm
 * (`Hurricane Katrina Relief Fund`: an organisation word ends it), a dictionary place or company after
 * a lower-case storm word that is no given name (`Before the storm Texas declared ...`), and a
 * dictionary place or a longer name when the storm's name stands alone (`Florence and Rome`).
 */
export function namedStorms(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  stormWords: ReadonlySet<string>,
): void {
  const stormNames = new Set<string>();
  for (const c of cands) {
    if (!isName(c) || c.type === 'NORP') continue;
    const before = tokens[c.first - 1];
    // The storm word inside the name (`Hurricane Katrina`, `Tropical Storm Bill`, `Severe Tropical Storm
    // Kristine`) or just before it.
    let inside = false;
    for (let k = c.first; k < c.last && k <= c.first + 2; k++)
      if (stormWords.has(tokens[k].norm)) inside = true;
    const outside = before?.sentence === c.sentence && stormWords.has(before.norm);
    if ((!inside && !outside) || stormWords.has(tokens[c.last].norm)) continue;
    // `Hurricane Relief Fund`, `National Hurricane Center`: a body's (or a centre's) name.
    const head = kb.nameHeads.get(tokens[c.last].norm);
    if (head === 'ORG' || head === 'LOC') continue;
    if (!inside && c.actorIds.length && !kb.firstNames.has(tokens[c.last].norm)) continue;
    stormNames.add(tokens[c.last].norm);
    toStorm(c, 'type.named-storm');
  }
  if (!stormNames.size) return;
  for (const c of cands) {
    if (!isName(c) || c.first !== c.last || c.type === 'OTHER' || !stormNames.has(tokens[c.first].norm))
      continue;
    if (c.actorIds.length && (c.type === 'GPE' || c.type === 'LOC')) continue;
    if (/^[A-Z]/.test(tokens[c.last + 1]?.text ?? '')) continue;
    toStorm(c, 'type.storm-name');
  }
}

function toStorm(c: Candidate, rule: string): void {
  c.type = 'OTHER';
  c.actorIds = [];
  c.rules.push(rule);
  c.confidence = Math.max(c.confidence, 0.7);
}

/** A word with each doubled letter written once (`brazillian` -> `brazilian`). */
const undoubled = (w: string): string => w.replace(/(\p{L})\1+/gu, '$1');

/** Demonyms and one-word names by their spelling with doubled letters written once. */
export interface Spellings {
  demonyms: Map<string, string>;
  names: Map<string, string>;
}

/**
 * One per actor knowledge (made in the component factory): `Brazillian`, `Phillipines` are
 * misspellings of the demonym or name they match once doubled letters are undone. The maps are built
 * on first use, as few articles need them: going over the 55,000 name keys costs 15 ms of start-up.
 */
export function spellingsOf(kb: ActorKnowledge): Spellings {
  let built: Spellings | undefined;
  const build = () => {
    built ??= buildSpellings(kb);
    return built;
  };
  return {
    get demonyms() {
      return build().demonyms;
    },
    get names() {
      return build().names;
    },
  };
}

function buildSpellings(kb: ActorKnowledge): Spellings {
  const demonyms = new Map<string, string>();
  for (const [key, id] of kb.demonyms)
    if (!key.includes(' ') && key.length >= 5) demonyms.set(undoubled(key), id);
  const names = new Map<string, string>();
  for (const key of kb.names.byKey.keys())
    if (key.length >= 5 && !key.includes(' ')) names.set(undoubled(key), key);
  return { demonyms, names };
}

/**
 * `the Brazillian team`, `the Phillippines`: one capitalised word only guessed at that matches a
 * country's name or a demonym once doubled letters are written once is that word misspelt: the
 * country (GPE) or the group (NORP), never a person (rule `type.misspelt-name`).
 */
export function misspeltNames(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  spellings: Spellings,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.first !== c.last || !guessed(c) || c.type === 'NORP') continue;
    const w = tokens[c.first].norm;
    if (w.length < 6 || !/(.)\1/.test(w)) continue;
    const key = spellings.names.get(undoubled(w));
    const country = key ? idsOf(kb.names, key).find((id) => kb.actor(id)?.kind === 'country') : undefined;
    const demonym = country ? undefined : spellings.demonyms.get(undoubled(w));
    if (!country && !demonym) continue;
    c.type = country ? 'GPE' : 'NORP';
    c.actorIds = [country ?? demonym ?? ''];
    c.rules.push('type.misspelt-name');
  }
}

/**
 * `the voice of Batman`, `played the Joker`: a name after a word for a role (lexicon
 * `character-cue`) is a character, a person, whatever a town gazetteer (a town called Batman) or the
 * tagger says (rule `type.character-role`). Actors of the dictionaries beyond the town list
 * (`voiced Washington's concerns`, `Hezbollah`) keep their type and ids, and a name before `'s`
 * (`voiced Moscow's anger`) or a plural (`played the Lakers`) is none.
 */
export function characterRoles(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  cues: ReadonlySet<string>,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.type === 'PERSON' || c.type === 'NORP') continue;
    const one = tokens[c.first - 1];
    if (!one || one.sentence !== c.sentence) continue;
    const two = tokens[c.first - 2];
    const cued = cues.has(one.norm) || (two?.sentence === c.sentence && cues.has(`${two.norm} ${one.norm}`));
    if (!cued || /[^s]s$/.test(tokens[c.last].norm)) continue;
    const after = tokens[c.last + 1];
    if (after?.sentence === c.sentence && /^['’]s$/.test(after.text)) continue;
    const townOnly = c.actorIds.every((id) => kb.actor(id)?.source === 'cities.tsv');
    if (!townOnly || (!guessed(c) && !c.actorIds.length)) continue;
    c.actorIds = [];
    retype(c, 'PERSON', 'type.character-role');
  }
}

const PLACE_PREPOSITION = /^(?:in|at|from|of|near|outside|across|around|to|into|for)$/;
/** Of those, the ones whose object is only ever a place, before a list too. */
const LIST_PLACE_PREPOSITION = /^(?:in|at|near|outside|across|around)$/;

/**
 * The index of the token before the list of capitalised words that ends with token `i`
 * (`in Brasov, Cluj and Sibiu`: `in`); just `i - 1` when no `and`, `or` or comma comes before `i`.
 */
function tokenBeforeList(tokens: Token[], i: number): number {
  const sentence = tokens[i].sentence;
  let j = i - 1;
  if (!/^(?:and|or|,)$/.test(tokens[j]?.norm ?? '')) return j;
  while (
    j >= 0 &&
    tokens[j].sentence === sentence &&
    (/^(?:and|or|,)$/.test(tokens[j].norm) || /^\p{Lu}/u.test(tokens[j].text))
  )
    j--;
  return j;
}

/**
 * `Clinton said`, `Clinton, speaking at the White House,`: a town of the dictionaries (no capital, no
 * region) that speaks is a person of that name (rule `type.speaking-town`); capitals speak for their
 * governments (`Moscow said`).
 */
export function speakingTowns(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  speechVerbs: ReadonlySet<string>,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'GPE' || c.first !== c.last || !c.actorIds.length) continue;
    // Only the gazetteer's smaller towns: the cities news names (Phoenix's) speak for their councils
    // (`Boston said it would appeal`).
    if (!c.actorIds.every((id) => id.startsWith('geo:') && kb.actor(id)?.kind === 'city')) continue;
    // `officials in Austin said`, `officials in Brasov and Sibiu said`: the towns of the speakers; a list
    // only after a preposition of place alone (`spoke to Madison and Jackson, who said` names persons).
    const before = tokens[c.first - 1];
    if (before?.sentence === c.sentence && PLACE_PREPOSITION.test(before.norm)) continue;
    const beforeList = tokens[tokenBeforeList(tokens, c.first)];
    if (beforeList?.sentence === c.sentence && LIST_PLACE_PREPOSITION.test(beforeList.norm)) continue;
    const next = tokens[c.last + 1];
    const after = next?.text === ',' ? tokens[c.last + 2] : next;
    if (!after || after.sentence !== c.sentence) continue;
    const speaks = next === after ? speechVerbs.has(after.norm) : /^(?:speaking|who)$/.test(after.norm);
    if (!speaks || /^(?:it|its)$/.test(tokens[c.last + 2]?.norm ?? '')) continue;
    c.type = 'PERSON';
    c.actorIds = [];
    c.rules.push('type.speaking-town');
  }
}

/**
 * `Meridian, a shipping company,`: a town of the dictionaries that an apposition calls an organisation or
 * a product is that, and no town (rule `type.apposition-over-town`).
 */
export function townsNamedByApposition(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'GPE' || c.first !== c.last) continue;
    if (kb.actor(c.actorIds[0] ?? '')?.kind !== 'city') continue;
    const type = kindOfApposition(tokens, c.last, kb, lex);
    if (!type) continue;
    c.type = type;
    c.actorIds = [];
    c.rules.push('type.apposition-over-town');
  }
}

/**
 * `a software engineer from Kothrud`, `homes in Ebute Metta`, `farmers around Pipiriki`: a name only the
 * tagger read as a person, right after a preposition of place (lexicon `place-preposition` and
 * `place-preposition-loose`), is a place, as local news names suburbs and villages no gazetteer holds
 * (rule `type.place-after-preposition`). Not a name that opens with a known given name, the surname of a
 * person the article names in full (`a call from Okafor`), nor one before `'s`, `v.` or a verb of saying;
 * after `from`, only one word after a noun for a person (`a trader from Kothrud`, not `a report from
 * Nielsen`).
 */
export function placesAfterPrepositions(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
): void {
  // Surnames of the persons named in full, each with the mentions that name it (this one may be one).
  const fullNames = new Map<string, Candidate[]>();
  for (const c of cands)
    if (c.type === 'PERSON' && c.last > c.first) {
      const key = tokens[c.last].norm;
      const named = fullNames.get(key);
      if (named) named.push(c);
      else fullNames.set(key, [c]);
    }
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'PERSON' || !guessed(c)) continue;
    const before = tokens[c.first - 1];
    // `In Walmer, residents ...`: capitalised only as the sentence's first word.
    if (
      before?.sentence !== c.sentence ||
      !(
        /^[a-z]/.test(before.text) ||
        (/^[A-Z][a-z]+$/.test(before.text) && sentenceInitial(tokens, c.first - 1))
      )
    )
      continue;
    if (
      !lex.words['place-preposition'].has(before.norm) &&
      !lex.words['place-preposition-loose'].has(before.norm)
    )
      continue;
    if (kb.firstNames.has(tokens[c.first].norm)) continue;
    // After `from`, only a person's origin (`a trader from Kothrud`), not a source (`a report from
    // Nielsen`, `a penalty from Fernandes`); two words are a person's name as often as not.
    if (before.norm === 'from' && (c.last > c.first || !PERSON_NOUN.test(tokens[c.first - 2]?.norm ?? '')))
      continue;
    if ((fullNames.get(tokens[c.last].norm) ?? []).some((p) => p !== c)) continue;
    const next = tokens[c.last + 1];
    // Nor a party to a case (`Roe v. Wade`).
    if (
      next?.sentence === c.sentence &&
      (/^['’]s?$/.test(next.text) || /^vs?\.?$/.test(next.text) || lex.words['speech-verb'].has(next.norm))
    )
      continue;
    retype(c, 'GPE', 'type.place-after-preposition');
  }
}

/** Whether a town after an organisation is where something of it stands, not a branch of its own name. */
function notBranch(
  org: Candidate,
  town: Candidate,
  tokens: Token[],
  kb: ActorKnowledge,
  siteNouns: ReadonlySet<string>,
): boolean {
  const next = tokens[town.last + 1]?.sentence === town.sentence ? tokens[town.last + 1] : undefined;
  // `Google London Bridge office`; `Toyota Derby plant`, `UN Geneva talks`: a noun of a site or an
  // event after the town (lexicon `site-noun-after`) makes the town where it stands.
  if (next && (/^[A-Z]/.test(next.text) || siteNouns.has(next.norm))) return true;
  // A company's town is where it works (`Staff at Tesco Cardiff`), not a branch with a name of its own.
  return kb.actor(org.actorIds[0] ?? '')?.roles.some((r) => /^MNC|BUS$/.test(r.code)) ?? false;
}

/**
 * `IIT Madras`, `Indian Institute of Technology Delhi`, `NHS West Midlands`, `BBC Wales`: an organisation
 * with a town or region of the dictionaries written right after it (one space, no comma) is one
 * organisation, a campus or a branch (rule `name.org+town`); its actor stays the organisation's. Not a
 * town before another capitalised word or a site's noun (`Toyota Derby plant`, `UN Geneva talks`), nor a
 * company's town (`Staff at Tesco Cardiff walked out`).
 */
export function orgsWithTheirTown(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  siteNouns: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const org = cands[i];
    const town = cands[i + 1];
    if (
      town &&
      isName(org) &&
      org.type === 'ORG' &&
      town.kind === 'name' &&
      town.type === 'GPE' &&
      town.first === org.last + 1 &&
      town.sentence === org.sentence &&
      tokens[town.first].start === tokens[org.last].end + 1 &&
      town.actorIds.length > 0 &&
      town.actorIds.every((id) => /^(?:city|region)$/.test(kb.actor(id)?.kind ?? '')) &&
      !notBranch(org, town, tokens, kb, siteNouns)
    ) {
      out.push({
        ...org,
        kind: 'name',
        end: town.end,
        last: town.last,
        rules: [...org.rules, 'name.org+town'],
      });
      i++;
      continue;
    }
    out.push(org);
  }
  return out;
}

/** The lower-case words from `first` to `last`, one key for the same name wherever it is written. */
function wordsKey(tokens: Token[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .map((t) => t.norm)
    .join(' ');
}

/**
 * `Whanganui residents` beside `Whanganui District Council`, `Msunduzi blames` beside `Msunduzi
 * Municipality`: the words before a local council's designators (lexicon `council-word`) and head
 * (`council-head`) name the place it governs, so the same words standing alone elsewhere in the article
 * are that place when only guesses, or a given name (`Alice Springs`), typed them (rule
 * `type.council-place`).
 */
export function placesNamingCouncils(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
): void {
  const heads = lex.words['council-head'];
  const designators = lex.words['council-word'];
  const places = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'name' || c.last === c.first || !heads.has(tokens[c.last].norm)) continue;
    let end = c.last - 1;
    while (end >= c.first && designators.has(tokens[end].norm)) end--;
    if (end < c.first) continue;
    if (tokens.slice(c.first, end + 1).every((t) => /^[A-Z]/.test(t.text)))
      places.add(wordsKey(tokens, c.first, end));
  }
  if (!places.size) return;
  for (const c of cands) {
    // A council's place that speaks is the council, still a GPE (`Msunduzi said`); not a given name that
    // speaks (`Nelson City Council ... Nelson said`).
    const spoke =
      !c.actorIds.length &&
      !kb.firstNames.has(tokens[c.first].norm) &&
      c.rules.every((r) => GUESS_RULES.has(r) || r === 'type.speaker');
    if (c.kind !== 'name' || c.type === 'GPE' || !(guessed(c) || weakPerson(c) || spoke)) continue;
    if (places.has(wordsKey(tokens, c.first, c.last))) retype(c, 'GPE', 'type.council-place');
  }
}

/**
 * `ALAN BRIDGES, Northrepps`, `Margaret Honeywell,\nBridgetown Hill, Totnes`: a paragraph that is a
 * person's name and then only names after commas signs a letter or a contribution with the writer's
 * address; the names only guessed at are places, a town (rule `type.signature-place`), or a street or
 * a feature where a head word typed them so.
 */
export function signaturePlaces(cands: Candidate[], tokens: Token[], text: string, kb: ActorKnowledge): void {
  const names = cands.filter((c) => c.kind === 'name').sort((a, b) => a.start - b.start);
  for (let i = 0; i < names.length; i++) {
    const person = names[i];
    // A signature gives the writer's full name (`Kane, Saka, Foden` is a line-up).
    if (person.last === person.first) continue;
    const lineStart = text.lastIndexOf('\n', person.start - 1) + 1;
    if (person.type !== 'PERSON' || text.slice(lineStart, person.start).trim() !== '') continue;
    const paragraphEnd = text.indexOf('\n\n', person.end);
    const end = paragraphEnd < 0 ? text.length : paragraphEnd;
    const after: Candidate[] = [];
    let at = person.end;
    for (let j = i + 1; j < names.length && names[j].start < end; j++) {
      // Only a comma and white space between the names.
      if (!/^\s*,\s*$/.test(text.slice(at, names[j].start))) break;
      after.push(names[j]);
      at = names[j].end;
    }
    // An address has a street, a district and a town at most, and no given name (`Harry Kane, Marcus,
    // Phil, Declan` is a line-up).
    if (!after.length || after.length > 3 || text.slice(at, end).trim() !== '') continue;
    if (after.some((c) => kb.firstNames.has(tokens[c.first].norm))) continue;
    for (const c of after)
      if (guessed(c) && c.type !== 'GPE' && c.type !== 'LOC') retype(c, 'GPE', 'type.signature-place');
  }
}

/** Prepositions after which a one-word name is a place more often than not. */
const PLACE_VOTE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'from',
  'outside',
  'around',
  'across',
  'towards',
  'toward',
  'via',
]);
/**
 * Of those, the ones whose object is as often a source or an employer (`a report from Nielsen`, `works at
 * Zentrix`): their vote counts only for a word used twice or more. `between` gives none (`the deal between
 * Zeltan and Morvik`).
 */
const LOOSE_VOTE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'at']);
/** People a local story calls after their town (`a Lisnaskea man`, `an Irvinestown teenager`). */
const TOWNSPERSON =
  /^(?:man|woman|boy|girl|teenager|teen|youth|couple|pensioner|mother|father|mum|dad|grandmother|grandfather|family|toddler|schoolboy|schoolgirl|pupil|butcher|farmer|shopkeeper|publican|businessman|businesswoman)$/;
/** Words before `to` that make its object where someone goes (`drove back to Llanidloes`, `moved to Truro`). */
const GOING_BEFORE_TO =
  /^(?:back|moved|returned|travelled|traveled|drove|flew|went|came|headed|relocated|returning|moving|travelling|traveling|driving|commuting|commutes)$/;
/** A noun for the people of a place written right after its name (`Val Caron resident Gilles Ouellette`). */
const TOWN_RESIDENT = /^(?:residents?|natives?|homeowners?|villagers|ratepayers)$/;
/** Typings of a name of several words that only its given name made a person's. */
const WEAK_PERSON_TYPINGS: ReadonlySet<string> = new Set([
  'type.given-name',
  'type.first-name',
  'type.given-name-as-surname',
  'name.given-name+known-word',
  'name.nested-person',
]);
/** Typed a person only by guesses and a given name (`Alice Springs`), no dictionary's. */
const weakPerson = (c: Candidate) =>
  !c.actorIds.length && c.rules.every((r) => GUESS_RULES.has(r) || WEAK_PERSON_TYPINGS.has(r));

/**
 * `Truro`, `Lisnaskea`, `Selkirk`: a one-word name no dictionary knows, named twice or more in a local
 * story, is read as an organisation because it recurs (rule `type.repeated-word`) or as the tagger
 * guessed. The article's uses of the word vote: after a preposition of place (`lived in Threemilestone`,
 * `In Amizmiz,`), `to` after a verb of going (`drove back to Llanidloes`), before a noun for a person (`a
 * Lisnaskea man`, `a well-known Llanidloes butcher`), after a street in an address (`of Main Street,
 * Lisnaskea`, `Val Caron resident`), or after a place noun and `of` (`the edge of Truro`) it is a town;
 * after `the`, speaking, before a company's word (`Zentrix shares`) or opening a sentence before a verb
 * (`Arup won the contract`) it is no town; nor is a given name, a name's head word or a body's word
 * (`Congress`). A use before a lower-case noun (`in Hajj stampede`) or in the possessive does not vote.
 * One vote for the town and none against make every guessed mention of it a town (rule
 * `type.town-by-vote`); a vote after `from` (a person's noun before it), `at` or `to`, after a place noun
 * and `of`, or before a person's noun (`a Wiradjuri woman`) counts only for a word used twice or more.
 */
export function townsByVote(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
): void {
  const votes = new Map<string, { uses: number; town: number; strong: number; against: number }>();
  const surnames = surnamesOfFullNames(cands, tokens);
  const keyOf = (c: Candidate) => wordsKey(tokens, c.first, c.last);
  for (const c of cands) {
    if (c.kind !== 'name' || c.role || c.actorIds.length || c.last - c.first > 2) continue;
    const words = tokens.slice(c.first, c.last + 1);
    if (
      words.some(
        (t) =>
          !/^[A-Z][a-z]+$/.test(t.text) || kb.nameHeads.has(t.norm) || lex.words['generic-body'].has(t.norm),
      ) ||
      (c.first === c.last && (kb.firstNames.has(words[0].norm) || surnames.has(words[0].norm)))
    )
      continue;
    const key = keyOf(c);
    const vote = votes.get(key) ?? { uses: 0, town: 0, strong: 0, against: 0 };
    votes.set(key, vote);
    vote.uses++;
    const at = (k: number) => (tokens[k]?.sentence === c.sentence ? tokens[k] : undefined);
    const before = at(c.first - 1);
    const after = at(c.last + 1);
    // `Val Caron resident Gilles Ouellette`, `a Lisnaskea man`: a person called after the town (a person
    // called after a people too, `a Wiradjuri woman`: that vote counts for a word used twice or more).
    if (after && TOWN_RESIDENT.test(after.text)) {
      vote.town++;
      vote.strong++;
      continue;
    }
    // `a Lisnaskea man`, `a well-known Llanidloes butcher`: an adjective may come between.
    const indefinite = (t: Token | undefined) => /^(?:an?)$/i.test(t?.text ?? '');
    const article =
      indefinite(before) ||
      (before?.pos === 'ADJ' && /^[a-z]/.test(before.text) && indefinite(at(c.first - 2)));
    if (after && article && TOWNSPERSON.test(after.text)) {
      vote.town++;
      continue;
    }
    // `Zentrix shares rose`: a company's word after it votes against.
    if (after && lex.words['company-cue-after'].has(after.norm)) {
      vote.against++;
      continue;
    }
    // `in Hajj stampede`, `the Kirkstall ward`: the name qualifies the noun after it, no vote.
    if (after && /^[a-z]/.test(after.text) && after.pos === 'NOUN') continue;
    // A town takes no article (`the Hajj`) and says nothing; in the possessive it may be either
    // (`Selkirk's festival`, `Zentrix's shares`): no vote.
    if (after && /^['’]s?$/.test(after.text)) continue;
    // Nor does it open a sentence as the subject of a verb (`Arup won the contract`, `Wonga collapsed`),
    // a headline's present tense aside (`Ballinrobe celebrates first gold`).
    if (
      (before?.text === 'the' && !/^[a-z]/.test(after?.text ?? '')) ||
      (after && lex.words['speech-verb'].has(after.norm)) ||
      (sentenceInitial(tokens, c.first) &&
        (after?.pos === 'AUX' || (after?.pos === 'VERB' && !/[^s]s$/.test(after.norm))))
    )
      vote.against++;
    else if (
      before &&
      // `In Amizmiz, houses fell`: opening the sentence too, but not `At` (`At Chime, you get...`).
      PLACE_VOTE_PREPOSITIONS.has(before.text === 'In' ? 'in' : before.text) &&
      !lex.words['in-not-place'].has(at(c.first - 2)?.norm ?? '') &&
      // `a man from Hanmer`, not `a report from Kantar`: after `from`, a noun for a person first
      (before.text !== 'from' || PERSON_NOUN.test(at(c.first - 2)?.norm ?? ''))
    ) {
      vote.town++;
      if (!LOOSE_VOTE_PREPOSITIONS.has(before.text)) vote.strong++;
    } else if (before?.text === 'to' && GOING_BEFORE_TO.test(at(c.first - 2)?.norm ?? '')) {
      vote.town++;
    } else if (
      before?.text === ',' &&
      STREET_WORD.test(at(c.first - 2)?.text.toLowerCase() ?? '') &&
      /^[A-Z]/.test(at(c.first - 2)?.text ?? '')
    ) {
      vote.town++;
      vote.strong++;
    } else if (
      before?.text === 'of' &&
      (lex.typed['place-noun-of'].has(at(c.first - 2)?.norm ?? '') ||
        lex.words['place-part-of'].has(at(c.first - 2)?.norm ?? ''))
    )
      vote.town++;
  }
  for (const c of cands) {
    if (c.kind !== 'name' || c.type === 'GPE') continue;
    const vote = votes.get(keyOf(c));
    if (!vote || vote.against) continue;
    // One word only guessed at: one strong vote, or a weaker one and another use. Several words read as a
    // person's name by a given name (`Val Caron`, `Alice Springs`): a strong vote and two uses.
    const won =
      c.first === c.last
        ? guessed(c) && (vote.strong > 0 || (vote.uses > 1 && vote.town > 0))
        : vote.strong > 0 && vote.uses > 1 && weakPerson(c);
    if (won) retype(c, 'GPE', 'type.town-by-vote');
  }
}

/** Verbs and nouns before `in` that make the language after it a language (`said in Spanish`, `published in French`). */
const IN_LANGUAGE_CUE =
  /^(?:said|says|say|speaking|spoke|speaks|speak|spoken|published|written|wrote|writes|known|teach|teaches|taught|released|performed|appeared|sung|sang|sings|dubbed|subtitled|available|broadcast|tweeted|posted|fluent|shot|filmed|delivered|interview|replied|added|told|conducted|mostly|partly|only)$/;
/** Verbs right before a language's name (`speak Russian`, `study English`). */
const LANGUAGE_VERB =
  /^(?:speak|speaks|spoke|spoken|speaking|study|studied|studying|learn|learned|learnt|learning|teach|teaching|taught)$/;
/** Nouns after a language's name that make it the language, not a people (`its French acronym`). */
const LANGUAGE_NOUN_AFTER =
  /^(?:language|languages|translation|translations|speakers|word|words|acronym|initials|subtitles|lessons|classes|dialect|dialects|alphabet|grammar|version|versions)$/;

/**
 * `said in Spanish`, `translated into English`, `speak Russian`, `its French acronym`, `English-language
 * universities`, `known in German as`: a demonym that is also a language's name (lexicon `language`), with
 * a language's cue around it, is the language, OTHER (rule `type.language-cue`), not the people; so is one
 * listed with it (`speaking in English, French, Spanish and German`).
 */
export function languagesByCue(cands: Candidate[], tokens: Token[], lex: EntitiesLexicon): void {
  const languages = lex.words.language;
  const isLanguage = (c: Candidate) =>
    c.first === c.last &&
    c.type === 'NORP' &&
    (c.kind === 'demonym' || c.kind === 'name') &&
    languages.has(tokens[c.first].norm);
  const cued = (c: Candidate): boolean => {
    const [before, before2] = [tokens[c.first - 1], tokens[c.first - 2]];
    const next = tokens[c.last + 1];
    const same = (t: Token | undefined) => t?.sentence === c.sentence;
    if (
      same(before) &&
      (before.norm === 'in' || before.norm === 'into') &&
      same(before2) &&
      IN_LANGUAGE_CUE.test(before2.norm)
    )
      return true;
    if (
      same(before) &&
      before.norm === 'into' &&
      same(before2) &&
      /^(?:translated|dubbed|rendered)$/.test(before2.norm)
    )
      return true;
    if (same(before) && LANGUAGE_VERB.test(before.norm)) return true;
    if (
      same(next) &&
      next.text === '-' &&
      next.end === tokens[c.last + 2]?.start &&
      tokens[c.last + 2].norm === 'language'
    )
      return true;
    return same(next) && /^[a-z]/.test(next.text) && LANGUAGE_NOUN_AFTER.test(next.norm);
  };
  const languageAt = new Map<number, Candidate>();
  for (const c of cands) if (isLanguage(c)) languageAt.set(c.first, c);
  const retyped: Candidate[] = [];
  for (const c of languageAt.values()) if (cued(c)) retyped.push(c);
  // The other languages of a list with one (`in English, French, Spanish and German`).
  for (const c of [...retyped]) {
    for (const step of [-2, 2]) {
      let k = c.first + step;
      while (languageAt.has(k) && /^(?:,|and|or)$/.test(tokens[k - step / 2]?.norm ?? '')) {
        const other = languageAt.get(k)!;
        if (!retyped.includes(other)) retyped.push(other);
        k += step;
      }
    }
  }
  // `published in French by Actes Sud and in German by Penguin`: `and in` another language of the sentence.
  const sentences = new Set(retyped.map((c) => c.sentence));
  for (const c of languageAt.values()) {
    const [before, before2] = [tokens[c.first - 1], tokens[c.first - 2]];
    if (
      !retyped.includes(c) &&
      sentences.has(c.sentence) &&
      before?.norm === 'in' &&
      /^(?:and|or|,)$/.test(before2?.norm ?? '')
    )
      retyped.push(c);
  }
  for (const c of retyped) {
    c.type = 'OTHER';
    c.kind = 'name';
    c.actorIds = [];
    c.rules.push('type.language-cue');
  }
}

/**
 * `published in Malay`, `a Hokkien-speaking clerk`, `switch between Malay, Hokkien and Tamil`: a language's
 * name (lexicon `language`) that no dictionary knows, typed a body, a person or a place by a guess or a cue
 * (`published in`, `in`), is the language, no actor (rule `type.language`); not before a noun other than a
 * language's (`the Acholi sub-region`) or a verb, nor after a title, nor a word of a person's name in the
 * article or a given name (`Mr Luo`, `Luo Zhaohui`, `Shona`).
 */
export function languagesAsOther(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
): void {
  const languages = lex.words.language;
  // Words of persons' names in the article (`Luo Zhaohui` ... `Mr Luo`).
  const personWords = new Set<string>();
  for (const c of cands)
    if (c.type === 'PERSON' && c.last > c.first)
      for (let k = c.first; k <= c.last; k++) personWords.add(tokens[k].norm);
  for (const c of cands) {
    if (
      c.kind !== 'name' ||
      c.first !== c.last ||
      c.type === 'OTHER' ||
      c.type === 'NORP' ||
      c.actorIds.length
    )
      continue;
    const word = tokens[c.first].norm;
    if (!languages.has(word) || c.role || personWords.has(word) || kb.firstNames.has(word)) continue;
    const next = tokens[c.last + 1];
    // A language is rarely a verb's subject (`Luo said`, `Hindi scored twice`): a person is.
    if (next?.sentence === c.sentence && (next.pos === 'VERB' || next.pos === 'AUX')) continue;
    if (
      next?.sentence === c.sentence &&
      /^[a-z]/.test(next.text) &&
      next.pos === 'NOUN' &&
      !lex.words['language-noun'].has(next.norm)
    )
      continue;
    retype(c, 'OTHER', 'type.language');
  }
}
