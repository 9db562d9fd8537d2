/**
 * Capitalised words that look like names but name no actor, dropped after the tagger has spoken:
 * - diseases and pathogens (`HIV`, `BSE`, `Hepatitis C`, `H5N1`, `West Nile virus`, `Lyme disease`):
 *   a name on the lexicon's `disease` list, a flu strain (`H5N1`; `H5` and `N1` beside a flu word),
 *   a name made only of those and disease words (`H5N1 Bird Flu`), or any capitalised name right
 *   before a disease noun (lexicon `disease-noun-after`: `virus`, `fever`, `syndrome`, ...) is no
 *   mention (rule `drop.disease`). A list name before a place noun stays (`the Ebola river`).
 * - currency signs (`US$460`, `A$44,000`, `HK$`): the country code glued to `$` is no mention
 *   (rule `drop.currency-sign`).
 * - post-nominal letters (`QC`, `SC`, `CBE`, lexicon `post-nominal`) right after a person's name, with or
 *   without a comma (`Mark Tedeschi, QC, said`): no organisation (rule `drop.post-nominal`); inside the
 *   person's span (`Tom Molomby SC`) they are cut off it.
 * - a title alone (`MP calls for probe`, `Administrator`): a role, not a name (rule `drop.title-alone`).
 * - an acronym the article defines by lower-case words (`iodine deficiency disorders (IDD)`): a term,
 *   not a name, wherever it is used (rule `drop.common-acronym`).
 * - market codes of wire copy (`.DJI`, `EUR=`, `US10YT=RR`, `NKc1`): no names (rule `drop.ticker`).
 * - a place or people named in an amount of money (`176 Hong Kong dollars`, `5 billion Australian
 *   dollars`, lexicon `currency-word`), the signs of the rupee, rupiah, taka and shilling before a number
 *   (`Rs`, `Rp`, `Tk`, `KSh`) and those glued to it (`N2.1bn`, `R500m`, `P125`): part of the amount,
 *   as in OntoNotes' MONEY (rule `drop.currency-sign`).
 * - a holiday or named day (`Black Friday`, `Diwali`, lexicon `named-day`): a time, not a name (rule
 *   `drop.named-day`).
 * - a unit glued to a number (`2.6GHz`, `512GB`, `39°C`) or a temperature's scale after `degrees`
 *   (`45 degrees Celsius`): part of the amount (rule `drop.unit`).
 * - one capital letter alone (`Q:`, an inverted `T`): a label or a shape (rule `drop.single-letter`).
 * Anything nested inside a dropped span (`Nile` in `West Nile virus`) goes too.
 */
import type { PhraseIndex, Title } from '../../knowledge/actors/types.js';
import type { Token } from '../../model/layers.js';
import { type Candidate, surnamesOfFullNames } from './candidates.js';
import type { EntitiesLexicon } from './lexicon.js';

/** Influenza subtypes in full (`H5N1`, `H1N1`, `A(H7N9)` read as `H7N9`). */
const STRAIN = /^(?:a\()?h\d{1,2}n\d{1,2}\)?$/;
/** Half a subtype (`H5`, `N1`): a strain only beside a flu word. */
const HALF_STRAIN = /^[hn]\d{1,2}$/;
/** Flu words that make `H5` and `N1` strains when they follow within a few words. */
const FLU_CONTEXT = new Set([
  'flu',
  'influenza',
  'avian',
  'virus',
  'viruses',
  'strain',
  'strains',
  'subtype',
  'subtypes',
]);
/** How many words after `H5` a flu word may come (`H5 and N1 avian influenza subtypes`). */
const FLU_WINDOW = 5;
/** Words of an article about India's stock markets, where `BSE` is the Bombay exchange, not the cattle disease. */
const INDIAN_MARKET = /\b(?:Sensex|NSE|Nifty|Dalal Street)\b/;
/** Nouns that, after `'s`, make a one-word name an eponym of a disease (`Alzheimer's disease`). */
const EPONYM_NOUNS = new Set(['disease', 'syndrome']);

