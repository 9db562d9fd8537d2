/**
 * Finds name, acronym, demonym and nominal mentions in one sentence.
 *
 * The sentence is cut into runs of capitalised words (with `of`, `the`, `-`, `&` inside). Each run is
 * then segmented left to right: a title (`Foreign Minister`) is split off as a role, a demonym
 * (`Libyan`) becomes its own mention, the longest dictionary name is taken, and what no dictionary
 * knows becomes an unknown name typed by `typeUnknownName`. Lower-case words are looked up as generic
 * agents (`rebels`, `rebel fighters`). Dictionary look-ups hash the first word of the name and
 * try only the lengths that word starts (`maxWords`), so the cost is a few Map probes per token.
 */
import {
  type Actor,
  type ActorKnowledge,
  foldedKey,
  idsOf,
  isAcronymKey,
  type NotNameKind,
  nameKey,
  type Title,
} from '../../knowledge/actors/index.js';
import type { Document } from '../../model/document.js';
import type { EntityType, Sentence, Token } from '../../model/layers.js';
import { type Candidate, candidateOver } from './candidates.js';
import type { Spellings } from './context-types.js';
import type { EntitiesLexicon } from './lexicon.js';
import {
  ADMIN_DIVISION,
  COMPASS,
  COMPASS_POINTS,
  emphasisedWord,
  FUNERAL_BUSINESS,
  isAcronymText,
  isAllCaps,
  isLowerArticlePrefix,
  isUpperAt,
  isUpperStart,
  isWord,
  LAST_ONLY_HEADS,
  notNameKindOf,
  scoredAgainstName,
} from './name-words.js';
import { NominalFinder } from './nominals.js';
import { longestPhrase } from './phrase-lookup.js';
import { appositionAfter, speaksFor } from './unknown-names.js';
import {
  type NameAt,
  slugEnd,
  townWordInCapitals,
  unknownWordInCapitals,
  wordAcronymInCapitals,
} from './wire-copy.js';

export { COMPASS, isAcronymText } from './name-words.js';

/** Connectors that join a name only after an organisation word or a title. */
/** Prefixes of hyphenated words whose remainder is a name (`pro-Kremlin`, `non-NATO`, `anti-American`). */
const NAME_PREFIXES = /^(pro|non|anti|ex|post|pre|neo|pan|un)-(.+)$/i;

/** Tokens after which a capitalised word is capitalised only because it opens a sentence or quote (a
 * dateline's dash, em or en, too: `SANTIAGO – Former defense minister ...`). */
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', ':', '\u2014', '\u2013', '-', '--']);
const DETERMINERS = new Set(['the']);
/** Titles a portfolio comes before (`Agriculture Minister`, `Transport Secretary`, `Farm Commissioner`). */
const PORTFOLIO_TITLES = /(^|\s)(minister|secretary|commissioner|secretary of state|representative)$/;
/** Most words after `and` that continue an organisation's name (`... of Allergy and Infectious Diseases`). */
const AND_TAIL_WORDS = 3;
/** Words between such a title and its portfolio (`Minister for Health`, `Secretary of Labour`). */
const PORTFOLIO_LINK = /^(for|of)$/;
/** Arabic articles glued by a hyphen to the next word of a name (`el-Sheikh`, `al-Amir`). */
const ARABIC_ARTICLE_GLUED = /^(?:al|el|as|ash|ad|an|ar|at|az|es|us|ul)$/;
/** Prefixes of a title glued by a hyphen (`Vice-President`, `ex-Minister`, `Co-Chair`). */
const TITLE_PREFIX = /^(?:ex|co|vice|deputy|acting|then|former|non|pro|anti|sub|under|lieutenant|lt)$/i;
/** Head words of laws and treaties that `on` and their subject follow (`Convention on Biological Diversity`). */
const LAW_BEFORE_ON = /^(?:treaty|covenant|convention|protocol|agreement|accord|charter|declaration)$/;
/** Parts of speech of function words (wink-nlp tags). */
/** Pronouns of a person (`he`, `her`). */
const PERSONAL_PRONOUN = /^(?:he|him|his|she|her|hers)$/;
/** A generational suffix after a surname (`Jr.`, `II`). */
const GENERATIONAL = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** Title keys that are honorifics only: after them a surname, never an office. */
const HONORIFIC_KEYS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss']);

/** A token of initials: `K.T.`, `J.`, `K`, or a dot the tokenizer split off them. */
const INITIALS = /^(?:(?:\p{Lu}\.)+|\p{Lu}|\.)$/u;
const FUNCTION_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'AUX', 'PRON', 'PART', 'DET']);
/** Parts of speech a one-word unknown name may have. */
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);
const NO_KEYS: ReadonlySet<string> = new Set();
/** Sectors of agent plurals that name people of a place, never a team (`Kyiv Residents`); `Kings`,
 * `Senators`, `Rebels` are agents of other sectors and teams too. */
const CIVILIAN_SECTORS = new Set(['CVL', 'LAB', 'REF', 'EDU', 'HLH', 'AGR', 'PPL']);
/** Plurals of members of a party, faith or people (`Democrats`, `Republicans`, `Shiites`). */
const PEOPLE_PLURAL = /(ists|ites|crats|icans|ians|ims)$/;
/** A hyphen written tight between two words (`Harewood-Christopher`). */
function gluedHyphen(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t?.text === '-' && j > 0 && t.start === tokens[j - 1].end && tokens[j + 1]?.start === t.end;
}

/** Plurals without an `s` whose possessive is a word of many names (`People's Party`, `Children's Hospital`). */
const POSSESSIVE_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'women', 'men']);
/** Saints whose possessive opens an institution's name (`St. Mary's Hospital`). */
const SAINT = /^(St\.?|Saint|Ste\.?)$/;
/** Sovereigns whose bare title in the possessive opens a name (`King's College`, `Queen's Park`). */
const SOVEREIGN = /^(King|Queen|Prince|Princess)$/;

/** Compass points that close a place's name (`Kowloon West`). */

/** A title read before a name, waiting for the name it belongs to. */
interface PendingRole {
  start: number;
  end: number;
  title: Title;
  first: number;
  rule?: string;
}

/** Where `segmentRun` is in a run `a..b`: the token `p`, a pending title, the unknown name being read. */
interface RunState {
  a: number;
  b: number;
  p: number;
  role: PendingRole | null;
  /** First token of the unknown name being read, or -1. */
  unknownFrom: number;
  /** An ordinary word opening the sentence kept as the start of a name (rule `name.opener+org-head`), or -1. */
  keptOpener: number;
}

/** What a step of `segmentRun` did: moved on (`next`), ended the run (`stop`), or did not apply (false). */
type Step = 'next' | 'stop' | false;

/** People who speak or act for someone, opening a sentence before `for` (`Lawyers for Heard said`). */
const ACTING_FOR =
  /^(?:lawyers|attorneys|solicitors|barristers|representatives|spokesmen|spokeswomen|spokespeople)$/;

/** A capitalised syllable of a Vietnamese place's name (`Hà`, `Nội`, `Sài`, `Gòn`, `Viet`). */
const SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]{1,4}$/u;

/** A dictionary name found at a token: its last token and the actors it may denote. */
type DictionaryName = { last: number; ids: string[] };

/** A name holding a one-digit token between its words (`Movimento 5 Stelle`). */
function hasInnerDigit(tokens: Token[], c: Candidate): boolean {
  for (let k = c.first + 1; k < c.last; k++) if (/^\d$/.test(tokens[k].text)) return true;
  return false;
}

export interface SentenceContext {
  doc: Document;
  tokens: Token[];
  /** Each token's name key (`tokenKeys`), computed once per document. */
  keys: string[];
  sentence: Sentence;
  /** Headline written in title case: capitals say nothing, so only dictionary names are taken. */
  titleCase: boolean;
  /** Text in capitals throughout: acronyms that are English words are not taken. */
  allCaps: boolean;
  /**
   * Norms of the words the article writes with a capital outside its sentences in capitals. In
   * capitals, a word no dictionary knows is a name only if it is among these (`SAMPRAS` -> `Sampras`).
   */
  writtenCapitalised?: Set<string>;
}

/** Name keys of all tokens: `norm` for plain words, `nameKey` for tokens with dots or hyphens, `` for punctuation. */
export function tokenKeys(tokens: Token[]): string[] {
  const out = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    out[i] = PLAIN_TOKEN.test(t.text) ? t.norm : nameKey(t.text);
  }
  return out;
}

const PLAIN_TOKEN = /^[A-Za-z0-9]+$/;
/** Heads of institutions named after a founder in the possessive (`Addenbrooke's Hospital`). */
const FOUNDER_HEAD = /^(?:hospital|infirmary|college|school|academy|hospice)$/;

/** Words of a trading company's name that `of` and a town may follow (`Pacific Sun Foods of Watsonville`). */
const TRADING_WORD = /^(?:foods|industries|farms|homes|brewing|builders|construction|products)$/;

/** The words of a county or a township, part of its name before a title (`Kenton County Judge-Executive`). */
const COUNTY_WORD = /^(?:county|township|parish|borough)$/;

/** The shape of an English plural (`rebels`, `schools`; not `stelle`, `atlantis`, `press`). */
const ENGLISH_PLURAL = /^[a-z]{2,}[^siu'\u2019]s$/;
/** Parts of speech of a sentence opener that may start an organisation's name (`Image: Home Office`). */
const OPENER_IN_NAME_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Token `i` ends a name glued by hyphens around a lower-case syllable (`Port-au-Prince`). A capitalised
 * word before one hyphen makes a compound title instead (`Governor-General`, `Director-General`).
 */
function insideHyphenatedName(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const syllable = tokens[i - 2];
  if (hyphen?.text !== '-' || hyphen.start !== syllable.end || tokens[i].start !== hyphen.end) return false;
  if (!/^[a-z]+$/.test(syllable.text)) return false;
  const earlier = tokens[i - 3];
  return earlier?.text === '-' && earlier.end === syllable.start && isUpperStart(tokens[i - 4]?.text ?? '');
}

/**
 * A short line of names only ends between `from` and `to`, before another short line (`By Facundo
 * Iglesias` above `Buenos Aires Times`): a byline or an address, whose lines a name never crosses. A
 * line of hard-wrapped prose holds words in lower case (`called by Prime Minister Mark` / `Carney`),
 * and a name goes on across it.
 */
function nameLineEndsBefore(text: string, from: number, to: number): boolean {
  const eol = text.indexOf('\n', from);
  if (eol < 0 || eol >= to) return false;
  const line = text.slice(text.lastIndexOf('\n', from - 1) + 1, eol);
  const nextEnd = text.indexOf('\n', eol + 1);
  return (
    line.length <= SHORT_LINE &&
    (nextEnd < 0 ? text.length : nextEnd) - eol - 1 <= SHORT_LINE &&
    line.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || LINE_JOINERS.has(w))
  );
}

/** A word of a credit line before `by` (`Editing by`, `Additional reporting by`; lexicon `credit-word`). */
export function creditWordAt(tokens: readonly Token[], i: number, creditWords: ReadonlySet<string>): boolean {
  const norm = (k: number) => tokens[k]?.norm;
  return (
    creditWords.has(norm(i)) &&
    (norm(i + 1) === 'by' || (creditWords.has(norm(i + 1)) && norm(i + 2) === 'by'))
  );
}

/** Lower-case words a dictionary's name may hold inside, beyond the connectors (`... in the Greater Sahara`). */
const INNER_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'against', 'without', 'to', 'with', 'by']);

/** Bodies named after the title they serve (`Office of the President`). */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['office', 'cabinet', 'bureau', 'secretariat', 'chambers']);

/** Romance words for `of` that join a place's name to the rest of it (`San Pedro de Atacama`). */
const ROMANCE_OF: ReadonlySet<string> = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di']);
/** Countries whose places are named with them: Spanish, Portuguese and Italian speaking, and the Philippines. */
const ROMANCE_NAMING: ReadonlySet<string> = new Set(
  'ESP PRT ITA AND SMR MEX GTM HND SLV NIC CRI PAN CUB DOM PRI COL VEN ECU PER BOL CHL ARG URY PRY BRA PHL AGO MOZ CPV GNQ STP GNB TLS'.split(
    ' ',
  ),
);
/** Articles after them (`Cerro de la Estrella`, `Plaza de los Héroes`). */
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(['la', 'las', 'los', 'el']);

/** Characters of a line that a byline or an address keeps within. */
const SHORT_LINE = 48;
/** Lower-case words a line of names may hold. */
const LINE_JOINERS: ReadonlySet<string> = new Set([
  'and',
  'of',
  'the',
  'for',
  'de',
  'da',
  'van',
  'von',
  'bin',
  'al',
]);

/** Token `j` is followed by a tight hyphen and a lower-case syllable (`An-su`, `Jae-in`). */
function hyphenSyllableAfter(tokens: Token[], j: number): boolean {
  const [hyphen, syllable] = [tokens[j + 1], tokens[j + 2]];
  return (
    hyphen?.text === '-' &&
    hyphen.start === tokens[j].end &&
    syllable?.start === hyphen.end &&
    syllable.sentence === tokens[j].sentence &&
    /^[a-z]{1,6}$/.test(syllable.text)
  );
}

export class SentenceScanner {
  private readonly articles: ReadonlySet<string>;
  private readonly compoundTails: ReadonlySet<string>;
  private readonly placeSuffixes: ReadonlySet<string>;
  private readonly companyDivisions: ReadonlySet<string>;
  private readonly surnameHeads: ReadonlySet<string>;
  private readonly surnameHeadsPerson: ReadonlySet<string>;
  private readonly districtBodyWords: ReadonlySet<string>;
  private readonly quantifierOpeners: ReadonlySet<string>;
  private readonly familyNamesFirst: ReadonlySet<string>;
  private readonly portfolioOpeners: ReadonlySet<string>;
  private readonly placesBeforeFor: ReadonlySet<string>;
  /** Honorifics that also open fixed names (`Haji Ali Dargah`, `Shri Ram College`). */
  private readonly nameHonorifics: ReadonlySet<string>;
  private readonly nameFinalHonorifics: ReadonlySet<string>;
  private readonly territorialTitles: ReadonlySet<string>;
  private readonly portfolioHeads: ReadonlySet<string>;
  private readonly serviceWords: ReadonlySet<string>;
  private readonly placePrepositions: ReadonlySet<string>;
  private readonly businessHeads: ReadonlySet<string>;
  private readonly notTeamPlurals: ReadonlySet<string>;
  private readonly titleModifiers: ReadonlySet<string>;
  /** A government's level before a title (`Provincial Governor`), part of the role only right before it. */
  private readonly titleLevels: ReadonlySet<string>;
  private readonly personModifiers: ReadonlySet<string>;
  private readonly corporateSuffixes: ReadonlySet<string>;
  private readonly titleInName: ReadonlySet<string>;
  private readonly titleSurnames: ReadonlySet<string>;
  private readonly localOffices: ReadonlySet<string>;
  private readonly surnameGroups: ReadonlySet<string>;
  private readonly genericBodies: ReadonlySet<string>;
  private readonly titleBodyHeads: ReadonlySet<string>;
  private readonly inCompoundHeads: ReadonlySet<string>;
  private readonly partyGroups: ReadonlySet<string>;
  private readonly townGivenNames: ReadonlySet<string>;
  private readonly partyModifiers: ReadonlySet<string>;
  private readonly genericBodyModifiers: ReadonlySet<string>;
  private readonly nominals: NominalFinder;
  private readonly speechVerbs: ReadonlySet<string>;
  private readonly placeCues: ReadonlySet<string>;
  private readonly wordAcronyms: ReadonlySet<string>;
  /** Lower-case words allowed inside a capitalised name (`Church of Scientology`, `al-Baghdadi`). */
  private readonly connectors: ReadonlySet<string>;
  /** Lower-case particles that open a surname (`van`, `ap`, `da`). */
  private readonly surnameParticles: ReadonlySet<string>;
  /** Words that head a name written first (`Barangay`, `Jalan`), with the name's type. */
  private readonly headFirst: ReadonlyMap<string, EntityType>;
  /** Words that open an organisation's name before a demonym (`Royal Canadian Navy`). */
  private readonly demonymOrgOpeners: ReadonlySet<string>;
  /** Head words of bodies no state runs, whose names may open with a demonym (`Medical Association`). */
  private readonly civicBodyHeads: ReadonlySet<string>;
  /** Titles that are also adjectives in bodies' names, before their head word (`General Hospital`). */
  private readonly titlesBeforeHeads: ReadonlySet<string>;
  /** Capitalised words that say where a party stands, opening a sentence before its name (`Opposition`). */
  private readonly partyDescriptors: ReadonlySet<string>;
  /** Connectors that join a name only after an organisation word or a title (`for`, `on`). */
  private readonly headedConnectors: ReadonlySet<string>;
  /** Field words that may end an organisation's name after `and` (`Control and Prevention`). */
  private readonly orgFieldWords: ReadonlySet<string>;
  /** Capitalised particles that open a name before another capitalised word (`Le Monde`, `Van Gogh`). */
  private readonly nameParticles: ReadonlySet<string>;
  /** Kinds of company (`Retailer`, `Insurer`) that open a sentence before the company's name. */
  private readonly companyKinds: ReadonlySet<string>;
  /** Countries named like common given names (`Jordan`, `Chad`): see `townAsGivenName`. */
  private readonly countryGivenNames: ReadonlySet<string>;
  /** Given names that are function words (`Will`): a name's first word only inside a sentence. */
  private readonly functionWordGivenNames: ReadonlySet<string>;
  /** Words of a credit line before `by` (`Editing by`). */
  private readonly creditWords: ReadonlySet<string>;
  private readonly deskWords: ReadonlySet<string>;
  private readonly streetWords: ReadonlySet<string>;
  private readonly councilHeads: ReadonlySet<string>;
  private readonly councilWords: ReadonlySet<string>;
  private readonly capitalisedSurnames: ReadonlySet<string>;
  private readonly lowerCaseConnectors: ReadonlySet<string>;
  /** Armed services named by a demonym and the service (`Indian Navy`): lexicon `armed-service`. */
  private readonly armedServices: ReadonlySet<string>;
  private readonly employeeNouns: ReadonlySet<string>;
  /** `nameAt`'s answers for each sentence read, by start and limit. */
  private readonly nameAtCache = new WeakMap<SentenceContext, Map<number, DictionaryName | null>>();
  /** Each document's keys with accents taken off (`foldedKeys`), or null when none has any. */
  private readonly foldedKeysByDoc = new WeakMap<string[], string[] | null>();

  constructor(
    private readonly kb: ActorKnowledge,
    lex: EntitiesLexicon,
    /** Names and demonyms by their spelling with doubled letters undone (`context-types.ts`). */
    readonly spellings: Spellings = { demonyms: new Map(), names: new Map() },
  ) {
    this.articles = lex.words['article-prefix'];
    this.compoundTails = lex.words['compound-tail'];
    this.placeSuffixes = lex.words['place-suffix'];
    this.companyDivisions = lex.words['company-division'];
    this.surnameHeads = lex.words['surname-head'];
    this.surnameHeadsPerson = lex.words['surname-head-person'];
    this.districtBodyWords = lex.words['district-body-word'];
    this.quantifierOpeners = lex.words['quantifier-opener'];
    this.familyNamesFirst = lex.words['family-name-first'];
    this.portfolioOpeners = lex.words['portfolio-opener'];
    this.placesBeforeFor = lex.words['place-before-for'];
    this.nameHonorifics = lex.words['name-honorific'];
    this.nameFinalHonorifics = lex.words['name-final-honorific'];
    this.territorialTitles = lex.words['territorial-title'];
    this.portfolioHeads = lex.words['portfolio-head'];
    this.serviceWords = lex.words['service-word'];
    // Before a town named like a title and a given name (`flew to Prince George`): the place's words.
    this.placePrepositions = new Set([
      ...lex.words['place-preposition'],
      ...lex.words['place-preposition-loose'],
      'at',
      'to',
    ]);
    this.businessHeads = lex.words['business-head'];
    this.notTeamPlurals = lex.words['not-team-plural'];
    this.titleModifiers = lex.words['title-modifier'];
    this.titleLevels = lex.words['title-level'];
    this.personModifiers = lex.words['person-modifier'];
    this.corporateSuffixes = lex.words['corporate-suffix'];
    this.titleInName = lex.words['title-in-name'];
    this.titleSurnames = lex.words['title-surname'];
    this.localOffices = lex.words['local-office'];
    this.surnameGroups = lex.words['surname-group'];
    this.genericBodies = lex.words['generic-body'];
    this.titleBodyHeads = lex.words['title-body-head'];
    this.inCompoundHeads = lex.words['in-compound-head'];
    this.partyGroups = lex.words['party-group'];
    this.townGivenNames = lex.words['town-given-name'];
    this.partyModifiers = lex.words['party-modifier'];
    this.genericBodyModifiers = lex.words['generic-body-modifier'];
    this.nominals = new NominalFinder(kb, lex.words['agent-head']);
    this.speechVerbs = lex.words['speech-verb'];
    this.placeCues = lex.words['place-cue'];
    this.wordAcronyms = lex.words['word-acronym'];
    this.connectors = lex.words.connector;
    this.creditWords = lex.words['credit-word'];
    this.deskWords = lex.words['desk-word'];
    this.streetWords = lex.words['street-word'];
    this.councilHeads = lex.words['council-head'];
    this.councilWords = lex.words['council-word'];
    this.capitalisedSurnames = lex.words['capitalised-surname'];
    this.lowerCaseConnectors = lex.words['lower-case-connector'];
    this.armedServices = lex.words['armed-service'];
    this.employeeNouns = lex.words['employee-noun'];
    this.surnameParticles = lex.words['surname-particle'];
    this.headFirst = lex.typed['head-first'];
    this.demonymOrgOpeners = lex.words['demonym-org-opener'];
    this.civicBodyHeads = lex.words['civic-body-head'];
    this.titlesBeforeHeads = lex.words['title-before-head'];
    this.partyDescriptors = lex.words['party-descriptor'];
    this.headedConnectors = lex.words['headed-connector'];
    this.orgFieldWords = lex.words['org-field-word'];
    this.nameParticles = lex.words['name-particle'];
    this.companyKinds = lex.words['company-kind'];
    this.functionWordGivenNames = lex.words['function-word-given-name'];
    this.countryGivenNames = lex.words['country-given-name'];
  }

  /**
   * `Le Monde`, `De Gaulle`, `Van Gogh`, `Da Silva`: a particle written with a capital (not in
   * capitals: `LA Weekly`) right before a capitalised word opens the name (rule `name.particle`),
   * at a sentence start too. `la casa` (lower-case next word) is no name.
   */
  private isNameParticle(ctx: SentenceContext, i: number): boolean {
    const t = ctx.tokens[i];
    const next = ctx.tokens[i + 1];
    return (
      i < ctx.sentence.lastToken &&
      !ctx.titleCase &&
      this.nameParticles.has(t.norm) &&
      /^[A-Z][a-z]+$/.test(t.text) &&
      next.start === t.end + 1 &&
      /^[A-Z][a-z]/.test(next.text)
    );
  }

  /**
   * `stars Will Smith`, `Reporting by Will Dunham`: a given name that is also a function word, with a
   * capital inside a sentence (not in a title-case headline) and right before a capitalised word, opens
   * a person's name (rule `name.function-word-given-name`); at a sentence start only in a sentence that
   * ends with a full stop (`Will Trump win?` is no name).
   */
  givenNameOfFunctionWord(ctx: SentenceContext, i: number): boolean {
    const t = ctx.tokens[i];
    const next = ctx.tokens[i + 1];
    // At a sentence start only in a statement: `Will Smith slapped Chris Rock.`, not `Will Trump win?`.
    const opening = this.sentenceInitial(ctx, i);
    return (
      i < ctx.sentence.lastToken &&
      !ctx.titleCase &&
      (!opening || ctx.tokens[ctx.sentence.lastToken].text === '.') &&
      this.functionWordGivenNames.has(t.norm) &&
      /^[A-Z][a-z]+$/.test(t.text) &&
      // not after a capitalised subject (`Rangers Will Face Celtic`, `Apple Will Open`)
      (opening || !isUpperStart(ctx.tokens[i - 1].text)) &&
      next.start === t.end + 1 &&
      /^[A-Z][a-z]/.test(next.text) &&
      // a proper noun: after the modal the tagger reads a verb (`the Senate Will Act`); not a name of
      // the dictionaries (`Will Britain leave`)
      next.pos === 'PROPN' &&
      !this.nameAt(ctx, i + 1, ctx.sentence.lastToken)
    );
  }

  /**
   * A connector word, unless written in capitals (`LA Weekly` is Los Angeles, not the article `la`; the
   * letter of `Group E` is no `e`).
   */
  private isConnector(t: Token): boolean {
    if (this.lowerCaseConnectors.has(t.text)) return true;
    return (
      this.connectors.has(t.norm) &&
      !isUpperAt(t.text, 1) &&
      !/^[A-Z]$/.test(t.text) &&
      // `Shaktikanta Das`: a surname that is also a connector, written with its capital
      !(this.capitalisedSurnames.has(t.norm) && isUpperAt(t.text, 0))
    );
  }

