/**
 * Dictionary look-up of the longest phrase starting at a token: the key grows token by token from the
 * per-document token keys (`tokenKeys`), and `maxWords` (the most words a phrase starting with that
 * word has) bounds the probes, so a look-up costs a few Map probes.
 */
import type { SentenceContext } from './scan.js';

/**
 * The longest phrase of `index` starting at token `i` and ending at or before `limit`. The key grows
 * token by token from the per-document token keys, so a probe costs one concatenation and one Map look-up.
 */
export function longestPhrase<T>(
  ctx: SentenceContext,
  byKey: Map<string, T>,
  maxWords: Map<string, number>,
  i: number,
  limit: number,
  /** Keys of names written with a possessive: only these match across a glued `'s` (`Moody's`). */
  possessive?: ReadonlySet<string>,
): { last: number; value: T; key: string } | null {
  const { tokens, keys } = ctx;
  // Past the run's end (`i > limit`) there is no phrase; nor past the last token.
  if (i > limit || i >= keys.length) return null;
  const firstKey = keys[i];
  const sp = firstKey.indexOf(' ');
  const max = maxWords.get(sp < 0 ? firstKey : firstKey.slice(0, sp));
  if (!max) return null;
  let best: { last: number; value: T; key: string } | null = null;
  let key = firstKey;
  let words = 1;
  let crossed = false;
  for (let j = i; j <= limit; j++) {
    if (j > i) {
      const tj = tokens[j];
      const gap = tj.start - tokens[j - 1].end;
      if (gap > 1) break;
      const k = keys[j];
      // `RFE/RL`, `Greens/EFA`: a slash between two words written tight stays in the key.
      if (tj.text === '/' && gap === 0 && tokens[j + 1]?.start === tj.end) {
        key += '/';
        continue;
      }
      if (k === '') {
        // A hyphen or dot: `al-Qaeda` is `al qaeda`, `U.S.` is `us`.
        if (tj.text === '-' || tj.text === '\u2010' || tj.text === '_') key += ' ';
        else if (tj.text !== '.' && tj.text !== "'") break;
        continue;
      }
      // A possessive glued to the word before belongs to names like `Moody's` (key `moodys`).
      if (gap === 0 && /^['\u2019][sS]$/.test(tj.text)) {
        if (!possessive) break;
        crossed = true;
      } else if (!/^[\w\u00C0-\u024F&]/.test(tj.text)) break;
      key =
        gap === 1 && !key.endsWith(' ')
          ? `${key} ${k}`
          : key.endsWith(' ') || gap === 0
            ? key + k
            : `${key} ${k}`;
      words++;
      if (words > max) break;
    }
    const value = byKey.get(key);
    if (value !== undefined && (!crossed || possessive?.has(key))) best = { last: j, value, key };
  }
  return best;
}
