/**
 * Gazetteer look-ups turned into features. Two kinds of list:
 * - name lists (countries, cities, Phoenix persons...) matched as capitalised token runs of up to
 *   MAX_WORDS words, keyed by the lower-cased surface text so tokenisation of `St. Louis` or
 *   `Guinea-Bissau` does not matter;
 * - word lists (titles, organisation words) matched on a single token's lower-cased form.
 * A match yields `g:<list>:<B|I|L|U>` on each token it covers; the model learns how far to trust each list.
 */
import type { Token } from '../../../model/layers.js';

export interface GazetteerLists {
  /** Multi-word name lists; entries in their written case. */
  names: Record<string, string[]>;
  /** Single-word lists; entries lower case. */
  words: Record<string, string[]>;
}

const MAX_WORDS = 5;

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
  private readonly nameMasks = new Map<string, number>();
  private readonly wordMasks = new Map<string, number>();
  private readonly nameLists: string[];
  private readonly wordLists: string[];
  /** Precomputed feature strings: [list][part] so matching allocates no strings. */
  private readonly nameFeatures: string[][];
  private readonly wordFeatures: string[];

  constructor(lists: GazetteerLists) {
    this.nameLists = Object.keys(lists.names);
    this.wordLists = Object.keys(lists.words);
    this.nameLists.forEach((list, i) => {
      for (const entry of lists.names[list]) {
        const key = entry.toLowerCase().replace(/\s+/g, ' ').trim();
        if (key.split(' ').length > MAX_WORDS) continue;
        this.nameMasks.set(key, (this.nameMasks.get(key) ?? 0) | (1 << i));
      }
    });
    this.wordLists.forEach((list, i) => {
      for (const word of lists.words[list]) {
        const w = word.toLowerCase();
        this.wordMasks.set(w, (this.wordMasks.get(w) ?? 0) | (1 << i));
      }
    });
    this.nameFeatures = this.nameLists.map((l) => ['B', 'I', 'L', 'U'].map((p) => `g:${l}:${p}`));
    this.wordFeatures = this.wordLists.map((l) => `gw:${l}`);
  }

  /**
   * Adds gazetteer features for tokens [first, last] of one sentence to `out[i - first]`.
   * `text` is the document text, used to key multi-word candidates by their surface form.
   */
  annotate(text: string, tokens: Token[], first: number, last: number, out: string[][]): void {
    for (let i = first; i <= last; i++) {
      const mask = this.wordMasks.get(tokens[i].norm);
      if (mask)
        for (let l = 0; l < this.wordLists.length; l++)
          if (mask & (1 << l)) out[i - first].push(this.wordFeatures[l]);
    }
    for (let i = first; i <= last; i++) {
      if (!isCapitalised(tokens[i].text)) continue;
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
        const key = normalisedSlice(text, tokens[i].start, tokens[j].end);
        const mask = this.nameMasks.get(key);
        if (!mask) continue;
        for (let l = 0; l < this.nameLists.length; l++) {
          const bit = 1 << l;
          if (!(mask & bit) || seen & bit) continue;
          seen |= bit;
          const f = this.nameFeatures[l];
          if (i === j) out[i - first].push(f[3]);
          else {
            out[i - first].push(f[0]);
            for (let k = i + 1; k < j; k++) out[k - first].push(f[1]);
            out[j - first].push(f[2]);
          }
        }
      }
    }
  }
}

function normalisedSlice(text: string, start: number, end: number): string {
  const s = text.slice(start, end).toLowerCase();
  return s.includes('\n') || s.includes('  ') ? s.replace(/\s+/g, ' ') : s;
}
