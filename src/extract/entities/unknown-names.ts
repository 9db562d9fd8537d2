/**
 * Types a name that no dictionary knows, from its own words and its neighbours. Each rule leaves its
 * id on the mention. A statistical tagger, when given, decides where these rules only guess.
 */
import { type ActorKnowledge, idsOf, nameKey } from '../../knowledge/actors/index.js';
import type { EntityType, Token } from '../../model/layers.js';
import type { Candidate } from './candidates.js';
import type { EntitiesLexicon } from './lexicon.js';
import {
  ADMIN_DIVISION,
  COMPASS_POINTS,
  FUNERAL_BUSINESS,
  LAST_ONLY_HEADS,
  STREET_WORD,
  sentenceInitial,
} from './name-words.js';

export const PERSON_NOUN =
  /(ist|er|or|man|woman|ant|ent|ian|eer|ee|ete|ive|ess|wife|husband|son|daughter|mother|father|boy|girl|chief|head|member|official|expert|leader|analyst|author|actor|actress|aide|advisor|adviser|envoy|spokesperson|colleague|friend|resident|student|founder)s?$/;
/** Role nouns before a person known by one name (`Brazil star Neymar`, `midfielder Casemiro`). */
const ONE_NAME_ROLE =
  /^(?:star|striker|midfielder|defender|forward|winger|goalkeeper|keeper|captain|coach|quarterback|pitcher|rapper|singer|actor|actress|player|teammate|rookie)$/;
/**
 * A capitalised surname and a given name of two syllables, the second in lower case (`Wai-ching`);
 * English compounds (`Prize-winner`, `Oil-based`) end otherwise.
 */
const HYPHENATED_GIVEN_NAME =
  /^(?:[A-Z][a-z]+ )?[A-Z][a-z]{1,8} [A-Z][a-z]{1,5}-(?![a-z]*(?:er|ed|ly|man|ist)$)[a-z]{1,6}$/;
const GROUP_PLURAL = /(ans|ians|ists|ites|ims|ese)$/;
/** One to three initials and a capitalised surname: `M. Atherton`, `J.R. Ewing`, `N. C. Naidu`. */
const INITIALS_AND_SURNAME = /^(?:[A-Z]\. ?){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;

/** A place word (lexicon `place-cue`: `in`, `near`) right before token `first`, in its sentence. */
function placeCueBefore(tokens: Token[], first: number, lex: EntitiesLexicon): boolean {
  const t = tokens[first - 1];
  return !!t && t.sentence === tokens[first].sentence && lex.words['place-cue'].has(t.norm);
}

/**
 * A word the dictionaries know as a place and as no given name; towns of the gazetteer alone do not
 * count (a town is called Kanye).
 */
function firstWordIsPlace(word: string, kb: ActorKnowledge): boolean {
  if (kb.firstNames.has(word)) return false;
  return idsOf(kb.names, nameKey(word)).some((id) => {
    const a = kb.actor(id);
    return (a?.type === 'GPE' || a?.type === 'LOC') && a.source !== 'cities.tsv';
  });
}

/**
 * `Unity and Upper Nile states`, `the Tigris and Euphrates rivers`: from a name's end, past `and`,
 * `or`, commas and capitalised words, the plural of a place noun that closes the list.
 */
function pluralPlaceNounAfterList(
  tokens: Token[],
  from: number,
  lex: EntitiesLexicon,
): EntityType | undefined {
  const sentence = tokens[from]?.sentence;
  let sawJoin = false;
  for (let k = from; k < from + 8 && k < tokens.length && tokens[k].sentence === sentence; k++) {
    const t = tokens[k];
    if (t.norm === 'and' || t.norm === 'or' || t.text === ',') {
      sawJoin = true;
      continue;
    }
    if (/^\p{Lu}/u.test(t.text)) continue;
    // Right after the name, or after a list (`Upper Nile states`, `Unity and Upper Nile states`).
    if ((k > from && !sawJoin) || !t.norm.endsWith('s')) return undefined;
    const singular = t.norm.endsWith('ies') ? `${t.norm.slice(0, -3)}y` : t.norm.slice(0, -1);
    return lex.typed['place-noun-after'].get(singular);
  }
  return undefined;
}

/** Whether `w` ends with one of `suffixes` (`Islamophobia`: `phobia`), longer than the suffix. */
function endsWithAny(w: string, suffixes: ReadonlySet<string>): boolean {
  for (const s of suffixes) if (w.length > s.length && w.endsWith(s)) return true;
  return false;
}

/** The singular of a plural noun (`schools`, `companies`), or the word itself. */
export function singular(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * `said Lydia Buchtmann for Food Standards Australia`, `Lydia Buchtmann for Food Standards Australia,
 * says`: tokens `first..last`, then `for` and a capitalised name, with a speech verb right before the
 * name or right after the name that follows `for` (a comma between allowed).
 */
export function speaksFor(
  tokens: Token[],
  first: number,
  last: number,
  speechVerbs: ReadonlySet<string>,
): boolean {
  const sentence = tokens[first].sentence;
  const inSentence = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === sentence;
  if (!inSentence(last + 2) || tokens[last + 1].norm !== 'for' || !/^[A-Z]/.test(tokens[last + 2].text))
    return false;
  if (inSentence(first - 1) && speechVerbs.has(tokens[first - 1].norm)) return true;
  let k = last + 2;
  while (inSentence(k) && (/^[A-Z]/.test(tokens[k].text) || /^(of|the|and|&|-)$/.test(tokens[k].norm))) k++;
  if (inSentence(k) && tokens[k].text === ',') k++;
  return inSentence(k) && speechVerbs.has(tokens[k].norm);
}

/**
 * `start-up`, `drug-maker`: a noun written with a tight hyphen, ending at token `k`, as one word (norm
 * `startup`), so that the lexicon's nouns match either spelling; null when token `k` ends no such word.
 */
function hyphenCompound(tokens: Token[], k: number): Token | null {
  const [head, hyphen, tail] = [tokens[k - 2], tokens[k - 1], tokens[k]];
  if (!head || hyphen.text !== '-' || head.end !== hyphen.start || hyphen.end !== tail.start) return null;
  if (head.sentence !== tail.sentence || !/^[A-Za-z][a-z]*$/.test(head.text) || !/^[a-z]+$/.test(tail.text))
    return null;
  return { ...tail, start: head.start, text: `${head.text}-${tail.text}`, norm: `${head.norm}${tail.norm}` };
}

/** Words that open a noun phrase before an apposition's noun (`the state mining company, Comibol,`). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/**
 * The lower-case noun naming the kind of a name at `first`: right before it (`the band Velvet
 * Underground`), or in the plural with an example phrase between (lexicon `example-cue`: `bands
 * including`, `bands like`, `bands such as`, `such bands as The Velvet Underground`). A singular
 * noun before an example phrase (`the team including Okonkwo Eze`) names a whole the name is part
 * of, not its kind. Null when there is none.
 */
function kindNounBefore(tokens: Token[], first: number, cues: ReadonlySet<string>): Token | null {
  const sentence = tokens[first].sentence;
  const at = (k: number): Token | null => (tokens[k]?.sentence === sentence ? tokens[k] : null);
  // The noun ending at token `k`, a hyphenated one (`start-ups`) as one word; with the index it starts at.
  const nounAt = (k: number): { noun: Token; from: number } | null => {
    const compound = hyphenCompound(tokens, k);
    if (compound) return { noun: compound, from: k - 2 };
    const t = at(k);
    return t ? { noun: t, from: k } : null;
  };
  // In lower case, or capitalised as its sentence's first word (`Start-ups such as Nio`).
  const lowerNoun = (n: { noun: Token; from: number } | null) =>
    n && (/^[a-z]/.test(n.noun.text) || at(n.from - 1) === null) ? n.noun : null;
  const pluralNoun = (n: { noun: Token; from: number } | null) => {
    const noun = lowerNoun(n);
    return noun && singular(noun.norm) !== noun.norm ? noun : null;
  };
  // `The Velvet Underground`: the article is part of the name here.
  const start = at(first - 1)?.text === 'The' ? first - 1 : first;
  const one = nounAt(start - 1);
  if (!one) return null;
  if (cues.has(one.noun.norm)) return pluralNoun(nounAt(one.from - 1));
  const two = at(start - 2);
  const three = at(start - 3);
  // `bands such as`, `such bands as`
  if (two && cues.has(`${two.norm} ${one.noun.norm}`)) return pluralNoun(nounAt(start - 3));
  if (two && three && cues.has(`${three.norm} ${one.noun.norm}`)) return pluralNoun(nounAt(start - 2));
  // `The state mining company, Comibol, says`: a noun, a comma, and the name closed by a comma.
  if (one.noun.text === ',' && start === first) {
    const noun = nounAt(start - 2);
    let end = first;
    while (at(end + 1) && /^[\p{Lu}\d-]/u.test(tokens[end + 1].text)) end++;
    if (!noun || !/^[a-z]/.test(noun.noun.text) || at(end + 1)?.text !== ',') return null;
    // Not after a preposition (`At the firm, Johnson, who ran it`): the name opens the clause there.
    let k = noun.from - 1;
    while (k > noun.from - 5 && at(k) && /^[a-z]/.test(tokens[k].text) && !DETERMINERS.has(tokens[k].norm))
      k--;
    return at(k) && DETERMINERS.has(tokens[k].norm) && at(k - 1)?.pos === 'ADP' ? null : noun.noun;
  }
  // A lower-case noun right before the name, not the `The` of a name.
  return start === first && /^[a-z]/.test(one.noun.text) ? one.noun : null;
}

/**
 * A one-word name met more often than this is not typed a place by `in` alone (organisations recur:
 * `in Scientology`), unless half its mentions or more follow a preposition of place (`in Brickfields`).
 */
const PLACE_AFTER_IN_MAX_COUNT = 2;

/**
 * Whether a country's name of the dictionaries starts at token `i` and closes the phrase: the end of
 * the sentence, a punctuation mark or `and` follows (`Attapeu, Laos;`), not `'s` or a noun.
 */
function countryClosesAt(tokens: Token[], i: number, kb: ActorKnowledge): boolean {
  const first = tokens[i];
  if (!first || first.sentence !== tokens[i - 1].sentence || !/^[A-Z]/.test(first.text)) return false;
  let text = '';
  for (let k = i; k < i + 3 && k < tokens.length && tokens[k].sentence === first.sentence; k++) {
    text = text ? `${text} ${tokens[k].text}` : tokens[k].text;
    const ids = idsOf(kb.names, nameKey(text));
    if (!ids.length || kb.actor(ids[0])?.kind !== 'country') continue;
    const after = tokens[k + 1];
    return (
      !after || after.sentence !== first.sentence || /^[;,.:)]$/.test(after.text) || after.norm === 'and'
    );
  }
  return false;
}

/** An apposition after a name (`, a local teacher`): the role words, or null. */
/** Words that open a relative clause after an apposition's noun (`the band that`, `the firm she founded`). */
const RELATIVE_OPENER = /^(?:that|which|who|whose|she|he|they|we|i)$/;

export function appositionAfter(
  tokens: Token[],
  last: number,
  kb: ActorKnowledge,
  /** Kind nouns of organisations and products an apposition may end in too (`, a fintech startup,`). */
  kindNouns?: ReadonlySet<string>,
  /** Whether punctuation must close it (`, the challenger,`, not `, a spokesman said,`). */
  closed = false,
): string | null {
  const comma = tokens[last + 1];
  if (comma?.text !== ',' || comma.sentence !== tokens[last].sentence) return null;
  let k = last + 2;
  const det = tokens[k];
  if (!det || det.sentence !== tokens[last].sentence) return null;
  // `, Google's streaming platform,`: a capitalised owner with its `'s` stands for the article.
  const owner =
    /^[A-Z]/.test(det.text) && /^['’]s$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 1].start === det.end;
  if (!owner && !/^(a|an|the)$/.test(det.norm)) return null;
  k += owner ? 2 : 1;
  const words: Token[] = [];
  while (k < tokens.length && tokens[k].sentence === tokens[last].sentence) {
    const t = tokens[k];
    // `streaming` in `a streaming platform` is read as a verb, but modifies the noun after it; after a
    // noun it opens a clause (`a company making chips`).
    const modifier = t.pos === 'VERB' && /ing$/.test(t.norm) && !words.some((w) => w.pos === 'NOUN');
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.text !== '-' && !modifier) break;
    words.push(t);
    k++;
  }
  const head = words[words.length - 1];
  if (head?.pos !== 'NOUN' || (closed && !APPOSITION_END.test(tokens[k]?.text ?? '.'))) return null;
  // `, the group of chemicals that ...` is a kind, `, the bank's chairman,` a person's role and
  // `, the union said,` a source: a kind noun must end the apposition.
  // A relative clause may follow the kind (`, the psychedelic band she formed with ...`).
  const after = tokens[k];
  const kind =
    kindNouns?.has(head.norm) &&
    (APPOSITION_END.test(after?.text ?? '.') ||
      (after?.sentence === head.sentence && RELATIVE_OPENER.test(after.norm)));
  // Only a person's role or a kind follows an owner (`, Apple's chief executive,`; not `, Trump's son`).
  if (owner && !kind && !kb.titles.byKey.has(head.norm)) return null;
  if (
    !kind &&
    !PERSON_NOUN.test(head.norm) &&
    !kb.titles.byKey.has(head.norm) &&
    !kb.agents.byKey.has(head.norm)
  )
    return null;
  const role = words
    .map((w) => w.text)
    .join(' ')
    .replace(/ - /g, '-');
  return owner ? `${det.text}${tokens[last + 3].text} ${role}` : role;
}

const kindNouns = new WeakMap<EntitiesLexicon, ReadonlySet<string>>();

/** The nouns for kinds of organisations and products, read once per lexicon. */
function kindNounsOf(lex: EntitiesLexicon): ReadonlySet<string> {
  let nouns = kindNouns.get(lex);
  if (!nouns) {
    nouns = new Set([...lex.words['org-noun-before'], ...lex.words['product-noun']]);
    kindNouns.set(lex, nouns);
  }
  return nouns;
}

/**
 * `Meridian, a shipping company,`: the type an apposition of an organisation's or a product's kind gives
 * the name before it, or null (no apposition, or one naming a person).
 */
export function kindOfApposition(
  tokens: Token[],
  last: number,
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
): EntityType | null {
  const apposition = appositionAfter(tokens, last, kb, kindNounsOf(lex));
  const type = apposition ? appositionType(apposition, lex) : null;
  return type === 'PERSON' ? null : type;
}

/** Which kind the head noun of an apposition gives a name: a product, an organisation or a person. */
export function appositionType(apposition: string, lex: EntitiesLexicon): EntityType {
  const head = apposition.slice(apposition.lastIndexOf(' ') + 1).toLowerCase();
  if (lex.words['product-noun'].has(head)) return 'OTHER';
  return lex.words['org-noun-before'].has(head) ? 'ORG' : 'PERSON';
}

/** What may follow an apposition that ends in an organisation's kind noun (`, a fintech startup,`). */
const APPOSITION_END = /^[,.;:)—–-]$/;