export type DropRule =
  | 'drop.disease'
  | 'drop.currency-sign'
  | 'drop.post-nominal'
  | 'drop.title-alone'
  | 'drop.ticker'
  | 'drop.common-acronym'
  | 'drop.named-day'
  | 'drop.unit'
  | 'drop.single-letter'
  | 'drop.funding-round'
  | 'drop.word-alone';

/** Words of amounts before a currency's country (`88 billion Hong Kong dollars`). */
const AMOUNT_WORD = /^(?:\d[\d.,]*|hundred|thousand|million|billion|trillion|bn|mn|m)$/i;

/** Why `c` names no actor, or null. */
export function nonActorRule(
  c: Candidate,
  tokens: Token[],
  text: string,
  lex: EntitiesLexicon,
): DropRule | null {
  if (c.kind !== 'name' && c.kind !== 'acronym') return null;
  if (text[c.end] === '$' || text[c.end - 1] === '$') return 'drop.currency-sign';
  if (isTicker(c, text)) return 'drop.ticker';
  if (inAmount(c, tokens, lex)) return 'drop.currency-sign';
  if (inNamedDay(c, tokens, text, lex.words['named-day'])) return 'drop.named-day';
  if (gluedToNumber(c, tokens) || temperatureScale(c, tokens)) return 'drop.unit';
  if (singleLetter(c, tokens)) return 'drop.single-letter';
  if (fundingRound(c, tokens)) return 'drop.funding-round';
  if (wordAlone(c, tokens, lex.words['not-alone'])) return 'drop.word-alone';
  if (wordNeverAlone(c, tokens, lex.words['never-alone'])) return 'drop.word-alone';
  if (commonAfterArticle(c, tokens, lex.words['common-after-article'])) return 'drop.word-alone';
  return isDisease(c, tokens, text, lex) ? 'drop.disease' : null;
}

/**
 * `Diwali`, `Black Friday`, `Columbus Day`: the name, alone or with up to two words on either side, is a
 * named day (the `Black` left of `Friday`, a calendar word that ends runs; `Columbus` and `Day`). A
 * dictionary name alone is not (`Eid` the town), but inside a longer day's name it is.
 */
function inNamedDay(c: Candidate, tokens: Token[], text: string, days: ReadonlySet<string>): boolean {
  // (three words before: `New Year 's Eve`)
  for (let first = c.first; first >= c.first - 3 && tokens[first]?.sentence === c.sentence; first--)
    for (let last = c.last; last <= c.last + 2 && tokens[last]?.sentence === c.sentence; last++) {
      if (first === c.first && last === c.last && c.actorIds.length) continue;
      const phrase = text
        .slice(tokens[first].start, tokens[last].end)
        .toLowerCase()
        .replace(/\u2019/g, "'");
      if (days.has(phrase)) return true;
    }
  return false;
}

/**
 * `Q: What did you learn?`, `an inverted “T”`, `the S line`: one capital letter alone is a label or a
 * shape, no name. `X` stays (the platform: `posted on X`), and so do initials (`J.`).
 */
function singleLetter(c: Candidate, tokens: Token[]): boolean {
  const t = tokens[c.first];
  // `Mr. K`: a person known by a letter keeps it.
  const honorific = /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(tokens[c.first - 1]?.text ?? '');
  return c.first === c.last && !c.actorIds.length && /^[A-WYZ]$/.test(t.text) && !honorific;
}

/**
 * `a $60 million Series B round`, `its Series A in 2019`: a start-up's funding round by its letter, no
 * name (`World Series` opens with another word).
 */
function fundingRound(c: Candidate, tokens: Token[]): boolean {
  if (tokens[c.first].text !== 'Series' || c.last > c.first + 1) return false;
  const letter = tokens[c.first + 1];
  return (
    letter?.sentence === c.sentence &&
    /^[A-H]\d?$/.test(letter.text) &&
    tokens[c.first].end + 1 === letter.start
  );
}

/**
 * `the Party, the State and himself`, `as State President`, `State television`: a word of the lexicon
 * `not-alone`, written alone with no dictionary's actor, names no one (`the State of Israel` goes on
 * with `of`; before a verb, `State will hire` may be a team's short name).
 */
/**
 * `the Government said`, `a Government decision`: a common noun some papers capitalise, alone, names no
 * one even where it acts (lexicon `never-alone`); with `of` it opens a name (`the Government of India`).
 */
