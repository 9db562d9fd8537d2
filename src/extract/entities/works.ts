/**
 * Titles of works in arts and culture copy: films, books, albums and songs are named with capitals
 * like persons and places (`best director for Young Ahmed`, `novels include Red Sky in Morning and
 * Grace`, `Western Lane by Chetna Maroo`), and a tagger trained on news reads them as such. Where the
 * context says a title comes, the names no dictionary knows become works (OTHER, no actor).
 */
import { type ActorKnowledge, idsOf, nameKey } from '../../knowledge/actors/index.js';
import type { Token } from '../../model/layers.js';
import { type Candidate, candidateOver, replacedBy } from './candidates.js';
import { GUESS_RULES } from './common-words.js';
import { type WorkTitles, workTitleKey } from './lexicon.js';

/** Lower-case words a title may hold between its capitalised ones (`Red Sky in Morning`). */
const TITLE_LINKS = new Set([
  'of',
  'in',
  'the',
  'a',
  'an',
  'to',
  'for',
  'on',
  'at',
  'with',
  'from',
  'de',
  'du',
  'la',
  'le',
]);

/** Words that open a list of titles after a noun for works (`novels include`, `albums such as`). */
const LIST_OPENERS = new Set(['include', 'includes', 'included', 'including', 'like']);

/** What makes a title of a name: the words around it and the names the dictionaries know. */
export interface WorkCues {
  /** Nouns for kinds of works (lexicon `work-noun-before`): `film`, `novel`, `album`. */
  workNouns: ReadonlySet<string>;
  /** Awards and prizes a title wins `for` (lexicon `award-word`): `award`, `prize`, `oscar`. */
  awardWords: ReadonlySet<string>;
  /** Categories after `best` (lexicon `award-category`): `director`, `actress`. */
  awardCategories: ReadonlySet<string>;
  /** The singular of a noun (`novels` -> `novel`). */
  singular: (word: string) => string;
}

/**
 * Names inside a title slot (rule `type.work-title`) and names right before `by` and a person
 * (`type.work-by-author`) become works. Only names the dictionaries do not know change: `for Ukraine`
 * stays the country, `by Sony` names no author.
 */
export function worksInContext(cands: Candidate[], tokens: readonly Token[], cues: WorkCues): void {
  const byFirst = new Map<number, Candidate>();
  for (const c of cands) if (c.kind === 'name') byFirst.set(c.first, c);
  const asWork = (c: Candidate, rule: string) => {
    if (c.actorIds.length || c.type === 'OTHER' || c.role) return;
    c.type = 'OTHER';
    c.rules.push(rule);
  };
  // `an Oscar`, `its second Grammy`: an award's one-word name alone is the award, not a person; a
  // person the dictionaries know by it, or the article names with a title or in full, keeps the word
  // (`Senator Booker ... Booker said`).
  const personWords = new Set<string>();
  for (const c of cands)
    if (c.type === 'PERSON' && (c.role || c.last > c.first)) personWords.add(tokens[c.last].norm);
  for (const c of cands)
    if (
      c.kind === 'name' &&
      c.first === c.last &&
      !c.role &&
      !c.actorIds.length &&
      cues.awardWords.has(tokens[c.first].norm) &&
      !personWords.has(tokens[c.first].norm)
    ) {
      c.type = 'OTHER';
      c.actorIds = [];
      c.rules.push('type.award-name');
    }
  for (let i = 0; i < tokens.length; i++) {
    // `Hayao Miyazaki's The Boy and the Heron`: a capitalised `The` after a person's possessive opens
    // one title, `and` included.
    if (
      tokens[i].text === 'The' &&
      tokens[i - 1]?.norm === "'s" &&
      tokens[i - 1].sentence === tokens[i].sentence
    ) {
      // One word after `The` may be a paper the owner owns (`Murdoch's The Sun`), unless works are spoken of.
      const owner = cands.find((c) => c.last === i - 2 && c.type === 'PERSON');
      let [from, to] = owner ? titleItems(tokens, i, true)[0] : [0, -1];
      if (to < i + 2 && !sentenceSpeaksOfWorks(tokens, tokens[i].sentence, i, cues)) to = -1;
      for (const c of cands)
        if (c.kind === 'name' && c.first >= from && c.last <= to) asWork(c, 'type.work-title');
    }
    const slot = titleSlot(tokens, i, cues);
    if (!slot) continue;
    const items = titleItems(tokens, slot.start);
    // An apposition must close after its title (`her debut album, Tyla, next month`), else the name
    // is the next clause's subject (`It is a fine book, Smith said`).
    const after = tokens[items[items.length - 1][1] + 1];
    if (slot.closed && after?.sentence === tokens[i].sentence && after.text !== ',') continue;
    for (const [from, to] of items) {
      for (const c of cands)
        if (c.kind === 'name' && c.first >= from && c.last <= to) asWork(c, 'type.work-title');
    }
  }
  // `Western Lane by Chetna Maroo`: a name, `by`, and a person named in full right after it, where the
  // sentence speaks of works or prizes or pairs two titles with their authors so.
  const pairs: Candidate[] = [];
  for (const c of cands) {
    const by = tokens[c.last + 1];
    const author = byFirst.get(c.last + 2);
    if (by?.norm !== 'by' || by.sentence !== c.sentence || !author || author.type !== 'PERSON') continue;
    if (author.last === author.first || c.kind !== 'name' || !/^\p{Lu}/u.test(tokens[c.first].text)) continue;
    // `attacked by`, `was won by`: a verb before the name makes the name its subject or object, no title.
    const before = tokens[c.first - 1];
    if (before?.sentence === c.sentence && before.pos === 'VERB') continue;
    pairs.push(c);
  }
  for (const c of pairs) {
    const paired = pairs.some((o) => o !== c && o.sentence === c.sentence);
    if (paired || sentenceSpeaksOfWorks(tokens, c.sentence, c.first, cues)) asWork(c, 'type.work-by-author');
  }
}