/** A type, the id of the rule that gave it and a confidence. */
type Typing = [EntityType, string, number];

/**
 * The head type of the name's last word `last`. `Building` glued by a hyphen to a word is the gerund of a
 * compound (`Integrity-Building`, `Peace-Building`), no building's head word.
 */
function lastHeadOf(tokens: Token[], last: number, head: EntityType | undefined): EntityType | undefined {
  const hyphen = tokens[last - 1];
  const glued = hyphen?.text === '-' && hyphen.end === tokens[last].start;
  return glued && tokens[last].norm === 'building' ? undefined : head;
}

/** Head words of laws and treaties that `of` and what they govern may follow. */
const LAW_WORD = /^(?:statute|treaty|covenant|convention|charter|declaration|protocol|act|code)$/;

/** A regnal number after a monarch's name, II to XX (`I` is also the pronoun). */
const REGNAL_NUMBER = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/;
/** Words a Roman numeral numbers that are no monarchs (`Level II`, `Title IX`, `Solvency II`, `Rocky II`). */
const NUMBERED_PART =
  /^(?:level|phase|stage|category|type|title|article|chapter|section|part|volume|book|act|grade|class|tier|annex|round|season|series|mark|mk|model|version|rocky|apollo|gemini|vatican|solvency|mifid|basel)$/;

/** An unknown name and what is read once around it, for the cue groups of `typeUnknownName`. */
interface NameContext {
  c: Candidate;
  tokens: Token[];
  kb: ActorKnowledge;
  lex: EntitiesLexicon;
  text: string;
  counts: Map<string, number>;
  inside?: Set<string>;
  /** The name's words (norms), punctuation left out. */
  words: string[];
  last: string;
  lastHead: EntityType | undefined;
  firstGender: string | undefined;
  /** The tokens right after and before the name, and the one after a comma after it. */
  next: Token | undefined;
  before: Token | undefined;
  after: Token | undefined;
  apposition: string | null;
  afterPlaceWord?: Map<string, number>;
}

/**
 * A person's cue after a name: a speech verb (`John Hall said`, `Hall, 34, said`), an age (`, 34,`) or an
 * apposition naming a person (`, a pastor,`).
 */
function personCueAfter(n: NameContext): boolean {
  const { c, tokens, lex, after, apposition } = n;
  if (after && after.sentence === tokens[c.last].sentence && lex.words['speech-verb'].has(after.norm))
    return true;
  const age = tokens[c.last + 1]?.text === ',' && /^\d{1,2}$/.test(tokens[c.last + 2]?.text ?? '');
  if (age) return true;
  return !!apposition && appositionType(apposition, lex) === 'PERSON';
}

/** Words before a paper's title that say it is the source (`told The Hill`, `according to The Wrap`). */
const SOURCE_BEFORE = /^(?:told|to|by|via|from|with)$/;

/**
 * `told The Hill`, `according to The Wrap`, `reported by The Independent`: a capitalised `The` inside a
 * sentence, before one word, after a word that names a source, is a paper's or a site's title
 * (rule `type.the-title-name`; `The` stays outside, as in OntoNotes).
 */
function mediaTitleCue(n: NameContext): Typing | null {
  const { c, tokens, words } = n;
  const the = tokens[c.first - 1];
  const cue = tokens[c.first - 2];
  if (words.length !== 1 || the?.text !== 'The' || !cue || cue.sentence !== the.sentence) return null;
  if (c.actorIds.length || !SOURCE_BEFORE.test(cue.norm)) return null;
  // `to The Hague`, `to The Gambia`: a place named with its article.
  const known = idsOf(n.kb.names, nameKey(`the ${words[0]}`)).map((id) => n.kb.actor(id)?.type);
  if (known.some((type) => type === 'GPE' || type === 'LOC')) return null;
  return ['ORG', 'type.the-title-name', 0.75];
}

/** Whether the dictionaries know `key` as a town or a region (not a person or a body). */
/** Whether a lower-case word ends like a town's name, with at least three letters before the ending. */
function placeEnding(word: string, lex: EntitiesLexicon): boolean {
  for (let k = 3; k <= word.length - 3; k++) if (lex.words['place-ending'].has(word.slice(k))) return true;
  return false;
}

/** A common noun (`a spokesman`), or one opening the sentence that names people (`Residents`). */
function nounForSpeakers(tokens: Token[], k: number, kb: ActorKnowledge, lex: EntitiesLexicon): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (/^[a-z]/.test(t.text)) return t.pos === 'NOUN';
  return sentenceInitial(tokens, k) && (kb.agents.byKey.has(t.norm) || lex.words['people-noun'].has(t.norm));
}

/**
 * Whether `of`/`for` comes before the name at `first`, after someone who speaks: a noun (`Residents of
 * Kotara`, `a spokesman for Ardent`), or a name before `of the` (`Sergeant Ann Moore of the Traffic
 * Unit`).
 */