  /**
   * `Governor Shaktikanta Das said`, `Das said`: a connector of the lexicon's `capitalised-surname`, written
   * with a capital after a capitalised word or before a verb it is the subject of, is a surname.
   */
  private connectorSurname(ctx: SentenceContext, i: number): boolean {
    const t = ctx.tokens[i];
    if (!this.capitalisedSurnames.has(t.norm) || !/^[A-Z][a-z]+$/.test(t.text)) return false;
    const before = ctx.tokens[i - 1];
    const afterName =
      i > ctx.sentence.firstToken &&
      isUpperStart(before.text) &&
      before.end + 1 === t.start &&
      isWord(before);
    return afterName || this.subjectOfVerb(ctx, i);
  }

  /** A capitalised connector glued by a hyphen to the next word opens a name (`Al-Ghaza`, `El-Hassan`). */
  private isNamePrefix(tokens: Token[], i: number): boolean {
    const t = tokens[i];
    const hyphen = tokens[i + 1];
    const next = tokens[i + 2];
    return (
      this.connectors.has(t.norm) &&
      isUpperStart(t.text) &&
      hyphen?.text === '-' &&
      hyphen.start === t.end &&
      next?.start === hyphen.end &&
      isUpperStart(next.text)
    );
  }

  /**
   * `Al Franken`, `Al Nusra`, `El Paso`: a capitalised connector that is also an Arabic article (lists
   * `connector` and `article-prefix`: `Al`, `El`, not the English `As`, `At`) opens the name before a
   * capitalised word written beside it, whatever the name turns out to be.
   */
  private opensWithArticle(tokens: Token[], i: number): boolean {
    const t = tokens[i];
    const next = tokens[i + 1];
    return (
      this.articles.has(t.norm) &&
      this.connectors.has(t.norm) &&
      /^[A-Z][a-z]?$/.test(t.text) &&
      next?.sentence === t.sentence &&
      isUpperStart(next.text) &&
      !this.connectors.has(next.norm)
    );
  }

  /**
   * `al Qaeda`, `al Shabaab`: a lower-case Arabic article, a space, and a capitalised word, where the
   * dictionaries hold the two as one name.
   */
  private spacedArticle(ctx: SentenceContext, i: number): boolean {
    const { tokens } = ctx;
    const t = tokens[i];
    const next = tokens[i + 1];
    return (
      this.articles.has(t.text) &&
      /^[a-z]/.test(t.text) &&
      next?.sentence === t.sentence &&
      next.start === t.end + 1 &&
      isUpperStart(next.text) &&
      this.kb.names.byKey.has(`${ctx.keys[i]} ${ctx.keys[i + 1]}`)
    );
  }

  /** `nameAt` bound to this scanner, for the wire-copy rules. */
  private readonly nameAtFn: NameAt = (ctx, i, limit) => this.nameAt(ctx, i, limit);