/** Whether the sentence around token `at` names a kind of work or a prize (`novel`, `shortlist`, `prize`). */
function sentenceSpeaksOfWorks(
  tokens: readonly Token[],
  sentence: number,
  at: number,
  cues: WorkCues,
): boolean {
  for (const step of [-1, 1])
    for (let k = at; tokens[k]?.sentence === sentence; k += step) {
      const w = tokens[k].norm;
      if (
        cues.workNouns.has(cues.singular(w)) ||
        cues.awardWords.has(w) ||
        w === 'shortlist' ||
        w === 'longlist'
      )
        return true;
    }
  return false;
}

/**
 * Where a title starts after token `i`, or -1: after `for` that an award or a `best ...` category
 * comes before in the sentence (`won best director for`, `the Palme d'Or ... for`, `album of the year
 * for`); after a noun for
 * works and `include` (`novels include`); after such a noun and a comma (`her debut album, Tyla,`).
 */
function titleSlot(
  tokens: readonly Token[],
  i: number,
  cues: WorkCues,
): { start: number; closed: boolean } | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence || !/^[\p{Lu}\d]/u.test(next.text)) return null;
  if (t.norm === 'for') {
    // `album of the year for Fearless`
    if (tokens[i - 1]?.norm === 'year' && tokens[i - 3]?.norm === 'of')
      return { start: i + 1, closed: false };
    for (let k = i - 1; k >= 0 && k >= i - 14 && tokens[k].sentence === t.sentence; k--) {
      const w = tokens[k].norm;
      if (cues.awardWords.has(w)) return { start: i + 1, closed: false };
      if (w === 'best' && cues.awardCategories.has(tokens[k + 1]?.norm ?? ''))
        return { start: i + 1, closed: false };
    }
    return null;
  }
  const noun = (k: number) => {
    const w = tokens[k];
    return (
      !!w && w.sentence === t.sentence && /^[a-z]/.test(w.text) && cues.workNouns.has(cues.singular(w.norm))
    );
  };
  if (LIST_OPENERS.has(t.norm) && (noun(i - 1) || noun(i - 2))) return { start: i + 1, closed: false };
  if (t.text === ',' && noun(i - 1)) return { start: i + 1, closed: true };
  return null;
}

/**
 * The titles of a list from token `start`: runs of capitalised words, numbers and the small words
 * between them (`Red Sky in Morning`), split by commas and `and`; the list ends at any other word.
 * With `one`, the list is one title, `and` inside it (`The Boy and the Heron`).
 */
