/** Hedge words in a statement and the probability they express (the most cautious one governs). */
import type { Hedge } from '../../knowledge/forecast-lexicon.js';
import type { Token } from '../../model/layers.js';

export function findHedges(
  tokens: Token[],
  first: number,
  last: number,
  hedges: Hedge[],
): { words: string[]; probability: number | null } {
  const found: { h: Hedge; at: number }[] = [];
  const used = new Set<number>();
  for (const h of hedges) {
    const n = h.words.length;
    for (let i = first; i + n - 1 <= last; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = !used.has(i + k) && tokens[i + k].norm === h.words[k];
      if (!ok) continue;
      // `will` the noun or `May` the month are not hedges.
      if (n === 1 && (tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN')) continue;
      for (let k = 0; k < n; k++) used.add(i + k);
      found.push({ h, at: i });
    }
  }
  if (found.length === 0) return { words: [], probability: null };
  found.sort((a, b) => a.at - b.at);
  const words = found.map(({ h }) => h.words.join(' ').replace(" n't", "n't"));
  return { words: [...new Set(words)], probability: Math.min(...found.map(({ h }) => h.probability)) };
}
