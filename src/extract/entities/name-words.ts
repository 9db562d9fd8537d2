/**
 * Token tests shared by the scanner and the wire-copy rules: how a word is written (capitals,
 * acronym), compass words. The lower-case words a capitalised name may hold (`of`, `al-`, `van`) are
 * lexicon `connector`, read by the scanner.
 */
import type { NotNameKind } from '../../knowledge/actors/index.js';
import type { Token } from '../../model/layers.js';

/** Whether the character at `i` is a capital A-Z (`LA`: the second letter says the word is in capitals). */
export const isUpperAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90;
};

/**
 * Whether a word opens with a capital (A-Z, or any upper-case letter beyond ASCII); an elided French
 * article before one counts (`d'Ivoire`, `l'Aquila`), and so does one lower-case letter before a
 * capitalised word (`iTaukei`, `eBay`, `iShares`).
 */
export const isUpperStart = (s: string): boolean => {
  const c = s.charCodeAt(0);
  if ((c === 100 || c === 108) && (s[1] === "'" || s[1] === '’') && s.length > 2)
    return isUpperStart(s.slice(2));
  if (c >= 97 && c <= 122 && CAMEL_CASE.test(s)) return true;
  return (c >= 65 && c <= 90) || (c > 127 && s[0] !== s[0].toLowerCase());
};

/** One lower-case letter, then a capitalised word (`iTaukei`, `eBay`), not an acronym (`iOS`, `mRNA`). */
const CAMEL_CASE = /^[a-z][A-Z][a-z]{2,}$/;

/** Written in capitals throughout (`NATO`, `U.S.`, `A`). */
export const isAllCaps = (s: string): boolean => /^[A-Z][A-Z.&]*$/.test(s) && /[A-Z].*[A-Z]|^[A-Z]$/.test(s);

/** Written as an acronym: two to six capitals, dots allowed (`IS`, `U.S.`, `NATO`). */
export const isAcronymText = (s: string): boolean => /^(?:[A-Z]\.?){2,6}$/.test(s);

/** A token holding a letter. */
/** Subject words after which a word acronym in capitals is an emphasised verb (`there IS`, `it IS`). */
const EMPHASIS_SUBJECTS: ReadonlySet<string> = new Set([
  'there',
  'it',
  'this',
  'he',
  'she',
  'we',
  'they',
  'you',
  'i',
]);
/** Subjects that only opening a sentence come before an emphasised verb (`That IS not`; `said that IS ...`). */
const OPENING_SUBJECTS: ReadonlySet<string> = new Set(['that', 'what']);
/** Word acronyms that are verbs or adverbs when emphasised (`IS`, `AM`, `DO`, `SO`); never `US`, `WHO`. */
const EMPHASIS_WORDS: ReadonlySet<string> = new Set(['is', 'am', 'do', 'so']);
/** Word classes that follow an emphasised verb (`IS an`, `IS true`, `IS not`, `IS really`). */
const EMPHASIS_NEXT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'PART', 'NUM', 'PRON']);

/**
 * `there IS an oxygen bar`, `It IS not`: a word acronym (lexicon `word-acronym`: `IS`, `SO`) set in
 * capitals for emphasis, after a subject pronoun and before a determiner, adjective, adverb or
 * particle of the same sentence, is the word. `that IS fighters`, `to IS` stay the group.
 */
export function emphasisedWord(tokens: Token[], i: number, wordAcronyms: ReadonlySet<string>): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    !!before &&
    !!after &&
    wordAcronyms.has(t.norm) &&
    EMPHASIS_WORDS.has(t.norm) &&
    before.sentence === t.sentence &&
    after.sentence === t.sentence &&
    (EMPHASIS_SUBJECTS.has(before.norm) ||
      (OPENING_SUBJECTS.has(before.norm) && /^[A-Z]/.test(before.text))) &&
    /^[a-z]/.test(after.text) &&
    EMPHASIS_NEXT_POS.has(after.pos)
  );
}

/** An acronym written in capitals, perhaps plural (`SUV`, `IEDs`, `CO2`). */
const ACRONYM_WRITING = /^[A-Z][A-Z0-9]+s?$/;

/**
 * How token `i` is no name by `not-names.tsv`, or undefined. An `acronym` word only written in capitals
 * (`AI`, `IEDs`; `Ai Weiwei` and `Led Zeppelin` stay names), and not where it names something: in
 * brackets after a name (`Amnesty International (AI)`), before a capitalised word of a longer name
 * (`AI Act`, `LNG Canada`) or as a ticker after a colon (`NYSE: AI`).
 */