function wordNeverAlone(c: Candidate, tokens: Token[], words: ReadonlySet<string>): boolean {
  return (
    c.first === c.last &&
    !c.actorIds.length &&
    words.has(tokens[c.first].norm) &&
    tokens[c.last + 1]?.norm !== 'of'
  );
}

function wordAlone(c: Candidate, tokens: Token[], words: ReadonlySet<string>): boolean {
  if (c.first !== c.last || c.actorIds.length || !words.has(tokens[c.first].norm)) return false;
  const next = tokens[c.last + 1];
  if (next?.norm === 'of') return false;
  return !(next?.sentence === c.sentence && (next.pos === 'VERB' || next.pos === 'AUX'));
}

/**
 * `the Bill was passed`, `the government at the Centre`: a word of the lexicon `common-after-article` after
 * an article, alone and with no dictionary's actor, is the common noun, verb or not (`Well, Bill, I think`
 * keeps its person).
 */
function commonAfterArticle(c: Candidate, tokens: Token[], words: ReadonlySet<string>): boolean {
  if (c.first !== c.last || c.actorIds.length || !words.has(tokens[c.first].norm)) return false;
  if (tokens[c.last + 1]?.norm === 'of') return false;
  return /^(?:the|a|this)$/.test(tokens[c.first - 1]?.norm ?? '');
}

/** `2.6GHz`, `512GB`, `5300M`: a capitalised unit glued to a number is part of the amount. */
function gluedToNumber(c: Candidate, tokens: Token[]): boolean {
  const prev = tokens[c.first - 1];
  return c.first === c.last && !!prev && prev.end === tokens[c.first].start && /\d$|^°$/.test(prev.text);
}

/** `45 degrees Celsius`, `39°C.`: a temperature's scale after `degrees` or a glued degree sign. */
function temperatureScale(c: Candidate, tokens: Token[]): boolean {
  const prev = tokens[c.first - 1];
  return (
    c.first === c.last &&
    /^(?:celsius|fahrenheit|centigrade|kelvin)$/.test(tokens[c.first].norm) &&
    prev?.sentence === c.sentence &&
    /^(?:degrees?|°)$/.test(prev.norm)
  );
}

/**
 * `.DJI`, `.SPX` (an index code after a glued full stop), `EUR=`, `XAU=`, `US10YT=RR` (codes around a
 * glued `=`), `NKc1`, `LCOc1` (futures contracts).
 */