function speakerBeforeOf(tokens: Token[], first: number, kb: ActorKnowledge, lex: EntitiesLexicon): boolean {
  const the = tokens[first - 1]?.norm === 'the';
  const of = first - (the ? 2 : 1);
  if (!/^(?:of|for)$/.test(tokens[of]?.text ?? '') || tokens[of].sentence !== tokens[first].sentence)
    return false;
  return (
    nounForSpeakers(tokens, of - 1, kb, lex) || (the && /^\p{Lu}\p{Ll}/u.test(tokens[of - 1]?.text ?? ''))
  );
}

/** Words that open Spanish and Portuguese place names before one more word (`Las Condes`, `San Isidro`). */
const PLACE_OPENER = /^(?:las|los|san|santa|são|sao)$/;

/** Lower-case prepositions whose object is a place or a thing, not the subject of a verb after it. */
const PLACE_OBJECT_BEFORE = /^(?:in|on|at|near|from|along|outside|around|off|into|onto)$/;

function placeOfTheDictionaries(kb: ActorKnowledge, key: string): boolean {
  return idsOf(kb.names, key).some((id) => {
    const type = kb.actor(id)?.type;
    return type === 'GPE' || type === 'LOC';
  });
}

/**
 * `the Giants`, `the Ravens`, `the Blue Jays`: a team's plural nickname that is an ordinary word names
 * the team after a lower-case `the` (rule `type.team-nickname`; the nicknames are in
 * data/actors/teams.tsv). Not a singular one (`the Heat`, `the Sky`), nor one that is a title, an agent,
 * a people or another actor's name (`the Cardinals`, `the Pirates`, `the Texans`).
 */
function teamNicknameCue(n: NameContext): Typing | null {
  const { kb, words, last } = n;
  // A lower-case `the` inside a sentence: `The Rockets hit Tel Aviv`, `The Lions escaped` open
  // sentences about other things.
  const the = n.tokens[n.c.first - 1];
  if (the?.text !== 'the' || the.sentence !== n.tokens[n.c.first].sentence || !/s$/.test(last)) return null;
  const key = words.join(' ');
  if (!kb.teamNicknames.has(key) || idsOf(kb.names, key).length) return null;
  const one = last.slice(0, -1);
  for (const w of [last, one])
    if (kb.titles.byKey.has(w) || kb.agents.byKey.has(w) || kb.demonyms.has(w)) return null;
  return ['ORG', 'type.team-nickname', 0.8];
}

/** The name's own words: a head word, a vehicle, a portfolio, an idea, a given name, initials. */
/** Companies' last words (of lexicon `company-division`) that no public body or field ends with. */
const COMPANY_WORD_LAST =
  /^(?:financial|digital|holdings|analytics|consulting|advisory|partners|technologies|ventures|labs|therapeutics|biosciences|pharmaceuticals|semiconductors?|logistics|robotics|software|industries|motors|brands|communications|airlines|airways|studios|securities)$/;