export function notNameKindOf(
  notNames: ReadonlyMap<string, NotNameKind>,
  tokens: Token[],
  i: number,
): NotNameKind | undefined {
  const t = tokens[i];
  const word = t.norm.replace(/\u2019/g, "'");
  let kind = notNames.get(word);
  // `Dec.`, `Sept.`: a month's abbreviation with its dot (`Mr.` and `Ms.` are honorifics, read elsewhere).
  if (kind === undefined && word.endsWith('.') && notNames.get(word.slice(0, -1)) === 'month') kind = 'month';
  if (kind !== 'acronym') return kind;
  if (!ACRONYM_WRITING.test(t.text)) return undefined;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const inSentence = (o: Token | undefined) => !!o && o.sentence === t.sentence;
  // `the Digital Markets Act (DMA)`: an acronym in brackets after the words it stands for is a name; a
  // wire's closing `(END)` is not.
  const defined = inSentence(tokens[i - 2]) && isWord(tokens[i - 2]);
  if (inSentence(before) && inSentence(after) && before.text === '(' && after.text === ')' && defined)
    return undefined;
  if (inSentence(after) && /^[A-Z]/.test(after.text) && after.start === t.end + 1) return undefined;
  if (inSentence(before) && before.text === ':') return undefined;
  return kind;
}

export const isWord = (t: Token): boolean => /[A-Za-z\u00C0-\u024F]/.test(t.text);

/**
 * `al-Qaeda` (three tokens): a lower-case article of `articles` (lexicon list `article-prefix`) glued
 * by a hyphen to a capitalised word.
 */
export const isLowerArticlePrefix = (
  tokens: Token[],
  i: number,
  last: number,
  articles: ReadonlySet<string>,
): boolean =>
  i + 2 <= last &&
  articles.has(tokens[i].text) &&
  tokens[i + 1].text === '-' &&
  tokens[i + 1].start === tokens[i].end &&
  tokens[i + 2].start === tokens[i + 1].end &&
  isUpperStart(tokens[i + 2].text);

/** The four compass points (`Kowloon West`, `the South`). */
export const COMPASS_POINTS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);

/** Compass words that name part of a place (`Southern Indiana`): the points and their adjectives. */
export const COMPASS: ReadonlySet<string> = new Set([
  ...COMPASS_POINTS,
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
]);

/** Whether token `i` opens its sentence or follows a quote mark, a bracket or a colon. */
export function sentenceInitial(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i].sentence || /^["\u201C\u2018'([:]$/.test(prev.text);
}

/**
 * Token `i` is followed by a score and a capitalised word that a score follows in turn, within four
 * words: `Highlanders 2 Dynamos 1`, `Rangers 0 Celtic 3`, a result as papers print them in a line.
 */
export function scoredAgainstName(tokens: Token[], i: number): boolean {
  const same = (k: number) => tokens[k]?.sentence === tokens[i].sentence;
  if (!same(i + 2) || !SCORE.test(tokens[i + 1].text) || !isUpperAt(tokens[i + 2].text, 0)) return false;
  for (let k = i + 3; k <= i + 6 && same(k); k++) {
    if (SCORE.test(tokens[k].text)) return true;
    if (!isUpperAt(tokens[k].text, 0)) return false;
  }
  return false;
}

const SCORE = /^\d{1,2}$/;

/** The words after `Funeral` that end an undertaker's name (`Groff Funeral Home`, `Cawley's Funeral Directors`). */
export const FUNERAL_BUSINESS = /^(?:home|homes|directors|services|chapel|parlour|parlor)$/;

/** Head words that head a name only as its last word (`General Staff`; not `Staff of the Fine Arts Department`). */
export const LAST_ONLY_HEADS: ReadonlySet<string> = new Set(['staff']);

/** Words of administrative divisions that end a place's name and are no surname (`Crawford County`). */
export const ADMIN_DIVISION =
  /^(?:county|province|oblast|prefecture|governorate|municipality|township|borough)$/;

/** Words that end a street's name, in an address too (`of Main Street, Lisnaskea`, `Park Lane`). */
export const STREET_WORD =
  /^(?:street|road|avenue|boulevard|lane|drive|close|crescent|terrace|way|park|place|gardens|court|square|grove|hill|row|walk)$/;
