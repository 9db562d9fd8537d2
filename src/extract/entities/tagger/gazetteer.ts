/**
 * Gazetteer look-ups turned into features. Two kinds of list:
 * - name lists (countries, cities, Phoenix persons...) matched as capitalised token runs of up to
 *   MAX_WORDS words, keyed by the lower-cased surface text so tokenisation of `St. Louis` or
 *   `Guinea-Bissau` does not matter;
 * - word lists (titles, organisation words) matched on a single token's lower-cased form.
 * A match yields a code for (list, B|I|L|U) on each token it covers (`g:<list>:<part>`, hashed);
 * the model learns how far to trust each list.
 */
import { SortedTable, sortedTableText } from '../../../knowledge/actors/sorted-table.js';
import type { Token } from '../../../model/layers.js';
import { hashString } from './features.js';

export interface GazetteerLists {
  /** Multi-word name lists; entries in their written case. */
  names: Record<string, string[]>;
  /** Single-word lists; entries lower case. */
  words: Record<string, string[]>;
  /**
   * Common lower-case words by word class (`NOUN`: `turnout government ...`, space-separated),
   * for the common-word features (features.ts); absent in older models.
   */
  common?: Record<string, string>;
  /**
   * The name lists' keys and the common words prebuilt as sorted texts (`key<TAB>mask`, `firstWord<TAB>1`
   * and `word<TAB>class` lines), read by binary search: building their maps of 52,000 keys and 78,000
   * words was two thirds of the model's load. When present, the model file leaves the big name lists
   * empty and `common` out (`withNameIndex`).
   */
  nameIndex?: { names: string; firstWords: string; common: string };
}

/** What the gazetteer asks of its name keys: a map while training, a sorted table once saved. */
interface KeyLookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/** Word classes of `GazetteerLists.common`; `commonClass` returns 1 + the index, 0 for none. */
export const COMMON_CLASSES = ['NOUN', 'VERB', 'ADJ', 'ADV', 'FUNC'] as const;

const MAX_WORDS = 5;

export const NAME_START_NO = 0;
export const NAME_START_YES = 1;
export const NAME_START_IF_RUNS_ON = 2;

/**
 * Per-token look-ups that depend on the word form only, which a caller caching words passes to
 * `annotate` so that it does not hash each token's text again; indexed from the sentence's first token.
 */
export interface GazetteerForms {
  wordMask: ArrayLike<number>;
  nameStart: ArrayLike<number>;
}

const isCapitalised = (t: string) => {
  const c = t.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t[0] !== t[0].toLowerCase());
};

/** Function words allowed inside a name (`Bosnia and Herzegovina`, `Republic of the Congo`). */
const INNER_WORDS = new Set([
  'of',
  'the',
  'and',
  'de',
  'del',
  'da',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'von',
  'van',
  '&',
]);

export class Gazetteer {
  private readonly nameMasks: KeyLookup<number>;
  /** The leading word (letters and digits) of every name key, to skip tokens no name starts with. */
  private readonly firstWords: KeyLookup<true>;
  private readonly wordMasks = new Map<string, number>();
  private readonly nameLists: string[];
  private readonly wordLists: string[];
  /** Precomputed feature strings: [list][part] so matching allocates no strings. */
  private readonly nameFeatures: number[][];
  private readonly wordFeatures: number[];
  private readonly common: KeyLookup<number>;

  constructor(lists: GazetteerLists) {
    this.nameLists = Object.keys(lists.names);
    this.wordLists = Object.keys(lists.words);
    if (lists.nameIndex) {
      this.nameMasks = new SortedTable(lists.nameIndex.names, Number);
      this.firstWords = new SortedTable(lists.nameIndex.firstWords, () => true as const);
    } else {
      const { masks, firstWords } = nameKeys(lists);
      this.nameMasks = masks;
      this.firstWords = firstWords;
    }
    this.wordLists.forEach((list, i) => {
      for (const word of lists.words[list]) {
        const w = word.toLowerCase();
        this.wordMasks.set(w, (this.wordMasks.get(w) ?? 0) | (1 << i));
      }
    });
    this.common = lists.nameIndex ? new SortedTable(lists.nameIndex.common, Number) : commonWords(lists);
    this.nameFeatures = this.nameLists.map((l) => ['B', 'I', 'L', 'U'].map((p) => hashString(`g:${l}:${p}`)));
    this.wordFeatures = this.wordLists.map((l) => hashString(`gw:${l}`));
  }