function titleItems(tokens: readonly Token[], start: number, one = false): [number, number][] {
  const items: [number, number][] = [];
  const sentence = tokens[start].sentence;
  let k = start;
  while (k < tokens.length && tokens[k].sentence === sentence) {
    if (!/^[\p{Lu}\d]/u.test(tokens[k].text)) break;
    let last = k;
    let j = k + 1;
    while (j < tokens.length && tokens[j].sentence === sentence) {
      const w = tokens[j];
      if (/^[\p{Lu}\d]/u.test(w.text) || w.text === "'" || w.text === "'s" || w.text === '-') last = j;
      else if (!TITLE_LINKS.has(w.text) && !(one && w.text === 'and')) break;
      j++;
    }
    items.push([k, last]);
    let sep = last + 1;
    if (tokens[sep]?.text === ',') sep++;
    if (tokens[sep]?.norm === 'and') sep++;
    if (sep === last + 1 || tokens[sep]?.sentence !== sentence) break;
    k = sep;
  }
  return items;
}

/** Words of a sentence about a court's case (`overturned Roe v. Wade`, `the case, State v Zuma`). */
const LEGAL_WORDS = new Set([
  'court',
  'courts',
  'case',
  'ruling',
  'ruled',
  'decision',
  'judgment',
  'judgement',
  'judges',
  'justices',
  'overturned',
  'overturn',
  'overrule',
  'overruled',
  'appeal',
  'precedent',
]);

/**
 * `Roe v. Wade`, `Hirst v United Kingdom`, `State v Zuma`: a case is named by its parties around `v`,
 * one work (OTHER, rule `type.case-name`), in a sentence about courts; a match (`England v Pakistan`)
 * is not. The first party alone elsewhere, where only guesses typed it, is the case too (`overrule Roe`).
 */
export function caseNames(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const endingAt = new Map<number, Candidate>();
  const startingAt = new Map<number, Candidate>();
  for (const c of cands) {
    if (c.kind !== 'name' && c.kind !== 'acronym') continue;
    endingAt.set(c.last, c);
    startingAt.set(c.first, c);
  }
  const cases: Candidate[] = [];
  const gone = new Set<Candidate>();
  const firstParties = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    if (!/^vs?\.?$/.test(tokens[i].text)) continue;
    const sentence = tokens[i].sentence;
    // The second party: a name found, or the capitalised words after `v` that no rule took (`Wade`).
    const second = startingAt.get(i + 1);
    let last = second?.sentence === sentence ? second.last : i;
    if (!second)
      while (
        last < i + 3 &&
        tokens[last + 1]?.sentence === sentence &&
        /^\p{Lu}/u.test(tokens[last + 1].text)
      )
        last++;
    if (last === i) continue;
    // The first party: a name, or `State`, `People`, `R` that opens the case without being one.
    const named = endingAt.get(i - 1);
    const first =
      named?.sentence === sentence
        ? named.first
        : /^(?:State|People|R|Regina)$/.test(tokens[i - 1].text)
          ? i - 1
          : -1;
    if (first < 0) continue;
    let legal = false;
    for (let k = i; tokens[k]?.sentence === sentence && !legal; k--) legal = LEGAL_WORDS.has(tokens[k].norm);
    for (let k = i; tokens[k]?.sentence === sentence && !legal; k++) legal = LEGAL_WORDS.has(tokens[k].norm);
    if (!legal) continue;
    if (named) gone.add(named);
    if (second) gone.add(second);
    if (named && named.first === named.last) firstParties.add(tokens[named.first].norm);
    cases.push(
      candidateOver(tokens, first, last, sentence, {
        type: 'OTHER',
        actorIds: [],
        rules: ['type.case-name'],
        confidence: 0.8,
      }),
    );
  }
  if (!cases.length) return cands;
  for (const c of cands)
    if (
      !gone.has(c) &&
      c.kind === 'name' &&
      c.first === c.last &&
      firstParties.has(tokens[c.first].norm) &&
      // (a place of the dictionaries stays one: `Arizona Sen. Mark Kelly` beside `Arizona v. Navajo Nation`)
      !c.actorIds.length &&
      c.rules.every((r) => GUESS_RULES.has(r) || r.startsWith('name.'))
    ) {
      c.type = 'OTHER';
      c.actorIds = [];
      c.rules.push('type.case-name');
    }
  return [...cands.filter((c) => !gone.has(c)), ...cases].sort((a, b) => a.start - b.start);
}

