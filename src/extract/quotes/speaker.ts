/**
 * Finds the speaker phrase next to a cue and turns it into a speaker: a mention (linked to its
 * entity when the entities layer has one), a role phrase (`the minister`, `a spokesman for X`),
 * a capitalised name run, or a pronoun resolved to an earlier person.
 */
import type { Span } from '../../model/annotation.js';
import type { Mention, Token } from '../../model/layers.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../text/calendar-words.js';
import type { QuoteLexicon } from './lexicon.js';
import { type DocView, tokenAtOrAfter } from './view.js';

export interface Speaker {
  span: Span;
  entityId: string | null;
  name: string | null;
  rule: string;
}

/** Resolves a pronoun token to an entity id (the entities component's resolver, when wired in). */
export type PronounResolver = (
  doc: import('../../model/document.js').Document,
  tokenIndex: number,
) => string | null;

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** Words that may sit inside a noun phrase between nouns (`Secretary of State`, `spokesman for X`). */
const NP_JOINERS = new Set([
  'or', // `the Food and Drug Administration or FDA`
  'of',
  'for',
  'at',
  'from',
  '&',
  'and',
  '-',
  "'s",
  '\u2019s',
  "'",
  'de',
  'al',
  'bin',
  'van',
  'von',
]);
/** Prepositions that attach a second noun phrase to a speaker (`a spokesman for the ministry`). */
const PREPOSITION_JOINERS = new Set(['of', 'for', 'at', 'from']);
/** Words inside a run of names (`Bank of England`, `Doe and Smith`). */
const NAME_JOINERS = new Set(['of', '-', 'and', '&']);
/** Lower-case particles inside personal names (`Suleiman al-Amr`, `Ludwig van Beethoven`). */
const NAME_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'la',
  'le',
]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose']);
/** Words between a subject and its verb that do not break the link (`Smith later told`). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['ADV', 'AUX', 'PART']);
const MAX_NP = 12;
/** How far back (characters) a group pronoun looks for the source it continues. */
const RECENT_SOURCE_CHARS = 400;

/** A capitalised word the tagger read as a verb or adjective (`Yvette Cooper/VERB said`): a name all the same. */
const MISTAGGED = new Set(['VERB', 'ADJ', 'X']);
const isCapitalisedName = (t: Token) => MISTAGGED.has(t.pos) && /^\p{Lu}\p{Ll}/u.test(t.text);
/** A word of a personal name: capitalised and tagged as a name, or a name the tagger misread. */
const isNameToken = (t: Token) =>
  /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || isCapitalisedName(t) || t.pos === 'NOUN');
/** Words that end the search for a name after a role phrase. */
const STOP_NAME = new Set(['.', ';', ':', '!', '?', '"', '\u201C', '\u201D']);
const isNounish = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || isCapitalisedName(t);
const isNpToken = (t: Token) =>
  isCapitalisedName(t) ||
  NP_POS.has(t.pos) ||
  POSSESSIVE_PRONOUNS.has(t.norm) ||
  t.norm === "'s" ||
  t.norm === '\u2019s';

/** The noun phrase that ends at token `end`, not reaching left of `lo`; [first, last] or null. */
export function nounPhraseEndingAt(
  tokens: readonly Token[],
  end: number,
  lo: number,
): [number, number] | null {
  // `Huang Kwo-ching`: the part after a hyphen in a name, whatever the tagger made of it.
  if (
    end - 2 >= lo &&
    tokens[end - 1].norm === '-' &&
    tokens[end - 2].pos === 'PROPN' &&
    /^\p{L}+$/u.test(tokens[end].text)
  )
    return nounPhraseEndingAt(tokens, end - 2, lo)?.[0] !== undefined
      ? [nounPhraseEndingAt(tokens, end - 2, lo)![0], end]
      : null;
  if (end < lo || !isNpToken(tokens[end]) || tokens[end].pos === 'DET' || tokens[end].pos === 'ADJ')
    return null;
  let i = end;
  while (i - 1 >= lo && end - i < MAX_NP) {
    const t = tokens[i - 1];
    if (tokens[i].pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[i].norm)) {
      // A determiner opens the phrase, unless a preposition ties it to a noun before (`a spokesman for the ministry`).
      if (PREPOSITION_JOINERS.has(t.norm) && i - 2 >= lo && isNounish(tokens[i - 2])) i -= 2;
      else break;
    } else if (isNpToken(t)) i--;
    else if (t.pos === 'VERB' && t.norm.endsWith('ed') && i - 2 >= lo && tokens[i - 2].pos === 'DET')
      i--; // `a leaked letter`
    else if (t.norm === '-' && i - 2 >= lo && isNpToken(tokens[i - 2]) && isNpToken(tokens[i]))
      i--; // `45-year-old`
    else if (NP_JOINERS.has(t.norm) && i - 2 >= lo && isNounish(tokens[i - 2]) && isNounish(tokens[i])) i--;
    else break;
  }
  return [i, end];
}

/** The noun phrase that starts at token `start`, not reaching right of `hi`. */
export function nounPhraseStartingAt(
  tokens: readonly Token[],
  start: number,
  hi: number,
): [number, number] | null {
  if (start > hi || !isNpToken(tokens[start])) return null;
  let i = start;
  while (i + 1 <= hi && i - start < MAX_NP) {
    const t = tokens[i + 1];
    if (isNpToken(t) && !(t.pos === 'DET' && i > start)) i++;
    else if (NP_JOINERS.has(t.norm) && i + 2 <= hi && isNounish(tokens[i]) && isNounish(tokens[i + 2])) i++;
    else break;
  }
  while (i > start && !isNounish(tokens[i])) i--; // end on the head noun
  return isNounish(tokens[i]) ? [start, i] : null;
}