  /**
   * Adds gazetteer features for tokens [first, last] of one sentence to `out[i - first]`.
   * `text` is the document text, used to key multi-word candidates by their surface form.
   */
  annotate(
    text: string,
    tokens: Token[],
    first: number,
    last: number,
    out: number[][],
    forms?: GazetteerForms,
  ): void {
    for (let i = first; i <= last; i++) {
      const mask = forms ? forms.wordMask[i - first] : (this.wordMasks.get(tokens[i].norm) ?? 0);
      if (mask)
        for (let l = 0; l < this.wordLists.length; l++)
          if (mask & (1 << l)) out[i - first].push(this.wordFeatures[l]);
    }
    for (let i = first; i <= last; i++) {
      if (!isCapitalised(tokens[i].text)) continue; // before allocating the callback
      if (forms && !this.mayStartHere(forms.nameStart[i - first], text, tokens[i].end)) continue;
      this.matchesFrom(text, tokens, i, last, (j, list) => {
        const f = this.nameFeatures[list];
        if (i === j) out[i - first].push(f[3]);
        else {
          out[i - first].push(f[0]);
          for (let k = i + 1; k < j; k++) out[k - first].push(f[1]);
          out[j - first].push(f[2]);
        }
      });
    }
  }

  /** The word class of a lower-case common word (1 + index in COMMON_CLASSES), 0 when not common. */
  commonClass(lower: string): number {
    return this.common.get(lower) ?? 0;
  }

  /** Bit mask of the name lists holding the one-word name `lower` (lower case), 0 when none. */
  nameMask(lower: string): number {
    return this.nameMasks.get(lower) ?? 0;
  }

  /** Bit mask of the word lists holding the lower-case word `norm`. */
  wordMask(norm: string): number {
    return this.wordMasks.get(norm) ?? 0;
  }

  /**
   * Whether a name of the lists may start with the token whose norm is `norm`, as a code that
   * depends on the word form only (cached per word by the caller): NAME_START_YES, NAME_START_NO,
   * or NAME_START_IF_RUNS_ON (only if the word runs on past the token's end, see matchesFrom).
   */
  nameStart(norm: string): number {
    const word = leadingWord(norm);
    if (this.firstWords.has(word)) return NAME_START_YES;
    return word.length < norm.length ? NAME_START_NO : NAME_START_IF_RUNS_ON;
  }

  private mayStartHere(code: number, text: string, tokenEnd: number): boolean {
    return code === NAME_START_YES || (code === NAME_START_IF_RUNS_ON && isWordChar(text, tokenEnd));
  }

  /** Bit mask of the named name lists, for `matchNames`. */
  listMask(names: readonly string[]): number {
    let mask = 0;
    for (const n of names) {
      const i = this.nameLists.indexOf(n);
      if (i >= 0) mask |= 1 << i;
    }
    return mask;
  }

  /** Longest runs within tokens [first, last] found in any list of `mask`, as [start, end] token pairs. */
  matchNames(text: string, tokens: Token[], first: number, last: number, mask: number): [number, number][] {
    const out: [number, number][] = [];
    for (let i = first; i <= last; i++) {
      let longest = -1;
      this.matchesFrom(text, tokens, i, last, (j, list) => {
        if (mask & (1 << list) && j > longest) longest = j;
      });
      if (longest >= 0) {
        out.push([i, longest]);
        i = longest;
      }
    }
    return out;
  }