function ownWordsCue(n: NameContext): Typing | null {
  const { c, tokens, kb, lex, text, words, last, lastHead, firstGender, next } = n;
  // `the Elizabeth line`, `the Ferny Grove line`: a name before a lower-case `line` is a rail line.
  if (next?.text === 'line' && next.sentence === c.sentence && words.length <= 3)
    return ['LOC', 'type.rail-line', 0.7];
  // `Taft-Hartley Act`, `the Canada Labour Code`, `Paris Agreement`: a law's or a treaty's head word ends
  // a work's name, whoever it is named after.
  if (lastHead === 'OTHER' && words.length >= 2) return ['OTHER', 'type.name-head', 0.8];
  // `Murphy's Bar`: an owner's possessive before a shop's head word (lexicon `business-head`).
  if (c.rules.includes('name.possessive-place') && lex.words['business-head'].has(last))
    return ['ORG', 'type.business-name', 0.8];
  // `Co Limerick`, `Co. Down`, `County Kerry`: the Irish County (or its abbreviation) opening a name is
  // that county (not the company's `& Co`, which ends one, nor `County Hall`, headed by its last word).
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    (/^Co\.?$/.test(tokens[c.first].text) || (tokens[c.first].text === 'County' && !lastHead))
  )
    return ['GPE', 'type.county-abbreviation', 0.8];
  // `Christian Democrats`, `Young Republicans`: a name ending in a party's members is the party.
  if (words.length >= 2 && lex.words['party-group'].has(last) && !words.includes('and'))
    return ['ORG', 'type.party-name', 0.8];
  // `Irving Independent School District`, `Metropolitan Water District`: a division word after an
  // organisation word names the body that runs it, not a place.
  if (
    lastHead === 'GPE' &&
    words.length >= 2 &&
    words
      .slice(0, -1)
      .some(
        (w) =>
          kb.nameHeads.get(w) === 'ORG' || (last === 'district' && lex.words['district-body-word'].has(w)),
      )
  )
    return ['ORG', 'type.org-head-before-place-head', 0.8];
  // `John Hall said`, `Christopher Hall, 34,`, `Emma Chapel, a pastor,`: a given name and a place head
  // that is a common surname (lexicon `surname-head`) name a person where a person's cue follows (a
  // speech verb, an age, an apposition naming a person); `Stanley Park was closed`, `Charles Bridge`
  // stay places.
  if (
    lastHead &&
    lastHead !== 'ORG' &&
    words.length === 2 &&
    firstGender &&
    lex.words['surname-head'].has(last) &&
    personCueAfter(n)
  )
    return ['PERSON', 'type.given-name+surname-head', 0.75];
  // `Inner Mongolia Autonomous Region`: a region that governs itself is a GPE, not a stretch of land.
  if (
    last === 'region' &&
    words.length >= 3 &&
    lex.words['self-government-word'].has(words[words.length - 2])
  )
    return ['GPE', 'type.self-governing-region', 0.8];
  // `Pew Research Center`, `National Hurricane Center`, `Goddard Space Flight Center`: a centre of
  // research or of a service is an institution; `Kennedy Space Center`, `Convention Centre` are places
  // (lexicon `institution-centre-word`).
  if (
    (last === 'center' || last === 'centre') &&
    words.length >= 2 &&
    lex.words['institution-centre-word'].has(words[words.length - 2])
  )
    return ['ORG', 'type.institution-centre', 0.8];
  // `Greater Manchester`, `Greater Cairo`: a town's or a region's area around it is a GPE; so is
  // `Greater` before one word no dictionary knows (`the Greater Hunter`), whatever given name it shares.
  if (
    words[0] === 'greater' &&
    words.length >= 2 &&
    (placeOfTheDictionaries(n.kb, words.slice(1).join(' ')) || (words.length === 2 && !n.lastHead))
  )
    return ['GPE', 'type.greater-place', 0.8];
  // `Champions League`, `Europa Conference League`: a league named for who plays in it is a competition,
  // like a cup (lexicon `competition-league-word`); `Premier League` is the body that runs a season.
  if (
    last === 'league' &&
    words.length >= 2 &&
    lex.words['competition-league-word'].has(words[words.length - 2])
  )
    return ['OTHER', 'type.competition-league', 0.8];
  // `Kashechewan First Nation`, `Navajo Nation`, `Norway House Cree Nation`, `Hopi Tribe`: a nation or a tribe
  // named by its people (a group of the dictionaries) governs its land, a GPE (the guidelines), not an
  // organisation.
  if (
    words.length >= 2 &&
    (last === 'nation' || last === 'tribe') &&
    (words[words.length - 2] === 'first' ||
      // (a people of one country: not a religion's adjective, `the Islamic Nation`)
      idsOf(kb.names, words[words.length - 2]).some((id) => {
        const group = kb.actor(id);
        return group?.kind === 'group' && !!group.country;
      }))
  )
    return ['GPE', 'type.first-nation', 0.8];
  // `Groff Funeral Home`, `Sinclair Funeral Home`: an undertaker's business, whatever its owner's name.
  if (words.length >= 3 && words[words.length - 2] === 'funeral' && FUNERAL_BUSINESS.test(last))
    return ['ORG', 'type.business-name', 0.8];
  if (churchBuilding(n)) return ['LOC', 'type.church-building', 0.75];
  // `Sunil Nagar said`, `Ravi Nagar, 45,`: a place's head word that is a surname too, after a given
  // name and with a person's cue, names no place.
  // `Rome Statute of the International Criminal Court`, `Treaty of Rome`: a law's head before `of` makes
  // the name a law's, whatever body ends it.
  for (let k = 0; k < words.length - 1; k++)
    if (kb.nameHeads.get(words[k]) === 'OTHER' && words[k + 1] === 'of' && LAW_WORD.test(words[k]))
      return ['OTHER', 'type.head-of', 0.8];
  if (
    lastHead &&
    words.length >= 2 &&
    !(lastHead === 'GPE' && firstGender && (!!c.role || personCueAfter(n))) &&
    // (`Nick Cave`: a given name before `Cave` alone names the singer, not a cave; `Fiona Hill`,
    // `Philip Lane`: heads more often a surname after a given name, lexicon `surname-head-person`)
    !(last === 'cave' && firstGender && words.length === 2) &&
    !(firstGender && lex.words['surname-head-person'].has(last))
  )
    return [lastHead, 'type.name-head', 0.8];
  // `King's College London`: the word after the possessive heads the name when only a town follows it
  // (not `Queen's Park Rangers`).
  if (c.rules.includes('name.possessive-place')) {
    for (let k = c.first + 1; k < c.last; k++) {
      const head = /^['’]s$/.test(tokens[k].text) ? kb.nameHeads.get(tokens[k + 1].norm) : undefined;
      let townsAfter = true;
      for (let m = k + 2; m <= c.last; m++) if (!idsOf(kb.names, tokens[m].norm).length) townsAfter = false;
      if (head && townsAfter) return [head, 'type.name-head', 0.8];
    }
  }
  // `Teaching Hospital Kandy`, `University Hospital Limerick`: a head word and then only a town of the
  // dictionaries, the way institutions add their town after their name.
  // `Ambulance Victoria`, `Highways England`, `Grampians Health`: a public service's word (lexicon
  // `service-word`) and a region or country of the dictionaries, in either order, name the body.
  for (let k = 0; k <= words.length - 2; k++) {
    const head = kb.nameHeads.get(words[k]) ?? (lex.words['service-word'].has(words[k]) ? 'ORG' : undefined);
    if (head && placeOfTheDictionaries(kb, words.slice(k + 1).join(' ')))
      return [head, 'type.head-before-town', 0.8];
  }
  // `IIM Ahmedabad`, `NIT Trichy`: an acronym and a town of the dictionaries name an institution's campus.
  if (words.length === 2 && /^[A-Z]{2,6}$/.test(tokens[c.first].text) && placeOfTheDictionaries(kb, words[1]))
    return ['ORG', 'type.acronym+town', 0.8];
  if (
    words.length === 2 &&
    lex.words['service-word'].has(last) &&
    placeOfTheDictionaries(kb, words[0]) &&
    !firstGender
  )
    return ['ORG', 'type.head-before-town', 0.8];
  // `University of Texas`, `Andy Warhol Foundation for the Visual Arts`, `Royal Commission into ...`: a
  // head word then `of`/`for`/`into`;
  // the first such head rules (`Attorney's Office for the District of Arizona` is an office).
  for (let k = 0; k <= words.length - 2; k++) {
    const head = LAST_ONLY_HEADS.has(words[k]) ? undefined : kb.nameHeads.get(words[k]);
    if (!head || !/^(of|for|in|on|at|into)$/.test(words[k + 1])) continue;
    // `Australian Centre for Control of Iodine Deficiency Disorders`: a place or building word and
    // `for` and a field name an institution.
    if (words[k + 1] === 'for' && head !== 'ORG') return ['ORG', 'type.head-for', 0.8];
    // `African Centre of Meteorological Applications for Development`, `Center on Global Energy Policy`: a
    // centre of a field, not of a town, is an institution too.
    if (
      /^cent(?:re|er)$/.test(words[k]) &&
      (words[k + 1] === 'of' || words[k + 1] === 'on') &&
      !placeOfTheDictionaries(kb, words[k + 2] ?? '')
    )
      return ['ORG', 'type.head-for', 0.8];
    return [head, 'type.head-of', 0.8];
  }
  // `Masjid Al-Haram`, `Instituto Gonzaga`: languages that put the head first (lexicon `head-first`).
  const headFirst = words.length >= 2 ? lex.typed['head-first'].get(words[0]) : undefined;
  // `Mount Isa police`: a town named for its feature, as the noun after it says (type.place-noun-after).
  const townNounAfter =
    n.next?.sentence === tokens[c.last].sentence && lex.typed['place-noun-after'].get(n.next.text) === 'GPE';
  // Not a place whose name speaks or has an age, nor a byline's (`Tal Becker said`, `By Tal Schneider`:
  // `Tal` is a given name too).
  const personCue = personCueAfter(n) || n.before?.text === 'By';
  if (headFirst && !(headFirst === 'LOC' && townNounAfter) && !(headFirst === 'GPE' && personCue))
    return [headFirst, 'type.head-first', 0.75];
  if (c.kind === 'acronym') return ['ORG', 'type.acronym', 0.7];
  // `Space Shuttle Endeavour`, `Space Shuttle Program`: a vehicle's kind word among the first two
  // words of a name, a name after it, makes it a vehicle or a programme, no actor (lexicon
  // `vehicle-noun`). `Tanker Trackers` (a plural after it) is a body; nor does a vehicle speak.
  // `James Webb Space Telescope`, `Webb Telescope`: a vehicle's or an instrument's word ending a name too.
  const vehicleAt = words.findIndex((w) => lex.words['vehicle-noun'].has(w));
  if (
    vehicleAt >= 0 &&
    (vehicleAt < words.length - 1 ? vehicleAt <= 1 : words.length >= 2) &&
    !/^[a-z]{2,}[^siu'\u2019]s$/.test(last) &&
    !lex.words['speech-verb'].has(tokens[c.last + 1]?.norm ?? '')
  )
    return ['OTHER', 'type.vehicle-name', 0.6];
  // `Foreign Affairs minister`: the words before a lower-case minister's or secretary's title are
  // the portfolio, not a person's name.
  if (
    next &&
    next.sentence === tokens[c.last].sentence &&
    /^[a-z]/.test(next.text) &&
    lex.words['portfolio-title'].has(next.norm)
  )
    return ['OTHER', 'type.portfolio-before-title', 0.6];
  // `the Internet`, `the Hajj`, `El Niño`: capitalised by convention, these name no actor (lexicon
  // `not-actor`), however much they look like a name (`Niño` is a given name too).
  if (lex.words['not-actor'].has(words.join(' '))) return ['OTHER', 'type.not-actor', 0.6];
  // `Islamophobia`, `Zionism`: words of these endings name ideas, not actors or places.
  if (words.length === 1 && endsWithAny(last, lex.words['abstract-suffix']))
    return ['OTHER', 'type.abstract-noun', 0.6];
  // `the Museum`, `the University`: a name word standing for the longer name it heads; so does an
  // organisation's word after a body's name and `and` (`Bank of England and Treasury`).
  const nameBefore = tokens[c.first - 2];
  const afterBodyAnd =
    tokens[c.first - 1]?.norm === 'and' &&
    lastHead === 'ORG' &&
    nameBefore?.sentence === c.sentence &&
    /^\p{Lu}/u.test(nameBefore.text);
  if (words.length === 1 && lastHead && (tokens[c.first - 1]?.norm === 'the' || afterBodyAnd))
    return [lastHead, 'type.short-name', 0.55];
  // `Li Na`, `Xu Bo`: a family name written first (lexicon `family-name-first`) and one short given
  // name that names nothing else.
  if (
    words.length === 2 &&
    lex.words['family-name-first'].has(words[0]) &&
    // `Le Blanc`, `Ma Belle`: the family name is no European article
    !lex.words['name-particle'].has(words[0]) &&
    /^[A-Z][a-z]{1,6}$/.test(tokens[c.last].text) &&
    // `Li Auto`: a company's word; `Park Lane`: a street; `the Fu Shun`: a ship
    !lex.words['company-division'].has(last) &&
    !lex.words['street-word'].has(last) &&
    !STREET_WORD.test(last) &&
    tokens[c.first - 1]?.norm !== 'the' &&
    !lastHead &&
    !kb.titles.byKey.has(last) &&
    // `Dong Khoi street`: a street is named after someone, or named like someone.
    !facilityNounAfter(n)
  )
    return ['PERSON', 'type.family-name-first', 0.75];
  // `Chime Financial`, `Voyager Digital`, `Ionic Digital`: a word no given name and a company's word
  // that names no public body (not `Mental Health`, `Homeland Security`) make a company.
  if (
    words.length === 2 &&
    !firstGender &&
    COMPANY_WORD_LAST.test(last) &&
    /^\p{Lu}/u.test(tokens[c.first].text) &&
    !kb.firstNames.has(words[0])
  )
    return ['ORG', 'type.company-word-last', 0.75];
  if (firstGender && words.length >= 2 && words.length <= 4) {
    // `hedge fund Elliott Management`: a kind of company right before outweighs a given name, unless a
    // verb follows (`the firm Tom Hale founded`: a relative clause, the name its subject) or an age
    // (`said miner Hasan Kara, 31`).
    const kind = kindNounBefore(tokens, c.first, lex.words['example-cue']);
    const verbAfter = next?.sentence === c.sentence && (next.pos === 'VERB' || next.pos === 'AUX');
    if (kind && lex.words['company-kind'].has(singular(kind.norm)) && !verbAfter && !personCueAfter(n))
      return ['ORG', 'type.org-noun-before', 0.75];
    // `Don Mueang airport`: a facility named after someone, or named like someone.
    if (facilityNounAfter(n)) return ['LOC', 'type.facility-noun-after', 0.7];
    // `flash floods in Mae Sai district`, `the Juan Fernández islands`: a division's or a feature's noun
    // in lower case after it says a place.
    const noun = n.next?.sentence === c.sentence ? n.next.text : '';
    const placeNoun = lex.typed['place-noun-after'].get(noun) ?? NOUN_AFTER_PERSON_SHAPED.get(noun);
    if (NOUN_AFTER_PERSON_SHAPED.has(noun) && placeNoun) return [placeNoun, 'type.place-noun-after', 0.7];
    // `Bernhard Schulte Shipmanagement`: a person's name and a company's word name the family's firm.
    if (words.length >= 3 && lex.words['company-division'].has(last))
      return ['ORG', 'type.company-word-last', 0.75];
    // `Crawford County`, `Jackson Township`: a division's word is nobody's surname.
    if (lastHead === 'GPE' && ADMIN_DIVISION.test(last)) return ['GPE', 'type.name-head', 0.8];
    // `Orlando East`: a town named like a given name (lexicon `town-given-name`) and a compass word,
    // with no verb after it, is a part of the town.
    if (
      words.length === 2 &&
      COMPASS_POINTS.has(last) &&
      lex.words['town-given-name'].has(words[0]) &&
      !(next?.sentence === c.sentence && (next.pos === 'VERB' || next.pos === 'AUX'))
    )
      return ['GPE', 'type.place+compass', 0.6];
    return ['PERSON', 'type.first-name', 0.8];
  }
  // `M. Atherton`, `N. Hussain` (scoreboards, lists): initials and a capitalised surname.
  if (INITIALS_AND_SURNAME.test(text)) return ['PERSON', 'type.initial+surname', 0.75];
  // `Mushtaq Ahmed`, `Saeed Anwar`: a capitalised word and a given name of known gender, the way
  // Arabic and South Asian names often end; not after a place word (`Camp David`, `Port Louis`) nor
  // an article (`Al Hayat` is a paper).
  const lastGender = kb.firstNames.get(last);
  if (
    words.length === 2 &&
    lastGender &&
    lastGender !== 'u' &&
    !kb.nameHeads.has(words[0]) &&
    !kb.titles.byKey.has(words[0]) &&
    !lex.words['place-prefix'].has(words[0]) &&
    !lex.words['article-prefix'].has(words[0]) &&
    /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(text) &&
    // `Laini Saba ward`: a division's noun after it says a place
    !(n.next?.sentence === c.sentence && lex.typed['place-noun-after'].get(n.next.text) === 'GPE')
  )
    return ['PERSON', 'type.given-name-as-surname', 0.65];
  // `Kwok Ka-ki`, `Moon Jae-in`: a surname and a two-syllable given name joined by a hyphen, the way
  // Chinese and Korean names are romanised.
  if (HYPHENATED_GIVEN_NAME.test(text)) return ['PERSON', 'type.hyphenated-given-name', 0.75];
  // `Botic van de Zandschulp`, `Ursula von der Leyen`, `Rhodri ap Gwynn`: a Dutch, German or Welsh
  // surname particle in lower case between capitalised words (not a bare `de`: `Plaza de Mayo` is a
  // Spanish name of a place; `Nigel de Jong` is read by his given name). Not before a place of the
  // dictionaries, nor after a name head or a word that heads names first.
  if (
    SURNAME_PARTICLES.test(text) &&
    !idsOf(kb.names, last).length &&
    !kb.nameHeads.has(words[0]) &&
    !lex.typed['head-first'].has(words[0]) &&
    !lex.words['place-prefix'].has(words[0])
  )
    return ['PERSON', 'type.surname-particle', 0.7];
  // `Jo-Wilfried Tsonga`, `Jean-Baptiste Kouame`: a given name of two capitalised parts, one of them known.
  const hyphenated = /^([A-Z][a-z]+)-([A-Z][a-z]+) [A-Z][a-z]+$/.exec(text);
  if (
    hyphenated &&
    (kb.firstNames.has(hyphenated[1].toLowerCase()) || kb.firstNames.has(hyphenated[2].toLowerCase()))
  )
    return ['PERSON', 'type.hyphenated-given-name', 0.75];
  return null;
}

/** A capitalised word, lower-case Dutch or German surname particles, a capitalised surname. */
const SURNAME_PARTICLES = /^[A-Z][a-z]+ (?:van|von|der|den|ter|ten|ap)(?: (?:de|der|den))? [A-Z][a-z]+$/;

/** `, a local teacher`: an apposition after the name, an organisation when a kind noun heads it. */
function appositionCue(n: NameContext): Typing | null {
  const { lex, apposition } = n;
  if (!apposition) return null;
  // `Instituto Gonzaga, a catholic school in Milan`: an apposition headed by a noun for an
  // organisation makes an organisation; `Stadia, Google's streaming platform,` a product.
  // `Faridkot, a village in Punjab province`: a noun for a place heads it.
  const place = lex.typed['place-noun-of'].get(
    apposition.slice(apposition.lastIndexOf(' ') + 1).toLowerCase(),
  );
  if (place) return [place, 'type.apposition-place', 0.75];
  const type = appositionType(apposition, lex);
  if (type === 'OTHER') return ['OTHER', 'type.apposition-product', 0.75];
  if (type === 'ORG') return ['ORG', 'type.apposition-org', 0.75];
  return ['PERSON', 'type.apposition', 0.75];
}

/**
 * `shares of Zentrix`, `a stake in Norvik`, `Qorvana CEO Jane Doe`, `Klarvo's chief executive`: words of
 * the market and of the boardroom around a name name a company (lexicon `company-cue-before`,
 * `company-cue-after`; rule `type.company-context`). Not a name with a given name in it.
 */
function companyContextCue(n: NameContext): Typing | null {
  const { c, tokens, lex, words, firstGender } = n;
  // Codes are no companies' names (`acquisition of L2 grammar`), and a sentence's first word may be a
  // common one or an industry's (`Energy shares rose`, `Chipmaker shares surged`, `Group CEO Tim Davie`).
  if (firstGender || words.length > 3 || /\d/.test(n.text)) return null;
  // `Drexel's chief executive, Frederick Joseph,` may open a sentence: a common word seldom has one; the
  // office is named there, not a person's role (`Kravis's chief executive duties`).
  const possessive = /^['’]s$/.test(tokens[c.last + 1]?.text ?? '');
  if (
    c.first === c.last &&
    sentenceInitial(tokens, c.first) &&
    !(possessive && namedOffice(tokens, c.last + 2))
  )
    return null;
  const sentence = tokens[c.first].sentence;
  const word = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k].norm : '');
  const before = lex.words['company-cue-before'];
  if (before.has(word(c.first - 1)) || before.has(`${word(c.first - 2)} ${word(c.first - 1)}`))
    return ['ORG', 'type.company-context', 0.7];
  // `shares` only as the market's noun, before its move (`Zentrix shares fell`), not the verb
  // (`Zelensky shares a video`), and never after a possessive (`Musk's shares`).
  const from = possessive ? c.last + 2 : c.last + 1;
  const after = lex.words['company-cue-after'];
  const one = word(from);
  if (one === 'shares') {
    if (!possessive && lex.words['market-move'].has(word(from + 1)))
      return ['ORG', 'type.company-context', 0.7];
    return null;
  }
  // `Group CEO`, `Interim CEO`: a word that qualifies a title is no company.
  if (words.length === 1 && lex.words['title-modifier'].has(words[0])) return null;
  // `Zenith rose 12.5 cents to $14.625`, `Pennzoil dropped $12.50`: a stock's move by an amount.
  if (!possessive && lex.words['market-move'].has(one) && stockAmount(tokens, from + 1))
    return ['ORG', 'type.company-context', 0.7];
  // `Lan's companies`: a person owns companies too.
  if (possessive && one === 'companies') return null;
  if (after.has(one) || after.has(`${one} ${word(from + 1)}`)) return ['ORG', 'type.company-context', 0.7];
  return null;
}