function isTicker(c: Candidate, text: string): boolean {
  if (c.first !== c.last) return false;
  const before = text[c.start - 1] ?? ' ';
  const dotted = before === '.' && /[\s(]/.test(text[c.start - 2] ?? ' ');
  return dotted || text[c.end] === '=' || before === '=' || /^[A-Z]{2,}c\d$/.test(text.slice(c.start, c.end));
}

/** `176 Hong Kong dollars`, `Rs 24 lakh`: a name that is part of an amount of money. */
function inAmount(c: Candidate, tokens: Token[], lex: EntitiesLexicon): boolean {
  const next = tokens[c.last + 1];
  const prev = tokens[c.first - 1];
  // `Rs 24 lakh`, `EGP 49` (lexicon `currency-code`), also once read as a model with its number (`Rs 125`).
  const code = tokens[c.first].text;
  if (
    c.last <= c.first + 1 &&
    (/^(?:Rs|Rp|Tk|K?Sh|Ksh)\.?$/.test(code) ||
      (/^[A-Z]{3}$/.test(code) && lex.words['currency-code'].has(code.toLowerCase())))
  ) {
    const amount = tokens[c.first + 1];
    // Not a share of something (`AMD 2.4%`, `2.4 per cent`); a price per unit is an amount (`Rs 2,100 per
    // quintal`).
    const after = tokens[c.first + 2]?.norm ?? '';
    const share = /^(?:%|percent)$/.test(after) || (after === 'per' && tokens[c.first + 3]?.norm === 'cent');
    return !!amount && amount.sentence === c.sentence && /^[\d.,]+$/.test(amount.text) && !share;
  }
  // `N2.1bn`, `R500m`, `P125 billion`, `Sh2 million`: the naira's, rand's, peso's or shilling's sign
  // glued to the number.
  if (c.first === c.last && /^(?:N|R|P|K?Sh|GH¢?|Rp|Tk)\d[\d,.]*(?:bn|m|k|tn)?$/.test(code)) return true;
  if (!next || next.sentence !== c.sentence || !lex.words['currency-word'].has(next.norm)) return false;
  // A year is no amount (`the 2018 Hong Kong dollar peg`).
  return !!prev && AMOUNT_WORD.test(prev.text) && !/^(?:1[89]|20)\d\d$/.test(prev.text);
}

function isDisease(c: Candidate, tokens: Token[], text: string, lex: EntitiesLexicon): boolean {
  const diseases = lex.words.disease;
  const nounsAfter = lex.words['disease-noun-after'];
  const next = tokens[c.last + 1];
  const nextInSentence = next && next.sentence === c.sentence ? next : undefined;
  // `West Nile virus`, `Lyme disease`: a capitalised name no dictionary knows before a disease noun
  // (lower case: `Ebola Virus Disease` is caught below as a name of disease words). A known place or
  // actor stays: `Texas flu cases`, `the Canada virus outbreak` are about that place.
  if (
    nextInSentence &&
    !c.actorIds.length &&
    /^[a-z]/.test(nextInSentence.text) &&
    nounsAfter.has(nextInSentence.norm)
  )
    return true;
  // `Alzheimer's disease`: a one-word name unknown to the dictionaries, `'s`, `disease`.
  if (
    c.first === c.last &&
    !c.actorIds.length &&
    /^['’]s$/.test(nextInSentence?.text ?? '') &&
    EPONYM_NOUNS.has(tokens[c.last + 2]?.norm ?? '')
  )
    return true;
  // `diagnosed with Parkinson's`: a surname of the lexicon's `disease-eponym` in the possessive, alone.
  const possessiveAt = c.first === c.last ? c.last + 1 : c.last;
  if (
    possessiveAt === c.first + 1 &&
    /^['’]s$/.test(tokens[possessiveAt]?.text ?? '') &&
    tokens[possessiveAt].start === tokens[c.first].end &&
    lex.words['disease-eponym'].has(tokens[c.first].norm)
  )
    return true;
  // The tokenizer keeps `Parkinson's` whole before a full stop.
  const glued = /^(\p{L}+)['’]s$/u.exec(tokens[c.first].text);
  if (c.first === c.last && glued && lex.words['disease-eponym'].has(glued[1].toLowerCase())) return true;
  const name = text.slice(c.start, c.end).toLowerCase();
  const placeNounAfter = !!nextInSentence && lex.typed['place-noun-after'].has(nextInSentence.norm);
  // (`BSE` is the Bombay exchange in an article about India's markets, beside the Sensex or the NSE)
  if (diseases.has(name)) return !placeNounAfter && !(c.actorIds.length && INDIAN_MARKET.test(text));
  // A name made of disease names, strains and disease nouns only (`H5N1 Bird Flu`, `Ebola Virus
  // Disease`), with at least one disease name or strain in it.
  let named = false;
  for (let k = c.first; k <= c.last; k++) {
    const w = tokens[k].norm;
    if (!/^[\p{L}\d]/u.test(w)) continue;
    if (diseases.has(w) || STRAIN.test(w)) named = true;
    else if (HALF_STRAIN.test(w) && fluWordFollows(tokens, k)) named = true;
    else if (!nounsAfter.has(w) && !lex.words['disease-word'].has(w) && !/^[a-z]$/.test(w)) return false;
  }
  return named && !placeNounAfter;
}

function fluWordFollows(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j <= k + FLU_WINDOW && j < tokens.length; j++) {
    if (tokens[j].sentence !== tokens[k].sentence) return false;
    if (FLU_CONTEXT.has(tokens[j].norm)) return true;
  }
  return false;
}

/** Whether `c` is post-nominal letters right after a person's name (`Tedeschi, QC`). */
function isPostNominal(
  c: Candidate,
  tokens: Token[],
  lex: EntitiesLexicon,
  personEnds: Set<number>,
): boolean {
  if (c.first !== c.last || !lex.words['post-nominal'].has(tokens[c.first].norm)) return false;
  if (!/^[A-Z]/.test(tokens[c.first].text)) return false;
  const before = tokens[c.first - 1];
  if (!before) return false;
  if (personEnds.has(c.first - 1)) return true;
  return before.text === ',' && personEnds.has(c.first - 2);
}

/** `Tom Molomby SC`: post-nominal letters ending a person's span are cut off it. */
function trimPostNominals(cands: Candidate[], tokens: Token[], lex: EntitiesLexicon): void {
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.last - c.first < 2) continue;
    const last = tokens[c.last];
    if (!lex.words['post-nominal'].has(last.norm) || !/^[A-Z]{2,}$/.test(last.text)) continue;
    c.last--;
    c.end = tokens[c.last].end;
    c.rules.push('trim.post-nominal');
  }
}

/** A one- or two-word name that is only a title (`MP`, `Administrator`), not linked to any actor. */
function isTitleAlone(
  c: Candidate,
  tokens: Token[],
  text: string,
  titles: PhraseIndex<Title> | undefined,
): boolean {
  if (!titles || c.actorIds.length || c.role || c.last - c.first > 1) return false;
  if (!titles.byKey.has(text.slice(c.start, c.end).toLowerCase())) return false;
  // `MP calls for a probe` (a member of parliament), not `rains lashed MP` (Madhya Pradesh).
  const next = tokens[c.last + 1];
  return c.kind !== 'acronym' || next?.pos === 'VERB' || next?.pos === 'AUX';
}

/** Acronyms the text defines by lower-case words: `iodine deficiency disorders (IDD)`. */
function commonAcronyms(text: string, orgHeads?: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\(([A-Z]{2,6})s?\)/g)) {
    const acronym = m[1];
    const before = text.slice(Math.max(0, m.index - 80), m.index).trimEnd();
    const words = before.split(/\s+/).slice(-acronym.length);
    if (words.length !== acronym.length) continue;
    // The first word may be capitalised where it opens a sentence (`Iodine deficiency disorders (IDD)`).
    const opening = before.length - words.join(' ').length;
    const first = opening <= 0 || /[.!?]\s*$/.test(before.slice(0, opening));
    const lower = words.every((w, i) => (i === 0 && first ? /^[A-Za-z]/ : /^[a-z]/).test(w));
    // `national executive committee (NEC)`: a body's name written in lower case is still a body.
    const body = orgHeads?.has(words[words.length - 1].replace(/s$/, ''));
    if (lower && !body && words.every((w, i) => w[0].toLowerCase() === acronym[i].toLowerCase()))
      out.add(acronym);
  }
  return out;
}