  /** Calls `found(end, list)` for the longest match of each list starting at token i. */
  private matchesFrom(
    text: string,
    tokens: Token[],
    i: number,
    last: number,
    found: (end: number, list: number) => void,
  ): void {
    if (!isCapitalised(tokens[i].text)) return;
    // Every candidate key starts with this token, so its leading word is the token's, unless
    // the word runs on past the token's end (then no filter: rare, and must not lose a match).
    const norm = tokens[i].norm;
    const word = leadingWord(norm);
    if (word.length < norm.length || !isWordChar(text, tokens[i].end)) {
      if (!this.firstWords.has(word)) return;
    }
    let seen = 0; // lists already matched from i (longest match wins)
    // Furthest end a name starting at i could reach: capitalised words with inner function words.
    let end = i;
    let words = 1;
    while (end + 1 <= last && words < MAX_WORDS) {
      const next = tokens[end + 1];
      if (isCapitalised(next.text) || INNER_WORDS.has(next.norm) || next.text === '-' || next.text === '.')
        end++;
      else break;
      words++;
    }
    for (let j = end; j >= i; j--) {
      if (!isCapitalised(tokens[j].text) && tokens[j].text !== '.') continue;
      const mask = this.nameMasks.get(normalisedSlice(text, tokens[i].start, tokens[j].end));
      if (!mask) continue;
      for (let l = 0; l < this.nameLists.length; l++) {
        const bit = 1 << l;
        if (!(mask & bit) || seen & bit) continue;
        seen |= bit;
        found(j, l);
      }
    }
  }
}

/** Every name of the lists as its key, with the bit mask of the lists holding it; and their first words. */
function nameKeys(lists: GazetteerLists): { masks: Map<string, number>; firstWords: Map<string, true> } {
  const masks = new Map<string, number>();
  const firstWords = new Map<string, true>();
  Object.keys(lists.names).forEach((list, i) => {
    const bit = 1 << i;
    for (const entry of lists.names[list]) {
      const lower = entry.toLowerCase();
      const key = UNTIDY_SPACE.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
      if (wordCount(key) > MAX_WORDS) continue;
      const mask = masks.get(key);
      if (mask === undefined) firstWords.set(leadingWord(key), true);
      masks.set(key, (mask ?? 0) | bit);
    }
  });
  return { masks, firstWords };
}

/** Common word -> 1 + its class's index in COMMON_CLASSES (a word in several classes: the last). */
function commonWords(lists: GazetteerLists): Map<string, number> {
  const common = new Map<string, number>();
  for (const [cls, words] of Object.entries(lists.common ?? {})) {
    const value = COMMON_CLASSES.indexOf(cls as (typeof COMMON_CLASSES)[number]) + 1;
    if (value > 0) for (const w of words.split(' ')) if (w) common.set(w, value);
  }
  return common;
}

/** Lists a model keeps whole beside the name index: the code reads their entries (model.ts). */
const LISTS_KEPT_WHOLE: ReadonlySet<string> = new Set(['demonyms', 'norp']);

/**
 * The lists as a model file stores them: the name keys and common words prebuilt as sorted texts
 * (`nameIndex`), the big name lists emptied (their names and order stay: they are the mask's bits).
 */
export function withNameIndex(lists: GazetteerLists): GazetteerLists {
  if (lists.nameIndex) return lists;
  const { masks, firstWords } = nameKeys(lists);
  const names = Object.fromEntries(
    Object.entries(lists.names).map(([list, entries]) => [list, LISTS_KEPT_WHOLE.has(list) ? entries : []]),
  );
  return {
    names,
    words: lists.words,
    nameIndex: {
      names: sortedTableText(masks, String),
      firstWords: sortedTableText(firstWords, () => '1'),
      common: sortedTableText(commonWords(lists), String),
    },
  };
}

const isWordChar = (s: string, i: number): boolean => {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c > 127 && /[\p{L}\p{N}]/u.test(s[i]);
};

/** The leading run of letters and digits of `s` (`st` for `st. louis`, `guinea` for `guinea-bissau`). */
/** Any white space but single spaces between words. */
const UNTIDY_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/** Words of a tidy key (single spaces). */
function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

function leadingWord(s: string): string {
  let i = 0;
  while (isWordChar(s, i)) i++;
  return i === s.length ? s : s.slice(0, i);
}

function normalisedSlice(text: string, start: number, end: number): string {
  const s = text.slice(start, end).toLowerCase();
  return s.includes('\n') || s.includes('  ') ? s.replace(/\s+/g, ' ') : s;
}