/** Tokens from `k` give a share price's move: `$12.50`, `12.5 cents`, `1 3/8` (not a share of a vote: `%`). */
function stockAmount(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === '$' || /^US\$$/.test(t.text)) return /^\d/.test(tokens[k + 1]?.text ?? '');
  return /^\d[\d.,]*$/.test(t.text) && /^cents?$/.test(tokens[k + 1]?.norm ?? '');
}

/** The office words at `k` (`chief executive`, `CEO`) are followed by a comma or a name. */
function namedOffice(tokens: Token[], k: number): boolean {
  let end = k;
  while (
    end < k + 3 &&
    /^[a-z]+$|^[A-Z]{3}$/.test(tokens[end + 1]?.text ?? '') &&
    tokens[end + 1].text !== 'said'
  )
    end++;
  const next = tokens[end + 1];
  return (
    !!next && next.sentence === tokens[k].sentence && (next.text === ',' || /^[A-Z][a-z]/.test(next.text))
  );
}

/**
 * `published in the Lancet`, `writing in Foreign Affairs`: after a verb or noun of publishing and `in`,
 * a name is the journal or paper (lexicon `publication-cue`; rule `type.publication`), not a place.
 */
function publicationCue(n: NameContext): Typing | null {
  const { c, tokens, lex, words, firstGender } = n;
  if (firstGender || words.length > 5) return null;
  let k = c.first - 1;
  if (tokens[k]?.norm === 'the') k--;
  if (tokens[k]?.norm !== 'in') return null;
  // The cue a few words before (`publish their first results in Nature`), no punctuation between.
  for (let j = k - 1; j >= k - 5 && j >= 0; j--) {
    const t = tokens[j];
    if (t.sentence !== tokens[c.first].sentence || !/^[A-Za-z-]+$/.test(t.text)) return null;
    if (lex.words['publication-cue'].has(t.norm)) return ['ORG', 'type.publication', 0.7];
  }
  return null;
}

/**
 * `a strategist at Nomura Securities`, `head of research at Jardine Fleming`: after a job's noun and
 * `at`, a name is the employer (lexicon `employee-noun`; rule `type.employer`). Not a name with a given
 * name in it, nor one with a head word of its own (`a professor at Boston University` is read by it).
 */
function employerCue(n: NameContext): Typing | null {
  const { c, tokens, lex, words, firstGender, lastHead } = n;
  if (firstGender || lastHead || words.length > 4 || tokens[c.first - 1]?.norm !== 'at') return null;
  const job = tokens[c.first - 2];
  if (!job || job.sentence !== tokens[c.first].sentence || !lex.words['employee-noun'].has(job.norm))
    return null;
  return ['ORG', 'type.employer', 0.7];
}

/**
 * `Image credit: Getty`, `originally published by Futurism`, `courtesy of Kelvex`: the source of a text
 * or a picture is an organisation (lexicon `source-cue`; rule `type.source-credit`), even one named like
 * an idea (`Futurism`), unless a given name opens it (`Photo: Evan Vucci`) or a head word ends it.
 */
function sourceCue(n: NameContext): Typing | null {
  const { c, tokens, lex, words, firstGender, lastHead } = n;
  // A name's own head word says more (`Image: Lincoln Memorial` is the picture's subject).
  if (firstGender || lastHead || words.length > 4) return null;
  const sentence = tokens[c.first].sentence;
  const word = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k].norm : '');
  const cues = lex.words['source-cue'];
  if (cues.has(word(c.first - 1)) || cues.has(`${word(c.first - 2)} ${word(c.first - 1)}`))
    return ['ORG', 'type.source-credit', 0.7];
  return null;
}

/**
 * `Diageo, which distils Tanqueray`, `maker of Jack Daniel's`: what a company makes is a
 * brand, a product; after a maker's noun a given name inside is the brand's (`Johnnie Walker`), after a
 * verb it is a person's (`makes Tom Smith laugh`).
 */