/** The candidates that name an actor; each dropped one's rule goes to `dropped` when given. */
export function dropNonActors(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  lex: EntitiesLexicon,
  dropped?: { text: string; rule: DropRule }[],
  titles?: PhraseIndex<Title>,
  nameHeads?: ReadonlyMap<string, string>,
): Candidate[] {
  trimPostNominals(cands, tokens, lex);
  const personEnds = new Set(cands.filter((c) => c.type === 'PERSON').map((c) => c.last));
  const terms = commonAcronyms(text, nameHeads);
  // `Tariq Ramadan ... Ramadan denied it`: a named day that is a person's surname in the article is his.
  const surnames = surnamesOfFullNames(cands, tokens);
  const gone: { start: number; end: number }[] = [];
  for (const c of cands) {
    const ownRule = nonActorRule(c, tokens, text, lex);
    const surname = ownRule === 'drop.named-day' && c.first === c.last && surnames.has(tokens[c.first].norm);
    const rule =
      (surname ? null : ownRule) ??
      (isPostNominal(c, tokens, lex, personEnds) ? 'drop.post-nominal' : null) ??
      (isTitleAlone(c, tokens, text, titles) ? 'drop.title-alone' : null) ??
      (terms.size && !c.actorIds.length && terms.has(text.slice(c.start, c.end))
        ? 'drop.common-acronym'
        : null);
    if (!rule) continue;
    gone.push(c);
    dropped?.push({ text: text.slice(c.start, c.end), rule });
  }
  if (!gone.length) return cands;
  return cands.filter((c) => !gone.some((g) => c.start >= g.start && c.end <= g.end));
}