/** Verbs before `as` that give a product's brand (`sold as Mounjaro`, `marketed as Zepbound`). */
const BRAND_VERBS = new Set(['sold', 'marketed', 'branded', 'launched', 'licensed', 'approved']);

/**
 * `sold as Mounjaro`, `under the brand name Evrysdi`, `the cough syrup Coldrif`: a name no dictionary
 * knows after a brand's cue, or right after a kind of product (lexicon `product-noun-before`: `drug`,
 * `vaccine`, `therapy`), is the product's brand, no actor (rule `type.brand-name`). Names in a list
 * after the cue are brands too (`sold as Mounjaro and Zepbound`).
 */
export function brandNames(
  cands: Candidate[],
  tokens: readonly Token[],
  productNouns: ReadonlySet<string>,
  singular: (word: string) => string,
): void {
  const byFirst = new Map<number, Candidate>();
  for (const c of cands) if (c.kind === 'name') byFirst.set(c.first, c);
  for (const c of cands) {
    if (c.kind !== 'name' || c.actorIds.length || c.role || c.type === 'OTHER') continue;
    const b1 = tokens[c.first - 1];
    const b2 = tokens[c.first - 2];
    if (b1?.sentence !== c.sentence) continue;
    const cue =
      (b1.norm === 'as' && BRAND_VERBS.has(b2?.norm ?? '')) ||
      (/^names?$/.test(b1.norm) && /^(?:brand|trade)$/.test(b2?.norm ?? '')) ||
      // a noun after a determiner or a modifier, not a verb (`Harrell shot Amari Thompson`)
      (/^[a-z]/.test(b1.text) &&
        b1.pos === 'NOUN' &&
        productNouns.has(singular(b1.norm)) &&
        !!b2 &&
        b2.sentence === c.sentence &&
        (/^[a-z\d]/.test(b2.text) || /^(?:the|a|an|its|their|his|her)$/.test(b2.norm)));
    if (!cue) continue;
    // The cue's name and those joined to it by `and` or commas.
    let at: Candidate | undefined = c;
    while (at && !at.actorIds.length && !at.role) {
      at.type = 'OTHER';
      at.rules.push('type.brand-name');
      const link = tokens[at.last + 1];
      if (link?.sentence !== c.sentence || !/^(?:and|,|or)$/.test(link.norm)) break;
      at = byFirst.get(at.last + 2);
    }
  }
}

/**
 * `Swan Lake`, `Anatomy of a Fall`, `The Marriage of Figaro`: a title of data/actors/works.tsv written exactly
 * as there is one work, OTHER (rule `name.work-title`), whatever persons and places its words name; not a
 * name the dictionaries know, nor part of a longer capitalised name (`The Crown Prosecution Service`).
 */
export function knownWorkTitles(
  cands: Candidate[],
  tokens: readonly Token[],
  text: string,
  works: WorkTitles,
  kb: ActorKnowledge,
): Candidate[] {
  if (!works.titles.size) return cands;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!works.firstWords.has(tokens[i].text)) continue;
    let best = -1;
    for (let j = i + 1; j < tokens.length && tokens[j].sentence === tokens[i].sentence; j++) {
      if (tokens[j].end - tokens[i].start > works.longest) break;
      if (works.titles.has(workTitleKey(text.slice(tokens[i].start, tokens[j].end)))) best = j;
    }
    if (best < 0) continue;
    // The whole of a capitalised run, not the start of a longer name (`The Crown Prosecution Service`).
    const [before, after] = [tokens[i - 1], tokens[best + 1]];
    const capital = (t: Token | undefined) =>
      !!t && t.sentence === tokens[i].sentence && /^\p{Lu}/u.test(t.text) && /\w/.test(t.text);
    if (capital(after) || (capital(before) && before.end + 1 === tokens[i].start)) continue;
    const title = text.slice(tokens[i].start, tokens[best].end);
    if (idsOf(kb.names, nameKey(title)).length) continue;
    found.push(
      candidateOver(tokens as Token[], i, best, tokens[i].sentence, {
        type: 'OTHER',
        actorIds: [],
        rules: ['name.work-title'],
        confidence: 0.85,
      }),
    );
    i = best;
  }
  return replacedBy(cands, found);
}