function brandCue(n: NameContext): Typing | null {
  const { c, tokens, words, before } = n;
  if (before?.sentence !== tokens[c.first].sentence || words.length > 3) return null;
  const ofBefore = tokens[c.first - 2];
  const makerOf =
    before.norm === 'of' && ofBefore?.sentence === before.sentence && MAKER_NOUN.test(ofBefore.norm);
  if (!makerOf && !(OWNING_VERB.test(before.norm) && !n.firstGender)) return null;
  // `maker of Jack Daniel's`: a brand named in the possessive keeps its `'s`.
  const possessive = tokens[c.last + 1];
  if (possessive && /^['’]s$/.test(possessive.text) && possessive.start === tokens[c.last].end) {
    c.last += 1;
    c.end = possessive.end;
  }
  return ['OTHER', 'type.brand-of-company', 0.65];
}

/**
 * `Owners of Hallworth's say`, `Bakeries like Hallworth's are`: a name in the possessive with nothing
 * owned after it, before a verb of the sentence or its end, is a shop or a firm named so, its `'s`
 * included (rule `type.shop-possessive`). Not a given name's (`Anna's`), nor before a quotation or a
 * word that may be owned (`Armani's will`, `Capri's planned merger`, `Rushdie's "indomitable spirit"`).
 */
/** Verbs a shop or a firm named in the possessive does (`Hallworth's say`), none a noun too (`will`, `planned`). */
const SHOP_VERB =
  /^(?:are|were|has|have|had|say|says|said|opened|closes|closed|sells|sold|announced|employs|employed|serves|served|stocks)$/;

function shopInPossessiveCue(n: NameContext): Typing | null {
  const { c, tokens, kb, words } = n;
  const s = tokens[c.last + 1];
  if (!s || !/^['’]s$/.test(s.text) || s.start !== tokens[c.last].end || words.length > 3) return null;
  if (kb.firstNames.has(tokens[c.first].norm)) return null;
  // (`our country, not Ivanishvili's`, `it was Johnson's`: the owner of something just named)
  if (/^(?:not|than|was|is|were|are|be|mine|yours)$/.test(n.before?.norm ?? '')) return null;
  const after = tokens[c.last + 2];
  const ends = !after || after.sentence !== s.sentence || /^[.,;:!?)]$/.test(after.text);
  const verb = !!after && after.sentence === s.sentence && SHOP_VERB.test(after.text);
  if (!ends && !verb) return null;
  c.last += 1;
  c.end = s.end;
  return ['ORG', 'type.shop-possessive', 0.65];
}

/** The words before the name: a speech verb, a role noun, a kind noun (`the band`, `the town of`). */
function cueBefore(n: NameContext): Typing | null {
  const { c, tokens, kb, lex, text, words, before } = n;
  // `Mark Kitsmore, 54, of Tyler said`, `Callum Pengelly, 18, from Dartington,`: after a person's age,
  // `of` or `from` and a name give the hometown. One word, not the person's own surname (`Tom Hughes,
  // 52, of Hughes Plumbing` names a business).
  if (
    (before?.norm === 'of' || before?.norm === 'from') &&
    ageBefore(tokens, c.first - 1) &&
    words.length === 1 &&
    tokens[c.first - 5]?.norm !== words[0]
  )
    return ['GPE', 'type.hometown-after-age', 0.75];
  // `Lydia Buchtmann for Food Standards Australia, says`: a name shaped like a person's speaking for
  // an organisation named next (the scanner ends the name before `for`).
  if (
    tokens[c.last + 1]?.norm === 'for' &&
    words.length >= 2 &&
    words.length <= 3 &&
    /^[A-Z][a-z]+(?:-[A-Za-z]+)? [A-Z][a-z]+(?:-[A-Za-z]+)?(?: [A-Z][a-z]+)?$/.test(text) &&
    words.every((w) => !kb.nameHeads.has(w) && !kb.titles.byKey.has(w)) &&
    speaksFor(tokens, c.first, c.last, lex.words['speech-verb'])
  )
    return ['PERSON', 'name.person-before-for', 0.6];
  // `striker Romelu Lukaku`, `said Lydia Buchtmann`: a role noun or a speech verb right before.
  if (before && before.sentence === tokens[c.first].sentence && words.length >= 1 && words.length <= 3) {
    // One word after a role noun is a person known by one name (`Brazil star Neymar`, `striker Lukaku`).
    const role = words.length >= 2 ? PERSON_NOUN : ONE_NAME_ROLE;
    // `Brazilian retailer Magazine Luiza`, `Canadian miner First Quantum Minerals`: a kind of company is no
    // person's role (lexicon `company-kind`, in the singular: `publishers Jann Wenner of Rolling Stone`),
    // unless the name opens a relative clause (`the group Tom Hale founded`) or looks like a person's (a
    // given name, an age after it: `said miner Hasan Kara, 31`).
    const after = tokens[c.last + 1];
    const relativeClause =
      /^(?:the|a|an)$/.test(tokens[c.first - 2]?.norm ?? '') &&
      after?.sentence === before.sentence &&
      (after.pos === 'VERB' || after.pos === 'AUX');
    // `Retailer Zara said`: the kind may open the sentence.
    if (
      (/^[a-z]/.test(before.text) || sentenceInitial(tokens, c.first - 1)) &&
      lex.words['company-kind'].has(before.norm) &&
      !relativeClause &&
      !n.firstGender &&
      !personCueAfter(n)
    )
      return ['ORG', 'type.org-noun-before', 0.75];
    if (before.pos === 'NOUN' && /^[a-z]/.test(before.text) && role.test(before.norm)) {
      return ['PERSON', 'type.role-before', 0.7];
    }
    // `former communist president Najibullah`: a title written in lower case that names a person.
    if (/^[a-z]/.test(before.text) && kb.titles.byKey.get(before.norm)?.some((t) => t.person)) {
      return ['PERSON', 'type.role-before', 0.7];
    }
    if (
      words.length >= 2 &&
      (lex.words['speech-verb'].has(before.norm) ||
        (before.norm === 'to' && tokens[c.first - 2]?.norm === 'according'))
    ) {
      return ['PERSON', 'type.speaker-after-verb', 0.7];
    }
  }
  // `the Duchess of Sussex`: the place a peerage's title is named for (lexicon `territorial-title`).
  if (
    words.length <= 2 &&
    tokens[c.first - 1]?.norm === 'of' &&
    lex.words['territorial-title'].has(tokens[c.first - 2]?.norm ?? '')
  )
    return ['GPE', 'type.territorial-title-place', 0.7];
  // `US team Cloud9`, `the band Velvet Underground`, `the town of Yeoncheon`: a noun naming the kind
  // of thing right before the name.
  if (before && before.sentence === tokens[c.first].sentence && words.length <= 4) {
    // Also in the plural (`the religious schools Santo Spirito and Immacolata`).
    // Not a letter or a piece of an abbreviation (`HIV-1 groups M, N and O`, `university Ph.D.`).
    const dot = tokens[c.last + 1];
    const abbreviation =
      text.length < 2 || (text.length === 2 && dot?.text === '.' && dot.start === tokens[c.last].end);
    const kind = kindNounBefore(tokens, c.first, lex.words['example-cue']);
    if (kind && lex.words['org-noun-before'].has(singular(kind.norm)) && !abbreviation)
      return ['ORG', 'type.org-noun-before', 0.7];
    // `the 1969 film Easy Rider`, `the album Lodger`: a work, not a person or a place; `the orbiter
    // Discovery`, `the vessel HMC Searcher`: a vehicle.
    // Not before a verb (`the film Spielberg directed`: a relative clause, the name its subject).
    const verbAfter = tokens[c.last + 1]?.sentence === c.sentence && tokens[c.last + 1].pos === 'VERB';
    if (kind && lex.words['work-noun-before'].has(singular(kind.norm)) && !verbAfter)
      return ['OTHER', 'type.work-noun-before', 0.7];
    if (kind && lex.words['vehicle-noun'].has(singular(kind.norm)))
      return ['OTHER', 'type.vehicle-noun-before', 0.7];
    // `Saturn's moon Titan`, `the planet Mercury`: a body of space (lexicon `place-noun-before`).
    const placeKind = kind && lex.typed['place-noun-before'].get(singular(kind.norm));
    if (placeKind) return [placeKind, 'type.place-noun-before', 0.7];
    // `towns such as Punggol and Sengkang`: a kind of place in the plural before an example cue.
    if (kind && singular(kind.norm) !== kind.norm && lex.words['place-kind'].has(singular(kind.norm)))
      return ['GPE', 'type.place-kind-before', 0.7];
    const noun = tokens[c.first - 2];
    // Not after `a` (`a state of Peace`): an indefinite noun names no particular place; but `a resident
    // of Chimbay` names one.
    const indefinite =
      /^(a|an)$/.test(tokens[c.first - 3]?.norm ?? '') &&
      !/^residents?$/.test(tokens[c.first - 2]?.norm ?? '');
    if (
      before.norm === 'of' &&
      noun?.sentence === before.sentence &&
      /^[a-z]/.test(noun.text) &&
      !indefinite
    ) {
      // Also in the plural (`the eastern states of Saxony-Anhalt and Thuringia`).
      // `residents of Chimbay` too (not a list word: `Halston, a former resident of ...` is no place).
      const place =
        lex.typed['place-noun-of'].get(noun.norm) ??
        lex.typed['place-noun-of'].get(singular(noun.norm)) ??
        (/^residents?$/.test(noun.norm) ? 'GPE' : undefined);
      if (place) return [place, 'type.place-noun-of', 0.7];
    }
  }
  return null;
}

/**
 * `Dong Khoi street`, `Don Mueang airport`: a facility's noun in lower case after a name of two words
 * (lexicon `facility-noun-after`); one word is often the town the facility is named after (`Haworth
 * station`), which the rest of the article names as a town, but seldom a prison's, a refinery's or a
 * palace's (`the Barbadillo prison`; lexicon `one-word-facility-noun`).
 */
function facilityNounAfter(n: NameContext): boolean {
  const { c, tokens, lex, words, next } = n;
  if (next?.sentence !== tokens[c.last].sentence || !/^[a-z]/.test(next.text)) return false;
  const solo = lex.words['one-word-facility-noun'];
  const facility = lex.words['facility-noun-after'];
  /** Past one lower-case word that describes the facility (`presidential` in `presidential palace`). */
  const pastDescribing = (k: number) => {
    const t = tokens[k];
    const describes = t && /^[a-z]/.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN');
    return describes && tokens[k + 1]?.sentence === next.sentence ? k + 1 : k;
  };
  // `the Medupi and Kusile power stations`: the first of two names before a facility noun in the plural.
  if (next.norm === 'and' && words.length === 1 && /^\p{Lu}/u.test(tokens[c.last + 2]?.text ?? '')) {
    const plural = tokens[pastDescribing(c.last + 3)];
    const one = plural && singular(plural.norm);
    if (plural?.sentence === next.sentence && one !== plural.norm && (solo.has(one) || facility.has(one)))
      return true;
  }
  // One word may describe the facility first (`the Miraflores presidential palace`); then a station's
  // noun says a facility too (`the Tutuka power station`), though `Haworth station` is the town's.
  const nounNext = solo.has(singular(next.text)) || (words.length === 2 && facility.has(singular(next.text)));
  const at = words.length <= 2 && !nounNext ? pastDescribing(c.last + 1) : c.last + 1;
  const noun = singular(tokens[at].text);
  const named =
    words.length === 1
      ? solo.has(noun) || (at > c.last + 1 && facility.has(noun))
      : words.length === 2 && (solo.has(noun) || facility.has(noun));
  if (!named) return false;
  // `Sarah Jones station manager`: the facility's noun opens a role's name, the person is its holder.
  const then = tokens[at + 1];
  return !(then?.sentence === next.sentence && /^[a-z]/.test(then.text) && then.pos === 'NOUN');
}

/** The words after the name: a place or media noun, a comma and a country, a speech verb, an age. */
function cueAfter(n: NameContext): Typing | null {
  const { c, tokens, kb, lex, text, counts, words, last, lastHead, firstGender, next, before, after } = n;
  // `the Godavari river`, `Hakkari province`: a feature or division noun in lower case right after;
  // `Unity and Upper Nile states`: a plural one after a list of names. Not after `a` (`a historically
  // Black neighborhood`): the word describes the place, it does not name it.
  const describing = /^an?$/i.test(before?.text ?? '') || /^an?$/i.test(tokens[c.first - 2]?.text ?? '');
  const placeAfter =
    next &&
    next.sentence === tokens[c.last].sentence &&
    /^[a-z]/.test(next.text) &&
    words.length <= 2 &&
    !describing
      ? (lex.typed['place-noun-after'].get(next.norm) ?? pluralPlaceNounAfterList(tokens, c.last + 1, lex))
      : undefined;
  if (placeAfter) return [placeAfter, 'type.place-noun-after', 0.7];
  if (facilityNounAfter(n)) return ['LOC', 'type.facility-noun-after', 0.7];
  // `Shatian station`, `Dapinglin station`, `Haworth station`: one word no dictionary knows before a
  // facility's noun is the town or the area the facility is named after, no person or body.
  if (
    words.length === 1 &&
    next?.sentence === tokens[c.last].sentence &&
    /^[a-z]/.test(next.text) &&
    lex.words['facility-noun-after'].has(singular(next.text))
  )
    return ['GPE', 'type.town-before-facility', 0.6];
  // `NASA's Europa Clipper mission`, `an Ariane 5 rocket`, `the Hubble telescope`: a craft's or a
  // mission's noun in lower case right after names the craft, no actor (lexicon `craft-noun-after`).
  // A model number may come between (`Ariane 5 rocket`).
  const craftNoun = next && /^\d+$/.test(next.text) ? tokens[c.last + 2] : next;
  if (
    craftNoun &&
    craftNoun.sentence === tokens[c.last].sentence &&
    /^[a-z]/.test(craftNoun.text) &&
    words.length <= 3 &&
    lex.words['craft-noun-after'].has(craftNoun.norm)
  )
    return ['OTHER', 'type.craft-noun-after', 0.7];
  // `Interfax news agency said`, `NTV television`: a lower-case noun for an organisation right after.
  if (next && next.sentence === tokens[c.last].sentence && /^[a-z]/.test(next.text) && words.length <= 3) {
    // Not `the Sea Org group`, `the European team`: those nouns name the kind, not the name's role.
    const noun = next.norm === 'news' ? tokens[c.last + 2] : next;
    const media =
      next.norm === 'news' ? noun?.norm === 'agency' : lex.words['media-noun-after'].has(next.norm);
    if (noun && /^[a-z]/.test(noun.text) && media) return ['ORG', 'type.org-noun-after', 0.7];
  }
  // `Attapeu, Laos;`, `Pailin, Cambodia and ...`: a name before a comma and a country that closes the
  // phrase is a place in that country.
  if (words.length <= 2 && !firstGender && next?.text === ',' && countryClosesAt(tokens, c.last + 2, kb))
    return ['GPE', 'type.place-comma-country', 0.65];
  // `a city official in Malakoff`, `a camp near Tyrnavos`: one unknown word after `in`/`near` that no
  // given-name list knows, written in mixed case, not a possessive nor before a noun (`in Scientology
  // jargon`), and named at most twice (a town named in passing; organisations recur), is a place; so
  // is one after a Spanish article or saint's word (`in Las Condes`, `in San Isidro`).
  if (
    (words.length === 1 || (words.length === 2 && PLACE_OPENER.test(words[0]))) &&
    ((counts.get(last) ?? 0) <= PLACE_AFTER_IN_MAX_COUNT ||
      (n.afterPlaceWord?.get(last) ?? 0) * 2 >= (counts.get(last) ?? 0)) &&
    !(next && next.sentence === before?.sentence && /^[a-z]/.test(next.text) && next.pos === 'NOUN') &&
    before &&
    before.sentence === tokens[c.first].sentence &&
    lex.words['place-preposition'].has(before.text) &&
    !lex.words['in-not-place'].has(tokens[c.first - 2]?.norm ?? '') &&
    // a given name too only once, right after `in` or `near` (`a lease near Elliott`, `in Alexandra on
    // February 1`)
    (!firstGender ||
      (words.length === 1 && (counts.get(last) ?? 0) <= 1 && /^(?:in|near)$/.test(before.text))) &&
    !lastHead &&
    /^[A-Z][a-z]/.test(text) &&
    !/^['’]s$/.test(next?.text ?? '') &&
    // `in Game 5`, `in Week 3`: a word before a number counts a series, it names no place.
    !(words.length === 1 && next?.sentence === before.sentence && /^\d+$/.test(next.text))
  )
    return ['GPE', 'type.place-after-in', 0.6];
  // Not a name after a preposition (`who owns a guest house on Rajapihilla Mawatha, said`): the object
  // of a clause inside the speaker's apposition; nor after a noun and `of` or `for` (`Residents of
  // Kotara said`, `a spokesman for Ardent said`): the noun speaks.
  const sameSentence = before?.sentence === tokens[c.first].sentence;
  if (
    after &&
    lex.words['speech-verb'].has(after.norm) &&
    words.length <= 3 &&
    // no person's name has digits (`which manages the A30, said`)
    !/\d/.test(text) &&
    !(before && sameSentence && PLACE_OBJECT_BEFORE.test(before.text)) &&
    !(
      sameSentence &&
      speakerBeforeOf(tokens, c.first, kb, lex) &&
      // a person's title inside says a person speaks (`Undersecretary for Education Mr. Toccafondi`)
      !words.some((w) => kb.titles.byKey.has(nameKey(w)))
    )
  )
    return ['PERSON', 'type.speaker', 0.7];
  // `Kylian Mbappe died`, `Declan Rice married`: a verb only persons take right after (not `died
  // down`, nor after a name with a head word or a title word: `Operation Barkhane`, `Project Veritas`).
  if (
    next &&
    next.sentence === tokens[c.last].sentence &&
    lex.words['person-verb'].has(next.norm) &&
    words.length <= 3 &&
    !words.some(
      (w) => kb.nameHeads.has(w) || kb.titles.byKey.has(w) || lex.words['group-before-surname'].has(w),
    ) &&
    !/^(?:down|out|off|away)$/.test(tokens[c.last + 2]?.norm ?? '')
  )
    return ['PERSON', 'type.person-verb', 0.7];
  const age =
    next?.text === ',' &&
    /^\d{1,2}$/.test(tokens[c.last + 2]?.text ?? '') &&
    tokens[c.last + 3]?.text === ',';
  if (age) return ['PERSON', 'type.age', 0.8];
  return null;
}

/** Whether `, <age> ,` ends right before token `at` (`Jane Roe, 54, of ...`). */
function ageBefore(tokens: Token[], at: number): boolean {
  return (
    tokens[at - 1]?.text === ',' &&
    /^\d{1,3}$/.test(tokens[at - 2]?.text ?? '') &&
    tokens[at - 3]?.text === ','
  );
}

/**
 * `St Brendan's Church`, `funeral at Broadway Baptist Church`: a parish church named by a saint, or one
 * where something is held (after `at`, `in`, `outside`...), is the building (rule `type.church-building`);
 * a denomination named by its creed alone (`the Methodist Church`, `United Methodist Church`) is the body,
 * and so is a church that speaks (`St Mary's Church said`).
 */
function churchBuilding(n: NameContext): boolean {
  const { c, tokens, kb, lex, words, last, next } = n;
  if (!CHURCH_HEAD.test(last) || words.length < 2) return false;
  // a creed's words and the country it is the church of (`Kiribati Uniting Church`)
  const creed = (w: string) =>
    kb.demonyms.has(w) ||
    CREED_WORD.test(w) ||
    idsOf(kb.names, w).some((id) => kb.actor(id)?.type === 'NORP' || kb.actor(id)?.kind === 'country');
  if (words.slice(0, -1).every(creed)) return false;
  // `St Mary's Church said`, `the Free Wesleyan Church's Centenary Church`: a church that speaks or owns
  if (next?.sentence === c.sentence && (lex.words['speech-verb'].has(next.norm) || /^['’]s$/.test(next.text)))
    return false;
  if (/^(?:St\.?|Saint)$/.test(tokens[c.first].text)) return true;
  let k = c.first - 1;
  if (tokens[k]?.norm === 'the') k--;
  return tokens[k]?.sentence === c.sentence && VENUE_PREPOSITION.test(tokens[k].norm);
}

const CHURCH_HEAD = /^(?:church|chapel)$/;
/** Words of a denomination's name besides its creed's (`United Methodist`, `Free Presbyterian`). */
const CREED_WORD =
  /^(?:united|uniting|free|reformed|apostolic|global|evangelical|orthodox|catholic|episcopal)$/;
/** Prepositions that put an event in a building (`the funeral will be held at ...`). */
const VENUE_PREPOSITION = /^(?:at|in|outside|inside|near|from)$/;

/** Without a cue: the name's shape and how often the article names it. */
function loneNameCue(n: NameContext): Typing | null {
  const { c, tokens, kb, lex, text, counts, inside, words, last, firstGender, after } = n;
  if (words.length === 1 && GROUP_PLURAL.test(last) && text.length > 4)
    return ['NORP', 'type.group-plural', 0.6];
  if (words.length === 1 && firstGender && firstGender !== 'u') return ['PERSON', 'type.given-name', 0.6];
  // `New Territories West`, `Kowloon East`, `Mkoba North`: a compass word closing a name no given name
  // opens names part of a place (a constituency, a district), not a person with that surname (`Cornel
  // West spoke`): the first word is a place of the dictionaries, a place word comes before (`in`,
  // `near`), or no verb follows the name as its subject (`took Mkoba North, Kuwadzana East and ...`).
  const verbAfter = after?.sentence === c.sentence && (after.pos === 'VERB' || after.pos === 'AUX');
  if (
    words.length >= 2 &&
    COMPASS_POINTS.has(last) &&
    !COMPASS_POINTS.has(words[0]) &&
    tokens[c.last - 1]?.text !== '-' &&
    !firstGender &&
    // not a body's name (`National League South`)
    !words.slice(0, -1).some((w) => kb.nameHeads.get(w) === 'ORG') &&
    !(after && lex.words['speech-verb'].has(after.norm)) &&
    (placeCueBefore(tokens, c.first, lex) || firstWordIsPlace(words[0], kb) || !verbAfter)
  )
    return ['GPE', 'type.place+compass', 0.6];
  // `Northdale`, `Raisethorpe`, `Ghaziabad`: one word with the ending of a town's name (lexicon
  // `place-ending`), no given name, is a town, before a guess reads it as an organisation or a person.
  if (words.length === 1 && !firstGender && tokens[c.first].pos === 'PROPN' && placeEnding(last, lex))
    return ['GPE', 'type.place-ending', 0.6];
  // A one-word proper noun named again in the article is most often an organisation (`Google`);
  // a person's surname was joined to the full name by coreference before this is read.
  // A word with digits (`IE6`, `STS-1`) names a model or product, not an organisation.
  // A plural met only opening sentences (`Floods kill 40` ... `Floods caused ...`) is an ordinary
  // noun; `Labour has ...`, `Labour's ...` are not plurals.
  if (
    words.length === 1 &&
    (counts.get(last) ?? 0) >= 2 &&
    (!inside || inside.has(last) || !/[^s]s$/.test(last)) &&
    tokens[c.first].pos === 'PROPN' &&
    !/\d/.test(text)
  ) {
    return ['ORG', 'type.repeated-word', 0.5];
  }
  return null;
}

/**
 * Verbs of making a drink or a product, right before its name (`distils Tanqueray`); not `owns` or `sells`,
 * whose object is as often a company (`Kelsian Group, which owns SeaLink`), nor `makes` (`makes NotCo the
 * first unicorn`).
 */
const OWNING_VERB = /^(?:produces|distils|distills|bottles|brews)$/;
/** Nouns of makers before `of` and a brand (`maker of Jack Daniel's`). */
const MAKER_NOUN = /^(?:maker|makers|producer|producers|distiller|brewer|manufacturer)$/;

/**
 * Lower-case nouns of a country's divisions (GPE) and of natural features and sites (LOC), after a name
 * named like a person (`Mae Sai district`, `the Juan Fernández islands`); the lexicon's type wins.
 */
const NOUN_AFTER_PERSON_SHAPED: ReadonlyMap<string, EntityType> = new Map([
  ...'district subdistrict quarter neighbourhood neighborhood province county township village parish ward municipality prefecture governorate constituency borough regency barangay'
    .split(' ')
    .map((w): [string, EntityType] => [w, 'GPE']),
  ...'island islands archipelago peninsula valley glacier river market bazaar souk mosque beach'
    .split(' ')
    .map((w): [string, EntityType] => [w, 'LOC']),
]);

/** One capitalised word of two letters or more and a number glued by a hyphen (`Shenzhou-18`, `Su-57`). */
const NUMBERED_NAME = /^\p{Lu}[\p{L}'’]+-\d+[A-Z]?$/u;

/** Sets `type`, `gender` and the typing rule of an unknown name in place; returns the rule id. */
export function typeUnknownName(
  c: Candidate,
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
  text: string,
  counts: Map<string, number>,
  /** Norms of one-word names met at least once inside a sentence (not opening it). */
  inside?: Set<string>,
  /** How often each one-word name follows a preposition of place (`in Brickfields`). */
  afterPlaceWord?: Map<string, number>,
): string {
  const words: string[] = [];
  for (let k = c.first; k <= c.last; k++) if (/\w/.test(tokens[k].text)) words.push(tokens[k].norm);
  const set = (type: EntityType, rule: string, confidence: number): string => {
    c.type = type;
    c.rules.push(rule);
    c.confidence = confidence;
    return rule;
  };
  const apposition = appositionAfter(tokens, c.last, kb, kindNounsOf(lex));
  if (apposition) c.roleText = apposition;
  const firstGender =
    kb.firstNames.get(words[0]) ??
    (c.rules.includes('name.function-word-given-name')
      ? 'm'
      : c.rules.includes('name.mononym+surname')
        ? (c.gender ?? 'u')
        : undefined);
  if (firstGender && firstGender !== 'u' && words.length >= 2) c.gender ??= firstGender;
  if (c.role) return set('PERSON', 'type.title', 0.85);
  // `Ramses III`, `Amenhotep III`: one word no dictionary knows as anything but a given name, and a regnal
  // number, is a monarch (not `Vatican II`, a place's council, nor `Apollo XI`, a craft's mission).
  if (
    words.length === 2 &&
    REGNAL_NUMBER.test(tokens[c.last].text) &&
    (kb.firstNames.has(words[0]) || !idsOf(kb.names, words[0]).length) &&
    !NUMBERED_PART.test(words[0]) &&
    !lex.words['product-name'].has(words[0]) &&
    !lex.words['vehicle-noun'].has(words[0])
  )
    return set('PERSON', 'type.regnal-number', 0.75);
  // `Western diplomats`: the adjective of a bloc of countries alone is a group (lexicon `bloc-adjective`);
  // in a longer name it is that name's (`Western Conference`, `Western Australia`).
  if (words.length === 1 && lex.words['bloc-adjective'].has(words[0]))
    return set('NORP', 'type.bloc-adjective', 0.75);
  // `Chandrayaan-3`, `Shenzhou-18`, `Hwasong-18`: a word and a number glued by a hyphen name a craft, a
  // mission, a weapon or a model; no one's name and no town is numbered so.
  const dash = tokens[c.last + 1];
  const number = tokens[c.last + 2];
  const numberAfter = dash?.text === '-' && dash.start === tokens[c.last].end && number?.start === dash.end;
  const written = numberAfter ? `${tokens[c.last].text}-${number.text}` : tokens[c.last].text;
  // (After `in` it is more often a numbered ward or district: `a house in Jugal-5, Bhotang`.)
  if (c.first === c.last && NUMBERED_NAME.test(written) && tokens[c.first - 1]?.norm !== 'in') {
    // `Dhaka-10`, `Mymensingh-3`: a town and a number are a constituency.
    const word = nameKey(written.slice(0, written.lastIndexOf('-')));
    const town = idsOf(kb.names, word).some((id) => kb.actor(id)?.type === 'GPE');
    return town ? set('GPE', 'type.numbered-constituency', 0.7) : set('OTHER', 'type.numbered-name', 0.7);
  }
  // `the Finance Bill 2024`, `the Startup Bill`: `Bill` ending a name that no given name opens is a bill
  // before a legislature, not a person called Bill.
  if (words.length >= 2 && words[words.length - 1] === 'bill' && !kb.firstNames.has(words[0])) {
    // `Senate Bill 23`, `House Bill 1`: a bill's number is part of its name.
    const number = tokens[c.last + 1];
    if (
      number?.sentence === c.sentence &&
      /^\d{1,4}$/.test(number.text) &&
      number.start === tokens[c.last].end + 1
    ) {
      c.last += 1;
      c.end = number.end;
    }
    return set('OTHER', 'type.bill', 0.7);
  }
  const last = words[words.length - 1];
  const next = tokens[c.last + 1];
  const n: NameContext = {
    c,
    tokens,
    kb,
    lex,
    text,
    counts,
    inside,
    words,
    last,
    lastHead: lastHeadOf(tokens, c.last, kb.nameHeads.get(last)),
    firstGender,
    next,
    before: tokens[c.first - 1],
    after: next?.text === ',' ? tokens[c.last + 2] : next,
    apposition,
    afterPlaceWord,
  };
  const cue =
    mediaTitleCue(n) ??
    teamNicknameCue(n) ??
    sourceCue(n) ??
    publicationCue(n) ??
    employerCue(n) ??
    brandCue(n) ??
    shopInPossessiveCue(n) ??
    ownWordsCue(n) ??
    appositionCue(n) ??
    companyContextCue(n) ??
    cueBefore(n) ??
    cueAfter(n) ??
    loneNameCue(n);
  if (cue) return set(...cue);
  // Otherwise the type is not known: products, events and works are named like this too. Coreference
  // may still make a two-word name a person when its last word recurs alone (`Mertens`).
  return set('OTHER', 'type.unknown', 0.4);
}