/**
 * The subject of the cue at `cue`: a pronoun, or a noun phrase, skipping an apposition or relative
 * clause set off by commas (`Ana X, a political analyst, said`; `X, who replaced Y, said` -> X).
 */
export function subjectBefore(
  tokens: readonly Token[],
  cue: number,
  lo: number,
  depth = 0,
): [number, number] | null {
  let i = cue - 1;
  let skipped = 0;
  while (
    i >= lo &&
    skipped < 3 &&
    BETWEEN_SUBJECT_AND_VERB.has(tokens[i].pos) &&
    !SPEAKER_PRONOUNS.has(tokens[i].norm)
  ) {
    i--;
    skipped++;
  }
  if (i < lo) return null;
  const t = tokens[i];
  if (SPEAKER_PRONOUNS.has(t.norm)) return [i, i];
  if (t.norm === 'and' && depth === 0) {
    // `X denied it and told the police ...`: the subject of the clause's first verb.
    let first = -1;
    for (let k = i - 1, n = 0; k >= lo && n < 40; k--, n++) {
      if (/^[.;:!?"\u201C\u201D]$/.test(tokens[k].norm)) break;
      if (tokens[k].pos === 'VERB') first = k;
    }
    return first >= 0 ? subjectBefore(tokens, first, lo, depth + 1) : null;
  }
  if (t.norm === ',' || t.norm === ')') return subjectBeforeInsertion(tokens, i, lo);
  // `X, who ...`; but an acronym in capitals (`WHO`, the World Health Organization) is a name.
  if (RELATIVES.has(t.norm) && !/^\p{Lu}{2,}$/u.test(t.text) && i - 1 >= lo) {
    const k = tokens[i - 1].norm === ',' ? i - 2 : i - 1;
    return nounPhraseEndingAt(tokens, k, lo);
  }
  let np = nounPhraseEndingAt(tokens, i, lo);
  // `reports that building industry sources have estimated`: `that` opens the clause, not the phrase.
  // (A determiner `that` agrees with a singular head: before a plural it is the conjunction.)
  if (np && np[0] < np[1] && tokens[np[0]].norm === 'that' && /[^s]s$/.test(tokens[np[1]].norm))
    np = [np[0] + 1, np[1]];
  // `China on Tuesday demanded`: a time phrase between subject and verb.
  if (np && depth < 2 && isTimePhrase(tokens, np) && np[0] - 1 >= lo) {
    const before = tokens[np[0] - 1];
    if (before.pos === 'ADP' || before.norm === 'last' || before.norm === 'this') {
      return subjectBefore(tokens, np[0] - 1, lo, depth + 1); // as if the verb stood before the time phrase
    }
  }
  // `A new study documenting iodine status in Australian school children has revealed`, `Officials
  // in Kabul said`: a phrase after a preposition is no subject; the phrase that opens the clause is.
  if (np && np[0] - 1 >= lo && tokens[np[0] - 1].pos === 'ADP' && tokens[np[0] - 1].norm !== 'by') {
    let start = np[0] - 1;
    while (start - 1 >= lo && !/^[,;:.!?"\u201C\u201D]$/.test(tokens[start - 1].norm)) start--;
    const head = start < np[0] - 1 ? nounPhraseStartingAt(tokens, start, np[0] - 2) : null;
    const next = head ? tokens[head[1] + 1] : null;
    if (head && next && (next.pos === 'ADP' || (next.pos === 'VERB' && /ing$/.test(next.norm)))) return head;
  }
  // `A letter seen by Sky News says`: the agent of a participle is not the subject.
  if (np && np[0] - 2 >= lo && tokens[np[0] - 1].norm === 'by' && tokens[np[0] - 2].pos === 'VERB') {
    const before = nounPhraseEndingAt(tokens, np[0] - 3, lo);
    if (before) return before;
  }
  return np;
}

const TIME_WORDS = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'yesterday',
  'today',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'week',
  'weekend',
  'month',
  'year',
  'last',
  'this',
]);

/** `Tuesday`, `last week`, `March 3`: a phrase made only of time words and numbers. */
function isTimePhrase(tokens: readonly Token[], np: [number, number]): boolean {
  for (let k = np[0]; k <= np[1]; k++)
    if (!TIME_WORDS.has(tokens[k].norm) && tokens[k].pos !== 'NUM') return false;
  return true;
}

/** Words that open an adverbial clause, not a subject (`After the match,`, `However,`). */
const OPENER_POS = new Set(['ADP', 'ADV', 'SCONJ', 'VERB']);
const INTRO_WORDS = new Set([
  'yesterday',
  'today',
  'tonight',
  'meanwhile',
  'separately',
  'however',
  'earlier',
  'later',
  'also',
]);

/**
 * The subject before a comma-set insertion (`Ana X, a political analyst, said`; `Cynthia T, curator
 * at the University of A, Fayetteville, said`): the first comma-separated segment of the clause that
 * is a whole noun phrase, skipping openers such as `After the match,` or `Yesterday,`.
 */
function subjectBeforeInsertion(
  tokens: readonly Token[],
  comma: number,
  lo: number,
): [number, number] | null {
  const cuts: number[] = [comma];
  let start = lo;
  for (let j = comma - 1, n = 0; j >= lo && n < 40; j--, n++) {
    const tj = tokens[j];
    if (tj.pos === 'PUNCT' && /^["\u201C\u201D.;:!?]$/.test(tj.norm)) {
      start = j + 1;
      break;
    }
    if (tj.norm === ',' || tj.norm === '(') cuts.push(j);
  }
  cuts.reverse(); // left to right
  let a = start;
  let previous: [number, number] | null = null;
  for (const cut of cuts) {
    const b = cut - 1;
    const opener = INTRO_WORDS.has(tokens[a]?.norm) || OPENER_POS.has(tokens[a]?.pos);
    if (b >= a && !opener) {
      if (a === b && SPEAKER_PRONOUNS.has(tokens[a].norm)) return [a, a];
      const np = nounPhraseEndingAt(tokens, b, a);
      if (np && np[0] === a) {
        // `X is overseas but his wife Sue Kelly, co-inventor of the filter, said`: the name the
        // clause before ends with, when this segment only describes it.
        if (previous && tokens[np[1]].pos !== 'PROPN') return previous;
        return np;
      }
      const tail = nounPhraseEndingAt(tokens, b, a);
      previous = tail && tokens[tail[1]].pos === 'PROPN' && tail[1] > tail[0] ? tail : null;
    } else previous = null;
    a = cut + 1;
  }
  // No segment is a whole noun phrase: the phrase just before the last insertion, as before.
  for (let k = cuts.length - 2; k >= 0; k--) {
    const np = nounPhraseEndingAt(tokens, cuts[k] - 1, lo);
    if (np) return np;
  }
  return nounPhraseEndingAt(tokens, comma - 1, lo);
}

/** The speaker after an inverted cue (`said Smith`, `added the minister`), or a pronoun (`said he`). */
export function subjectAfter(tokens: readonly Token[], first: number, hi: number): [number, number] | null {
  if (first > hi) return null;
  if (SPEAKER_PRONOUNS.has(tokens[first].norm)) return [first, first];
  return nounPhraseStartingAt(tokens, first, hi);
}

// ---------------------------------------------------------------- turning a phrase into a speaker

const PERSONISH = new Set(['PERSON']);
const AGENTISH = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

export class SpeakerFinder {
  /** Speakers already attributed in this document, in text order: the fallback antecedents. */
  private readonly earlier: {
    at: number;
    speaker: Speaker;
    plural: boolean;
    person: boolean;
    /** A role one person holds (`a spokesperson for WHO`, `her father`): an antecedent for he and she. */
    personRole?: boolean;
  }[] = [];

  constructor(
    private readonly view: DocView,
    private readonly lex: QuoteLexicon,
    private readonly doc: import('../../model/document.js').Document,
    private readonly resolvePronoun?: PronounResolver,
  ) {}

  /** Makes a speaker from the token range [a, b] found by the patterns. */
  fromPhrase(a: number, b: number, rule: string): Speaker {
    const { tokens, text } = this.view;
    if (a === b && SPEAKER_PRONOUNS.has(tokens[a].norm)) return this.fromPronoun(a, rule);
    // `Sweden's Minister of Agriculture, Ann-Christin Nykvist, said`; `said British Defense Minister,
    // Derek Twigg`; `Fredys Cerrato, Trade Minister of Honduras called`: the role's own name.
    if (this.roleOnly(a, b)) {
      const name = this.nameAfterRole(b) ?? this.nameBeforeRole(a);
      if (name) return this.fromPhrase(name[0], name[1], `${rule}+role-name`);
    }
    const mention = this.bestMention(a, b);
    const span = (x: number, y: number): Span => ({
      start: tokens[x].start,
      end: tokens[y].end,
      text: text.slice(tokens[x].start, tokens[y].end),
    });
    const roleHead = this.startsWithRole(a, b);
    // `Health officials from the Philippines`, `the health ministry of Brazil`: a common-noun speaker
    // of a place is the whole phrase, not the place.
    if (this.commonNounOfPlace(a, b))
      return this.remember(a, { span: span(a, b), entityId: null, name: null, rule: `${rule}+role` }, 'ROLE');
    // `Health authorities` linked to `The Canadian government`: a common noun names itself.
    if (mention && mention.kind === 'nominal')
      return this.remember(
        a,
        { span: span(a, b), entityId: mention.entityId, name: span(a, b).text, rule: `${rule}+nominal` },
        mention.type === 'PERSON' ? 'ROLE' : mention.type,
      );
    if (mention && !(roleHead && mention.type !== 'PERSON')) {
      // `Hassan el Bushra` where the tagger saw only `Hassan`, `The Health and Safety Executive` where
      // it saw `Safety Executive`: the whole name run, same entity, when it says more than the entity's name.
      const known = this.entityName(mention);
      const run = this.lastNameRun(a, b);
      let whole: Span | null = null;
      let name = known;
      if (run) {
        if (
          mention.type === 'PERSON' &&
          run[0] === a &&
          (tokens[b].end > mention.end || tokens[a].start < mention.start)
        ) {
          const full = this.personName(this.stripTitles(a, b));
          if (
            full.length > known.length &&
            full.includes(known) &&
            this.onlyNameWords(full.replace(known, ''))
          )
            [whole, name] = [span(a, b), full];
        } else if (
          mention.type !== 'PERSON' &&
          tokens[run[0]].start < mention.start &&
          mention.end === tokens[b].end
        ) {
          whole = span(run[0], b);
          name = whole.text;
        }
      }
      return this.remember(
        a,
        {
          span: whole ?? spanOfMention(mention),
          entityId: mention.entityId,
          name,
          rule: `${rule}+mention`,
        },
        mention.type,
      );
    }
    // `X for Y`, `X at Y`, `X from Y`: X is the speaker, Y whom they speak for.
    let head = b;
    for (let k = a + 1; k < b; k++) {
      if (tokens[k].norm === 'for' || tokens[k].norm === 'at' || tokens[k].norm === 'from') {
        // `Undersecretary for Education Mr. T` names the person after the preposition.
        if (this.lastNameRun(a, k - 1) && this.hasNameWord(a, k - 1) && !this.hasTitle(k + 1, b))
          head = k - 1;
        break;
      }
    }
    const run = this.lastNameRun(a, head);
    // A role followed by a name (`President Abdelaziz Bouteflika`) is the name; a bare role is the phrase.
    // `A spokesman for the Health Ministry of Uganda`: the name after the preposition is whom the role serves.
    let serves = false;
    if (roleHead && run)
      for (let k = a; k < run[0]; k++) if (PREPOSITION_JOINERS.has(tokens[k].norm)) serves = true;
    const named = run !== null && !serves && this.hasNameWord(run[0], run[1]);
    if ((roleHead && !named) || (run && !named))
      return this.remember(
        a,
        { span: span(a, b), entityId: null, name: null, rule: `${rule}+role` },
        'ROLE',
        this.isPersonRole(a, b),
      );
    if (run) {
      const s = span(run[0], run[1]);
      return this.remember(
        a,
        {
          span: s,
          entityId: null,
          name: this.personName(this.stripTitles(run[0], run[1])),
          rule: `${rule}+name`,
        },
        'NAME',
      );
    }
    return this.remember(
      a,
      { span: span(a, b), entityId: null, name: null, rule: `${rule}+phrase` },
      'PHRASE',
    );
  }

  /**
   * A phrase that only describes a role (`a local health department official`, `Sweden's Minister of
   * Agriculture`, `British Defense Minister`): role nouns, titles, organisation and portfolio words,
   * lower-case words and places, with no word of a personal name.
   */
  private roleOnly(a: number, b: number): boolean {
    const { tokens, mentionAt, mentions } = this.view;
    let role = false;
    let afterPreposition = false;
    for (let k = a; k <= b; k++) {
      const t = tokens[k];
      const w = t.norm.replace(/\.$/, '');
      if (PREPOSITION_JOINERS.has(w)) afterPreposition = true;
      const inLexicon =
        this.lex.roleNouns.has(w) ||
        this.lex.notPersonWords.has(w) ||
        this.lex.titles.some((x) => x.length === 1 && (x[0] === t.norm || x[0] === w));
      // A person's role, not an organisation's name (`the Church`, `the ministry` speak for themselves).
      if (inLexicon && !this.lex.notPersonWords.has(w))
        role ||= this.lex.roleNouns.has(w) || this.lex.titles.some((x) => x[0] === w);
      // `Chief Health Officer for PEI`, `the Center for Food Safety and Nutrition director`: the
      // organisation after a preposition may be any name.
      if (inLexicon || afterPreposition || POSSESSIVE_PRONOUNS.has(t.norm) || !/^\p{Lu}/u.test(t.text))
        continue;
      // `British`, `Sweden's`: a nationality or an owner, not the person's name.
      const next = tokens[k + 1]?.norm;
      if (t.pos === 'ADJ' || (k < b && (next === "'s" || next === '\u2019s'))) continue;
      const m = mentionAt[k] >= 0 ? mentions[mentionAt[k]] : null;
      if (m && (m.type === 'GPE' || m.type === 'NORP' || m.type === 'ORG')) continue;
      return false;
    }
    return role;
  }

  /** `<role>, Jane Doe,` / `<role> within the X Authority, Jane Doe.`: the name set off after a role phrase. */
  private nameAfterRole(b: number): [number, number] | null {
    const { tokens } = this.view;
    let k = b + 1;
    for (let n = 0; k < tokens.length && n < 12 && tokens[k].norm !== ','; k++, n++) {
      const t = tokens[k];
      if (t.sentence !== tokens[b].sentence || t.pos === 'VERB' || t.pos === 'AUX' || STOP_NAME.has(t.norm))
        return null;
    }
    if (tokens[k]?.norm !== ',') return null;
    const run = this.nameRunFrom(k + 1);
    if (!run) return null;
    const after = tokens[run[1] + 1];
    const closes =
      !after || after.sentence !== tokens[b].sentence || after.pos === 'PUNCT' || after.pos === 'VERB';
    return closes ? run : null;
  }

  /** `Fredys Cerrato, <role> called`: a name just before the comma that opens the role phrase. */
  private nameBeforeRole(a: number): [number, number] | null {
    const { tokens } = this.view;
    if (a < 2 || tokens[a - 1].norm !== ',' || tokens[a].pos === 'DET') return null;
    const end = a - 2;
    if (!isNameToken(tokens[end])) return null;
    let start = end;
    while (
      start - 1 >= 0 &&
      isNameToken(tokens[start - 1]) &&
      tokens[start - 1].sentence === tokens[end].sentence
    )
      start--;
    // Only a name that opens its clause (`On Monday, officials said` is no name).
    const before = tokens[start - 1];
    const opens =
      !before || before.sentence !== tokens[end].sentence || before.norm === 'and' || before.pos === 'PUNCT';
    if (!opens || TIME_WORDS.has(tokens[end].norm)) return null;
    return end > start || tokens[end].pos === 'PROPN' ? [start, end] : null;
  }

  /** A run of capitalised name words (with `-` and particles such as `al`, `de`) starting at `i`. */
  private nameRunFrom(i: number): [number, number] | null {
    const { tokens } = this.view;
    if (i >= tokens.length || !isNameToken(tokens[i])) return null;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].sentence === tokens[i].sentence) {
      const t = tokens[j + 1];
      if (
        isNameToken(t) ||
        ((t.norm === '-' || NAME_PARTICLES.has(t.norm)) && isNameToken(tokens[j + 2] ?? t))
      )
        j++;
      else break;
    }
    while (j > i && !isNameToken(tokens[j])) j--;
    if (this.roleOnly(i, j)) return null;
    return [i, j];
  }

  /** Whether a capitalised run has a word that is neither a role nor a title (`Bouteflika`, not `Minister`). */
  private hasNameWord(a: number, b: number): boolean {
    const { tokens } = this.view;
    for (let k = a; k <= b; k++) {
      const w = tokens[k].norm;
      if (
        !this.lex.roleNouns.has(w) &&
        !this.lex.titles.some((t) => t.length === 1 && t[0] === w) &&
        w !== 'of'
      )
        return true;
    }
    return false;
  }

  /** Whether a one-word title (`Mr.`, `Dr`) stands in [a, b]: a name follows it. */
  private hasTitle(a: number, b: number): boolean {
    const { tokens } = this.view;
    for (let k = a; k <= b; k++)
      if (this.lex.titles.some((t) => t.length === 1 && t[0] === tokens[k].norm)) return true;
    return false;
  }

  /** Whether a phrase could be the source of a report (for indirect speech, which needs more care). */
  plausible(a: number, b: number): boolean {
    const { tokens, mentionAt, mentions } = this.view;
    for (let i = a; i <= b; i++) {
      const t = tokens[i];
      if (t.pos === 'PROPN' || SPEAKER_PRONOUNS.has(t.norm) || this.lex.roleNouns.has(t.norm)) return true;
      if (mentionAt[i] >= 0 && AGENTISH.has(mentions[mentionAt[i]].type)) return true;
    }
    return false;
  }

  private fromPronoun(i: number, rule: string): Speaker {
    const { tokens, mentionAt, mentions, text } = this.view;
    const t = tokens[i];
    const span: Span = { start: t.start, end: t.end, text: text.slice(t.start, t.end) };
    let entityId: string | null = null;
    let how = 'pronoun';
    const own = mentionAt[i] >= 0 ? mentions[mentionAt[i]] : null;
    const barred = this.barredAntecedents(i);
    // `She says ...` linked to a man the text calls `he`: a coreference slip, not the speaker.
    if (own?.entityId && this.genderClash(own.entityId, t.norm, own.text)) barred.add(own.entityId);
    if (own?.entityId && !barred.has(own.entityId)) {
      entityId = own.entityId;
      how = 'pronoun.coref';
    } else if (this.resolvePronoun) {
      entityId = this.resolvePronoun(this.doc, i);
      if (entityId && barred.has(entityId)) entityId = null;
      if (entityId) how = 'pronoun.resolver';
    }
    if (entityId && (t.norm === 'he' || t.norm === 'she')) {
      // `Jim Guthrie says ... in Cyclone Larry's path. "...," he said.`: the person who spoke in this or
      // the previous sentence of the paragraph is who goes on speaking, whatever the coreference says.
      const speaker = this.recentCueSubject(i, barred);
      if (speaker && speaker.entityId !== entityId)
        return {
          ...speaker,
          name: speaker.name ?? speaker.span.text,
          span,
          rule: `${rule}+pronoun.last-speaker`,
        };
      // `A spokesperson for WHO said ... He continued`: a person's role attributed after the entity's
      // last mention is the nearer antecedent.
      const role = this.recentPersonRole(t.start);
      if (role && this.lastMentionBefore(entityId, t.start) < role.at)
        return {
          ...role.speaker,
          name: role.speaker.name ?? role.speaker.span.text,
          span,
          rule: `${rule}+pronoun.role`,
        };
    }
    if (!entityId && (t.norm === 'i' || t.norm === 'we'))
      return { span, entityId: null, name: null, rule: `${rule}+pronoun.unresolved` };
    if (!entityId) {
      const antecedent = this.antecedent(i, t.norm, barred);
      if (antecedent) {
        const sp: Speaker = {
          ...antecedent,
          name: antecedent.name ?? antecedent.span.text,
          span,
          rule: `${rule}+pronoun.nearest`,
        };
        return sp;
      }
      return { span, entityId: null, name: null, rule: `${rule}+pronoun.unresolved` };
    }
    const e = this.view.entities.get(entityId);
    const name = e ? (e.type === 'PERSON' ? this.personName(e.name) : e.name) : null;
    return { span, entityId, name, rule: `${rule}+${how}` };
  }

  /**
   * Who a speaking pronoun cannot be: anyone named later in its own sentence outside quotation
   * (`He described Montalvo as ...`: not Montalvo) or inside the quotation of that sentence
   * (`He said, "Andy Warhol was the center ..."`: not Warhol). Entity ids, or the text of unlinked mentions.
   */
  private barredAntecedents(i: number): Set<string> {
    const { tokens, sentences, mentions, quoted } = this.view;
    const barred = new Set<string>();
    const s = sentences[tokens[i].sentence];
    if (!s || !mentions.length) return barred;
    const from = tokens[s.firstToken].start;
    const to = tokens[s.lastToken].end;
    for (let k = this.firstMentionFrom(from); k < mentions.length && mentions[k].start < to; k++) {
      const m = mentions[k];
      if (m.kind === 'pronoun') continue;
      const inQuote = quoted[tokenAtOrAfter(tokens, m.start)] === 1;
      if (inQuote || m.start > tokens[i].end) barred.add(m.entityId ?? m.text);
    }
    return barred;
  }

  /** Whether the entity's other pronouns are mostly of the other gender than `pronoun` (he/she). */
  private genderClash(entityId: string, pronoun: string, self: string): boolean {
    const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    if (!want) return false;
    const counts = this.pronounGenders().get(entityId);
    if (!counts) return false;
    // The pronoun itself is among the counts: leave it out.
    const same = counts[want] - (PRONOUN_GENDER[self.toLowerCase()] === want ? 1 : 0);
    const other = counts[want === 'm' ? 'f' : 'm'];
    return other > same;
  }

  private genders: Map<string, { m: number; f: number }> | null = null;

  /** How many he/him/his and she/her pronouns each entity has, counted once per document. */
  private pronounGenders(): Map<string, { m: number; f: number }> {
    if (this.genders) return this.genders;
    this.genders = new Map();
    for (const m of this.view.mentions) {
      const g = m.kind === 'pronoun' && m.entityId ? PRONOUN_GENDER[m.text.toLowerCase()] : undefined;
      if (!g || !m.entityId) continue;
      const c = this.genders.get(m.entityId) ?? { m: 0, f: 0 };
      c[g]++;
      this.genders.set(m.entityId, c);
    }
    return this.genders;
  }

  /** Start of the entity's last name mention before `offset` (-1: none). */
  private lastMentionBefore(entityId: string, offset: number): number {
    const { mentions } = this.view;
    for (let k = this.firstMentionFrom(offset) - 1; k >= 0; k--) {
      const m = mentions[k];
      if (m.entityId === entityId && m.kind !== 'pronoun' && !this.insideQuotation(m.start)) return m.start;
    }
    return -1;
  }

  private firstMentionFrom(offset: number): number {
    const { mentions } = this.view;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Nearest earlier compatible mention (or attributed speaker, when there are no mentions). */
  private antecedent(i: number, pronoun: string, barred: ReadonlySet<string> = new Set()): Speaker | null {
    const { mentions, tokens } = this.view;
    const at = tokens[i].start;
    const wantPerson = pronoun === 'he' || pronoun === 'she';
    const wantThing = pronoun === 'it';
    const gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    // Mentions are sorted by start; walk back from the pronoun.
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    if (!wantPerson) {
      // `The authors say ... They call for ...`: a group pronoun right after a reported source is that source.
      const recent = this.lastSpeakerBefore(at, RECENT_SOURCE_CHARS);
      if (recent) return recent;
    }
    const role = wantPerson ? this.recentPersonRole(at) : null;
    for (let k = lo - 1; k >= 0; k--) {
      const m = mentions[k];
      if (role && m.start < role.at) return { ...role.speaker, rule: 'pronoun.role' };
      if (m.kind === 'pronoun' && !m.entityId) continue;
      if (this.insideQuotation(m.start)) continue; // names inside someone's words are not antecedents
      if (barred.has(m.entityId ?? m.text)) continue;
      if (wantPerson && !PERSONISH.has(m.type)) continue;
      if (wantThing && (m.type === 'PERSON' || m.type === 'NORP')) continue;
      if (!wantPerson && !wantThing && !AGENTISH.has(m.type)) continue; // they
      if (gender && genderOf(m.text) && genderOf(m.text) !== gender) continue;
      return {
        span: spanOfMention(m),
        entityId: m.entityId,
        name: this.entityName(m),
        rule: 'pronoun.nearest',
      };
    }
    if (role) return { ...role.speaker, rule: 'pronoun.role' };
    if (mentions.length) {
      // No mention fits (the tagger missed the name, or it is barred): the last person attributed nearby.
      if (!wantPerson) return null;
      let last: { at: number; speaker: Speaker } | null = null;
      for (const e of this.earlier)
        if (e.person && e.at < at && e.at >= at - 2 * RECENT_SOURCE_CHARS && (!last || e.at > last.at))
          if (!barred.has(e.speaker.entityId ?? e.speaker.span.text)) last = e;
      return last ? { ...last.speaker, rule: 'pronoun.recent-speaker' } : null;
    }
    let best: Speaker | null = null;
    let bestAt = -1;
    let anySpeaker: Speaker | null = null;
    let anyAt = -1;
    for (const e of this.earlier) {
      if (e.at >= at) continue;
      if (!wantPerson && e.speaker.rule !== 'name-run' && e.at > anyAt) {
        anySpeaker = e.speaker;
        anyAt = e.at;
      }
      if (e.at <= bestAt) continue;
      if (wantPerson && !e.person) continue;
      if (!wantPerson && !e.plural) continue; // they, it: a group or an organisation
      best = e.speaker;
      bestAt = e.at;
    }
    // `KCNA said. "..." it added`: with no group in sight, the last speaker.
    return best ?? anySpeaker;
  }

  private remember(at: number, speaker: Speaker, type: string, personRole = false): Speaker {
    const { tokens } = this.view;
    const person = type === 'PERSON' || type === 'NAME';
    this.earlier.push({
      at: tokens[at].start,
      speaker,
      plural: type !== 'PERSON' && type !== 'NAME' && !personRole,
      person,
      personRole,
    });
    return speaker;
  }

  /** A singular role noun heads the phrase's first part: `a spokesperson for WHO`, not `officials`, `the ministry`. */
  private isPersonRole(a: number, b: number): boolean {
    const { tokens } = this.view;
    for (let k = a; k <= b; k++) {
      const w = tokens[k].norm;
      if (w === 'for' || w === 'of' || w === 'at') break;
      if (!this.lex.roleNouns.has(w) || this.lex.notPersonWords.has(w)) continue;
      return !/[^s]s$/.test(w) && !w.endsWith('men') && !w.endsWith('people');
    }
    return false;
  }

  /** The person (a name, not a role) who is the subject of a cue in the pronoun's sentence or the one before, same paragraph. */
  private recentCueSubject(i: number, barred: ReadonlySet<string>): Speaker | null {
    const { tokens, sentences } = this.view;
    const here = tokens[i].sentence;
    const from = sentences[here - 1]?.paragraph === sentences[here].paragraph ? here - 1 : here;
    const lo = tokens[sentences[from].firstToken].start;
    let best: { at: number; speaker: Speaker } | null = null;
    for (const e of this.earlier) {
      if (!e.person || e.at < lo || e.at >= tokens[i].start || e.speaker.rule === 'name-run') continue;
      if (!e.speaker.rule.startsWith('cue-subject') || barred.has(e.speaker.entityId ?? e.speaker.span.text))
        continue;
      if (!best || e.at > best.at) best = e;
    }
    return best?.speaker ?? null;
  }

  /** The last person's role attributed shortly before `at` (`A spokesperson said ... He continued`). */
  private recentPersonRole(at: number): { at: number; speaker: Speaker } | null {
    let best: { at: number; speaker: Speaker } | null = null;
    for (const e of this.earlier) {
      if (!e.personRole || e.at >= at || e.at < at - RECENT_SOURCE_CHARS) continue;
      if (!best || e.at > best.at) best = e;
    }
    return best;
  }

  /**
   * Without a mentions layer, notes runs of two or three capitalised words that look like a person's
   * name (`Archie Lluz`, not `Health Ministry`) as antecedents for he and she. Called once per document.
   */
  noteNameRuns(): void {
    if (this.view.mentions.length) return;
    const { tokens, quoted } = this.view;
    const runs: { at: number; speaker: Speaker; plural: boolean; person: boolean }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].pos !== 'PROPN' || quoted[i]) continue;
      let j = i;
      while (
        j + 1 < tokens.length &&
        tokens[j + 1].pos === 'PROPN' &&
        !quoted[j + 1] &&
        tokens[j + 1].sentence === tokens[i].sentence
      )
        j++;
      let person = j - i >= 1 && j - i <= 4;
      for (let k = i; k <= j && person; k++) if (this.lex.notPersonWords.has(tokens[k].norm)) person = false;
      if (person)
        runs.push({ at: tokens[i].start, speaker: this.fromPhraseQuiet(i, j), plural: false, person: true });
      i = j;
    }
    this.earlier.push(...runs);
    this.earlier.sort((x, y) => x.at - y.at);
  }

  private fromPhraseQuiet(a: number, b: number): Speaker {
    const { tokens, text } = this.view;
    return {
      span: { start: tokens[a].start, end: tokens[b].end, text: text.slice(tokens[a].start, tokens[b].end) },
      entityId: null,
      name: this.stripTitles(a, b),
      rule: 'name-run',
    };
  }

  /** The last attributed (not guessed) speaker that is a group or organisation, within `window` characters. */
  private lastSpeakerBefore(at: number, window: number): Speaker | null {
    let best: Speaker | null = null;
    let bestAt = -1;
    for (const e of this.earlier) {
      if (e.at >= at || e.at < at - window || e.at <= bestAt || !e.plural || e.speaker.rule === 'name-run')
        continue;
      if (e.speaker.span.text.length > 0 && /^(it|they)$/i.test(e.speaker.span.text)) continue;
      best = e.speaker;
      bestAt = e.at;
    }
    return best;
  }

  private insideQuotation(offset: number): boolean {
    const { tokens, quoted } = this.view;
    const k = tokenAtOrAfter(tokens, offset);
    return k < tokens.length && quoted[k] === 1;
  }

  /** The mention over the phrase's head (its last word, or the word before `for`/`at`): `U.S. Department of Agriculture` is not `U.S.`. */
  private bestMention(a: number, b: number): Mention | null {
    const { mentionAt, mentions, tokens } = this.view;
    let head = b;
    for (let k = a + 1; k < b; k++) {
      if (tokens[k].norm === 'for' || tokens[k].norm === 'at' || tokens[k].norm === 'from') {
        head = k - 1;
        break;
      }
      // `Dr. Kevin Reilly of the California Department of Health`: the person, not the department.
      const before = mentionAt[k - 1] >= 0 ? mentions[mentionAt[k - 1]] : null;
      if (tokens[k].norm === 'of' && before?.type === 'PERSON' && before.end <= tokens[k].start)
        return before;
    }
    const atHead = mentionAt[head] >= 0 ? mentions[mentionAt[head]] : null;
    // `The Health Ministry of Uganda`: the ministry speaks, not the country.
    if (atHead && (atHead.type === 'GPE' || atHead.type === 'LOC') && this.orgOfPlace(a, atHead)) return null;
    if (atHead && AGENTISH.has(atHead.type)) return atHead;
    let best: Mention | null = null;
    for (let i = a; i <= b; i++) {
      const k = mentionAt[i];
      if (k < 0) continue;
      const m = mentions[k];
      if (m.type !== 'PERSON' || m.kind === 'pronoun') continue; // `Her father` is not her; away from the head only a person's name speaks (`Foreign Secretary ... Smith`)
      best = m;
    }
    return best;
  }

  /** Whether every word is part of a personal name: capitalised, and no title, role or organisation word. */
  private onlyNameWords(words: string): boolean {
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      const low = w.toLowerCase();
      const bare = low.replace(/\.$/, '');
      if (NAME_PARTICLES.has(low)) continue;
      if (!/^\p{Lu}/u.test(w) || this.lex.roleNouns.has(bare) || this.lex.notPersonWords.has(bare))
        return false;
      if (this.lex.titles.some((t) => t.length === 1 && (t[0] === low || t[0] === bare))) return false;
    }
    return true;
  }

  /** A lower-case head noun, then `of`/`from`/`in` and the place the mention names. */
  private commonNounOfPlace(a: number, b: number): boolean {
    const { tokens, mentionAt, mentions } = this.view;
    const place = mentionAt[b] >= 0 ? mentions[mentionAt[b]] : null;
    if (!place || (place.type !== 'GPE' && place.type !== 'LOC' && place.type !== 'NORP')) return false;
    let k = tokenAtOrAfter(tokens, place.start) - 1;
    if (tokens[k]?.norm === 'the') k--;
    if (k - 1 < a || !/^(of|from|in)$/.test(tokens[k].norm)) return false;
    const head = tokens[k - 1];
    return (head.pos === 'NOUN' && /^\p{Ll}/u.test(head.text)) || this.lex.roleNouns.has(head.norm);
  }

  /** `<organisation word> of <place mention>` inside the phrase (`Health Ministry of Uganda`). */
  private orgOfPlace(a: number, place: Mention): boolean {
    const { tokens } = this.view;
    const k = tokenAtOrAfter(tokens, place.start);
    return (
      k - 2 >= a &&
      tokens[k - 1].norm === 'of' &&
      (this.lex.notPersonWords.has(tokens[k - 2].norm) || this.lex.roleNouns.has(tokens[k - 2].norm))
    );
  }

  private entityName(m: Mention): string {
    let name = (m.entityId && this.view.entities.get(m.entityId)?.name) || m.text;
    // `Sunnybrook` linked to an entity called `Head of Sunnybrook`: the role is not the name.
    if (name !== m.text && name.endsWith(` of ${m.text}`)) {
      const first = name.split(/\s+/)[0].toLowerCase();
      if (this.lex.roleNouns.has(first) || this.lex.titles.some((t) => t[0] === first)) name = m.text;
    }
    // A full name that is not part of its entity's name (`Sue Kelly` linked to `Russell Kelly`)
    // speaks for itself: the link merged two people of one family.
    if (
      m.type === 'PERSON' &&
      /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'-]*)+$/u.test(m.text) &&
      !name.includes(m.text)
    ) {
      const first = m.text.split(/\s+/)[0].toLowerCase();
      if (!this.lex.titles.some((t) => t.length === 1 && t[0].replace(/\.$/, '') === first)) name = m.text;
    }
    return m.type === 'PERSON' ? this.personName(name) : name;
  }

  /**
   * A person's name without what a tagger may have run into it from the left: an organisation
   * (`Refugee Council Enver Solomon`), a portfolio (`Education Stefania Giannini`) or a title
   * (`Education Mr. Toccafondi`): the words after the last such word.
   */
  personName(name: string): string {
    const words = name.split(/\s+/);
    const last = words[words.length - 1].toLowerCase();
    if (this.lex.notPersonWords.has(last) || this.lex.roleNouns.has(last)) return name; // an organisation
    for (let k = words.length - 2; k >= 0; k--) {
      const w = words[k].toLowerCase();
      const bare = w.replace(/\.$/, '');
      const cut =
        this.lex.notPersonWords.has(bare) ||
        this.lex.roleNouns.has(bare) ||
        // a title in the middle only (`Mr Smith` keeps its title, as the text says it)
        (k > 0 && this.lex.titles.some((t) => t.length === 1 && (t[0] === w || t[0] === bare)));
      // `Department of Agriculture` is no person's name: cut only before a capitalised word.
      if (cut) return /^\p{Lu}/u.test(words[k + 1]) ? words.slice(k + 1).join(' ') : name;
    }
    return name;
  }

  /** A phrase whose first word after determiners and adjectives is a role noun (`the minister`). */
  private startsWithRole(a: number, b: number): boolean {
    const { tokens } = this.view;
    let i = a;
    while (
      i <= b &&
      (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || POSSESSIVE_PRONOUNS.has(tokens[i].norm))
    )
      i++;
    if (i > b) return false;
    const t = tokens[i];
    return t.pos !== 'PROPN' && this.lex.roleNouns.has(t.norm);
  }

  /** The name run that ends the phrase when its head is a proper noun (with inner `of`, `-`). */
  private lastNameRun(a: number, b: number): [number, number] | null {
    const { tokens } = this.view;
    if (tokens[b].pos !== 'PROPN' && !isCapitalisedName(tokens[b])) return null;
    let start = b;
    while (start - 1 >= a) {
      const t = tokens[start - 1];
      if (t.pos === 'PROPN' || isCapitalisedName(t) || (t.pos === 'NOUN' && /^\p{Lu}/u.test(t.text))) start--;
      else if (NAME_JOINERS.has(t.norm) && start - 2 >= a && /^\p{Lu}/u.test(tokens[start - 2].text)) start--;
      else if (NAME_PARTICLES.has(t.norm) && start - 2 >= a && /^\p{Lu}/u.test(tokens[start - 2].text))
        start--;
      else if (t.norm === '-' && start - 2 >= a && NAME_PARTICLES.has(tokens[start - 2].norm))
        start--; // `al-Amr`
      else break;
    }
    return [start, b];
  }

  /** The name without leading titles (`Foreign Secretary Jane Smith` -> `Jane Smith`). */
  stripTitles(a: number, b: number): string {
    const { tokens, text } = this.view;
    let from = a;
    let i = a;
    while (i <= b) {
      const title = this.lex.titles.find(
        (words) => i + words.length - 1 <= b && words.every((w, k) => tokens[i + k].norm === w),
      );
      if (title) {
        i += title.length;
        from = i;
      } else i++;
    }
    // A phrase that is all title (`US Secretary of State`) keeps its full text.
    if (from > b || tokens[from].norm === 'of' || !/^\p{Lu}/u.test(tokens[from].text)) from = a;
    return text.slice(tokens[from].start, tokens[b].end);
  }
}

function spanOfMention(m: Mention): Span {
  return { start: m.start, end: m.end, text: m.text };
}

const PRONOUN_GENDER: Record<string, 'm' | 'f'> = {
  he: 'm',
  him: 'm',
  his: 'm',
  she: 'f',
  her: 'f',
  hers: 'f',
};
const MALE = /^(mr|sir|lord|king|prince|father|brother)\b/i;
const FEMALE = /^(mrs|ms|miss|dame|lady|queen|princess|sister)\b/i;
function genderOf(text: string): 'm' | 'f' | null {
  if (MALE.test(text)) return 'm';
  if (FEMALE.test(text)) return 'f';
  return null;
}