  scan(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { sentence, tokens } = ctx;
    let i = ctx.allCaps ? slugEnd(ctx, this.kb, this.nameAtFn) : sentence.firstToken;
    while (i <= sentence.lastToken) {
      const t = tokens[i];
      const prefixed = NAME_PREFIXES.exec(t.text);
      // `Pro-Beijing` written with a capital (a heading, a sentence start) is the same word as `pro-Beijing`.
      if (prefixed && (!isUpperStart(t.text) || this.knownName(prefixed[2]))) {
        this.scanPrefixed(ctx, i, t.start + prefixed[1].length + 1, prefixed[2], out);
        i++;
        continue;
      }
      // `al-Qaeda`: the article belongs to the name (`name.article-prefix`); so does a spaced one the
      // dictionaries write with the name (`al Qaeda`, as Reuters does).
      const spaced = this.spacedArticle(ctx, i);
      const article =
        (isLowerArticlePrefix(tokens, i, sentence.lastToken, this.articles) && this.startsName(ctx, i + 2)) ||
        spaced;
      if (article || this.startsName(ctx, i)) {
        const end = this.runEnd(ctx, spaced ? i + 1 : article ? i + 2 : i);
        const before = out.length;
        const keptOpener = this.segmentRun(ctx, i, end, out);
        for (let k = before; k < out.length; k++) {
          if (article && out[k].first === i) out[k].rules.push('name.article-prefix');
          if (out[k].first === keptOpener) out[k].rules.push('name.opener+org-head');
          if (out[k].last > out[k].first && this.isNameParticle(ctx, out[k].first))
            out[k].rules.push('name.particle');
          if (out[k].last > out[k].first && this.givenNameOfFunctionWord(ctx, out[k].first))
            out[k].rules.push('name.function-word-given-name');
          if (out[k].last > out[k].first && hasInnerDigit(tokens, out[k]))
            out[k].rules.push('name.digit-inside');
          for (let w = out[k].first + 1; w < out[k].last; w++)
            if (/^['’][sS]$/.test(tokens[w].text)) out[k].rules.push('name.possessive-place');
          const lastWord = out[k].last;
          if (FUNCTION_POS.has(tokens[lastWord].pos) && this.surnameAfterGivenName(ctx, lastWord))
            out[k].rules.push('name.function-word-surname');
        }
        // A nominal opening the run may end with its head noun after it (`Police officials`).
        let next = end + 1;
        for (let k = before; k < out.length; k++) if (out[k].last >= next) next = out[k].last + 1;
        i = next;
        continue;
      }
      if (isWord(t)) {
        const agent = this.nominals.match(ctx, i, sentence.lastToken);
        if (agent) {
          // The phrase may end with its head noun (`intelligence officials`): go on after it.
          const nominal = this.nominals.build(ctx, i, agent.last, agent.agent, out);
          out.push(nominal);
          i = Math.max(agent.last, nominal.last) + 1;
          continue;
        }
      }
      i++;
    }
    return out;
  }

  // ---------------------------------------------------------------- runs of capitalised words

  private startsName(ctx: SentenceContext, i: number): boolean {
    const t = ctx.tokens[i];
    if (!isUpperStart(t.text) || !isWord(t)) return false;
    if (ctx.titleCase && t.pos !== 'PROPN' && t.pos !== 'NOUN') return false;
    // `Pan-democrat Gary Fan`, `Anti-war protesters`: a prefix and a lower-case word make an ordinary
    // word, capitalised or not (`pro-Beijing`, `Pro-Beijing` are read in `scan`).
    const prefixed = NAME_PREFIXES.exec(t.text);
    if (prefixed && /^[a-z]/.test(prefixed[2])) return false;
    // A capitalised function word inside a sentence (`In` after a list heading) is not part of a name.
    // `Per-Ulrik Johansson`: a word glued by a hyphen to a capitalised word is a hyphenated given name,
    // whatever the tagger calls `Per` (rule `name.hyphenated-given-name` in `runEnd`).
    if (
      FUNCTION_POS.has(t.pos) &&
      !this.sentenceInitial(ctx, i) &&
      !/^[A-Z]{2,}$/.test(t.text) &&
      !this.gluedToCapital(ctx, i) &&
      !this.surnameAfterGivenName(ctx, i) &&
      !this.isNameParticle(ctx, i) &&
      !this.givenNameOfFunctionWord(ctx, i) &&
      !this.connectorSurname(ctx, i) &&
      // `Co Down`, `County Down`: a county's word before it.
      !/^(?:co\.?|county)$/.test(ctx.tokens[i - 1]?.norm ?? '') &&
      // `outside All Saints Church`, `All Souls College`: a capitalised `All` inside a sentence opens the
      // name after it.
      !(t.norm === 'all' && isUpperStart(ctx.tokens[i + 1]?.text ?? '')) &&
      // `Da Nang`, `La Paz`, `Des Moines`: it opens a dictionary name of several words.
      (this.nameAt(ctx, i, ctx.sentence.lastToken)?.last ?? i) <= i
    )
      return false;
    return true;
  }

  /**
   * `James To`, `Denise Ho`: a short capitalised word that is also a function word, right after a
   * given name of known gender inside a sentence, is a surname (rule `name.function-word-surname`); so is
   * it a given name after a family name written first (`Li Na`, `Wang Yi`; lexicon `family-name-first`).
   * Not in a title-case headline nor before another capitalised word (`Prince Harry To Visit Kenya`).
   */
  private surnameAfterGivenName(ctx: SentenceContext, i: number): boolean {
    const t = ctx.tokens[i];
    if (ctx.titleCase || i === ctx.sentence.firstToken || !/^[A-Z][a-z]{1,3}$/.test(t.text)) return false;
    const next = ctx.tokens[i + 1];
    if (next && next.sentence === t.sentence && isUpperStart(next.text)) return false;
    const gender = this.kb.firstNames.get(ctx.keys[i - 1]);
    const known = (gender && gender !== 'u') || this.familyNamesFirst.has(ctx.keys[i - 1]);
    if (!known || !isUpperStart(ctx.tokens[i - 1].text)) return false;
    return this.kb.firstNames.get(ctx.keys[i]) === undefined && ctx.tokens[i - 1].end + 1 === t.start;
  }

  /**
   * `St. Peter's Square`, `St Paul's Cathedral`: a tight `'s` between a name no dictionary knows and
   * one place word of `name-heads.tsv` ending the run (`Square`, `Park`) is inside one place's name
   * (rule `name.possessive-place`). `Iran's Parliament`, `China's Foreign Ministry` stay apart.
   */
  private possessiveInPlaceName(ctx: SentenceContext, i: number, j: number): boolean {
    const { tokens, keys, sentence } = ctx;
    const t = tokens[j];
    // `Workers' Party`, `Teachers' Union`: a plural's bare apostrophe before a body's head word.
    if (
      /^['’]$/.test(t.text) &&
      t.start === tokens[j - 1].end &&
      /^[A-Z][a-z]+s$/.test(tokens[j - 1].text) &&
      j + 1 <= sentence.lastToken &&
      isUpperStart(tokens[j + 1].text) &&
      this.kb.nameHeads.get(keys[j + 1]) === 'ORG'
    )
      return true;
    if (!/^['’][sS]$/.test(t.text) || t.start !== tokens[j - 1].end || j + 1 > sentence.lastToken)
      return false;
    if (!isUpperStart(tokens[j + 1].text)) return false;
    // `District Attorney's Office`, `Maricopa County Sheriff's Office`: an officer's title in the
    // possessive before `Office` names the office.
    if (keys[j + 1] === 'office' && this.kb.titles.byKey.has(keys[j - 1])) return true;
    // `Prince George's County`, `Queen Anne's County`: a county named after a person.
    if (keys[j + 1] === 'county' && (j + 1 === sentence.lastToken || !isUpperStart(tokens[j + 2].text)))
      return true;
    // `Korean People's Army`, `Pakistan People's Party`, `People's Bank of China`: `People's` is a word
    // of many names of states, parties, armies and papers; so are the other plurals without an `s`
    // (`St. Jude Children's Research Hospital`, `Women's Aid`, `Men's Health`).
    // `International Longshoremen's Association`, `Workmen's Circle`: the compounds of `men` too.
    const plural = tokens[j - 1].norm;
    if ((POSSESSIVE_PLURALS.has(plural) || /^\w{3,}men$/.test(plural)) && isUpperStart(tokens[j - 1].text))
      return true;
    // `King's Cross`, `Queen's Park Rangers`, `The Prince's Trust`: a sovereign's bare title in the
    // possessive opens a name, whatever words follow (not `Prince Charles's Foundation`).
    if (SOVEREIGN.test(tokens[j - 1].text) && (j === i + 1 || (j === i + 2 && tokens[i].norm === 'the')))
      return true;
    // `University of King's College`, `Court of King's Bench`: so after `of` inside a name.
    if (SOVEREIGN.test(tokens[j - 1].text) && j >= i + 2 && keys[j - 2] === 'of') return true;
    // `King George's Medical University`, `Queen Mary's Hospital`: a sovereign's title and name in the
    // possessive before a body's or a place's head word.
    if (
      j === i + 2 &&
      SOVEREIGN.test(tokens[i].text) &&
      this.kb.firstNames.has(keys[j - 1]) &&
      this.headFollows(ctx, j + 1)
    )
      return true;
    const head = this.kb.nameHeads.get(keys[j + 1]);
    // `St. Mary's Hospital`: after a saint, an organisation word too; `Marchetti's Bakery`, `Murphy's
    // Bar`: a shop's or a pub's head word after its owner's name (lexicon `business-head`).
    const saint = SAINT.test(tokens[i].text);
    // `St Luke's General Hospital`, `St. Paul's United Church`: a saint's name, then words up to a head.
    if (saint && j === i + 2 && this.headFollows(ctx, j + 1)) return true;
    // `Cawley's Funeral Directors`, `Thompson's Harveson & Cole Funeral Home`: an undertaker's.
    if (!this.nameAt(ctx, i, j - 1) && this.funeralBusinessAt(ctx, j + 1)) return true;
    const business = this.businessHeads.has(keys[j + 1]);
    // `Addenbrooke's Hospital`, `Guy's Hospital`: an institution named after its founder, one word.
    const founder = j === i + 1 && FOUNDER_HEAD.test(keys[j + 1]);
    if (!(head === 'LOC' || (head === 'ORG' && (saint || founder)) || business)) return false;
    if (j + 2 <= sentence.lastToken && this.startsName(ctx, j + 2)) {
      // `King's College London`: the town the institution is named with ends the name.
      const town = saint || business ? this.nameAt(ctx, j + 2, sentence.lastToken) : null;
      if (!town || this.kb.actor(town.ids[0])?.type !== 'GPE') return false;
    }
    return !this.nameAt(ctx, i, j - 1);
  }

  /** Capitalised words from `k` on that a head word of names ends (`Medical University`). */
  /**
   * Tokens from `k` are capitalised words (and `&`) that end in `Funeral Home`, `Funeral Directors` or
   * `Funeral Services`: an undertaker's business, named after its owners in the possessive.
   */
  private funeralBusinessAt(ctx: SentenceContext, k: number): boolean {
    const { tokens, keys, sentence } = ctx;
    for (let h = k; h < k + 5 && h < sentence.lastToken; h++) {
      if (keys[h] === 'funeral')
        return FUNERAL_BUSINESS.test(keys[h + 1]) && isUpperStart(tokens[h + 1].text);
      if (!isUpperStart(tokens[h].text) && tokens[h].text !== '&') return false;
    }
    return false;
  }

  private headFollows(ctx: SentenceContext, k: number): boolean {
    const { tokens, keys, sentence } = ctx;
    for (let h = k; h <= sentence.lastToken && isUpperStart(tokens[h].text); h++)
      if (this.kb.nameHeads.has(keys[h]) && !isUpperStart(tokens[h + 1]?.text ?? '')) return true;
    return false;
  }

  /** `Per` in `Per-Ulrik`: followed tight by a hyphen and a capitalised word. */
  private gluedToCapital(ctx: SentenceContext, i: number): boolean {
    const { tokens } = ctx;
    const hyphen = tokens[i + 1];
    const next = tokens[i + 2];
    return (
      hyphen?.text === '-' &&
      hyphen.start === tokens[i].end &&
      next?.start === hyphen.end &&
      /^[A-Z][a-z]/.test(next.text)
    );
  }

  /** The first dictionary name starting at a word from `from` on that goes on through the `'s` at `j`. */
  private possessiveNameOver(ctx: SentenceContext, from: number, j: number): { last: number } | null {
    for (let k = from; k < j; k++) {
      if (!isUpperStart(ctx.tokens[k].text)) continue;
      const known = this.nameAt(ctx, k, ctx.sentence.lastToken);
      if (known && known.last >= j) return known;
    }
    return null;
  }

  /** Last token of the capitalised run starting at `i`. */
  private runEnd(ctx: SentenceContext, i: number): number {
    const { tokens, sentence } = ctx;
    let end = i;
    let j = i + 1;
    // A dictionary name in the run goes on through its function words (`Doctors Without Borders`,
    // `Save the Children`, `Islamic State in the Greater Sahara`): `reach` is where the longest ends.
    let reach = this.nameAt(ctx, ctx.keys[i] === 'the' ? i + 1 : i, sentence.lastToken)?.last ?? -1;
    while (j <= sentence.lastToken) {
      const t = tokens[j];
      if (nameLineEndsBefore(ctx.doc.text, tokens[j - 1].end, t.start)) break;
      if (j - 1 > i && isUpperStart(tokens[j - 1].text)) {
        const known = this.nameAt(ctx, j - 1, sentence.lastToken);
        if (known && known.last > reach) reach = known.last;
      }
      if (j <= reach) {
        end = j;
        j++;
        continue;
      }
      // ... and `and` before another such name ends it there (`Doctors Without Borders and Save the Children`).
      if (j === reach + 1 && t.norm === 'and') {
        const next = this.nameAt(ctx, j + 1, sentence.lastToken);
        if (next && next.last > j + 1) break;
      }
      if (this.startsName(ctx, j)) {
        end = j;
        j++;
        continue;
      }
      if (this.digitInName(ctx, i, j)) {
        end = j + 1;
        j += 2;
        continue;
      }
      if (this.possessiveInPlaceName(ctx, i, j)) {
        end = j + 1;
        j += 2;
        continue;
      }
      // `Moody's`, `McDonald's`, `People's Republic of China`: a dictionary name written with a
      // possessive goes on through it, also when it starts inside the run (`Shares of Lowe's`).
      if (/^['’][sS]$/.test(t.text) && t.start === tokens[j - 1].end) {
        const known = this.possessiveNameOver(ctx, ctx.keys[i] === 'the' && i + 1 < j ? i + 1 : i, j);
        if (known) {
          end = known.last;
          j = known.last + 1;
          continue;
        }
      }
      // `Park An-su`, `Lee In-ho`: a capitalised function word glued by a hyphen to a lower-case
      // syllable is a given name's first part.
      if (/^[A-Z][a-z]{1,3}$/.test(t.text) && hyphenSyllableAfter(tokens, j)) {
        end = j + 2;
        j += 3;
        continue;
      }
      // `Yau Wai-ching`: a tight hyphen and a lower-case syllable continue a name (not `Syria-based`).
      if (t.text === '-' && j + 1 <= sentence.lastToken && t.start === tokens[j - 1].end) {
        const syllable = tokens[j + 1];
        // A particle tail makes a word of a common one (`sit-in`, `check-in`), but after a name's
        // syllable it is the given name's second part (`Moon Jae-in`).
        const syllableHead =
          j - 1 > i &&
          tokens[j - 1].pos === 'PROPN' &&
          /^[A-Z][a-z]{1,4}$/.test(tokens[j - 1].text) &&
          !this.inCompoundHeads.has(tokens[j - 1].norm);
        if (
          syllable.start === t.end &&
          /^[a-z]{1,6}$/.test(syllable.text) &&
          (!this.compoundTails.has(syllable.norm) || (syllable.norm === 'in' && syllableHead))
        ) {
          end = j + 1;
          j += 2;
          continue;
        }
      }
      // A connector belongs to the run only when a capitalised word follows it; a hyphen only when
      // it is written tight (`al-Baghdadi`, not `Syria - Turkey`).
      if (this.isConnector(t)) {
        let k = j;
        while (k <= sentence.lastToken && this.isConnector(tokens[k]) && k - j < 2) k++;
        const tight =
          t.text !== '-' ||
          (t.start === tokens[j - 1].end && k <= sentence.lastToken && tokens[k].start === t.end);
        // `the` joins only after another connector (`Church of the Nazarene`), never alone
        // (`Rathbun the Scientology critic`).
        // `for` joins a name except after a place (`Centers for Disease Control`, not `New York for the
        // Congress`); `on` only after an organisation word or a title (`Council on Foreign Relations`,
        // not `Obama on Syria` or `Kennedy Space Center on STS-1`).
        // Nor after what looks like a person's whole name (`Lydia Buchtmann for Food Standards
        // Australia`: rule `name.person-before-for` cuts the run there).
        const headed =
          !this.headedConnectors.has(t.norm) ||
          (t.norm === 'for'
            ? !this.endsWithPlace(ctx, i, j - 1) &&
              !this.placesBeforeFor.has(ctx.keys[j - 1]) &&
              !(this.personShaped(ctx, i, j - 1) && speaksFor(ctx.tokens, i, j - 1, this.speechVerbs))
            : // not after a shop's head: `Marchetti's Bakery on Waterworks Road` names where it is
              (this.kb.nameHeads.get(ctx.keys[j - 1]) === 'ORG' &&
                !this.businessHeads.has(ctx.keys[j - 1])) ||
              // `International Covenant on Civil and Political Rights`, `Treaty on the Non-Proliferation ...`
              (t.norm === 'on' && LAW_BEFORE_ON.test(ctx.keys[j - 1])) ||
              // `Center on Global Energy Policy`: a centre opening the name, of a field (not `Richmond University
              // Medical Center on Staten Island`, `Kennedy Space Center on STS-1`)
              (t.norm === 'on' &&
                (j - 1 === i || (j - 2 === i && ctx.keys[i] === 'the')) &&
                /^cent(?:er|re)$/.test(ctx.keys[j - 1]))) ||
          this.kb.titles.byKey.has(ctx.keys[j - 1]) ||
          // a dictionary name goes on through it (`Physicians for Human Rights`)
          (this.nameAt(ctx, i, sentence.lastToken)?.last ?? 0) > j;
        // A connector never joins a day or month word (`the Toronto Star on Monday`).
        const plain = k <= sentence.lastToken && !this.notNameKind(tokens, k);
        if (plain && tight && headed && t.norm !== 'the' && this.startsName(ctx, k)) {
          if (t.norm === 'and' && this.titleAfterAnd(ctx, i, j, k)) break;
          // `The British Library on Euston Road`: `on` before a street names where the body stands.
          if (t.norm === 'on' && this.streetAhead(ctx, k)) break;
          if (t.norm === 'and' && this.companyOrPersonBeforeAnd(ctx, i, j)) break;
          // `Heinz Field Stadium and Union Station`: a place ended by its head word is whole; `and` starts
          // another.
          // So is a town of the dictionaries before `and` and a place's name ended by its head
          // (`near Sheffield and Robertson Point`).
          const known = t.norm === 'and' ? this.nameAt(ctx, i, sentence.lastToken) : undefined;
          // `SuperValu, Centra and Dunnes Stores`: the last pair of a list of names is two names.
          if (t.norm === 'and' && (known?.last ?? 0) <= j && this.lastOfList(ctx, i)) break;
          // `Bank of England and Treasury`: a name of the dictionaries ending at `and`, and another or a
          // body's one word after it, are two names.
          const oneBodyWord =
            this.kb.nameHeads.get(ctx.keys[k]) === 'ORG' && !isUpperStart(tokens[k + 1]?.text ?? '');
          if (
            t.norm === 'and' &&
            known?.last === j - 1 &&
            known.last > i &&
            (this.nameAt(ctx, k, sentence.lastToken) || oneBodyWord)
          )
            break;
          if (
            t.norm === 'and' &&
            // unless a dictionary name goes on through it (`Chicago Bridge and Iron Company`)
            (known?.last ?? 0) <= j &&
            ((j - 1 > i && this.kb.nameHeads.get(ctx.keys[j - 1]) === 'LOC') ||
              // `between Goolwa and Salt Creek`, `Whitehall and Parliament Square`: one word, then a
              // place ended by its head
              (j - 1 === i &&
                k === j + 1 &&
                !this.kb.nameHeads.has(ctx.keys[i]) &&
                this.endsWithPlaceHead(ctx, k, sentence.lastToken)) ||
              (known?.last === j - 1 &&
                this.kb.actor(known.ids[0])?.type === 'GPE' &&
                (this.endsWithPlaceHead(ctx, k, sentence.lastToken) || this.opensPlaceName(ctx, i, k))))
          )
            break;
          j = k;
          continue;
        }
      }
      break;
    }
    return end;
  }

  /** Capitalised words from `k` that a street's word ends (`Euston Road`, `Collins St`). */
  private streetAhead(ctx: SentenceContext, k: number): boolean {
    const { tokens, sentence } = ctx;
    let last = k;
    while (last < sentence.lastToken && last - k < 3 && isUpperStart(tokens[last + 1].text)) last++;
    return last > k && this.streetWords.has(ctx.keys[last]);
  }

  /**
   * `SuperValu, Centra and Dunnes Stores`, `Bellway, Vistry and Bloor Homes`: a run that opens after a
   * comma ending another capitalised name is the last of a list of names, so its `and` parts two; a list
   * opens after a comma or a word that introduces one (`such as`, `including`, `in`). Not after a body's
   * `of` or `for` (`Department of Agriculture, Food and the Marine` lists its fields).
   */
  private lastOfList(ctx: SentenceContext, i: number): boolean {
    const { tokens, sentence } = ctx;
    if (tokens[i - 1]?.text !== ',' || i - 2 < sentence.firstToken) return false;
    if (!/^\p{Lu}/u.test(tokens[i - 2].text)) return false;
    let k = i - 2;
    while (k >= sentence.firstToken && (/^\p{Lu}/u.test(tokens[k].text) || this.isConnector(tokens[k]))) {
      if (/^(?:of|for)$/.test(tokens[k].norm)) return false;
      k--;
    }
    // an item before that: `A, B, C and D E` or `A, B and C D`
    return (
      tokens[k]?.text === ',' ||
      /^(?:as|including|include|includes|in|from|and|like)$/.test(tokens[k]?.norm ?? '')
    );
  }

  /**
   * `Minister for Health Simon Harris and Minister for Finance Paschal Donohoe`, `Health Minister
   * Simon Harris and Finance Minister Paschal Donohoe`: a title after `and` (or a portfolio word and
   * a title, when the words before `and` hold a title too) opens a second person's role, so the run
   * ends before `and` and each half is read on its own (rule `role.title+portfolio`).
   * `Trade and Industry Secretary Patricia Hewitt` (no title before `and`), `Black Widow and Captain
   * America` (a title before a dictionary place) and `Law and Justice` (a dictionary name) stay one run.
   */
  private titleAfterAnd(ctx: SentenceContext, i: number, and: number, k: number): boolean {
    const { keys, sentence } = ctx;
    const titles = this.kb.titles.byKey;
    // `Law and Justice`: a dictionary name that goes on through `and` and the title word is one name.
    if ((this.nameAt(ctx, i, sentence.lastToken)?.last ?? 0) >= k) return false;
    if (titles.has(keys[k])) {
      // `and Captain America`: a title before a place or an organisation is part of a name.
      const known = this.nameAt(ctx, k + 1, sentence.lastToken);
      return !known || this.kb.actor(known.ids[0])?.type === 'PERSON';
    }
    if (k + 1 > sentence.lastToken || !titles.has(keys[k + 1])) return false;
    for (let h = i; h < and - 1; h++) if (titles.has(keys[h])) return true;
    return false;
  }

  /**
   * `Movimento 5 Stelle`, `Internet Explorer 6 Countdown`: one digit between two capitalised words,
   * neither of them a dictionary name, continues a name (rule `name.digit-inside`). Scores
   * (`Leicester 2 Bath 1`) have a name of the dictionaries or another number around.
   */
  private digitInName(ctx: SentenceContext, i: number, j: number): boolean {
    const { tokens, sentence } = ctx;
    const next = j + 1;
    if (next > sentence.lastToken || !/^\d$/.test(tokens[j].text) || ctx.allCaps) return false;
    if (tokens[j].start - tokens[j - 1].end !== 1 || tokens[next].start - tokens[j].end !== 1) return false;
    if (!this.startsName(ctx, next) || this.nameAt(ctx, next, next)) return false;
    // A number after the capitalised words that follow makes a score (`CAPS United 0 FC Platinum 0`).
    let k = next;
    while (k < sentence.lastToken && k - next < 4 && isUpperStart(tokens[k + 1].text)) k++;
    if (/^\d/.test(tokens[k + 1]?.text ?? '')) return false;
    // `In Region 4 Rebels attacked`: a plural noun after the digit opens a phrase of its own.
    if (ENGLISH_PLURAL.test(tokens[next].norm) && !this.kb.nameHeads.has(tokens[next].norm)) return false;
    for (let k = j - 1; k >= i && k >= j - 3; k--)
      if (this.nameAt(ctx, k, j - 1)?.last === j - 1) return false;
    return true;
  }

  private sentenceInitial(ctx: SentenceContext, i: number): boolean {
    if (i === ctx.sentence.firstToken) return true;
    const prev = ctx.tokens[i - 1].text;
    return OPENERS.has(prev) || prev === '.' || prev === '!' || prev === '?';
  }

  /**
   * Cuts a run into titles, demonyms, dictionary names and unknown names. Each step below looks at the
   * token `st.p` and either moves on (`next`), ends the run (`stop`), or leaves it to the next step;
   * a token no step takes extends the unknown name being read. Returns the sentence opener kept as
   * a name's first word, or -1.
   */
  private segmentRun(ctx: SentenceContext, a: number, b: number, out: Candidate[]): number {
    const st: RunState = { a, b, p: a, role: null, unknownFrom: -1, keptOpener: -1 };
    while (st.p <= st.b) {
      const step =
        this.skipOpener(ctx, st) ||
        this.cutNotName(ctx, st, out) ||
        this.skipLeadingConnector(ctx, st) ||
        this.skipTerritorialTitle(ctx, st) ||
        this.takeTitleOffice(ctx, st, out) ||
        this.takePortfolioRole(ctx, st, out) ||
        this.cutBeforeTitle(ctx, st, out) ||
        this.takeTitle(ctx, st, out) ||
        this.takeCountryWordOrg(ctx, st, out) ||
        this.keepGroupInName(ctx, st) ||
        this.takeDemonym(ctx, st, out) ||
        this.takeDictionaryName(ctx, st, out) ||
        this.takeOpeningAgent(ctx, st, out) ||
        this.skipInTitleCase(ctx, st, out) ||
        this.cutUnknownWordInCapitals(ctx, st, out);
      if (step === 'stop') return st.keptOpener;
      if (step) continue;
      if (st.unknownFrom < 0) st.unknownFrom = st.p;
      st.p++;
    }
    this.flushUnknown(ctx, st, st.b, out);
    return st.keptOpener;
  }

  /** A step that took tokens up to `next` (exclusive): the pending title was used, reading goes on there. */
  private moveOn(st: RunState, next: number): Step {
    st.role = null;
    st.p = next;
    return 'next';
  }

  /** Ends the unknown name being read at `upTo` (with the pending title as its role). */
  private flushUnknown(ctx: SentenceContext, st: RunState, upTo: number, out: Candidate[]): void {
    if (st.unknownFrom < 0) return;
    this.pushUnknown(ctx, st.unknownFrom, upTo, st.role, out);
    st.role = null;
    st.unknownFrom = -1;
  }

  /**
   * Sentence openers that are ordinary words (`The`, `When`, `If`) are not names; nor is a plural
   * noun opening a sentence before `of` (`Critics of Scientology`, `Members of the Sea Org`).
   * An acronym (`(WHO)`, `WHO say ...`) is not an ordinary word whatever its part of speech.
   */
  private skipOpener(ctx: SentenceContext, st: RunState): Step {
    const { p, b } = st;
    const t = ctx.tokens[p];
    const opener =
      p === st.a &&
      this.sentenceInitial(ctx, p) &&
      // `THE Archbishop of Canterbury`: a paper's capitalised first word is still the article
      !(isUpperAt(t.text, 1) && isAcronymText(t.text) && t.text !== 'THE') &&
      (t.pos !== 'PROPN' ||
        this.pluralBeforeOf(ctx, p, b) ||
        this.quantifierOpeners.has(t.norm) ||
        this.modifierBeforeName(ctx, p, b) ||
        // `Retailer Zara said`, `Insurer Zurich said`: the kind of company before its
        // name, an agent noun (not `Carrier Global`, `Chain Reaction`, names that open with such a word).
        (p < b && /(?:er|or)$/.test(t.norm) && this.companyKinds.has(t.norm)));
    if (!opener || this.nameAt(ctx, p, b)) return false;
    if (this.kb.demonyms.has(t.norm) || this.titleAt(ctx, p, b)) return false;
    if (this.personModifiers.has(ctx.keys[p]) && this.modifierBeforeName(ctx, p, b)) {
      st.p++;
      st.a = st.p;
      return 'next';
    }
    // `De Gaulle led France`: a name particle opens the name at a sentence start too; so does `Will`
    // before a proper noun in a statement (`Will Smith slapped Chris Rock.`).
    if (p < b && (this.isNameParticle(ctx, p) || this.givenNameOfFunctionWord(ctx, p))) return false;
    if (p === b && this.connectorSurname(ctx, p)) return false;
    // `Results: Highlanders 2 Dynamos 1`: a word given a score before another capitalised word's is a team.
    if (p === b && scoredAgainstName(ctx.tokens, p)) return false;
    // `Moon Jae-in said`, `Park Geun-hye was`: a short surname before a hyphenated East Asian given name.
    if (this.surnameBeforeHyphenatedGivenName(ctx, p)) return false;
    // `Dole, the Republican challenger, said`: a word an apposition calls a person is a name.
    if (p === b && this.calledPerson(ctx, p)) return false;
    // `Image: Home Office.`: a noun or adjective opening a name that an organisation word ends is
    // part of that name; an adverb (`Earlier Congress`, `Later Police`) is not.
    if (b > p && OPENER_IN_NAME_POS.has(t.pos) && this.kb.nameHeads.get(ctx.keys[b]) === 'ORG') {
      st.keptOpener = p;
      return false;
    }
    st.p++;
    st.a = st.p;
    return 'next';
  }

  /**
   * `Senior U.S. officials said`, `Top Chinese diplomats`: a word that qualifies a title, opening the
   * sentence before a country's name or a demonym, qualifies the people named after them, no name's word.
   * So it does before a title (`Acting Vice President Atiku Abubakar`); a word that only qualifies
   * people (lexicon `person-modifier`: `Former Google engineer`) before a title, a demonym or any name
   * the dictionaries know.
   */
  private modifierBeforeName(ctx: SentenceContext, p: number, b: number): boolean {
    if (p >= b || !this.titleModifiers.has(ctx.keys[p])) return false;
    const known = this.nameAt(ctx, p + 1, b);
    if (this.personModifiers.has(ctx.keys[p]))
      return !!known || this.kb.demonyms.has(ctx.keys[p + 1]) || !!this.titleAt(ctx, p + 1, b);
    if (this.kb.demonyms.has(ctx.keys[p + 1]) || (!!known && this.kb.actor(known.ids[0])?.type === 'GPE'))
      return true;
    return !!this.titleAt(ctx, p + 1, b);
  }

  /**
   * Token `p` is a short capitalised word before a given name of two syllables joined by a tight hyphen,
   * the second in lower case (`Moon Jae-in`, `Park Geun-hye`, `Lam Cheuk-ting`): a surname, though the
   * word is also an ordinary one.
   */
  private surnameBeforeHyphenatedGivenName(ctx: SentenceContext, p: number): boolean {
    const { tokens } = ctx;
    if (p + 3 > ctx.sentence.lastToken || !/^[A-Z][a-z]{1,4}$/.test(tokens[p].text)) return false;
    if (this.kb.agents.byKey.has(ctx.keys[p])) return false;
    const [given, hyphen, syllable] = [tokens[p + 1], tokens[p + 2], tokens[p + 3]];
    return (
      given.start === tokens[p].end + 1 &&
      /^[A-Z][a-z]{1,5}$/.test(given.text) &&
      hyphen.text === '-' &&
      hyphen.start === given.end &&
      syllable.start === hyphen.end &&
      /^[a-z]{1,6}$/.test(syllable.text) &&
      (syllable.norm === 'in'
        ? !this.inCompoundHeads.has(given.norm)
        : !this.compoundTails.has(syllable.norm)) &&
      // `Anti-war`, `Self-made`: a given name is no word of the language, but for syllables of two
      // letters that are also function words (`Park An-su`)
      (given.pos === 'PROPN' || /^[A-Z][a-z]$/.test(given.text))
    );
  }

  /**
   * `Dole, the Republican challenger,`: a word (not a function word or an adverb) that an apposition,
   * closed by punctuation, calls a person (not `However, a spokesman said,`), or that `, who` follows.
   */
  private calledPerson(ctx: SentenceContext, i: number): boolean {
    const { tokens } = ctx;
    if (tokens[i + 1]?.text !== ',' || FUNCTION_POS.has(tokens[i].pos) || tokens[i].pos === 'ADV')
      return false;
    // `Lynch, who lives in Dublin`: a relative clause of persons after one word that is no plural and no
    // common noun (`Critics, who`, `Police, who`).
    if (tokens[i + 2]?.norm === 'who' && !/[^s]s$/.test(tokens[i].norm) && !this.isCommonNoun(ctx.keys[i]))
      return true;
    return appositionAfter(tokens, i, this.kb, undefined, true) !== null;
  }

  /** Token `i` is followed by a finite verb of saying or in the past (`said`, `recalled`, `says`). */
  private subjectOfVerb(ctx: SentenceContext, i: number): boolean {
    const next = ctx.tokens[i + 1];
    if (!next || next.sentence !== ctx.sentence.index || next.start !== ctx.tokens[i].end + 1) return false;
    if (next.pos !== 'VERB' || (!/ed$/.test(next.norm) && !this.speechVerbs.has(next.norm))) return false;
    // `Ford said he was proud`: a person's pronoun after it says the subject is someone of that name.
    for (let k = i + 2; k <= ctx.sentence.lastToken; k++)
      if (PERSONAL_PRONOUN.test(ctx.tokens[k].norm)) return false;
    return true;
  }

  /** How a token is no name by `not-names.tsv` (see notNameKindOf). */
  private notNameKind(tokens: Token[], i: number): NotNameKind | undefined {
    return notNameKindOf(this.kb.notNames, tokens, i);
  }

  /**
   * A day, a month by a number, or a word of `not-names.tsv` ends the name before it; so does a word of
   * a credit line before `by` (`Editing by Sandra Maler`, `Additional reporting by`; lexicon `credit-word`).
   */
  private cutNotName(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    const { p } = st;
    const notName = creditWordAt(ctx.tokens, p, this.creditWords) ? 'word' : this.notNameKind(ctx.tokens, p);
    if (!notName || (notName === 'month' && !this.monthCut(ctx, p, st.a, st.b))) return false;
    if (notName === 'head' && p < st.b && this.kb.nameHeads.has(ctx.keys[p + 1])) return false;
    // A common noun's acronym after words no dictionary knows ends a product's name (`PlayStation VR`).
    if (notName === 'acronym' && st.unknownFrom >= 0) return false;
    this.flushUnknown(ctx, st, p - 1, out);
    st.role = null;
    st.p++;
    return 'next';
  }

  /**
   * `The Duke and Duchess of Sussex`, `the Earl of Devon`: a peerage's title (lexicon `territorial-title`)
   * and `of` before a place that ends the run are no name; the place is. A run going on past the place
   * is left to the other steps (`Prince of Wales Hospital`).
   */
  private skipTerritorialTitle(ctx: SentenceContext, st: RunState): Step {
    const { keys } = ctx;
    const { p, b } = st;
    if (st.unknownFrom >= 0 || !this.territorialTitles.has(keys[p])) return false;
    const skipTo = (next: number): Step => {
      st.role = null;
      st.p = next;
      return 'next';
    };
    // `the Duke said`: the title alone names nobody; `Duke and Duchess of`: the first of two titles.
    if (p === b && keys[p - 1] === 'the') return skipTo(p + 1);
    if (p === b && keys[p + 1] === 'and' && this.territorialTitles.has(keys[p + 2]) && keys[p + 3] === 'of')
      return skipTo(p + 1);
    if (keys[p + 1] !== 'of' || p + 2 > b) return false;
    const place = this.nameAt(ctx, p + 2, b);
    const placeType = place && this.kb.actor(place.ids[0])?.type;
    if (
      (place?.last === b && (placeType === 'GPE' || placeType === 'LOC')) ||
      (p + 2 === b && !this.kb.nameHeads.has(keys[b]))
    )
      return skipTo(p + 2);
    return false;
  }

  /** A connector opens no name (`of the ...`), unless it is `Al-`/`El-` or a glued `al-` (`al-Qaeda`). */
  private skipLeadingConnector(ctx: SentenceContext, st: RunState): Step {
    const { tokens } = ctx;
    const { p } = st;
    if (
      !this.isConnector(tokens[p]) ||
      st.unknownFrom >= 0 ||
      this.isNamePrefix(tokens, p) ||
      (p < st.b && this.opensWithArticle(tokens, p)) ||
      (p < st.b && this.isNameParticle(ctx, p)) ||
      (p === st.a && isLowerArticlePrefix(tokens, p, st.b, this.articles)) ||
      this.spacedArticle(ctx, p) ||
      this.opensDictionaryName(ctx, p, st.b)
    )
      return false;
    st.p++;
    return 'next';
  }

  /**
   * `Agriculture Minister Roman Jagielinski`: the unknown words before a minister's or secretary's
   * title and a name are the portfolio, part of the role (rule `role.portfolio+title`).
   */
  private takePortfolioRole(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    const { tokens } = ctx;
    const { p, b, unknownFrom } = st;
    // (two portfolios joined by `and` make a longer one: `Health and Social Care Secretary`)
    const joined = tokens.slice(unknownFrom + 1, p - 1).some((t) => t.norm === 'and' || t.norm === '&');
    if (unknownFrom < 0 || p - unknownFrom > (joined ? 5 : 3)) return false;
    // A head word says the words are a body (`Health Ministry Spokesman`), unless it is a field a
    // portfolio is named after too (`Mining Minister`, `Water Resources Minister`). Words that qualify
    // the title open the role (`Union Commerce Minister`, India's federal ministers).
    let from = unknownFrom;
    while (from < p && (this.titleModifiers.has(ctx.keys[from]) || this.portfolioOpeners.has(ctx.keys[from])))
      from++;
    for (let k = from; k < p; k++)
      if (
        this.hasHead(tokens, k, k) &&
        !this.orgFieldWords.has(tokens[k].norm) &&
        !this.portfolioHeads.has(tokens[k].norm)
      )
        return false;
    const office = this.titleAt(ctx, p, b);
    if (!office || !PORTFOLIO_TITLES.test(office.title.key) || office.last >= b) return false;
    // `Federal Minister for Agriculture`: the title's own portfolio follows.
    if (PORTFOLIO_LINK.test(tokens[office.last + 1].norm))
      return this.takeTitlePortfolio(ctx, st, unknownFrom, office, out);
    if (this.isConnector(tokens[office.last + 1])) return false;
    // `the Garda Representative Association`: a body's head word after the title ends the body's name.
    if (this.kb.nameHeads.get(ctx.keys[office.last + 1]) === 'ORG') return false;
    st.role = {
      start: tokens[unknownFrom].start,
      end: tokens[office.last].end,
      title: office.title,
      first: unknownFrom,
      rule: 'role.portfolio+title',
    };
    st.unknownFrom = -1;
    st.p = office.last + 1;
    return 'next';
  }

  /**
   * `the Prime Minister's Office`, `the Chief Minister's Office`: a title in the possessive before an
   * organisation's head word is the office that serves it, one organisation (rule `name.title-office`),
   * no person's role.
   */
  private takeTitleOffice(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    const { tokens } = ctx;
    const { p, b } = st;
    if (st.unknownFrom >= 0) return false;
    const opening = this.titleAt(ctx, p, b);
    const title =
      opening && /^['’][sS]$/.test(tokens[opening.last + 1]?.text ?? '')
        ? opening
        : (this.portfolioTitleBeforePossessive(ctx, p, b) ?? opening);
    const poss = (title?.last ?? b) + 1;
    const head = poss + 1;
    if (
      !title ||
      head > b ||
      !/^['’][sS]$/.test(tokens[poss].text) ||
      tokens[poss].start !== tokens[title.last].end ||
      this.kb.nameHeads.get(ctx.keys[head]) !== 'ORG' ||
      // the office's name goes on (`Attorney's Office for the District of Arizona`)
      (head < b && (isUpperStart(tokens[head + 1].text) || this.isConnector(tokens[head + 1])))
    )
      return false;
    out.push(
      candidateOver(tokens, p, head, ctx.sentence.index, {
        type: 'ORG',
        actorIds: [],
        rules: ['name.title-office'],
        confidence: 0.8,
      }),
    );
    return this.moveOn(st, head + 1);
  }

  /**
   * `Information Commissioner's Office`, `Attorney General's Office`: up to two capitalised words, then a
   * title that ends right before a possessive `'s`, read as one title (its last token).
   */
  private portfolioTitleBeforePossessive(
    ctx: SentenceContext,
    p: number,
    b: number,
  ): { last: number } | undefined {
    const { tokens } = ctx;
    for (let poss = p + 1; poss <= Math.min(b, p + 4); poss++) {
      if (!/^['’][sS]$/.test(tokens[poss].text)) {
        if (!/^\p{Lu}\p{Ll}/u.test(tokens[poss].text)) return undefined;
        continue;
      }
      for (let j = p; j < poss; j++)
        if (this.titleAt(ctx, j, poss - 1)?.last === poss - 1) return { last: poss - 1 };
      return undefined;
    }
    return undefined;
  }

  /**
   * `Tesla Chief Executive Elon Musk`, `Amazon Spokesman Ty Rogers`: a title and a person's whole
   * name after unknown words end the unknown name there (the organisation); the title is then the
   * person's role. Never moves on by itself: the next step takes the title.
   */
  private cutBeforeTitle(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    const { p, b, unknownFrom } = st;
    if (unknownFrom < 0) return false;
    // `Kenton County Judge-Executive Kris Knochelmann`, `Marquette Township Supervisor ...`: a county's or a
    // township's word that opens a title (`county judge-executive`) ends the place's name when the rest is
    // a title too; the next word takes the title. (`Marquette City Manager` keeps `City` in the title.)
    if (COUNTY_WORD.test(ctx.keys[p]) && p > unknownFrom && p < b && this.titleAt(ctx, p + 1, b))
      return false;
    const title = this.titleAt(ctx, p, b);
    if (!title || title.last >= b) return false;
    // `COP28 President Dr. Sultan Ahmed Al Jaber`: an honorific after the title is more of the role.
    let rest = title.last + 1;
    for (let more = this.titleAt(ctx, rest, b); more && more.last < b; more = this.titleAt(ctx, rest, b))
      rest = more.last + 1;
    // `Pennzoil Chairman J. Hugh Liedtke`: a first initial before the given name.
    if (rest < b && /^\p{Lu}\.$/u.test(ctx.tokens[rest].text)) rest++;
    // The person's name ends before `of` (`Embakasi Central MCA Michael Ogada of ODM`) and before `and`
    // (`Marquette City Manager Karen Kovacs and Marquette County Administrator ...`).
    let end = b;
    for (let k = rest + 1; k <= b; k++)
      if (ctx.keys[k] === 'of' || ctx.keys[k] === 'and') {
        end = k - 1;
        break;
      }
    const to = Math.min(end, rest + 2);
    // A person the dictionaries know counts as a whole name too (`Nvidia Chief Executive Jensen Huang`).
    const known = this.nameAt(ctx, rest, end);
    const knownPerson = known?.last === end && this.kb.actor(known.ids[0])?.type === 'PERSON';
    // Up to three words, or four with an Arabic article or a particle among them (`Sultan Ahmed Al Jaber`).
    const particle = ctx.tokens
      .slice(rest + 1, end)
      .some((t) => this.surnameParticles.has(t.text) || /^(?:Al|El|bin|ibn)$/.test(t.text));
    // `Worldwide Restaurant Concepts Inc. Mr Ryan said`: after an honorific one surname is a name, when
    // a company's legal form or a body's head word ends the words before.
    const wordBefore = ctx.keys[p - 1] ?? '';
    const bodyBefore =
      this.corporateSuffixes.has(wordBefore.replace(/\./g, '')) ||
      this.kb.nameHeads.get(wordBefore) === 'ORG';
    const honorificSurname =
      HONORIFIC_KEYS.has(title.title.key) &&
      bodyBefore &&
      rest === end &&
      /^\p{Lu}\p{Ll}+$/u.test(ctx.tokens[rest].text);
    if (
      end - rest > (particle ? 3 : 2) ||
      !(
        this.isPersonName(ctx, rest, end) ||
        this.personShaped(ctx, rest, to) ||
        knownPerson ||
        honorificSurname
      )
    )
      return false;
    // `Outgoing Chief Executive ...`, `Deputy Mayor ...`: words that qualify the title belong to the role;
    // before a body they are left out of its name (`Interim BART Police Chief Ed Alvarez`).
    let from = unknownFrom;
    while (from < p && this.titleModifiers.has(ctx.keys[from])) from++;
    let level = from;
    while (level < p && this.titleLevels.has(ctx.keys[level])) level++;
    if (from === p || level === p) {
      st.unknownFrom = -1;
      return false;
    }
    // `Marquette City Manager Karen Kovacs and Marquette County Administrator Scott Erbisch`: a person
    // named after a role, then `and` and the next title's body: the person's name ends before `and`.
    if (st.role) {
      let and = from + 1;
      while (and < p - 1 && ctx.keys[and] !== 'and') and++;
      if (and < p - 1 && this.isPersonName(ctx, from, and - 1)) {
        this.pushUnknown(ctx, from, and - 1, st.role, out);
        st.role = null;
        from = and + 1;
      }
    }
    st.unknownFrom = from;
    // `Douglas Shire Council Mayor Lisa Scomazzon`: a town the dictionaries know, then words an
    // organisation's head word ends, is the council's whole name (the town was taken before the title).
    // (`New England Police District`: a district's body word makes a district a body, lexicon
    // `district-body-word`)
    const bodyHeadLast =
      this.kb.nameHeads.get(ctx.keys[p - 1]) === 'ORG' ||
      (ctx.keys[p - 1] === 'district' && p - 2 >= from && this.districtBodyWords.has(ctx.keys[p - 2]));
    const townBefore = out[out.length - 1];
    const bodyOfTown =
      townBefore?.last === from - 1 &&
      townBefore.kind === 'name' &&
      (townBefore.type === 'GPE' || townBefore.type === 'LOC') &&
      townBefore.actorIds.length > 0 &&
      !st.role &&
      // (not one word: `New Orleans Police Superintendent` is the city's police, unnamed)
      p - 1 > from &&
      bodyHeadLast;
    if (bodyOfTown) {
      out.pop();
      st.unknownFrom = townBefore.first;
    }
    const before = out.length;
    this.flushUnknown(ctx, st, p - 1, out);
    // The words before a person's title and name are the body the person works for, or the town a
    // mayor or governor runs (`Avdiivka Mayor Vitaliy Barabash`, `in Davos Chief Executive ...`).
    // A place's head word says so too (`Lee County Sheriff Carmine Marceno`).
    // So does a place's word written first (`Barangay Looc Captain Ernesto Ouano`, lexicon `head-first`).
    const town =
      !bodyHeadLast &&
      (this.localOffices.has(title.title.key) ||
        ctx.tokens[unknownFrom - 1]?.norm === 'in' ||
        this.kb.nameHeads.get(ctx.keys[p - 1]) === 'GPE' ||
        this.headFirst.get(ctx.keys[from]) === 'GPE');
    for (let k = before; k < out.length; k++) {
      if (out[k].type !== 'OTHER') continue;
      out[k].type = town ? 'GPE' : 'ORG';
      out[k].rules.push(town ? 'type.place-before-office' : 'type.org-before-title');
      out[k].confidence = 0.7;
    }
    return false;
  }

  /**
   * A title before a name becomes the pending role (`Foreign Minister` in `Foreign Minister Sergei
   * Lavrov`); a person's title with no name after it (`the British Foreign Secretary said`) is a role
   * mention of its own.
   */
  private takeTitle(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    const { tokens } = ctx;
    const { p, b } = st;
    const title = st.unknownFrom < 0 ? this.titleAt(ctx, p, b) : null;
    if (!title) return false;
    // `Supervisors Linda Murken and ...`: a title in the plural is one only before names; ending the run
    // it is a body's word (`Chicago Board of Election Commissioners`).
    if (title.last === b && this.isPluralTitle(title.title.key)) return false;
    // `Mr. Major`, `Mrs. Judge`: after an honorific, a title's word that is also a surname and ends the
    // run is the surname (lexicon `title-surname`; `Mr. President` stays an address).
    if (
      st.role &&
      HONORIFIC_KEYS.has(st.role.title.key) &&
      title.last === b &&
      this.titleSurnames.has(ctx.keys[p])
    )
      return false;
    // `General Motors Chief Executive`, `Prince Edward Island`: an organisation or a place of the
    // dictionaries that opens with a title word.
    const known = this.nameAt(ctx, p, b);
    const knownType = known ? this.kb.actor(known.ids[0])?.type : undefined;
    // `his son Prince George, nine`: a title and a given name that name a town (`Prince George`, British
    // Columbia) are a person, but after a preposition of place (`flew to Prince George`).
    const given = known ? this.kb.firstNames.get(ctx.keys[known.last]) : undefined;
    const titledTown =
      known?.last === title.last + 1 &&
      knownType === 'GPE' &&
      (given === 'm' || given === 'f') &&
      !this.placePrepositions.has(tokens[p - 1]?.norm ?? '');
    if (known && known.last > title.last && knownType !== 'PERSON' && knownType !== undefined && !titledTown)
      return false;
    // `King County`, `Queen Elizabeth Hospital`, `Sheikh Zayed Mosque`: a title word and a name that a
    // place's or a body's head word ends name that place or body, no one's role.
    // Not a head word that is a common surname too (`Mayor Robert Hall`, `Judge Hall`), nor a body's
    // head alone after the title (`President Church`).
    // (a possessive adds a token: `King George's Medical University`)
    const possessive = ctx.tokens.slice(title.last + 1, b).some((t) => /^['’][sS]$/.test(t.text)) ? 1 : 0;
    // (a title of two words and one head word too: `the Princess Royal Hospital`)
    if (
      b > title.last &&
      b - title.last <= 3 + possessive &&
      // (one place's head alone too: `Dundalk Garda Station`, `the Princess Street`)
      (b - title.last > 1 ||
        this.kb.nameHeads.get(ctx.keys[b]) === 'GPE' ||
        this.kb.nameHeads.get(ctx.keys[b]) === 'LOC' ||
        title.last > p) &&
      this.kb.nameHeads.has(ctx.keys[b]) &&
      !this.titleBodyHeads.has(ctx.keys[b]) &&
      !this.surnameHeads.has(ctx.keys[b])
    )
      return false;
    // `the General Insurance Association of Japan`: an organisation's head word and `of` a few words
    // after the title's word make one body's name.
    for (let h = title.last + 1; h <= Math.min(b - 1, title.last + 3); h++)
      if (
        this.kb.nameHeads.get(ctx.keys[h]) === 'ORG' &&
        ctx.keys[h + 1] === 'of' &&
        !this.surnameHeads.has(ctx.keys[h])
      )
        return false;
    // `Sheikh Hasina`: a few persons are known by a name that opens with a title's word (lexicon
    // `title-in-name`); the dictionaries then read the whole.
    for (let last = title.last + 1; last <= Math.min(b, p + 3); last++)
      if (this.titleInName.has(ctx.keys.slice(p, last + 1).join(' '))) return false;
    // `Pope Francis`, `King Charles`, `Prince William`: a person the dictionaries know with the title is
    // that person; the title is the role and the rest the name (rule `name.dictionary+title`).
    // Only when the name ends the run: `Prince William County`, `President Lula da Silva` are longer.
    if (
      known &&
      known.last > title.last &&
      known.last === b &&
      this.kb.actor(known.ids[0])?.type === 'PERSON'
    ) {
      const role = { start: tokens[p].start, end: tokens[title.last].end, title: title.title, first: p };
      out.push(this.nameMention(ctx, title.last + 1, known.last, known.ids, role));
      return this.moveOn(st, known.last + 1);
    }
    const next = title.last + 1;
    // `King's College`: a title in the possessive names no one's role here.
    if (next <= b && /^['’][sS]$/.test(tokens[next].text)) return false;
    // `the Justice Department`, `Prime Minister Office`: a title before an organisation's head word
    // that ends the run names the body, no one's role.
    if (next === b && this.titleBodyHeads.has(ctx.keys[next])) return false;
    if (next < b && PORTFOLIO_TITLES.test(title.title.key) && PORTFOLIO_LINK.test(tokens[next].norm))
      return this.takeTitlePortfolio(ctx, st, p, title, out);
    // `Haji Lane`, `Shri Ram College`, `Haji Ali Dargah`: an honorific that also opens fixed names is no
    // title before a head word (lexicon `name-honorific`).
    if (
      this.nameHonorifics.has(title.title.key) &&
      (ctx.keys.slice(next, b + 1).some((k) => this.kb.nameHeads.has(k)) || this.titleAt(ctx, next, b))
    )
      return false;
    // A surname after a title may open with a particle (`Cllr ap Gwynn`, `Minister de Villepin`).
    if (
      next <= b &&
      (!this.isConnector(tokens[next]) ||
        (next < b && (this.opensWithArticle(tokens, next) || this.surnameParticles.has(tokens[next].text))))
    ) {
      // `Army Chief of Staff Gen. Park An-su`: titles in a row make one role, named by the first.
      const prior = st.role;
      st.role = prior
        ? { ...prior, end: tokens[title.last].end }
        : { start: tokens[p].start, end: tokens[title.last].end, title: title.title, first: p };
      st.p = next;
      return 'next';
    }
    if (!title.title.person) {
      // `Executive Officer of the AQMD`: a title that names no one alone, then the body it serves;
      // `NASA Administrator,`: such a title ending the run is a role, no name.
      if (next <= b && !/^(of|for|at)$/.test(tokens[next].norm)) return false;
      st.p = next;
      return 'next';
    }
    out.push(this.roleMention(ctx, p, title.last, title.title, out));
    st.p = next;
    return 'next';
  }

  /**
   * `Minister for Health`, `European Commissioner for External Relations`, `Federal Minister for
   * Agriculture`: a minister's, secretary's or commissioner's title with `for`/`of` and capitalised
   * words is one role (rule `role.title+portfolio`), the role of the person named after it (`Minister
   * of Education Stefania Giannini`) or, with no name after, a role mention for a person's title and
   * nothing for another; the portfolio is no name (`Health` is no person).
   */
  private takeTitlePortfolio(
    ctx: SentenceContext,
    st: RunState,
    from: number,
    office: { last: number; title: Title },
    out: Candidate[],
  ): Step {
    const { tokens } = ctx;
    const { b } = st;
    const split = this.personAfterPortfolio(ctx, office.last + 2, b);
    const end = split > 0 ? split - 1 : b;
    const rule = 'role.title+portfolio';
    st.unknownFrom = -1;
    if (split > 0) {
      st.role = { start: tokens[from].start, end: tokens[end].end, title: office.title, first: from, rule };
      st.p = split;
      return 'next';
    }
    if (office.title.person) {
      const role = this.roleMention(ctx, from, end, office.title, out);
      role.rules.push(rule);
      out.push(role);
    }
    st.p = b + 1;
    return 'next';
  }

  /**
   * `Resources and Development Committee`, `Energy and Natural Resources Committee`: field words on both sides
   * of `and` (lexicon `org-field-word`) and an organisation's head word ending the run name one body.
   */
  private fieldsOfOneBody(ctx: SentenceContext, and: number, to: number): boolean {
    const { keys } = ctx;
    return (
      this.orgFieldWords.has(keys[and - 1]) &&
      this.orgFieldWords.has(keys[and + 1]) &&
      this.kb.nameHeads.get(keys[to]) === 'ORG' &&
      !this.orgFieldWords.has(keys[to])
    );
  }

  /**
   * `Centers for Disease Control and Prevention`, `National Institute of Allergy and Infectious
   * Diseases`, `Centre for Research on Energy and Clean Air`: after a name head (`Institute`, `Center`) and
   * `for`/`of`/`on`, `and` and a few capitalised words that end in no name head and name nothing the
   * dictionaries know continue the name (rule `name.and-in-org`);
   * `the EU and Libya`, `University of Texas and Rice University` stay two. The last word after `and` must
   * be a field word (lexicon `org-field-word`: `Department of Justice and Apple` is two names), and no
   * lower-case noun may follow (`Department of Homeland Security and Immigration officials`).
   */
  private andInOrgName(ctx: SentenceContext, from: number, and: number, to: number): boolean {
    const { tokens, keys } = ctx;
    if (to - and > AND_TAIL_WORDS) return false;
    if (!this.orgFieldWords.has(tokens[to].norm)) return false;
    const after = tokens[to + 1];
    // (A title after it is the role of a person named next: `Chamber of Commerce and Industry president`.)
    if (
      after &&
      after.sentence === tokens[to].sentence &&
      after.pos === 'NOUN' &&
      !isUpperStart(after.text) &&
      !this.kb.titles.byKey.has(after.norm)
    )
      return false;
    let linked = false;
    for (let h = from; h < and - 2 && !linked; h++)
      linked = this.kb.nameHeads.has(keys[h]) && /^(?:for|of|on)$/.test(tokens[h + 1].norm);
    if (!linked) return false;
    // (A head word may qualify the field word: `Electrical and Electronics Engineers`.)
    for (let j = and + 1; j <= to; j++)
      if ((j === to && this.kb.nameHeads.has(keys[j])) || this.isConnector(tokens[j])) return false;
    if (this.nameAt(ctx, and + 1, to)?.last === to) return false;
    return true;
  }

  /**
   * Where the person's name starts after a portfolio (`for Health Andrew Lansley`): a dictionary
   * person ending the run, or a given name and one or two capitalised words ending it. Returns the
   * token index, or -1.
   */
  private personAfterPortfolio(ctx: SentenceContext, from: number, to: number): number {
    const { tokens, keys } = ctx;
    for (let k = from + 1; k <= to; k++) {
      if (this.isConnector(tokens[k]) || !isUpperStart(tokens[k].text)) continue;
      const known = this.nameAt(ctx, k, to);
      if (known?.last === to) {
        if (this.kb.actor(known.ids[0])?.type === 'PERSON') return k;
        continue;
      }
      // A word after a tight hyphen is a double surname's second part (`Harewood-Christopher`).
      if (gluedHyphen(tokens, k - 1)) continue;
      // Two words after the given name at most, a double surname counting as one (`Deyalsingh-Smith`).
      let words = 0;
      for (let j = k + 1; j <= to; j++) if (!gluedHyphen(tokens, j) && !gluedHyphen(tokens, j - 1)) words++;
      if (words > 2 || !this.kb.firstNames.has(keys[k]) || this.kb.nameHeads.has(keys[k])) continue;
      let clean = true;
      for (let j = k + 1; j <= to && clean; j++)
        if (
          !gluedHyphen(tokens, j) &&
          (!isUpperStart(tokens[j].text) ||
            // `El-Gabaly`: a capitalised article glued to the surname is part of it
            (this.isConnector(tokens[j]) && !gluedHyphen(tokens, j + 1)) ||
            this.kb.nameHeads.has(keys[j]))
        )
          clean = false;
      if (!clean) continue;
      // `Commissioner of Police Erla Christopher`: an unknown capitalised word right before is the
      // person's own given name.
      const before = k - 1;
      if (
        before > from &&
        words <= 1 &&
        this.plainUnknownWord(ctx, before) &&
        !this.orgFieldWords.has(keys[before])
      )
        return before;
      return k;
    }
    // `Commissioner of Police Erla Harewood-Christopher`: an unknown word and a double surname end it.
    if (to - 3 > from && gluedHyphen(tokens, to - 1) && this.plainUnknownWord(ctx, to - 3)) return to - 3;
    // `for Finance Paschal Donohoe`: field words (lexicon `org-field-word`) then two more capitalised
    // words that are neither field words nor name heads: those two are the name, given name or not.
    const name = to - 1;
    if (name <= from) return -1;
    for (let k = from; k < name; k++)
      if (!this.orgFieldWords.has(tokens[k].norm) && !this.isConnector(tokens[k])) return -1;
    for (let k = name; k <= to; k++)
      if (
        !isUpperStart(tokens[k].text) ||
        this.isConnector(tokens[k]) ||
        this.orgFieldWords.has(tokens[k].norm) ||
        this.kb.nameHeads.has(keys[k]) ||
        this.kb.titles.byKey.has(keys[k])
      )
        return -1;
    return name;
  }

  /** `U.S. Department of Agriculture`, `British Red Cross`: a country word opening an organisation name. */
  private takeCountryWordOrg(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    const { p, b } = st;
    if (
      st.unknownFrom >= 0 ||
      p >= b ||
      !this.headedBeyond(ctx, p, b) ||
      !(this.kb.demonyms.has(ctx.keys[p]) || this.nameAt(ctx, p, p))
    )
      return false;
    // A longer dictionary name from the same word wins (`European Union` beside the group `European`),
    // and so does a dictionary name after it (`Syrian Golan Heights`: the demonym and the place).
    if ((this.nameAt(ctx, p, b)?.last ?? p) > p) return false;
    const after = this.nameAt(ctx, p + 1, b);
    if (after?.last === b && this.kb.actor(after.ids[0])?.type !== 'ORG') return false;
    // `Indonesian Health Ministry`, `Nigerian Senate`: the demonym before a body every country has is a
    // mention of its own (rule `name.country+generic-body`).
    if (!st.role && this.splitDemonymBeforeBody(ctx, p, b, out)) return 'stop';
    this.pushUnknown(ctx, p, b, st.role, out);
    return 'stop';
  }

  /** A body of a state (a ministry, an army): not a party, a union or a company (`Nepali Congress`). */
  private stateBody(actor: Actor | undefined): boolean {
    if (actor?.type !== 'ORG' || actor.kind === 'party' || actor.kind === 'company') return false;
    return (
      actor.kind === 'government' || actor.roles.some((r) => /^[A-Z]{3}(?:GOV|MIL|COP|LEG|JUD)/.test(r.code))
    );
  }

  /**
   * `Indonesian Health Ministry`, `Saudi Interior Ministry`: a demonym (token `p`) before a body every
   * country has (`generic-body`) is a mention of its own, NORP, as in OntoNotes (`[[NORP Chinese]]
   * [[ORG Foreign Ministry]]`). A country's name stays in the body's name (`U.S. Food and Drug
   * Administration`, `United States Navy`: one ORG). Pushes both mentions and says whether it did.
   */
  private splitDemonymBeforeBody(
    ctx: SentenceContext,
    p: number,
    b: number,
    out: Candidate[],
    /** The dictionary's actors of the whole name, which the body keeps (`Turkish Defense Ministry`). */
    bodyIds: string[] = [],
  ): boolean {
    const demonymId = this.kb.demonyms.get(ctx.keys[p]);
    if (p >= b || !demonymId || !this.genericBodyAfter(ctx, p + 1, b)) return false;
    // `Indian Navy`, `Swiss Army`: the service's official name (lexicon `armed-service`).
    if (b === p + 1 && this.armedServices.has(ctx.keys[b])) return false;
    // `Saudi`: a word that is a demonym is one here, even if it also names the country.
    out.push(
      candidateOver(ctx.tokens, p, p, ctx.sentence.index, {
        kind: 'demonym',
        type: 'NORP',
        actorIds: [demonymId],
        rules: ['demonym', 'name.country+generic-body'],
        confidence: 0.9,
      }),
      candidateOver(ctx.tokens, p + 1, b, ctx.sentence.index, {
        type: 'ORG',
        actorIds: bodyIds,
        rules: ['name.generic-body'],
        confidence: 0.8,
      }),
    );
    return true;
  }

  /**
   * Whether tokens `from`..`to` name a body every country has: words of the lexicon's
   * `generic-body-modifier` list (`Health`, `Foreign`, `Supreme`) ending in a word of its `generic-body`
   * list, maybe with `of ...` after it (`Supreme Court of Cassation`).
   */
  private genericBodyAfter(ctx: SentenceContext, from: number, to: number): boolean {
    const { tokens, keys } = ctx;
    let head = -1;
    for (let k = from; k <= to; k++) {
      if (this.isConnector(tokens[k])) break;
      if (!isUpperStart(tokens[k].text)) return false;
      head = k;
    }
    if (head < from || !this.genericBodies.has(keys[head])) return false;
    // `Health Ministry`, `Supreme Court`: only words for a field or a rank may come before the body's
    // word; `Capitol Police`, `Coast Guard` are the names of one body, whole with the country word.
    for (let k = from; k < head; k++) if (!this.genericBodyModifiers.has(keys[k])) return false;
    return true;
  }

  /**
   * A group's name inside the name being read is a word of that name: after `of` (`Nation of Islam`,
   * `Council of Muslim Scholars`); for a group's name that is also a common surname (`surname-group`),
   * right after a capitalised word (`Nurul Islam`, `Yusuf Islam`); for a party's members (`party-group`),
   * after a word that names parties (`party-modifier`: `Liberal Democrats`).
   */
  private keepGroupInName(ctx: SentenceContext, st: RunState): Step {
    const { p } = st;
    if (st.unknownFrom < 0) return this.groupWordAsGivenName(ctx, st) || this.partyWordOpensName(ctx, st);
    if (p === 0) return false;
    const prev = ctx.tokens[p - 1];
    const afterOf = this.isConnector(prev) && prev.norm !== 'and';
    const surname = this.surnameGroups.has(ctx.keys[p]) && isUpperStart(prev.text) && !this.isConnector(prev);
    // `Liberal Democrats`, `Neo Democrats`, `Young Republicans`: a party's name, not a group after a word
    // (`House Democrats` stays the House and the group).
    const party = this.partyGroups.has(ctx.keys[p]) && this.partyModifiers.has(ctx.keys[p - 1]);
    if (!afterOf && !surname && !party) return false;
    if (!this.groupWordAt(ctx, p, st.b)) return false;
    st.p++;
    return 'next';
  }

  /**
   * `Republican National Convention`, `Democratic Socialists of America`, `Christian Democrats`: a
   * party's word (`party-group`, `party-modifier`) before capitalised words opens a longer name, unless a
   * title or a person's name follows (`Republican Sen. Mitt Romney`, `Democrat Joe Manchin`).
   */
  private partyWordOpensName(ctx: SentenceContext, st: RunState): Step {
    const { p, b } = st;
    const key = ctx.keys[p];
    if (p >= b || !(this.partyGroups.has(key) || this.partyModifiers.has(key))) return false;
    const next = ctx.tokens[p + 1];
    if (!isUpperStart(next.text) || this.isConnector(next) || this.titleAt(ctx, p + 1, b)) return false;
    if (this.kb.firstNames.has(ctx.keys[p + 1])) return false;
    if (this.nameAt(ctx, p + 1, b) && !this.partyGroups.has(ctx.keys[p + 1])) return false;
    if (!this.groupWordAt(ctx, p, b)) return false;
    st.unknownFrom = p;
    st.p++;
    return 'next';
  }

  /**
   * `Christian Bale`: a group's name that is also a given name, before a capitalised word, opens a
   * person's name (`a Christian denomination` stays the group).
   */
  private groupWordAsGivenName(ctx: SentenceContext, st: RunState): Step {
    const { p, b } = st;
    if (p >= b || !this.kb.firstNames.has(ctx.keys[p])) return false;
    if (
      !(this.plainUnknownWord(ctx, p + 1) || this.knownSurnameWord(ctx, p + 1)) ||
      this.titleAt(ctx, p + 1, b)
    )
      return false;
    if (!this.groupWordAt(ctx, p, b)) return false;
    st.unknownFrom = p;
    st.p++;
    return 'next';
  }

  /** Whether token `p` alone is a group's name of the dictionaries (`Islam`, `Christian`, `Democrats`). */
  private groupWordAt(ctx: SentenceContext, p: number, b: number): boolean {
    const name = this.nameAt(ctx, p, b);
    return !!name && name.last === p && this.kb.actor(name.ids[0])?.type === 'NORP';
  }

  /**
   * A demonym ends an unknown name before it (`Senior Hungarian` is `Senior` + `Hungarian`), but
   * not after a connector (`Daughters of the American Revolution`). `and` is no such connector:
   * `Jimenez and Swede Per-Ulrik Johansson` lists two names.
   */
  private takeDemonym(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    const { tokens } = ctx;
    const { p, b } = st;
    const afterConnector =
      st.unknownFrom >= 0 && this.isConnector(tokens[p - 1]) && tokens[p - 1].norm !== 'and';
    if (afterConnector) return false;
    const demonym = this.demonymAt(ctx, p, b);
    if (!demonym) return false;
    const longerName = this.nameAt(ctx, p, b);
    if (longerName && longerName.last > demonym.last) return false;
    // `Royal Canadian Navy`, `Imperial Japanese Army`, `Royal Malaysian Customs Department`: a word that
    // opens such names (lexicon `demonym-org-opener`; not `Former`, `Senior`), a demonym and capitalised
    // words ending in an organisation's head word are one name (rule `name.word+demonym+org`), not a
    // word, a people and a body.
    const restCapitalised = tokens.slice(demonym.last + 1, b + 1).every((t) => isUpperStart(t.text));
    const headType = this.kb.nameHeads.get(ctx.keys[b]);
    if (
      st.unknownFrom === p - 1 &&
      !st.role &&
      demonym.last < b &&
      this.demonymOrgOpeners.has(ctx.keys[p - 1]) &&
      (headType === 'ORG' || headType === 'LOC') &&
      restCapitalised
    ) {
      this.pushUnknownBy(ctx, p - 1, b, null, out, 'name.word+demonym+org');
      st.unknownFrom = -1;
      return 'stop';
    }
    // `the Tunisian General Labour Union`, `the Kenya Medical Association`: a demonym and two or more
    // capitalised words no dictionary knows, ending in the head word of a body that is no state's
    // (lexicon `civic-body-head`), are that body's own name (rule `name.demonym+body`); a ministry or an
    // army stays a people's (`Indonesian Health Ministry`).
    if (
      st.unknownFrom < 0 &&
      !st.role &&
      demonym.last + 2 <= b &&
      restCapitalised &&
      this.civicBodyHeads.has(ctx.keys[b]) &&
      !this.nameAt(ctx, demonym.last + 1, b)
    ) {
      this.pushUnknownBy(ctx, p, b, null, out, 'name.demonym+body');
      return 'stop';
    }
    this.flushUnknown(ctx, st, p - 1, out);
    // One name from the demonym to `last`: the rest of the run goes on after it.
    const takeWhole = (
      last: number,
      what: Pick<Candidate, 'type' | 'actorIds' | 'rules' | 'confidence'>,
    ): Step => {
      out.push(candidateOver(ctx.tokens, p, last, ctx.sentence.index, what));
      st.p = last + 1;
      return 'next';
    };
    const next = demonym.last < b && !st.role ? this.nameAt(ctx, demonym.last + 1, b) : null;
    const nextType = next ? this.kb.actor(next.ids[0])?.type : undefined;
    // `British Red Cross`, `American Civil Liberties Union`: a demonym before an organisation of the
    // dictionaries named in several words names that organisation's national branch, one name
    // (rule `name.demonym+org`).
    // So does one before a party's one word (`Scottish Labour`, `Welsh Conservatives`).
    const party = next ? this.kb.actor(next.ids[0])?.kind === 'party' : false;
    if (next && nextType === 'ORG' && (next.last > demonym.last + 1 || party))
      return takeWhole(next.last, {
        type: 'ORG',
        actorIds: next.ids,
        rules: ['name.demonym+org'],
        confidence: 0.85,
      });
    // `Swiss Alps`, `Canadian Rockies`: a demonym before a region or natural feature of the dictionaries
    // that ends the run (or comes before `and`) names that part of it, one place (rule
    // `name.demonym+place`); not a place all in the demonym's own country (`the Syrian Golan Heights`).
    const ownCountry =
      next !== null &&
      this.kb.actor(next.ids[0])?.country === this.kb.actor(demonym.candidate.actorIds[0])?.country;
    if (
      next &&
      nextType === 'LOC' &&
      !ownCountry &&
      (next.last === b || ctx.tokens[next.last + 1]?.norm === 'and')
    )
      return takeWhole(next.last, {
        type: 'LOC',
        actorIds: [],
        rules: ['name.demonym+place'],
        confidence: 0.8,
      });
    out.push(demonym.candidate);
    st.p = demonym.last + 1;
    return 'next';
  }

  /**
   * A name of the dictionaries at `st.p`: its own mention, or part of a longer name read around it
   * (a compass word, an unknown word, an organisation name it opens or completes).
   */
  private takeDictionaryName(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    const { p, b } = st;
    const name = this.nameAt(ctx, p, b);
    if (!name) return false;
    // `Turkish Defense Ministry`, listed whole by the Phoenix dictionaries: a demonym before a body every
    // country has is a mention of its own, as everywhere else (rule `name.country+generic-body`); not
    // before a party's or a union's name (`Nepali Congress`, `Canadian Labour Congress`).
    if (
      st.unknownFrom < 0 &&
      !st.role &&
      name.last === b &&
      this.stateBody(this.kb.actor(name.ids[0])) &&
      this.splitDemonymBeforeBody(ctx, p, b, out, name.ids)
    )
      return 'stop';
    if (townWordInCapitals(ctx, this.kb, p, name)) {
      this.flushUnknown(ctx, st, p - 1, out);
      st.role = null;
      st.p++;
      return 'next';
    }
    const place = this.kb.actor(name.ids[0]);
    // `Prince William County`, `Prince George's County`: a person's name (or any name in the possessive)
    // and a place's head word of government ending the run name a place named after it; a person's
    // name and any place's head word too (`Nelson Mandela Bay`, `Robert Mugabe Road`).
    // Heads may follow each other (`Nelson Mandela Bay Municipality`).
    const possessive = /^['’][sS]$/.test(ctx.tokens[name.last + 1]?.text ?? '');
    const headAfter = name.last + (possessive ? 2 : 1);
    const head = this.kb.nameHeads.get(ctx.keys[headAfter]);
    if (
      (place?.type === 'PERSON' || possessive) &&
      st.unknownFrom < 0 &&
      headAfter <= b &&
      (headAfter === b || (place?.type === 'PERSON' && this.allHeads(ctx, headAfter + 1, b))) &&
      (head === 'GPE' || (head === 'LOC' && place?.type === 'PERSON' && name.last > p)) &&
      isUpperStart(ctx.tokens[headAfter].text)
    ) {
      this.pushUnknown(ctx, p, b, st.role, out);
      return 'stop';
    }
    // `Chris Hani Baragwanath Academic Hospital`: a person the dictionaries know, then a few more words
    // that an organisation's head word ends the run with, is the institution named after that person.
    if (
      place?.type === 'PERSON' &&
      st.unknownFrom < 0 &&
      b > name.last + 1 &&
      b - name.last <= 3 &&
      this.kb.nameHeads.get(ctx.keys[b]) === 'ORG' &&
      ctx.tokens.slice(name.last + 1, b + 1).every((t) => isUpperStart(t.text))
    ) {
      this.pushUnknown(ctx, p, b, st.role, out);
      return 'stop';
    }
    const step =
      this.takeHeadFirstThroughName(ctx, st, name, out) ||
      this.takeRomancePlace(ctx, st, name, place, out) ||
      this.takeCompassPlace(ctx, st, name, place, out) ||
      this.takeRegionPair(ctx, st, name, place, out) ||
      this.takeCityTeam(ctx, st, name, place, out) ||
      this.continueUnknownThroughName(ctx, st, name, place, out) ||
      this.takeTitledSurname(ctx, st, name, place, out) ||
      this.takeGivenNameSurname(ctx, st, name, place, out) ||
      this.takePlaceSuffix(ctx, st, name, place, out) ||
      this.takeCompanyDivision(ctx, st, name, place, out) ||
      this.takeCompanyCountry(ctx, st, name, place, out) ||
      this.takeServiceOfCountry(ctx, st, name, place, out) ||
      this.takeQualifiedBody(ctx, st, name, place, out) ||
      this.takeRegionCompound(ctx, st, name, place, out);
    if (step) return step;
    // `Beaumont Hospital and St Vincent's University Hospital`: a town and an organisation's head word
    // before `and` are one name of a list.
    const headAt = name.last + 1;
    if (
      place?.type === 'GPE' &&
      place.kind !== 'country' &&
      st.unknownFrom < 0 &&
      headAt + 1 < b &&
      this.kb.nameHeads.get(ctx.keys[headAt]) === 'ORG' &&
      ctx.keys[headAt + 1] === 'and' &&
      isUpperStart(ctx.tokens[headAt].text)
    ) {
      this.pushUnknown(ctx, p, headAt, st.role, out);
      return this.moveOn(st, headAt + 1);
    }
    // `Romario Grant, 29`: a person the dictionaries know by one word, then one unknown word ending the
    // run, is someone else bearing that word as a given name (rule `name.mononym+surname`).
    if (
      st.unknownFrom < 0 &&
      !st.role &&
      !ctx.titleCase &&
      !ctx.allCaps &&
      place?.type === 'PERSON' &&
      // known by one word (`Romário`, `Pelé`), not the surname of a person named in full (`Warhol Polaroids`)
      !/\s/.test(place.names[0] ?? ' ') &&
      name.last === p &&
      name.last + 1 === b &&
      this.plainUnknownWord(ctx, b) &&
      !this.kb.firstNames.has(ctx.keys[b]) &&
      // a proper noun, or a word the sentence goes on after (`Romario Grant, 29`), not `Obama Speaks.`
      (ctx.tokens[b].pos === 'PROPN' ||
        (b < ctx.sentence.lastToken && !/^[.!?]$/.test(ctx.tokens[b + 1].text)))
    ) {
      this.pushUnknownBy(ctx, p, b, null, out, 'name.mononym+surname');
      out[out.length - 1].gender = place.gender ?? null;
      return 'stop';
    }
    if (st.unknownFrom < 0 && place?.type === 'ORG' && this.fieldAfterKnownBody(ctx, name.last, b)) {
      this.pushUnknownBy(ctx, p, b, st.role, out, 'name.known-body+for');
      return 'stop';
    }
    if (this.headedBeyond(ctx, name.last, b)) {
      // `United States Navy`, `Walt Disney Company`: the name is part of a longer organisation
      // name, with the unknown words before it, unless those are a person's whole name
      // (`Jack Alter Fort Lee Community Center`). A middle initial ends no whole name: the surname is
      // the known word (`Michael J. Fox Foundation`).
      if (
        st.unknownFrom >= 0 &&
        this.isPersonName(ctx, st.unknownFrom, p - 1) &&
        !/^[A-Z]\.$/.test(ctx.tokens[p - 1].text)
      )
        this.flushUnknown(ctx, st, p - 1, out);
      this.pushUnknown(ctx, st.unknownFrom >= 0 ? st.unknownFrom : p, b, st.role, out);
      return 'stop';
    }
    this.flushUnknown(ctx, st, p - 1, out);
    out.push(this.nameMention(ctx, p, name.last, name.ids, st.role));
    return this.moveOn(st, name.last + 1);
  }

  /**
   * `Calle Las Palmas`, `Villa El Salvador`, `Colonia Roma`: a head word written first (lexicon
   * `head-first`) right before a name of the dictionaries that ends the run names one place or body
   * after it (rule `name.head-first+name`), not the head word and the known name; so does a head word
   * the dictionaries know alone before unknown words (`Cerro Patacón`).
   */
  private takeHeadFirstThroughName(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    out: Candidate[],
  ): Step {
    const { tokens } = ctx;
    const { p, b } = st;
    // `Cerro Patacón`: a head word the dictionaries know as a place on its own (a Cuban town), then
    // unknown capitalised words that end the run.
    const own = this.headFirst.get(ctx.keys[p]);
    const ownType = this.kb.actor(name.ids[0])?.type;
    const placeAlone = ownType === 'GPE' || ownType === 'LOC';
    if (own && placeAlone && st.unknownFrom < 0 && name.last === p && p < b && !this.nameAt(ctx, p + 1, b)) {
      for (let k = p + 1; k <= b; k++)
        if (!/^\p{Lu}\p{Ll}/u.test(tokens[k].text) || this.isConnector(tokens[k])) return false;
      out.push(
        candidateOver(tokens, p, b, ctx.sentence.index, {
          type: own,
          actorIds: [],
          role: st.role ? { start: st.role.start, end: st.role.end } : null,
          rules: ['name.head-first+name'],
          confidence: 0.8,
        }),
      );
      return this.moveOn(st, b + 1);
    }
    const head = p - 1;
    if (head < 0 || st.unknownFrom !== head || name.last !== b || !/^\p{Lu}\p{Ll}/u.test(tokens[head].text))
      return false;
    const type = this.headFirst.get(ctx.keys[head]);
    if (!type || tokens[p].start - tokens[head].end !== 1) return false;
    out.push(
      candidateOver(tokens, head, b, ctx.sentence.index, {
        type,
        actorIds: [],
        role: st.role ? { start: st.role.start, end: st.role.end } : null,
        rules: ['name.head-first+name'],
        confidence: 0.8,
      }),
    );
    st.unknownFrom = -1;
    return this.moveOn(st, b + 1);
  }

  /**
   * `San Pedro de Atacama`, `Cerro de la Estrella`, `Santiago de Chile`: a place of the dictionaries, or
   * a head word written first (lexicon `head-first`), then `de`, `del`, `da`, `do`, `dos` (with an
   * article: `de la`, `de los`) and capitalised words, is one place named the Spanish, Portuguese or
   * Italian way (rule `name.place+de`), not a place and a person. Not before a person the dictionaries
   * know (`in Geneva de Mistura said`).
   */
  private takeRomancePlace(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    place: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { tokens } = ctx;
    const { p, b, role } = st;
    if (st.unknownFrom >= 0) return false;
    // Towns of the countries that name places so (`in Geneva de Mistura said` is two names).
    const placeType =
      place &&
      place.kind !== 'country' &&
      (place.type === 'GPE' || place.type === 'LOC') &&
      ROMANCE_NAMING.has(place.country ?? '')
        ? place.type
        : undefined;
    const type = this.headFirst.get(ctx.keys[p]) ?? placeType;
    let k = name.last + 1;
    if (!type || k > b || !ROMANCE_OF.has(tokens[k].text)) return false;
    k++;
    if (k <= b && ROMANCE_ARTICLES.has(tokens[k].text)) k++;
    let end = k - 1;
    while (end < b && /^\p{Lu}\p{Ll}/u.test(tokens[end + 1].text) && !this.isConnector(tokens[end + 1]))
      end++;
    if (end < k) return false;
    const after = this.nameAt(ctx, k, end);
    if (after && this.kb.actor(after.ids[0])?.type === 'PERSON') return false;
    out.push(
      candidateOver(tokens, p, end, ctx.sentence.index, {
        type,
        actorIds: [],
        role: role ? { start: role.start, end: role.end } : null,
        rules: ['name.place+de'],
        confidence: 0.8,
      }),
    );
    return this.moveOn(st, end + 1);
  }

  /**
   * `Asia-Pacific`, `Asia Pacific`, `Euro-Mediterranean`: two regions of the dictionaries side by side
   * (or joined by a tight hyphen) name one region (rule `name.region+region`).
   */
  private takeRegionPair(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    place: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { tokens } = ctx;
    const { p, b } = st;
    if (st.unknownFrom >= 0 || place?.type !== 'LOC' || name.last >= b) return false;
    const hyphen = tokens[name.last + 1];
    const tight = hyphen.text === '-' && hyphen.start === tokens[name.last].end;
    const second = tight ? name.last + 2 : name.last + 1;
    if (second > b || (tight && tokens[second].start !== hyphen.end)) return false;
    const other = this.nameAt(ctx, second, b);
    if (!other || this.kb.actor(other.ids[0])?.type !== 'LOC') return false;
    out.push(
      candidateOver(tokens, p, other.last, ctx.sentence.index, {
        type: 'LOC',
        actorIds: [],
        rules: ['name.region+region'],
        confidence: 0.75,
      }),
    );
    return this.moveOn(st, other.last + 1);
  }

  /** `Southern Indiana`, `East Java`: a compass word before a place names part of that place. */
  private takeCompassPlace(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    place: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { tokens } = ctx;
    const { p } = st;
    // `Eastern Mediterranean`, `West Africa`: with a region (a continent, a sea), one region
    // (rule `name.compass+region`).
    const region = place?.type === 'LOC';
    if (
      st.unknownFrom !== p - 1 ||
      !COMPASS.has(ctx.keys[p - 1]) ||
      (place?.type !== 'GPE' && !region) ||
      place?.kind === 'country'
    )
      return false;
    // `East Gippsland Shire Council`, `South Jakarta District Court`: the place's council or court is one
    // body.
    if (this.councilEnds(ctx, name.last + 1, st.b) || this.bodyEnds(ctx, name.last + 1, st.b)) {
      this.pushUnknown(ctx, p - 1, st.b, st.role, out);
      return 'stop';
    }
    out.push(
      candidateOver(tokens, p - 1, name.last, ctx.sentence.index, {
        type: region ? 'LOC' : 'GPE',
        actorIds: [],
        rules: [region ? 'name.compass+region' : 'name.compass+place'],
        confidence: 0.75,
      }),
    );
    st.unknownFrom = -1;
    return this.moveOn(st, name.last + 1);
  }

  /** Tokens `from..b` are capitalised words that an organisation's head word ends (`District Court`). */
  private bodyEnds(ctx: SentenceContext, from: number, b: number): boolean {
    if (from > b || this.kb.nameHeads.get(ctx.keys[b]) !== 'ORG') return false;
    for (let k = from; k <= b; k++)
      if (!/^\p{Lu}\p{Ll}/u.test(ctx.tokens[k].text) || this.isConnector(ctx.tokens[k])) return false;
    return true;
  }

  /** Tokens `from..b` are a local council's designators and head (`Shire Council`, `District Council`). */
  private councilEnds(ctx: SentenceContext, from: number, b: number): boolean {
    if (from > b || !this.councilHeads.has(ctx.keys[b])) return false;
    for (let k = from; k < b; k++) if (!this.councilWords.has(ctx.keys[k])) return false;
    return true;
  }

  /**
   * `Ms. Shell`, `Rep. Target`, `President Ford`: a person's title before one word the dictionaries know
   * as a company or a paper, ending the run, makes that word a surname (rule `name.title+known-word`).
   */
  private takeTitledSurname(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    place: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { p, b, role } = st;
    if (!role || st.unknownFrom >= 0 || name.last !== p) return false;
    // the word ends the name (`Ms. Shell and Rep. Target`), not `Rep. Target Corporation`; a double
    // surname may end it (`Ms Bayer Rosmarin`)
    const last = this.surnameAfterKnownWord(ctx, p, b) ? p + 1 : p;
    if (last < b && isUpperStart(ctx.tokens[last + 1].text)) return false;
    if (place?.type !== 'ORG' || (place.kind !== 'company' && place.kind !== 'media')) return false;
    if (!/^[A-Z][a-z]+$/.test(ctx.tokens[p].text)) return false;
    this.pushUnknownBy(ctx, p, last, role, out, 'name.title+known-word');
    return this.moveOn(st, last + 1);
  }

  /**
   * `Kelly Bayer Rosmarin`, `Ms Bayer Rosmarin`: after a word the dictionaries know as a company, one
   * capitalised word they do not know, ending the run, is the second half of a double surname (a name
   * of the dictionaries or a head word there opens a name of its own: `Goldman Sachs`, `Shell Plc`).
   */
  private surnameAfterKnownWord(ctx: SentenceContext, p: number, b: number): boolean {
    const next = ctx.tokens[p + 1];
    if (p >= b || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || next.start !== ctx.tokens[p].end + 1) return false;
    if (p + 1 < b && isUpperStart(ctx.tokens[p + 2].text)) return false;
    return (
      !this.nameAt(ctx, p + 1, b) && !this.kb.nameHeads.has(ctx.keys[p + 1]) && !this.titleAt(ctx, p + 1, b)
    );
  }

  /**
   * A dictionary name that belongs to the unknown name being read: a one-word place glued to it
   * (`Valeska Paris`), a name after `El-`/`Al-` (`Mohamed El-Hassan Mohamed`), a place after `of` in a
   * name headed by an organisation word (`University of North Carolina`, `Bank of New York`).
   */
  private continueUnknownThroughName(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    place: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { tokens } = ctx;
    const { p, unknownFrom } = st;
    if (unknownFrom < 0) return false;
    // `William Boeing`, `Jack London`, `Bruno Mars`: a given name alone, then one word the dictionaries
    // know as a company, a town or a region, ending the run, is a person's name (rule
    // `name.given-name+known-word`).
    // `Michael J. Fox`, `Christine Blasey Ford`: a middle initial or name between them; before a town,
    // a second given name (`Maria Elena Lima`).
    const middle =
      unknownFrom === p - 2 &&
      (/^[A-Z]\.$/.test(tokens[p - 1].text) ||
        place?.type === 'ORG' ||
        (place?.type === 'GPE' && this.kb.firstNames.has(ctx.keys[p - 1])));
    const gender =
      unknownFrom === p - 1 || middle ? this.kb.firstNames.get(ctx.keys[unknownFrom]) : undefined;
    // A given name of either sex (`Harrison`, `Dana`) before a company's one word (`Ford`, `Fox`).
    const company = place?.type === 'ORG' && (place.kind === 'company' || place.kind === 'media');
    // The word ends the name, or a generational suffix does (`Henry Ford II`); `and` may go on to
    // another name (`Dana Fox and Meta Gonzalez`).
    // `Mary Anderson-Smith`: a double surname glued by its hyphen goes on after the known word.
    const doubled =
      tokens[p + 1]?.text === '-' &&
      tokens[p + 1].start === tokens[p].end &&
      tokens[p + 2]?.start === tokens[p + 1].end &&
      /^\p{Lu}\p{Ll}/u.test(tokens[p + 2].text);
    // `Kelly Bayer Rosmarin`: a double surname whose first half is a company's word.
    const secondSurname = !doubled && company && !middle && this.surnameAfterKnownWord(ctx, p, st.b);
    const suffix = doubled ? 2 : p < st.b && (GENERATIONAL.test(tokens[p + 1].text) || secondSurname) ? 1 : 0;
    const ends = p + suffix === st.b || !isUpperStart(tokens[p + suffix + 1]?.text ?? '');
    // `police spokesman Abdifatah Adan Hassan said`: a one-word name of a person the dictionaries know,
    // after two plain capitalised words no dictionary knows, no head word and no known given name, ends
    // that person's name (one such word, or two after a title, read as `name.given-name+known-surname`:
    // `Erling Haaland`, `Mayor Chokwe Antar Lumumba`).
    const personsWord =
      !st.role &&
      place?.type === 'PERSON' &&
      name.last === p &&
      name.last === st.b &&
      p - unknownFrom === 2 &&
      !this.kb.firstNames.has(ctx.keys[unknownFrom]) &&
      tokens.slice(unknownFrom, p).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) &&
      !this.hasHead(tokens, unknownFrom, p - 1);
    if (
      (gender === 'm' || gender === 'f' || (gender === 'u' && company) || personsWord) &&
      name.last === p &&
      ends &&
      (personsWord ||
        place?.type === 'ORG' ||
        place?.type === 'LOC' ||
        (place?.type === 'GPE' && place.kind !== 'country' && place.kind !== 'region'))
    ) {
      this.pushUnknownBy(ctx, unknownFrom, p + suffix, st.role, out, 'name.given-name+known-word');
      st.role = null;
      st.unknownFrom = -1;
      st.p = p + suffix + 1;
      return 'next';
    }
    // `Social Democratic Party`, `Progressive Conservative Party`: capitalised words before a party's
    // name make the longer name of another party (rule `name.words+known-body`); words that say where a
    // party stands are left out before them (`Opposition Social Democratic Party leader`; lexicon
    // `party-descriptor`).
    let partyFrom = unknownFrom;
    while (partyFrom < p && this.partyDescriptors.has(tokens[partyFrom].norm)) partyFrom++;
    if (
      partyFrom < p &&
      place?.type === 'ORG' &&
      name.last > p &&
      // `Social Democratic Alliance` beside South Africa's `Democratic Alliance`: a party's head word
      (ctx.keys[name.last] === 'party' ||
        (place.kind === 'party' && this.kb.nameHeads.get(ctx.keys[name.last]) === 'ORG')) &&
      (name.last === st.b || !isUpperStart(tokens[name.last + 1].text)) &&
      !this.isPersonName(ctx, partyFrom, p - 1) &&
      tokens
        .slice(partyFrom, p)
        .every((t) => /^[A-Z][a-z]+$/.test(t.text) && !this.titleModifiers.has(t.norm))
    ) {
      this.pushUnknownBy(ctx, partyFrom, name.last, st.role, out, 'name.words+known-body');
      st.role = null;
      st.unknownFrom = -1;
      return this.moveOn(st, name.last + 1);
    }
    const glued = name.last === p && tokens[p].start - tokens[p - 1].end <= 1;
    if (glued && place?.type === 'GPE') return this.continueThroughPlace(ctx, st, name.last, out);
    if (tokens[p - 1].text === '-' && p >= 2 && this.isNamePrefix(tokens, p - 2)) {
      st.p = name.last + 1;
      return 'next';
    }
    const ofAt = tokens[p - 1]?.norm === 'the' ? p - 2 : p - 1;
    // (`University of Strathclyde`: one word the dictionaries give a person, a peer's title, ending the
    // run after an organisation's head is the place it names.)
    const titleWord = place?.type === 'PERSON' && name.last === p && p === st.b && ofAt === p - 1;
    // (`Ministry of Labour`: a party named by one ordinary word is the field of the body.)
    const fieldWord = place?.kind === 'party' && name.last === p && ofAt === p - 1;
    if (
      ofAt > unknownFrom &&
      /^(of|for)$/.test(tokens[ofAt].norm) &&
      (place?.type === 'GPE' || place?.type === 'LOC' || titleWord || fieldWord) &&
      (this.hasHead(tokens, unknownFrom, ofAt) || this.placeHeadOf(ctx, unknownFrom, ofAt))
    ) {
      return this.continueThroughPlace(ctx, st, name.last, out);
    }
    return false;
  }

  /**
   * The unknown name goes on through a place (`Bank of England`, `City of New York`), unless a title
   * or a person's name follows the place: that ends the name there (`Bank of England Governor Andrew
   * Bailey`, `Mayor of the City of New York Eric Adams`).
   */
  private continueThroughPlace(ctx: SentenceContext, st: RunState, last: number, out: Candidate[]): Step {
    const rest = last + 1;
    if (rest <= st.b && (this.titleAt(ctx, rest, st.b) || this.isPersonName(ctx, rest, st.b))) {
      this.pushUnknown(ctx, st.unknownFrom, last, st.role, out);
      st.role = null;
      st.unknownFrom = -1;
    }
    st.p = rest;
    return 'next';
  }

  /**
   * `Sacramento Kings`, `Ottawa Senators`, `Carolina Hurricanes`: a town's or state's name and one
   * capitalised plural ending the run name a team, an organisation (rule `type.city-team`); not an
   * event, a text, a place or a group of people (`Geneva Conventions`, `Florida Keys`, `Kyiv Residents`:
   * lexicon `not-team-plural`, the agents) nor a place or body word.
   */
  private takeCityTeam(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    place: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { tokens, keys } = ctx;
    const team = name.last + 1;
    if (st.unknownFrom >= 0 || team !== st.b || place?.type !== 'GPE' || place.kind === 'country')
      return false;
    const word = tokens[team];
    if (!/^[A-Z][a-z]+s$/.test(word.text) || !ENGLISH_PLURAL.test(word.norm)) return false;
    // `Texas Democrats`, `Gaza Palestinians`: the place and a group of its people, not a team.
    if (PEOPLE_PLURAL.test(word.norm)) {
      out.push(this.nameMention(ctx, st.p, name.last, name.ids, st.role));
      out.push(
        candidateOver(tokens, team, team, ctx.sentence.index, {
          type: 'NORP',
          actorIds: [],
          rules: ['type.place+people'],
          confidence: 0.7,
        }),
      );
      return this.moveOn(st, team + 1);
    }
    if (
      this.kb.nameHeads.has(keys[team]) ||
      this.kb.demonyms.has(keys[team]) ||
      this.kb.titles.byKey.has(keys[team]) ||
      this.placeSuffixes.has(keys[team]) ||
      this.notTeamPlurals.has(keys[team]) ||
      this.kb.agents.byKey.get(keys[team])?.some((a) => CIVILIAN_SECTORS.has(a.code.slice(0, 3))) ||
      this.nameAt(ctx, team, team) ||
      // `Quincy Jones`, `Taylor Williams`: a town named like a given name, then a surname ending in s,
      // unless the word is a team's nickname.
      (name.last === st.p && this.townAsGivenName(ctx, st.p, place) && !this.kb.teamNicknames.has(keys[team]))
    )
      return false;
    out.push(
      candidateOver(tokens, st.p, team, ctx.sentence.index, {
        type: 'ORG',
        actorIds: [],
        rules: ['type.city-team'],
        confidence: 0.7,
      }),
    );
    return this.moveOn(st, team + 1);
  }

  /**
   * `Apple and Acme Group`, `Nvidia and Counterpoint Research`: the tokens before the `and` at token `and`
   * end with the whole name of a company or a person of the dictionaries, which does not go on through
   * it: `and` starts another name, whatever head ends that one. A body's or a place's name may take `and`
   * in (`Department of Health and Human Services`, `University of Sheffield of the UK and ...`), so only a
   * company's or a person's name ends there.
   */
  private companyOrPersonBeforeAnd(ctx: SentenceContext, i: number, and: number): boolean {
    // The run may open with a word that is no part of the name (`Shares of Anglo American and ...`).
    let from = i;
    let known = this.nameAt(ctx, from, and - 1);
    while (known?.last !== and - 1 && ++from < and) known = this.nameAt(ctx, from, and - 1);
    if (!known || known.last !== and - 1) return false;
    if ((this.nameAt(ctx, from, ctx.sentence.lastToken)?.last ?? 0) > and) return false;
    const actor = this.kb.actor(known.ids[0]);
    if (!actor) return false;
    if (actor.type === 'PERSON') return true;
    return (
      actor.type === 'ORG' &&
      (actor.kind === 'company' ||
        actor.kind === 'media' ||
        actor.roles.some((r) => r.code.startsWith('MNC')))
    );
  }

  /**
   * A one-word name of a company, a town or a person at `k` (`Swift`, `Boeing`, `London`, `Bazoum`), which
   * may be a surname.
   */
  private knownSurnameWord(ctx: SentenceContext, k: number): boolean {
    if (!/^[A-Z][a-z]+$/.test(ctx.tokens[k].text)) return false;
    const name = this.nameAt(ctx, k, k);
    const actor = name ? this.kb.actor(name.ids[0]) : undefined;
    return (
      actor?.type === 'ORG' ||
      actor?.type === 'PERSON' ||
      (actor?.type === 'GPE' && actor.kind !== 'country' && actor.kind !== 'region')
    );
  }

  /**
   * A one-word town (no region) whose name is also a common given name (`Mason`, `Taylor`): on the
   * lexicon's `town-given-name` list (the given-name list would take the town out of the gazetteer) or
   * on the given-name list with a gender; or a country on the lexicon's `country-given-name` list
   * (`Jordan`, `Chad`).
   */
  private townAsGivenName(ctx: SentenceContext, p: number, place: Actor | undefined): boolean {
    if (place?.kind === 'country') return this.countryGivenNames.has(ctx.keys[p]);
    if (place?.type !== 'GPE' || place.kind === 'region') return false;
    const gender = this.kb.firstNames.get(ctx.keys[p]);
    return this.townGivenNames.has(ctx.keys[p]) || gender === 'm' || gender === 'f';
  }

  /**
   * `Albert Jaquier`: a one-word person of the dictionary (a king, `Albert`) followed by a surname no
   * dictionary knows is someone else of that given name. So is a given name that is also a town's
   * (`Minister Roman Jagielinski`) after a title.
   */
  private takeGivenNameSurname(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    place: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { tokens } = ctx;
    const { p, b, role } = st;
    const givenAfterTitle = !!role && place?.type !== 'PERSON' && this.kb.firstNames.has(ctx.keys[p]);
    if (st.unknownFrom >= 0 || name.last !== p) return false;
    const townGiven = !givenAfterTitle && this.townAsGivenName(ctx, p, place);
    // A person the dictionaries know by one word counts when that word is a given name (`Albert`), not
    // a surname (`Scholz Wins German Election`).
    // So does a company's one word that is a given name (`Meta Gonzalez`).
    const givenGender = this.kb.firstNames.get(ctx.keys[p]);
    const givenPerson =
      (place?.type === 'PERSON' && givenGender !== undefined) ||
      (place?.type === 'ORG' && name.last === p && (givenGender === 'm' || givenGender === 'f'));
    if (!givenPerson && !givenAfterTitle && !townGiven) return false;
    // `Frederick H. Joseph`, `Allen I. Questrom`: a middle initial between the given name and the surname.
    const g = p + 2 <= b && /^\p{Lu}\.$/u.test(tokens[p + 1].text) ? p + 1 : p;
    let last = g;
    while (last < Math.min(b, g + 2) && this.plainUnknownWord(ctx, last + 1)) last++;
    // `Albert van Zetten`, `Ellen ap Gwynn`, `Maria da Silva`: a surname may open with lower-case
    // particles (lexicon `surname-particle`), for a given name of the dictionaries too.
    if (last === g && !townGiven) {
      let k = g + 1;
      while (k < b && k <= g + 2 && this.surnameParticles.has(tokens[k].text)) k++;
      if (k > g + 1 && k <= b && this.plainUnknownWord(ctx, k)) last = k;
    }
    // `Taylor Swift`: the surname may be a one-word name the dictionaries know, ending the run.
    if (last === g && townGiven && g + 1 === b && this.knownSurnameWord(ctx, b)) last = b;
    if (last === g) return false;
    // After a town's name, one surname only (`Parker Solar Probe` names a thing), or two after an
    // office in lower case (`INE president Guadalupe Taddei Zavala`).
    const office = p > ctx.sentence.firstToken && /^[a-z]/.test(tokens[p - 1].text);
    if (townGiven && last > g + 1 && !(office && this.kb.titles.byKey.has(ctx.keys[p - 1]))) return false;
    // `Alexandria Ocasio-Cortez`: a hyphen glued on both sides joins the surname's second part.
    const hyphen = tokens[last + 1];
    if (
      last + 2 <= b &&
      hyphen.text === '-' &&
      hyphen.start === tokens[last].end &&
      tokens[last + 2].start === hyphen.end
    )
      last += 2;
    // `Mason Rudolph`, `Taylor Fritz`: a town's name that is a common given name, then a surname, is
    // a person, unless an organisation or place word follows or a place cue comes before (`in`, `near`).
    const after = last < b ? ctx.keys[last + 1] : '';
    // The name must also end the run (`Charlotte Motor Speedway`, `Parker Solar Probe` name things).
    // `Frederick Fung of ADPL`, `of the Labour Party`: a person of a body goes on with `of` (not `Austin
    // Energy of Texas`); a list with `and` (`Stella Okoro and Ada Eze`).
    const ofBody =
      after === 'of' && (ctx.keys[last + 2] === 'the' || /^[A-Z]{2,}$/.test(tokens[last + 2]?.text ?? ''));
    // `Orlando East`, `Jackson Township`: a compass word or a division's after a town is no surname.
    if (
      townGiven &&
      ((last < b && !ofBody && after !== 'and') ||
        COMPASS_POINTS.has(ctx.keys[last]) ||
        ADMIN_DIVISION.test(ctx.keys[last]) ||
        this.kb.nameHeads.has(after) ||
        this.placeCues.has(ctx.tokens[p - 1]?.norm ?? ''))
    )
      return false;
    out.push({
      start: tokens[p].start,
      end: tokens[last].end,
      first: p,
      last,
      sentence: ctx.sentence.index,
      kind: 'name',
      type: 'PERSON',
      actorIds: [],
      role: role ? { start: role.start, end: role.end } : null,
      titleKey: role?.title.key ?? null,
      gender: role?.title.gender ?? place?.gender ?? null,
      rules: [
        givenAfterTitle
          ? 'name.title+given-name+surname'
          : townGiven
            ? 'name.town-given-name+surname'
            : 'name.given-name+surname',
      ],
      confidence: 0.75,
    });
    return this.moveOn(st, last + 1);
  }

  /**
   * `Kowloon West` names a district only when the town is a place of the dictionaries beyond the
   * town list and no given name (`Kanye West` is a person, though a town is called Kanye), or a
   * place word comes before it (`in Kowloon West`); never after a title nor before a speech verb.
   */
  private compassPart(ctx: SentenceContext, st: RunState, name: DictionaryName, suffix: number): boolean {
    const { tokens } = ctx;
    const after = tokens[suffix + 1];
    if (st.role || (after?.sentence === ctx.sentence.index && this.speechVerbs.has(after.norm))) return false;
    const before = tokens[st.p - 1];
    if (before?.sentence === ctx.sentence.index && this.placeCues.has(before.norm)) return true;
    const known = name.ids.some((id) => this.kb.actor(id)?.source !== 'cities.tsv');
    return known && !this.kb.firstNames.has(ctx.keys[st.p]);
  }

  /**
   * `Hampshire Constabulary`, `Yorkshire Water`, `Somerset House`: a region of the dictionaries opening a
   * run of capitalised words in running text names something longer named after it, one name (rule
   * `name.region+word`), not the region and a second name. Not before a title (`Texas Governor Greg
   * Abbott`) or a given name, nor before a noun (`Texas Energy officials`), nor in a heading, where every
   * word is capitalised.
   */
  private takeRegionCompound(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    place: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { p, b } = st;
    if (place?.kind !== 'region' || st.unknownFrom >= 0 || name.last >= st.b || ctx.titleCase || ctx.allCaps)
      return false;
    const next = name.last + 1;
    const word = ctx.tokens[next];
    // `in Texas Monday`, `Ohio November 3`: a day or a month after the region is when, not a name.
    for (let k = next; k <= b; k++)
      if (this.notNameKind(ctx.tokens, k) || /\d/.test(ctx.tokens[k].text)) return false;
    // After a preposition of place the region is where (`In Texas Smith won`), unless a head word
    // names a body or a building of it (`in Hampshire Constabulary's area`).
    const before = ctx.keys[p - 1] ?? '';
    if (
      /^(?:in|at|from|to|across|near|into|around|throughout|outside)$/.test(before) &&
      !ctx.keys.slice(next, b + 1).some((k) => this.kb.nameHeads.has(k))
    )
      return false;
    if (
      !/^[A-Z][a-z]/.test(word.text) ||
      this.isConnector(word) ||
      this.kb.firstNames.has(ctx.keys[next]) ||
      this.nameAt(ctx, next, b)
    )
      return false;
    // `Greater Accra Regional Minister Henry Quartey`: a title in the run is a role of the region's.
    for (let k = next; k <= b; k++) if (this.titleAt(ctx, k, b)) return false;
    // `Texas Energy officials`: before a noun the capitalised words are that noun's modifiers; but a
    // state's `State` is its university's name (`a Kansas State linebacker`).
    const after = ctx.tokens[b + 1];
    if (
      after?.sentence === ctx.sentence.index &&
      after.pos === 'NOUN' &&
      /^[a-z]/.test(after.text) &&
      !(b === next && word.text === 'State')
    )
      return false;
    this.pushUnknown(ctx, p, b, st.role, out);
    out[out.length - 1].rules.push('name.region+word');
    return 'stop';
  }

  /**
   * `GE Healthcare`, `Boeing Defense`, `Pixar Animation`: an organisation of the dictionaries and the
   * division words after it (lexicon `company-division`) are one organisation, the company's part
   * (rule `name.company+division`); its actor stays the company's.
   */
  private takeCompanyDivision(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    company: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { tokens } = ctx;
    const { b, role } = st;
    if (st.unknownFrom >= 0 || company?.type !== 'ORG' || role) return false;
    let end = name.last;
    while (end < b && this.companyDivisions.has(ctx.keys[end + 1]) && isUpperStart(tokens[end + 1].text))
      end++;
    // The words end the run or come before `and` (`Bayer Pharmaceuticals and Pixar Animation`); a longer
    // name is read as a whole (`GE Healthcare Life Sciences Unit`).
    if (end === name.last || (end < b && tokens[end + 1].norm !== 'and')) return false;
    return this.takeCompanyPart(ctx, st, end, name.ids, 'name.company+division', 0.85, out);
  }

  /** The company's part or branch from `st.p` to `end`, one organisation with the company's actor. */
  private takeCompanyPart(
    ctx: SentenceContext,
    st: RunState,
    end: number,
    ids: string[],
    rule: string,
    confidence: number,
    out: Candidate[],
  ): Step {
    out.push(
      candidateOver(ctx.tokens, st.p, end, ctx.sentence.index, {
        type: 'ORG',
        actorIds: ids,
        role: null,
        rules: [rule],
        confidence,
      }),
    );
    return this.moveOn(st, end + 1);
  }

  /**
   * `ExxonMobil Guyana`, `Shell Nigeria`, `Samsung Electronics India`: a company of the dictionaries and
   * a country's name right after it, in one run, name the company's branch in that country, one
   * organisation (rule `name.company+country`), with a division's or an organisation's head word after
   * it (`Hess Guyana Exploration`); a broadcaster and a region name its service (`RNZ Pacific`).
   */
  private takeCompanyCountry(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    company: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { tokens, keys } = ctx;
    const { b, role } = st;
    const media = company?.kind === 'media';
    if (st.unknownFrom >= 0 || role || (company?.kind !== 'company' && !media) || name.last >= b)
      return false;
    if (ctx.titleCase || ctx.allCaps) return false;
    // A broadcaster's service or a company's arm for a region is one too (`RNZ Pacific`, `BBC Africa`,
    // `Sberbank Europe`, `Shell Africa`).
    const country = this.nameAt(ctx, name.last + 1, b);
    const where = country ? this.kb.actor(country.ids[0]) : undefined;
    const region = where?.type === 'LOC' && (media || where.kind === 'region');
    if (!country || !(where?.kind === 'country' || region)) return false;
    let end = country.last;
    while (
      end < b &&
      isUpperStart(tokens[end + 1].text) &&
      (this.companyDivisions.has(keys[end + 1]) || this.kb.nameHeads.get(keys[end + 1]) === 'ORG')
    )
      end++;
    return this.takeCompanyPart(ctx, st, end, name.ids, 'name.company+country', 0.8, out);
  }

  /**
   * `the Constitutional Court of Bosnia and Herzegovina`: one capitalised adjective before a body the
   * dictionaries know by its head word (`Court of Bosnia and Herzegovina`) names another, longer body.
   */
  private takeQualifiedBody(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    body: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { tokens, keys } = ctx;
    const { p, unknownFrom } = st;
    if (
      unknownFrom < 0 ||
      unknownFrom !== p - 1 ||
      body?.type !== 'ORG' ||
      this.kb.nameHeads.get(keys[p]) !== 'ORG'
    )
      return false;
    const word = tokens[unknownFrom];
    if (!/^\p{Lu}\p{Ll}+(?:al|ive|ary|ory|ic)$/u.test(word.text) || this.kb.demonyms.has(keys[unknownFrom]))
      return false;
    this.pushUnknown(ctx, unknownFrom, name.last, st.role, out);
    st.role = null;
    st.unknownFrom = -1;
    st.p = name.last + 1;
    return 'next';
  }

  /**
   * `Fisheries New Zealand`, `Biosecurity New Zealand`: one public service's word (lexicon `service-word`)
   * and a country or a region ending the run name the body; the typing reads it (`type.head-before-town`).
   */
  private takeServiceOfCountry(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    place: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { p, b, unknownFrom } = st;
    if (
      unknownFrom < 0 ||
      unknownFrom !== p - 1 ||
      name.last !== b ||
      name.last === p ||
      ctx.titleCase ||
      ctx.allCaps
    )
      return false;
    if (
      !this.serviceWords.has(ctx.keys[unknownFrom]) ||
      (place?.kind !== 'country' && place?.kind !== 'region')
    )
      return false;
    this.pushUnknown(ctx, unknownFrom, b, st.role, out);
    return 'stop';
  }

  /**
   * `Saratoga Springs`, `Taipei City`, `Kuwait City`: a place word after a place name makes one longer
   * place name (rule `name.place+suffix`).
   */
  private takePlaceSuffix(
    ctx: SentenceContext,
    st: RunState,
    name: DictionaryName,
    place: Actor | undefined,
    out: Candidate[],
  ): Step {
    const { tokens } = ctx;
    const { p, b, role } = st;
    const suffix = name.last + 1;
    // `Kowloon West`, `Leeds North`: a compass point after a town names a part of it (a district, a
    // constituency; rule `name.place+compass`), not a person called West.
    const compassWord = COMPASS_POINTS.has(ctx.keys[suffix]) && place?.kind !== 'country';
    const compass = compassWord && this.compassPart(ctx, st, name, suffix);
    if (
      st.unknownFrom >= 0 ||
      suffix > b ||
      // a region too (`Rift Valley Province`), for a suffix of its own
      !(place?.type === 'GPE' || (place?.type === 'LOC' && place.kind === 'region' && !compassWord)) ||
      // (a country's word before a suffix is its court's or office's: `U.S. District Judge`)
      (place.kind === 'country' && !compassWord) ||
      !(compassWord || this.placeSuffixes.has(ctx.keys[suffix])) ||
      // `West Bank City of Tulkarm`: `City of ...` is a name of its own; `Santa Ana City Council`
      // is an organisation.
      tokens[suffix + 1]?.norm === 'of' ||
      // (a title after it is the next person's: `Los Angeles County District Attorney George Gascon`)
      (suffix < b && this.kb.nameHeads.has(ctx.keys[suffix + 1]) && !this.titleAt(ctx, suffix + 1, b)) ||
      // (`Greenville City Councilwoman`, `Marquette City Manager`: `City` opens the title of the town's
      // official)
      // (or `District` the title of its attorney; `County` stays the place's before its officials:
      // `Maricopa County Attorney`)
      (ctx.keys[suffix] !== 'county' && (this.titleAt(ctx, suffix, b)?.last ?? suffix) > suffix) ||
      !isUpperStart(tokens[suffix].text)
    )
      return false;
    // `Sacramento County Sheriff's Office`, `Los Angeles County Sheriff's Department`: the county and a
    // title's office in the possessive are one body (rule `name.title-office`), no person named `'s Office`.
    const office = suffix < b ? this.titleAt(ctx, suffix + 1, b) : null;
    if (
      office &&
      /^['’][sS]$/.test(tokens[office.last + 1]?.text ?? '') &&
      office.last + 2 <= b &&
      this.kb.nameHeads.get(ctx.keys[office.last + 2]) === 'ORG'
    ) {
      out.push(
        candidateOver(tokens, p, office.last + 2, ctx.sentence.index, {
          type: 'ORG',
          actorIds: [],
          role: role ? { start: role.start, end: role.end } : null,
          rules: ['name.title-office'],
          confidence: 0.8,
        }),
      );
      return this.moveOn(st, office.last + 3);
    }
    if (compassWord && !compass) {
      // `Kanye West`: a town's name and a compass word that name no district are one unknown name.
      this.pushUnknown(ctx, p, suffix, role, out);
      return this.moveOn(st, suffix + 1);
    }
    // `Virginia Beach City`: a second suffix word goes on with the first (`San Francisco Bay Area` is a
    // name of its own, headed by `Area`).
    const end =
      !compass &&
      suffix < b &&
      this.placeSuffixes.has(ctx.keys[suffix + 1]) &&
      (this.titleAt(ctx, suffix + 1, b)?.last ?? suffix + 1) === suffix + 1
        ? suffix + 1
        : suffix;
    out.push(
      candidateOver(tokens, p, end, ctx.sentence.index, {
        type: 'GPE',
        actorIds: place.kind === 'country' || compass || end > suffix ? [] : name.ids,
        role: role ? { start: role.start, end: role.end } : null,
        rules: [compass ? 'name.place+compass' : 'name.place+suffix'],
        confidence: 0.8,
      }),
    );
    return this.moveOn(st, end + 1);
  }

  /**
   * `Officials said`, `Prosecutors allege`, `Witnesses saw`: a plural agent noun alone opening a
   * sentence is the group the lower-case word names, not a name (rule of the nominal, or nothing when
   * a bare plural of its sector names no group: `Researchers`). `Police Chief Ann Ray` is a longer run.
   */
  private takeOpeningAgent(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    const { p, b } = st;
    if (st.unknownFrom >= 0 || p !== b || ctx.titleCase || ctx.allCaps || !this.sentenceInitial(ctx, p))
      return false;
    if (!this.kb.agents.byKey.get(ctx.keys[p])?.some((a) => a.group)) return false;
    const agent = this.nominals.match(ctx, p, b);
    if (agent) out.push(this.nominals.build(ctx, p, agent.last, agent.agent, out));
    st.p = p + 1;
    return 'next';
  }

  /** A headline in title case: capitals say nothing, so only dictionary names and agents are taken. */
  private skipInTitleCase(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    if (!ctx.titleCase) return false;
    const agent = this.nominals.match(ctx, st.p, st.b);
    if (agent) {
      const nominal = this.nominals.build(ctx, st.p, agent.last, agent.agent, out);
      out.push(nominal);
      st.p = Math.max(agent.last, nominal.last) + 1;
      return 'next';
    }
    st.role = null;
    st.p++;
    return 'next';
  }

  /** `HOLD GHANA TO GOALLESS DRAW`: an unknown word in capitals ends the name (rule `caps.unknown-word`). */
  private cutUnknownWordInCapitals(ctx: SentenceContext, st: RunState, out: Candidate[]): Step {
    if (!unknownWordInCapitals(ctx, ctx.tokens[st.p])) return false;
    this.flushUnknown(ctx, st, st.p - 1, out);
    st.role = null;
    st.p++;
    return 'next';
  }

  /**
   * Tokens `from..to` are shaped like a person's whole name: two or three capitalised proper nouns
   * (`Lydia Buchtmann`), none of them a name head, a title, a demonym, a calendar word or a name of
   * the dictionaries.
   */
  private personShaped(ctx: SentenceContext, from: number, to: number): boolean {
    if (to - from < 1 || to - from > 2) return false;
    for (let k = from; k <= to; k++) {
      const t = ctx.tokens[k];
      const key = ctx.keys[k];
      if (!/^[A-Z][a-z]+(?:-[A-Za-z]+)?$/.test(t.text) || t.pos !== 'PROPN') return false;
      // `Robert Hall`: a head word that is a common surname may end a name after a known given name.
      const surnameHead =
        k === to && k > from && this.surnameHeads.has(key) && this.kb.firstNames.has(ctx.keys[from]);
      if (
        (this.kb.nameHeads.has(key) && !surnameHead) ||
        this.kb.titles.byKey.has(key) ||
        this.kb.demonyms.has(key) ||
        this.notNameKind(ctx.tokens, k) ||
        // A surname may be a town's or a company's name (`Sheldon Richardson`, `Tom Ford`).
        (this.nameAt(ctx, k, to) && !(k === to && k > from && this.knownSurnameWord(ctx, k)))
      )
        return false;
    }
    return true;
  }

  /** Tokens `from..to` look like one person's whole name: a given name and one or two more capitalised words. */
  private isPersonName(ctx: SentenceContext, from: number, to: number): boolean {
    if (to - from < 1 || to - from > 2 || !this.kb.firstNames.has(ctx.keys[from])) return false;
    for (let k = from; k <= to; k++) {
      const t = ctx.tokens[k];
      if (!isUpperStart(t.text) || this.isConnector(t) || this.kb.nameHeads.has(ctx.keys[k])) return false;
    }
    return true;
  }

  /** Whether `text` is a demonym or a dictionary name (`Beijing`, `American`). */
  private knownName(text: string): boolean {
    const key = nameKey(text);
    return this.kb.demonyms.has(key) || idsOf(this.kb.names, key).length > 0;
  }

  /** A capitalised word that no dictionary, title, head or demonym knows (a surname, most often). */
  /** Whether the capitalised words from `from` (to `last` at most) end in a place's head word (`Oak Point`). */
  private endsWithPlaceHead(ctx: SentenceContext, from: number, last: number): boolean {
    let k = from;
    while (k < last && isUpperStart(ctx.tokens[k + 1].text)) k++;
    const head = this.kb.nameHeads.get(ctx.keys[k]);
    return k > from && (head === 'LOC' || head === 'GPE');
  }

  /** A name of the dictionaries starting at `from..k - 1` goes on past the word at `k`, within `to`. */
  private knownAcross(ctx: SentenceContext, from: number, k: number, to: number): boolean {
    for (let h = from; h < k; h++) if ((this.nameAt(ctx, h, to)?.last ?? -1) > k) return true;
    return false;
  }

  /**
   * `in Memphis and Boston Children's Hospital`: after a place of the dictionaries and `and`, another
   * place of the dictionaries opens a second name (`Chicago Bridge and Iron Company` is one).
   */
  private opensPlaceName(ctx: SentenceContext, i: number, k: number): boolean {
    // `the Norfolk and Norwich University Hospital`: after `the`, the places name one body together.
    if (ctx.tokens[i - 1]?.norm === 'the') return false;
    const name = this.nameAt(ctx, k, ctx.sentence.lastToken);
    return !!name && this.kb.actor(name.ids[0])?.type === 'GPE';
  }

  /** Whether every word from `from` to `to` is a capitalised head word of names (`Bay Municipality`). */
  private allHeads(ctx: SentenceContext, from: number, to: number): boolean {
    for (let k = from; k <= to; k++)
      if (!isUpperStart(ctx.tokens[k].text) || !this.kb.nameHeads.has(ctx.keys[k])) return false;
    return true;
  }

  private plainUnknownWord(ctx: SentenceContext, k: number): boolean {
    const t = ctx.tokens[k];
    const key = ctx.keys[k];
    return (
      isUpperStart(t.text) &&
      // `Oğan`, `Łukasz`: letters beyond ASCII count.
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      !this.isConnector(t) &&
      !this.kb.nameHeads.has(key) &&
      !this.kb.titles.byKey.has(key) &&
      !this.kb.demonyms.has(key) &&
      !this.notNameKind(ctx.tokens, k) &&
      !this.nameAt(ctx, k, k)
    );
  }

  /**
   * A plural word (`Critics`, `Members`) before `of` in the run, that heads no name (`Friends` is no head);
   * or people acting for someone before `for` (`Lawyers for Heard`).
   */
  private pluralBeforeOf(ctx: SentenceContext, p: number, b: number): boolean {
    const { tokens, keys } = ctx;
    // `Lawyers for Heard said`: people acting for someone (`Lawyers for Justice in Libya` is rarer).
    const link = tokens[p + 1]?.norm;
    return (
      p < b &&
      (link === 'of' || (link === 'for' && ACTING_FOR.test(keys[p]))) &&
      /^[A-Z][a-z]+[^s'u]s$/.test(tokens[p].text) &&
      !this.kb.nameHeads.has(keys[p]) &&
      !this.kb.titles.byKey.has(keys[p])
    );
  }

  /** Whether tokens `from..to` end with a dictionary place (`New York` in `New York for ...`). */
  private endsWithPlace(ctx: SentenceContext, from: number, to: number): boolean {
    for (let k = Math.max(from, to - 3); k <= to; k++) {
      const name = this.nameAt(ctx, k, to);
      if (name?.last === to) {
        const type = this.kb.actor(name.ids[0])?.type;
        return type === 'GPE' || type === 'LOC';
      }
    }
    return false;
  }

  /** Whether a word of tokens `from..to` is an organisation or place head (`University`, `Bank`). */
  private hasHead(tokens: Token[], from: number, to: number): boolean {
    for (let k = from; k <= to; k++) {
      const head = this.kb.nameHeads.get(tokens[k].norm);
      if (head && head !== 'GPE') return true;
    }
    return false;
  }

  /**
   * Whether a short mixed-case word (`Fed`, `BoJ`) is written exactly as an organisation of the
   * dictionaries names itself (not a town: `Mao`, `Bo` are given names more often), or a deity (`God`).
   */
  private writtenAsKnown(key: string, text: string): boolean {
    if (!/[a-z]/.test(text) || !/^[A-Z]/.test(text)) return false;
    return idsOf(this.kb.names, key).some((id) => {
      const actor = this.kb.actor(id);
      return (actor?.type === 'ORG' || actor?.kind === 'deity') && actor.names.includes(text);
    });
  }

  /** Whether tokens `from..to` are exactly the name of a country of the dictionaries. */
  private countryFromTo(ctx: SentenceContext, from: number, to: number): boolean {
    const known = this.nameAt(ctx, from, to);
    return !!known && known.last === to && this.kb.actor(known.ids[0])?.kind === 'country';
  }

  /** The document's keys with accents taken off, when one from `i` to `limit` has any (else null). */
  private foldedKeys(ctx: SentenceContext, i: number, limit: number): string[] | null {
    let folded = this.foldedKeysByDoc.get(ctx.keys);
    if (folded === undefined) {
      let any = false;
      const keys = ctx.keys.map((k) => {
        const f = foldedKey(k);
        if (f !== undefined) any = true;
        return f ?? k;
      });
      folded = any ? keys : null;
      this.foldedKeysByDoc.set(ctx.keys, folded);
    }
    if (!folded) return null;
    // (a name is a few words long: the limit is often the sentence's end)
    for (let k = i; k <= Math.min(limit, i + 6); k++) if (folded[k] !== ctx.keys[k]) return folded;
    return null;
  }

  /** Tokens `from..to` are one place of the dictionaries (a town, a state, a country). */
  private placeFromTo(ctx: SentenceContext, from: number, to: number): boolean {
    const known = from <= to ? this.nameAt(ctx, from, to) : null;
    return known?.last === to && this.kb.actor(known.ids[0])?.type === 'GPE';
  }

  /**
   * `City of Santa Ana`, `Municipality of Livorno`: one place word and `of` before a dictionary place
   * name the place's own administration or area, one name.
   */
  private placeHeadOf(ctx: SentenceContext, from: number, ofAt: number): boolean {
    return ofAt === from + 1 && this.kb.nameHeads.get(ctx.keys[from]) === 'GPE';
  }

  /**
   * Whether a month word is cut from its run: next to a number, standing alone, or opening the run,
   * unless it is a given name of the lists before a surname (`Jan Ullrich`).
   */
  private monthCut(ctx: SentenceContext, p: number, a: number, b: number): boolean {
    const { tokens } = ctx;
    const near = (k: number) => k >= 0 && k < tokens.length && /^\d/.test(tokens[k].text);
    if (near(p - 1) || near(p + 1) || (a === p && b === p)) return true;
    if (p !== a) return false;
    // A longer name of the dictionaries opening with it (`Mar-a-Lago`, `May Day Parade` as listed).
    if ((this.nameAt(ctx, p, b)?.last ?? p) > p) return false;
    // After a preposition of time it is the month (`In Jan Smith visited`, `By Jan Biden had signed`).
    if (
      /^(?:in|by|since|until|till|from|to|on|before|after|through|during|last|next|early|late|mid)$/.test(
        ctx.keys[p - 1] ?? '',
      )
    )
      return true;
    const given = this.kb.firstNames.has(ctx.keys[p]) && /^[A-Z][a-z]+$/.test(tokens[p].text);
    return !(given && p < b && /^[A-Z][a-z]/.test(tokens[p + 1].text) && !this.notNameKind(tokens, p + 1));
  }

  /**
   * `Max Planck Institute for Evolutionary Anthropology`, `Fraunhofer Institute for Solar Energy Systems`:
   * an organisation of the dictionaries ended by its head word, then `for` and capitalised words that
   * name no place or person, ending the run, is one longer name of a part of it (rule
   * `name.known-body+for`); so is `of` and a country (`Football Association of Norway`).
   */
  private fieldAfterKnownBody(ctx: SentenceContext, last: number, b: number): boolean {
    const { tokens, keys } = ctx;
    if (last + 2 > b || this.kb.nameHeads.get(keys[last]) !== 'ORG') return false;
    // `Football Association of Norway`: `of` and a country ending the run name that country's body.
    if (keys[last + 1] === 'of') {
      const country = this.nameAt(ctx, last + 2, b);
      return country?.last === b && this.kb.actor(country.ids[0])?.kind === 'country';
    }
    if (keys[last + 1] !== 'for') return false;
    for (let k = last + 2; k <= b; k++) {
      if (!isUpperStart(tokens[k].text) && !this.isConnector(tokens[k])) return false;
      const known = this.nameAt(ctx, k, b);
      const type = known ? this.kb.actor(known.ids[0])?.type : undefined;
      if (type === 'GPE' || type === 'PERSON' || type === 'LOC') return false;
    }
    return isUpperStart(tokens[b].text);
  }

  private headedBeyond(ctx: SentenceContext, last: number, b: number): boolean {
    if (last >= b) return false;
    const { tokens } = ctx;
    let orgWord = false;
    for (let k = last + 1; k <= b; k++) {
      const w = tokens[k].norm;
      if (this.kb.notNames.get(w) === 'word') return false;
      // In capitals, a longer name needs words the story writes capitalised elsewhere (`CAMBODIA ARMY`).
      if (ctx.allCaps && !ctx.writtenCapitalised?.has(w)) return false;
      // A title after the name is a person's role (`White House Press Secretary Tony Snow`).
      if (this.titleAt(ctx, k, b)) return false;
      const head = this.kb.nameHeads.get(w);
      // A division word heads an organisation's name after an organisation word (`Dalton Independent
      // School District`, rule `type.org-head-before-place-head`).
      if (!head || (head === 'GPE' && !orgWord)) {
        continue;
      }
      if (head === 'ORG') orgWord = true;
      // The head ends the run, or opens its `of ...` part (`Department of Agriculture`), or a person's
      // name follows it (`Washington State University Simon Smith`).
      if (k === b || (k + 1 <= b && /^(of|for)$/.test(tokens[k + 1].norm))) return true;
      if (this.isPersonName(ctx, k + 1, b)) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- dictionary look-ups

  /** A dictionary name at `i` whose letters' case fits (acronyms in capitals, names capitalised). */
  private nameAt(ctx: SentenceContext, i: number, limit: number): DictionaryName | null {
    // Past the run or the sentence there is no name (rules look ahead of a text's last word).
    if (i > limit || i >= ctx.tokens.length) return null;
    // The steps of a run ask about the same words again and again: each answer is kept for the sentence.
    let cache = this.nameAtCache.get(ctx);
    if (!cache) {
      cache = new Map();
      this.nameAtCache.set(ctx, cache);
    }
    const key = i * 1_000_000 + limit;
    let found = cache.get(key);
    if (found === undefined) {
      found = this.lookUpName(ctx, i, limit);
      cache.set(key, found);
    }
    return found;
  }

  private lookUpName(ctx: SentenceContext, i: number, limit: number): DictionaryName | null {
    // A mention never starts with its article (`the US` is `US`), but for the few towns whose name
    // holds a capitalised one (`The Hague`, `The Woodlands`).
    if (ctx.keys[i] === 'the') return this.placeWithArticle(ctx, i, limit);
    // Nor with a lower-case connector (`of the United States` is in the Phoenix lists as a name),
    // except an Arabic article glued to the name (`al-Qaeda`).
    if (
      this.isConnector(ctx.tokens[i]) &&
      !isUpperStart(ctx.tokens[i].text) &&
      !isLowerArticlePrefix(ctx.tokens, i, limit, this.articles) &&
      !this.spacedArticle(ctx, i)
    )
      return null;
    // Across a possessive only a name written with one (`Moody's`, not `America's` as `Americas`).
    const possessive = this.kb.names.possessive ?? NO_KEYS;
    let m = longestPhrase(ctx, this.kb.names.byKey, this.kb.names.maxWords, i, limit, possessive);
    // `Nicolás Maduro`, `Sebastián Piñera`: the text writes the accents the dictionaries (Phoenix is in
    // capitals without them) leave out; the plain spelling is tried too, and the longer match wins.
    // Two words at least: one plain word is too often another's (`Monét` is not Claude Monet).
    const folded = this.foldedKeys(ctx, i, limit);
    if (folded) {
      const plain = longestPhrase(
        { ...ctx, keys: folded },
        this.kb.names.byKey,
        this.kb.names.maxWords,
        i,
        limit,
        possessive,
      );
      if (plain && plain.last > i && (!m || plain.last > m.last)) m = plain;
    }
    // `Hà Nội`, `Việt Nam`, `Sài Gòn`: Vietnamese writes a place's syllables apart; joined they are the
    // English name (`Hanoi`, `Vietnam`, `Saigon`) of a country or a town of the dictionaries.
    m ??= this.joinedSyllables(ctx, i, limit);
    if (!m) return null;
    // `Jamie Lloyd's revival`: one word and its `'s` after a given name are a person's possessive, not a name
    // written with one (`Lloyd's` the market).
    const before = ctx.tokens[i - 1];
    if (
      m.last === i + 1 &&
      /^['’][sS]$/.test(ctx.tokens[m.last].text) &&
      before?.sentence === ctx.sentence.index &&
      isUpperStart(before.text) &&
      this.kb.firstNames.has(ctx.keys[i - 1])
    )
      return null;
    // `White House Press Secretary`, `Pentagon Spokesman`: the dictionaries list some offices by the
    // organisation and a title; in a text the title is the role of the person named next, and the
    // name is the organisation's (after `of`/`for` the title is the field: `Department of State`).
    // A person's name that ends like a title is that person (`Hun Sen`).
    const titleFrom =
      m.last > i && this.kb.actor(m.value.split('|')[0])?.type !== 'PERSON'
        ? this.titleEnding(ctx, i + 1, m.last)
        : -1;
    // After `and` the title's word is a field paired with another (`Law and Justice`, a party).
    if (titleFrom > i && !PORTFOLIO_LINK.test(ctx.keys[titleFrom - 1]) && ctx.keys[titleFrom - 1] !== 'and') {
      m = longestPhrase(ctx, this.kb.names.byKey, this.kb.names.maxWords, i, titleFrom - 1, possessive);
      if (!m) return null;
    }
    const { tokens } = ctx;
    // A short name matches text in capitals only (`US`, not `us`), unless the dictionaries write it in
    // mixed case themselves (`Fed`, `BoJ`) and the text does too.
    const short = isAcronymKey(m.key.replace(/ /g, '')) || this.kb.capsOnly.has(m.key);
    if (short && !(m.last === i && this.writtenAsKnown(m.key, tokens[i].text))) {
      for (let k = i; k <= m.last; k++)
        if (!isAllCaps(tokens[k].text) && !/^[&-]$/.test(tokens[k].text)) return null;
      if (
        wordAcronymInCapitals(ctx, m.key, this.wordAcronyms) ||
        emphasisedWord(ctx.tokens, i, this.wordAcronyms)
      )
        return null;
    } else {
      for (let k = i; k <= m.last; k++) {
        const t = tokens[k];
        // `Ban Ki-moon`, `Moon Jae-in`: a given name's second syllable is written in lower case.
        const syllable = k > i + 1 && tokens[k - 1].text === '-' && tokens[k - 1].end === t.start;
        if (
          !isUpperStart(t.text) &&
          !this.isConnector(t) &&
          isWord(t) &&
          !/^['’][sS]$/.test(t.text) &&
          !syllable &&
          // `Islamic State in the Greater Sahara`: a preposition inside a long name the lists hold whole
          !(INNER_WORDS.has(t.norm) && k > i && k < m.last) &&
          // `Medicines and Healthcare products Regulatory Agency`: any lower-case word inside a name of
          // four words or more, between capitalised words
          !(m.last - i >= 3 && k > i + 1 && k < m.last && /^\p{Ll}+$/u.test(t.text))
        )
          return null;
      }
      // A one-word name that is also a common noun (`Police`, `University`) needs a country or user record.
      if (m.last === i && this.isCommonNoun(m.key)) {
        const first = this.kb.actor(idsOf(this.kb.names, m.key)[0]);
        // An organisation named by a place word alone (`Emirates`, the airline) is no common noun of
        // its own kind: only agents, titles and organisation words are (`Police`, `University`).
        const head = this.kb.nameHeads.get(m.key);
        const placeWordName =
          first?.type === 'ORG' &&
          (head === 'GPE' || head === 'LOC') &&
          // `the Emirates` is the country again
          ctx.tokens[i - 1]?.norm !== 'the' &&
          !this.kb.agents.byKey.has(m.key) &&
          !this.kb.titles.byKey.has(m.key);
        if (
          first &&
          first.kind !== 'country' &&
          first.kind !== 'region' &&
          first.kind !== 'group' &&
          // `God` capitalised is the deity, as `Police` is no police force.
          first.kind !== 'deity' &&
          !first.id.startsWith('user:') &&
          !placeWordName
        )
          return null;
      }
      // One capitalised word opening a sentence is a name only if the tagger calls it one (in
      // capitals the part of speech says nothing: `RUSSIA WARNS ...`), or if a verb in the past or
      // the third person follows it, its subject (`Ford recalled`, `Ford said`, read as verbs).
      // So is a body before a title or a lower-case job (`Fed Governor Michelle Bowman`, `Fed officials`).
      if (
        m.last === i &&
        !ctx.allCaps &&
        this.sentenceInitial(ctx, i) &&
        tokens[i].pos !== 'PROPN' &&
        !this.subjectOfVerb(ctx, i) &&
        !(this.kb.actor(idsOf(this.kb.names, m.key)[0])?.type === 'ORG' && this.roleAfter(ctx, i))
      )
        return null;
      if (ctx.titleCase && m.last === i && tokens[i].pos !== 'PROPN') return null;
    }
    // `Yahia Attiat-Allah`, `Abd-Allah`: a deity's name glued by a hyphen to a word before is part of a
    // person's name.
    const glued = tokens[i - 1]?.text === '-' && tokens[i - 1].start === tokens[i - 2]?.end;
    if (glued && m.last === i && this.kb.actor(idsOf(this.kb.names, m.key)[0])?.kind === 'deity') return null;
    return { last: m.last, ids: idsOf(this.kb.names, m.key) };
  }

  /** Two short capitalised syllables from `i` that written as one word name a place (`Hà Nội`), or null. */
  private joinedSyllables(
    ctx: SentenceContext,
    i: number,
    limit: number,
  ): { last: number; value: string; key: string } | null {
    const [a, b] = [ctx.tokens[i], ctx.tokens[i + 1]];
    if (i + 1 > limit || !SYLLABLE.test(a.text) || !SYLLABLE.test(b.text) || a.end + 1 !== b.start)
      return null;
    // Syllables with no accent join only into a country's name (`Viet Nam`; not `New Port`, Newport).
    const plain = foldedKey(a.norm) === undefined && foldedKey(b.norm) === undefined;
    const joined = a.norm + b.norm;
    const key = foldedKey(joined) ?? joined;
    const ids = idsOf(this.kb.names, key);
    const place = (id: string) => {
      const actor = this.kb.actor(id);
      return actor?.type === 'GPE' && (!plain || actor.kind === 'country');
    };
    if (!ids.some(place)) return null;
    return { last: i + 1, value: this.kb.names.byKey.get(key) as string, key };
  }

  /** A title or a lower-case job (lexicon `employee-noun`) right after token `i`, in its sentence. */
  private roleAfter(ctx: SentenceContext, i: number): boolean {
    const next = ctx.tokens[i + 1];
    if (!next || i + 1 > ctx.sentence.lastToken) return false;
    if (/^[a-z]/.test(next.text)) return this.employeeNouns.has(next.norm);
    return !!this.titleAt(ctx, i + 1, ctx.sentence.lastToken);
  }

  /**
   * The first token `k` in `from..last` such that tokens `k..last` are a title, or -1. A word glued on
   * by hyphens is no title (`Port-au-Prince`).
   */
  private titleEnding(ctx: SentenceContext, from: number, last: number): number {
    for (let k = from; k <= last; k++) {
      if (insideHyphenatedName(ctx.tokens, k)) continue;
      if (longestPhrase(ctx, this.kb.titles.byKey, this.kb.titles.maxWords, k, last)?.last === last) return k;
    }
    return -1;
  }

  /**
   * `Notre-Dame`, `Sharm el-Sheikh`: a title's word glued by a hyphen to a word of a name before it (an
   * Arabic article, or a capitalised word that is no title and no prefix: not `Governor-General`,
   * `Vice-President`, `ex-President`) is the name's last part, no title.
   */
  private gluedToNameWord(ctx: SentenceContext, i: number): boolean {
    const [word, hyphen] = [ctx.tokens[i - 2], ctx.tokens[i - 1]];
    if (hyphen?.text !== '-' || hyphen.end !== ctx.tokens[i].start || word?.end !== hyphen.start)
      return false;
    if (ARABIC_ARTICLE_GLUED.test(word.text)) return true;
    return isUpperStart(word.text) && !this.kb.titles.byKey.has(word.norm) && !TITLE_PREFIX.test(word.text);
  }

  /** `supervisors`, `commissioners`, `aldermen`: a title's plural, the singular a title too. */
  private isPluralTitle(key: string): boolean {
    const titles = this.kb.titles.byKey;
    return (
      (key.endsWith('s') && titles.has(key.slice(0, -1))) ||
      (key.endsWith('men') && titles.has(`${key.slice(0, -3)}man`))
    );
  }

  private isCommonNoun(key: string): boolean {
    return this.kb.agents.byKey.has(key) || this.kb.nameHeads.has(key) || this.kb.titles.byKey.has(key);
  }

  private titleAt(ctx: SentenceContext, i: number, limit: number): { last: number; title: Title } | null {
    const m = longestPhrase(ctx, this.kb.titles.byKey, this.kb.titles.maxWords, i, limit);
    if (!m || insideHyphenatedName(ctx.tokens, i) || this.gluedToNameWord(ctx, i)) return null;
    for (let k = i; k <= m.last; k++) {
      const t = ctx.tokens[k];
      if (isWord(t) && !isUpperStart(t.text) && !this.isConnector(t)) return null;
    }
    // `Wexford General Hospital`, `General Assembly`: a title that is also an adjective of bodies' names
    // (lexicon `title-before-head`) right before the head word that ends the name is part of it, no
    // person's role (`Captain FC van Wyk` goes on with a person's name; `President Church` is one).
    const next = m.last < limit ? ctx.keys[m.last + 1] : undefined;
    const headEnds =
      !/^[A-Z]{1,3}$/.test(ctx.tokens[m.last + 1]?.text ?? '') &&
      (m.last + 1 === limit || !isUpperStart(ctx.tokens[m.last + 2]?.text ?? ''));
    if (
      next !== undefined &&
      (this.titlesBeforeHeads.has(m.key) || this.streetWords.has(next)) &&
      this.kb.nameHeads.has(next) &&
      !this.kb.titles.byKey.has(next) &&
      headEnds
    )
      return null;
    return { last: m.last, title: m.value[0] };
  }

  /**
   * `in The Hague`: a capitalised `The` opens a town's name when the dictionaries' display name of that
   * town has it (`The Hague`, `The Woodlands`; Phoenix's `The United States` is a region row, a variant).
   */
  private placeWithArticle(
    ctx: SentenceContext,
    i: number,
    limit: number,
  ): { last: number; ids: string[] } | null {
    if (!/^(?:The|THE)$/.test(ctx.tokens[i].text)) return null;
    const m = longestPhrase(ctx, this.kb.names.byKey, this.kb.names.maxWords, i, limit, NO_KEYS);
    if (!m || m.last === i) return null;
    // `The Hague District Court`: the article is the court's, whose name goes on after the town's.
    if (m.last < limit && isUpperStart(ctx.tokens[m.last + 1].text)) return null;
    const ids = m.value.split('|');
    const writtenWithThe = ids.some((id) => {
      const actor = this.kb.actor(id);
      return actor?.kind === 'city' && actor.names[0].startsWith('The ') && nameKey(actor.names[0]) === m.key;
    });
    return writtenWithThe ? { last: m.last, ids } : null;
  }

  /** `Da Nang`, `La Paz`: a capitalised connector opening a dictionary name of several words. */
  private opensDictionaryName(ctx: SentenceContext, i: number, limit: number): boolean {
    return isUpperStart(ctx.tokens[i].text) && (this.nameAt(ctx, i, limit)?.last ?? i) > i;
  }

  private isCountryName(key: string): boolean {
    return idsOf(this.kb.names, key).some((id) => this.kb.actor(id)?.kind === 'country');
  }

  private isCountrysOwnName(key: string): boolean {
    return idsOf(this.kb.names, key).some((id) => {
      const actor = this.kb.actor(id);
      return actor?.kind === 'country' && nameKey(actor.names[0] ?? '').replace(/^the /, '') === key;
    });
  }

  private demonymAt(
    ctx: SentenceContext,
    i: number,
    b: number,
  ): { last: number; candidate: Candidate } | null {
    const { tokens, doc } = ctx;
    for (const last of [i + 1, i]) {
      // (`British-Albanian`: a hyphen ends no demonym)
      if (last > b || !isWord(tokens[last])) continue;
      const key = nameKey(doc.text.slice(tokens[i].start, tokens[last].end));
      if (!/^[a-z]/.test(key)) continue;
      const id = this.kb.demonyms.get(key);
      if (!id) continue;
      // `the Vatican reports`: a demonym spelt like a country's own name, used as a noun, is that
      // country's name (read by `takeDictionaryName`); before a noun it stays an adjective (`Saudi
      // officials`).
      const after = tokens[last + 1];
      const beforeNoun =
        after?.sentence === tokens[i].sentence &&
        /^[a-z]/.test(after.text) &&
        (after.pos === 'NOUN' || after.pos === 'ADJ');
      // `Sheriff Scot Peterson`: a demonym that is a given name too, before a capitalised word that is no
      // given name, opens a person's name (`Scot Colin Montgomerie` stays the demonym).
      const gender = this.kb.firstNames.get(key);
      if (
        (gender === 'm' || gender === 'f') &&
        after?.sentence === tokens[i].sentence &&
        /^[A-Z][a-z]/.test(after.text) &&
        !this.kb.firstNames.has(after.norm) &&
        !this.kb.titles.byKey.has(after.norm) &&
        !this.nameAt(ctx, last + 1, ctx.sentence.lastToken)
      )
        return null;
      // `Saudi Prince Alwaleed`, `Kuwaiti Emir`: before a title it is the adjective too.
      const beforeTitle =
        after?.sentence === tokens[i].sentence &&
        this.titleAt(ctx, last + 1, ctx.sentence.lastToken) !== null;
      if (!beforeNoun && !beforeTitle && this.isCountryName(key)) continue;
      // `Philippines rice imports`, `Djibouti port`: a country's own full name before a noun is the
      // country (`Saudi officials`, a short form, stays the adjective).
      if (this.isCountrysOwnName(key)) continue;
      const start = tokens[i].start;
      const plural = /s$/.test(key) && !/(ss|ese)$/.test(key);
      // `the Dutch`, `The Italian had been sacked`: a demonym used as a noun names the people (or one of
      // them); the article stays outside the mention, as for every name.
      const prev = tokens[i - 1];
      // `the Turkish military said`: an agent word after it (read as an adjective) is the head noun.
      const asNoun =
        !plural &&
        prev &&
        DETERMINERS.has(prev.norm) &&
        !this.headsNounPhrase(ctx, last + 1) &&
        !this.nominals.agentWordAt(ctx, last + 1);
      return {
        last,
        candidate: {
          start,
          end: tokens[last].end,
          first: i,
          last,
          sentence: ctx.sentence.index,
          kind: 'demonym',
          type: 'NORP',
          actorIds: [id],
          rules: [asNoun ? 'demonym.the-people' : plural ? 'demonym.plural' : 'demonym'],
          confidence: 0.9,
        },
      };
    }
    return null;
  }

  /**
   * Whether token `k` is a noun that a demonym before it modifies (`the Dutch government`), as
   * opposed to a verb the tagger misread (`the Dutch know the rules`: a determiner follows).
   */
  private headsNounPhrase(ctx: SentenceContext, k: number): boolean {
    const t = ctx.tokens[k];
    if (!t || t.sentence !== ctx.sentence.index || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
    const after = ctx.tokens[k + 1];
    return !(after && after.sentence === ctx.sentence.index && /^(DET|PRON|SCONJ)$/.test(after.pos));
  }

  /** Countries, regions and cities named inside a longer name, as mentions of their own. */
  nestedPlaces(doc: Document, tokens: Token[], keys: string[], outer: Candidate): Candidate[] {
    const out: Candidate[] = [];
    const sentence = { firstToken: outer.first, lastToken: outer.last, index: outer.sentence } as Sentence;
    const ctx: SentenceContext = { doc, tokens, keys, sentence, titleCase: false, allCaps: false };
    for (let i = outer.first; i <= outer.last; i++) {
      if (!isUpperStart(tokens[i].text)) continue;
      const name = this.nameAt(ctx, i, outer.last);
      if (!name || (i === outer.first && name.last === outer.last)) continue;
      const actor = this.kb.actor(name.ids[0]);
      if (actor?.type !== 'GPE') continue;
      // `Saudi Gazette`, `Saudi Interior Ministry`: a word that is also a demonym qualifies the name
      // as an adjective; it names no place there.
      if (name.last === i && this.kb.demonyms.has(keys[i])) continue;
      // `University of Southern Indiana`: a compass word before the place is part of the place name.
      const from = i > outer.first && COMPASS.has(keys[i - 1]) && actor.kind !== 'country' ? i - 1 : i;
      out.push(
        candidateOver(tokens, from, name.last, outer.sentence, {
          type: 'GPE',
          actorIds: from === i ? name.ids : [],
          rules: [from === i ? 'name.nested-place' : 'name.nested-compass+place'],
          confidence: 0.7,
        }),
      );
      i = name.last;
    }
    return out;
  }

  // ---------------------------------------------------------------- building candidates

  private scanPrefixed(ctx: SentenceContext, i: number, start: number, rest: string, out: Candidate[]): void {
    const key = nameKey(rest);
    const t = ctx.tokens[i];
    const demonym = this.kb.demonyms.get(key);
    const ids = idsOf(this.kb.names, key);
    const fitsCase = isAcronymKey(key) || this.kb.capsOnly.has(key) ? isAllCaps(rest) : isUpperStart(rest);
    if (!fitsCase || (!demonym && !ids.length)) return;
    out.push({
      start,
      end: t.end,
      first: i,
      last: i,
      sentence: ctx.sentence.index,
      kind: demonym ? 'demonym' : isAcronymText(rest) ? 'acronym' : 'name',
      type: demonym ? 'NORP' : (this.kb.actor(ids[0])?.type ?? 'ORG'),
      actorIds: demonym ? [demonym] : ids,
      rules: ['name.inside-prefixed-word'],
      confidence: 0.85,
    });
  }

  private nameMention(
    ctx: SentenceContext,
    first: number,
    last: number,
    ids: string[],
    role: { start: number; end: number; title: Title; rule?: string } | null,
  ): Candidate {
    const { tokens } = ctx;
    // `Baroness Taylor`, `Lord Derby`: after a title of men or of women, a town's name is the person's.
    const townOfPerson = !!role?.title.gender && this.kb.actor(ids[0])?.kind === 'city';
    if (townOfPerson) ids = [];
    const actor = this.kb.actor(ids[0]);
    const acronym = first === last && isAcronymText(tokens[first].text);
    return {
      start: tokens[first].start,
      // `LA.` at a sentence end: the full stop is the sentence's, not the name's (`U.S.` keeps its own).
      end: /^[A-Z]{2,}\.$/.test(tokens[last].text) ? tokens[last].end - 1 : tokens[last].end,
      first,
      last,
      sentence: ctx.sentence.index,
      kind: acronym ? 'acronym' : 'name',
      // A title before the name says it is a person, whatever the dictionary's record is.
      type: role?.title.person || townOfPerson ? 'PERSON' : (actor?.type ?? 'ORG'),
      actorIds: ids,
      role: role ? { start: role.start, end: role.end } : null,
      titleKey: role?.title.key ?? null,
      gender: role?.title.gender ?? actor?.gender ?? null,
      rules: role?.rule
        ? ['name.dictionary+title', role.rule]
        : [role ? 'name.dictionary+title' : acronym ? 'acronym.dictionary' : 'name.dictionary'],
      confidence: 0.9,
    };
  }

  /** `pushUnknown`, with the rule that read the name added to each mention it pushed. */
  private pushUnknownBy(
    ctx: SentenceContext,
    from: number,
    to: number,
    role: RunState['role'],
    out: Candidate[],
    rule: string,
  ): void {
    const before = out.length;
    this.pushUnknown(ctx, from, to, role, out);
    for (let k = before; k < out.length; k++) out[k].rules.push(rule);
  }

  private pushUnknown(
    ctx: SentenceContext,
    from: number,
    to: number,
    role: { start: number; end: number; title: Title; rule?: string } | null,
    out: Candidate[],
  ): void {
    const { tokens } = ctx;
    // Trim connectors and possessives at the edges (`of the`, `'s`).
    // A name never opens with a lower-case word: `half` of `Fly-half Joel Stransky` once `Fly` was
    // cut as a sentence opener.
    while (
      from <= to &&
      !isLowerArticlePrefix(tokens, from, to, this.articles) &&
      !this.spacedArticle(ctx, from) &&
      ((this.isConnector(tokens[from]) &&
        !this.isNamePrefix(tokens, from) &&
        !(from < to && this.opensWithArticle(tokens, from)) &&
        !(from < to && this.isNameParticle(ctx, from)) &&
        !this.opensDictionaryName(ctx, from, to)) ||
        !isWord(tokens[from]) ||
        /^[a-z]/.test(tokens[from].text))
    )
      from++;
    while (to >= from && (this.isConnector(tokens[to]) || !isWord(tokens[to]))) to--;
    // `By Damian Carrington Environment editor`, `Science correspondent`: a desk before a lower-case
    // job is no name, nor part of one (lexicon `desk-word`); so is one before a lower-case desk and its
    // job (`Digital health editor`). Not a field a connector joins to a body (`a Department for
    // Transport spokesman`, `the Secretary of State for Health official`).
    const lowerDesk =
      tokens[to + 1] && /^[a-z]/.test(tokens[to + 1].text) && this.deskWords.has(tokens[to + 1].norm);
    const job = tokens[lowerDesk ? to + 2 : to + 1];
    if (
      job &&
      job.sentence === ctx.sentence.index &&
      /^[a-z]/.test(job.text) &&
      this.employeeNouns.has(job.norm)
    )
      while (
        to >= from &&
        this.deskWords.has(ctx.keys[to]) &&
        isUpperStart(tokens[to].text) &&
        !(to > from && this.isConnector(tokens[to - 1]))
      )
        to--;
    if (from > to) return;
    // Right after a title the run is one person's name (`Joint Commissioner Biplob Kumar Sarker said`).
    const afterTitle = !!role && role.end === tokens[from - 1]?.end;
    const split = this.personAfterName(ctx, from, to, afterTitle);
    if (split > 0) {
      // `Refugee Council Enver Solomon`, `(Minister of) Education Stefania Giannini`: two names run together.
      // After `Minister of`, the words before the name are the minister's portfolio, not a name.
      const portfolio =
        from >= 2 && /^(of|for)$/.test(tokens[from - 1].norm) && this.kb.titles.byKey.has(ctx.keys[from - 2]);
      if (!portfolio) this.pushUnknown(ctx, from, split - 1, role, out);
      this.pushUnknown(ctx, split, to, null, out);
      out[out.length - 1].rules.push('name.split-before-given-name');
      return;
    }
    // One word that the tagger reads as a function word (`If`, `When`) is not a name.
    // After a title it is a name whatever the tagger says (`Professor Burrows` read as a verb).
    // Nor after an apposition that calls it a person (`Dole, the Republican challenger,`).
    if (
      from === to &&
      !role &&
      !NAME_POS.has(tokens[from].pos) &&
      !this.calledPerson(ctx, from) &&
      !this.connectorSurname(ctx, from)
    )
      return;
    let andRule = false;
    for (let k = from + 1; k < to; k++) {
      const w = tokens[k].norm;
      // `Smith and Jones`, `the Civic Party and the Democratic Party`: `and` between two whole names.
      const andInOrg = w === 'and' && this.andInOrgName(ctx, from, k, to);
      if (andInOrg) andRule = true;
      // `KCB and Equity Bank`: a lone acronym before `and` is a whole name of its own.
      const andSplits =
        w === 'and' &&
        // `Law Association of Trinidad and Tobago`: not inside a name of the dictionaries
        !this.knownAcross(ctx, Math.max(from, k - 3), k, to) &&
        (!this.kb.nameHeads.has(tokens[to].norm) ||
          (this.kb.nameHeads.has(tokens[k - 1].norm) && !this.fieldsOfOneBody(ctx, k, to)) ||
          // `the Hopi Tribe and Norway House Cree Nation`: a tribe's or nation's name ends at its word
          /^(?:tribe|nation)$/.test(tokens[k - 1].norm) ||
          tokens[k + 1].norm === 'the' ||
          (k - 1 === from && isAcronymText(tokens[from].text)) ||
          this.twoBodiesAroundAnd(ctx, from, k, to)) &&
        !andInOrg;
      // `Claudia Mo of the Civic Party`, `Wu Chi-wai of the Democratic Party`: a name with no head word,
      // then an organisation (a given name opens it, or an organisation word ends the rest).
      const leftHasHead = (() => {
        for (let h = from; h < k; h++)
          if (
            this.kb.nameHeads.has(tokens[h].norm) &&
            !LAST_ONLY_HEADS.has(tokens[h].norm) &&
            // (`David Hill of the Muscogee Nation`: `Hill` after a given name is his surname)
            !(
              h > from &&
              this.surnameHeadsPerson.has(tokens[h].norm) &&
              this.kb.firstNames.has(tokens[from].norm)
            )
          )
            return true;
        return false;
      })();
      // An acronym after `of` (`of the`) names an organisation of its own (`Leung Yiu-chung of NWSC`); so
      // does a country after a person's name (`Yasutaka Uchiyama of Japan`; `Bank of Japan` has a head word).
      const bodyNamedFor =
        k - from === 1 &&
        this.kb.firstNames.has(tokens[from].norm) &&
        tokens[k + 1]?.norm !== 'the' &&
        this.kb.nameHeads.get(tokens[to].norm) === 'ORG';
      const ofSplits =
        (w === 'of' || w === 'for') &&
        k - from <= 4 &&
        !leftHasHead &&
        // (a given name alone before `of` and no `the` names a body: `Fraser of Allander Institute`)
        ((this.kb.firstNames.has(tokens[from].norm) && !bodyNamedFor) ||
          (this.kb.nameHeads.get(tokens[to].norm) === 'ORG' && !bodyNamedFor) ||
          (w === 'of' &&
            isAcronymText(tokens[to].text) &&
            (k + 1 === to || (k + 2 === to && tokens[k + 1].norm === 'the'))) ||
          // `Inspector Nicola Cairns of the PSNI`: after a title, `of the` opens the person's body.
          (w === 'of' && !!role && tokens[k + 1]?.norm === 'the') ||
          // `Sanusha Naidu of the Institute for Global Dialogue`: two plain words, then a body's name
          // that an organisation word heads.
          (w === 'of' &&
            k - from === 2 &&
            tokens[k + 1]?.norm === 'the' &&
            this.plainUnknownWord(ctx, from) &&
            this.plainUnknownWord(ctx, from + 1) &&
            tokens.slice(k + 2, to + 1).some((t) => this.kb.nameHeads.get(t.norm) === 'ORG')) ||
          // `Rep. Jamie Raskin of Maryland`: after a title, a person's name, then the place they represent.
          (w === 'of' && !!role && this.personShaped(ctx, from, k - 1) && this.placeFromTo(ctx, k + 1, to)) ||
          (w === 'of' &&
            this.personShaped(ctx, from, k - 1) &&
            this.countryFromTo(ctx, tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1, to)) ||
          // `Mary Kraus of Rochester`, `Hannah Kline of Shreve`: a person's name, then the town the person is
          // from, as obituaries and results lists write it.
          (w === 'of' && this.personShaped(ctx, from, k - 1) && this.placeFromTo(ctx, k + 1, to)) ||
          // `the prize to Shifa Saltagi Safadi for Kareem Between`: no person's name holds `for`, and a
          // body's name has its head word before it (`Centre for`, `Campaign for`) or an article (`the
          // National Coordinator for Disaster Reduction`).
          (w === 'for' && tokens[from - 1]?.norm !== 'the' && this.personShaped(ctx, from, k - 1)));
      // `Boeing Co. of Seattle`, `Campeau Corp. of Toronto`: after a company's legal suffix, `of` and a
      // town of the dictionaries say where the company is; a country or a state is of the name
      // (`Peanut Corp. of America`, `Public Service Co. of New Mexico`, `Power Corp. of Canada`).
      // So after a trading company's word (`Pacific Sun Foods of Watsonville`), and after a legal suffix
      // before a town no dictionary knows (`Northway Residential LLC of Clifton Park`).
      const suffix = this.corporateSuffixes.has(tokens[k - 1].norm.replace(/\./g, ''));
      const placeAfterSuffix =
        w === 'of' &&
        (suffix || TRADING_WORD.test(tokens[k - 1].norm)) &&
        (this.townFromTo(ctx, k + 1, to) || (suffix && this.unknownTownFromTo(ctx, k + 1, to)));
      if (andSplits || ofSplits || placeAfterSuffix) {
        this.pushPart(ctx, from, k - 1, role, out);
        this.pushPart(ctx, k + 1, to, null, out);
        const town = out[out.length - 1];
        if (placeAfterSuffix && town.type === 'OTHER') {
          town.type = 'GPE';
          town.rules.push('type.company-town');
        }
        return;
      }
    }
    // A title after an organisation name is the person's role, not part of the name
    // (`State Department Spokesperson`). After `of`/`for` it is the field (`Department of Justice`).
    // A given name before it makes the word a surname (`Peter King`, `Coretta Scott King`), also before `of`
    // and a place that is no country (`Rep. Steve King of Iowa`; `Abdullah King of Jordan` is a title).
    const gender = this.kb.firstNames.get(ctx.keys[from]);
    const after = tokens[to + 1];
    const ofCountry = () => {
      const place = this.nameAt(ctx, to + 2, ctx.sentence.lastToken);
      return !place || place.ids.some((id) => this.kb.actor(id)?.kind === 'country');
    };
    const surname =
      to - from >= 1 &&
      to - from <= 2 &&
      (gender === 'm' || gender === 'f') &&
      !(after && ((after.norm === 'of' && ofCountry()) || this.kb.titles.byKey.has(after.norm)));
    // `Office of the Prime Minister`, `Office of the President`: an office named after the title it
    // serves ends with the title.
    const officeOf = OFFICE_WORDS.has(ctx.keys[from]) && ctx.keys[from + 1] === 'of';
    // `Zaw Min Tun, a spokesman`: an honorific that also ends names (lexicon `name-final-honorific`) with
    // no name after it is the name's last word.
    const nameFinal =
      to > from + 1 &&
      this.nameFinalHonorifics.has(ctx.keys[to]) &&
      !isUpperStart(tokens[to + 1]?.text ?? '');
    if (
      to > from &&
      this.kb.titles.byKey.has(ctx.keys[to]) &&
      !nameFinal &&
      !PORTFOLIO_LINK.test(tokens[to - 1].norm) &&
      // (a title in the plural after a body's `of` is its word: `Chicago Board of Election Commissioners`;
      // not `DA MPs`)
      !(this.isPluralTitle(ctx.keys[to]) && ctx.keys.slice(from, to).includes('of')) &&
      !surname &&
      !officeOf &&
      // (`Notre-Dame`, `Sharm el-Sheikh`: glued to the name's word before it, no title)
      !this.gluedToNameWord(ctx, to)
    )
      to--;
    // A two-word title ending a byline's name (`By Priya Ramsaran Staff Reporter`).
    else if (
      to > from + 2 &&
      this.kb.titles.byKey.has(`${ctx.keys[to - 1]} ${ctx.keys[to]}`) &&
      this.kb.firstNames.has(ctx.keys[from]) &&
      !officeOf
    )
      to -= 2;
    // Roman numerals (`XVII`) are numbers, not acronyms.
    if (from === to && /^[IVXLC]+$/.test(tokens[from].text) && tokens[from].text.length > 1) return;
    out.push({
      start: tokens[from].start,
      end: tokens[to].end,
      first: from,
      last: to,
      sentence: ctx.sentence.index,
      kind: from === to && isAllCaps(tokens[from].text) && tokens[from].text.length > 1 ? 'acronym' : 'name',
      type: role?.title.person || role ? 'PERSON' : 'OTHER',
      actorIds: [],
      role: role ? { start: role.start, end: role.end } : null,
      titleKey: role?.title.key ?? null,
      gender: role?.title.gender ?? null,
      rules: role?.rule ? ['name.unknown+title', role.rule] : [role ? 'name.unknown+title' : 'name.unknown'],
      confidence: role ? 0.8 : 0.6,
    });
    if (andRule) out[out.length - 1].rules.push('name.and-in-org');
    // `Per-Ulrik Johansson`: kept whole though the tagger read `Per` as a preposition.
    if (FUNCTION_POS.has(tokens[from].pos) && this.gluedToCapital(ctx, from))
      out[out.length - 1].rules.push('name.hyphenated-given-name');
  }

  /**
   * One part of a run cut at `and`/`of` (`Carlo De Benedetti of Italy`, `Queensland and Tasmania`):
   * a name of the dictionaries when it is one whole (rule `name.split-dictionary-part`), else an
   * unknown name.
   */
  private pushPart(
    ctx: SentenceContext,
    from: number,
    to: number,
    role: { start: number; end: number; title: Title; rule?: string } | null,
    out: Candidate[],
  ): void {
    const start = ctx.tokens[from]?.norm === 'the' ? from + 1 : from;
    // `Prince Carl Philip and Princess Sofia`: the part after `and` opens with a title of its own.
    const title = role ? null : this.titleAt(ctx, start, to);
    if (title && title.last < to && title.title.person) {
      const { tokens } = ctx;
      const own = { start: tokens[start].start, end: tokens[title.last].end, title: title.title };
      this.pushPart(ctx, title.last + 1, to, own, out);
      return;
    }
    // `near Vorukh and the Kyrgyz province of Batken`: a demonym before a noun stays the demonym.
    const demonym = !role && start <= to ? this.demonymAt(ctx, start, to) : null;
    if (demonym?.last === to) {
      out.push(demonym.candidate);
      return;
    }
    const known = start <= to ? this.nameAt(ctx, start, to) : null;
    if (known?.last !== to) {
      this.pushUnknown(ctx, from, to, role, out);
      return;
    }
    out.push(this.nameMention(ctx, start, to, known.ids, role));
    out[out.length - 1].rules.push('name.split-dictionary-part');
  }

  /**
   * Where a person's name starts inside a run of capitalised words that is not all one name: a given
   * name followed by one or two more words ending the run, after an organisation or place word
   * (`Refugee Council Enver Solomon`), after `of`/`for` (`Minister of Education Stefania Giannini`),
   * or before a speech verb (`... Islamic Relations Alia Salem said`), but not after a title for that
   * reason alone (`Joint Commissioner Biplob Kumar Sarker said`). Returns the token index, or -1.
   * A name ending in a head word (`Andy Warhol Foundation`, `John F. Kennedy Space Center`) is not cut.
   */
  private personAfterName(ctx: SentenceContext, from: number, to: number, afterTitle = false): number {
    const { tokens, keys } = ctx;
    for (let k = Math.max(from + 1, to - 2); k < to; k++) {
      const given = keys[k];
      const gender = this.kb.firstNames.get(given);
      if (!gender || this.kb.nameHeads.has(given) || this.kb.titles.byKey.has(given)) continue;
      let clean = true;
      for (let j = k; j <= to && clean; j++) {
        const t = tokens[j];
        if (!isUpperStart(t.text) || this.isConnector(t) || this.kb.nameHeads.has(keys[j])) clean = false;
      }
      // A given name right after another, or glued by a hyphen (`Mohamed El-Hassan Mohamed`), and a
      // run that opens with a given name are one person's name.
      if (!clean || this.kb.firstNames.has(keys[k - 1]) || tokens[k - 1].text === '-') continue;
      // `Australian Institute of Marine Science`: after a connector the word is the name's subject.
      if (this.isConnector(tokens[k - 1])) continue;
      // `... Congress of the United States`: a dictionary name is no given name.
      if (this.nameAt(ctx, k, to)) continue;
      if (this.kb.firstNames.has(keys[from])) return -1;
      // `K.T. Rama Rao`: initials before a given name are the same person's.
      if (tokens.slice(from, k).every((t) => INITIALS.test(t.text))) return -1;
      const before = tokens[from - 1];
      const after = tokens[to + 1];
      const afterHead = this.hasHead(tokens, from, k - 1);
      const afterOf = !!before && before.sentence === ctx.sentence.index && /^(of|for)$/.test(before.norm);
      const speaks = !!after && after.sentence === ctx.sentence.index && this.speechVerbs.has(after.norm);
      // Given names of unknown gender come from the Phoenix lists, which hold some ordinary words
      // (`Foreign`, `United`): those need a speech verb after the name.
      // `Zaw Min Tun said`: one unknown word before the given name is more of the person's name (names
      // of three words with no surname last), not another name run into it.
      // (Not a sentence's first word, which may be a capitalised noun: `Recorder Lucy Crowther said`.)
      // Nor a head word or one after `the` (`in the House Gaurav Gogoi said`).
      const oneWordBefore =
        k === from + 1 &&
        /^\p{Lu}\p{Ll}+$/u.test(tokens[from].text) &&
        !this.nameAt(ctx, from, from) &&
        !this.sentenceInitial(ctx, from) &&
        !this.kb.nameHeads.has(keys[from]) &&
        tokens[from - 1]?.norm !== 'the';
      if ((speaks && !afterTitle && !oneWordBefore) || (gender !== 'u' && (afterHead || afterOf))) return k;
    }
    return -1;
  }

  /** Tokens `from..to` are one town of the dictionaries, no country or region. */
  /**
   * `Department of Agriculture and Colorado State University`: a body's head and `of` before `and`, and
   * after it words that are no fields of a portfolio ending in a body's head: two bodies (not `Department
   * of Health and Human Services`, whose `Human Services` is a field).
   */
  private twoBodiesAroundAnd(ctx: SentenceContext, from: number, and: number, to: number): boolean {
    const { tokens } = ctx;
    if (to - and < 3 || this.kb.nameHeads.get(tokens[to].norm) !== 'ORG') return false;
    let bodyOf = false;
    for (let h = from; h < and - 1; h++)
      if (this.kb.nameHeads.get(tokens[h].norm) === 'ORG' && PORTFOLIO_LINK.test(tokens[h + 1].norm))
        bodyOf = true;
    if (!bodyOf) return false;
    for (let h = and + 1; h < to; h++)
      if (this.orgFieldWords.has(tokens[h].norm) || this.isConnector(tokens[h])) return false;
    return true;
  }

  /** One or two capitalised words that name no body, country or region: a small town's name. */
  private unknownTownFromTo(ctx: SentenceContext, from: number, to: number): boolean {
    if (to - from > 1) return false;
    for (let k = from; k <= to; k++) {
      const t = ctx.tokens[k];
      if (!/^\p{Lu}\p{Ll}/u.test(t.text) || this.isConnector(t) || this.kb.titles.byKey.has(ctx.keys[k]))
        return false;
      if (this.kb.nameHeads.get(ctx.keys[k]) === 'ORG') return false;
    }
    // not a country, a state or a region the dictionaries know (`Peanut Corp. of America`)
    const known = this.nameAt(ctx, from, to);
    const kind = known?.last === to ? this.kb.actor(known.ids[0])?.kind : undefined;
    return kind === undefined || kind === 'city' || kind === 'capital';
  }

  private townFromTo(ctx: SentenceContext, from: number, to: number): boolean {
    const place = this.nameAt(ctx, from, to);
    const actor = place?.last === to ? this.kb.actor(place.ids[0]) : undefined;
    return actor?.type === 'GPE' && (actor.kind === 'city' || actor.kind === 'capital');
  }

  /** A title used alone for a person (`British Foreign Secretary`), with a country word before it kept in the span. */
  private roleMention(
    ctx: SentenceContext,
    first: number,
    last: number,
    title: Title,
    out: Candidate[],
  ): Candidate {
    const { tokens } = ctx;
    const prior = out[out.length - 1];
    const country =
      prior &&
      prior.last === first - 1 &&
      (prior.kind === 'demonym' || this.kb.actor(prior.actorIds[0])?.kind === 'country')
        ? prior
        : null;
    return {
      start: country ? country.start : tokens[first].start,
      end: tokens[last].end,
      first: country ? country.first : first,
      last,
      sentence: ctx.sentence.index,
      kind: 'nominal',
      type: 'PERSON',
      actorIds: [],
      agentCountry: country ? (this.kb.actor(country.actorIds[0])?.country ?? null) : null,
      role: { start: tokens[first].start, end: tokens[last].end },
      titleKey: title.key,
      gender: title.gender,
      rules: ['nominal.title'],
      confidence: 0.7,
    };
  }
}
