/**
 * Brings GUM's derived entity spans closer to the CoNLL-2003 / OntoNotes conventions of news
 * NER before training. GUM marks mentions, and the dev set cuts each to the proper-noun run
 * around its syntactic head (shared/gold/dev/README.md), which leaves spans a news tagger should
 * not learn:
 * - `conv.person-of-split`: a person with a place or body after `of` (`Louis XV of France`,
 *   `Claudia Mo of the Civic Party`) is the person plus a GPE or ORG; a title before `of`
 *   (`Earl of Clare`) is no name: only the part after `of` stays. `Newcomer of the Year`
 *   (a common noun after `of`) is no entity at all.
 * - `conv.generic-head-extend`: a lone generic head cut from its name (`Cuban [Consulate]`,
 *   `Space [Administration]`, `George Washington [Bridge]`, `[Palace] of Forty Columns`) takes
 *   the rest of the capitalised run, and a name just before it.
 * - `conv.generic-head-drop`: a lone place word that names nothing here (`the [Palace]`,
 *   `a [Park]`) is no entity. Lone organisation heads (`the Court`, `Congress`) stay: news NER
 *   marks them.
 * Applied to GUM documents only (the hand-written news lines already follow the conventions), with
 * `train-ner.ts --conventions`; each rule's firings are counted in the training log (the 84 GUM
 * training documents: 18 splits, 17 extensions, 13 drops). Off by default: the gold sets we can measure on
 * are derived the same way, and there it measured no better (held-out 0.700 vs 0.698, GUM news
 * component 0.746 vs 0.752).
 */
import type { EntityType, Token } from '../../../../model/layers.js';
import type { Gazetteer } from '../gazetteer.js';

export interface LocalSpan {
  first: number;
  last: number;
  type: EntityType;
}

export interface ConventionLists {
  gazetteer: Gazetteer;
  /** Bit mask of the place name lists (countries, cities...) in `gazetteer`. */
  placeMask: number;
  /** Lower-case title words (`earl`, `governor`). */
  titles: Set<string>;
  /** Lower-case organisation and place head words (`consulate`, `palace`). */
  orgWords: Set<string>;
  placeWords: Set<string>;
  /** Lower-case common words (`year`, `church`), to tell `of the Year` from `of the Civic Party`. */
  commonWords: Set<string>;
}

export type ConventionCounts = Record<string, number>;

const isCapitalised = (t: string) => /^\p{Lu}/u.test(t);
/** Capitalised, or an ordinal that opens a street name (`10th Street`). */
const opensName = (t: string) => isCapitalised(t) || /^\d+(st|nd|rd|th)$/.test(t);
const INNER = new Set(['of', 'and', '&', 'for', 'de']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Rewrites the spans of one sentence (token indices relative to `first`, in order). `tokens` are
 * the document's; `text` is the document text.
 */
export function applyConventions(
  text: string,
  tokens: Token[],
  first: number,
  n: number,
  spans: LocalSpan[],
  lists: ConventionLists,
  counts: ConventionCounts,
): LocalSpan[] {
  const word = (k: number) => tokens[first + k].text;
  const lower = (k: number) => tokens[first + k].norm;
  const bump = (rule: string) => {
    counts[rule] = (counts[rule] ?? 0) + 1;
  };
  const isPlace = (a: number, b: number) =>
    lists.gazetteer
      .matchNames(text, tokens, first + a, first + b, lists.placeMask)
      .some(([s, e]) => s === first + a && e === first + b);

  let out: LocalSpan[] = [];
  for (const span of spans) {
    if (span.type !== 'PERSON') {
      out.push(span);
      continue;
    }
    const split = splitPersonOf(span);
    if (split) bump('conv.person-of-split');
    out.push(...(split ?? [span]));
  }

  function splitPersonOf(span: LocalSpan): LocalSpan[] | null {
    let of = -1;
    for (let k = span.first + 1; k < span.last; k++)
      if (lower(k) === 'of') {
        of = k;
        break;
      }
    if (of < 0) return null;
    let start = of + 1;
    const article = lower(start) === 'the';
    if (article) start++;
    if (start > span.last || !isCapitalised(word(start))) return null;
    const head = lower(span.last);
    // `Newcomer of the Year`, `Doctor of the Church`: a common noun, not a name, after `of`.
    if (start === span.last && lists.commonWords.has(head) && !isPlace(start, span.last)) return [];
    const type: EntityType = isPlace(start, span.last)
      ? 'GPE'
      : lists.orgWords.has(head) || article
        ? 'ORG'
        : 'GPE';
    const after: LocalSpan = { first: start, last: span.last, type };
    const titleOnly = of === span.first + 1 && lists.titles.has(lower(span.first));
    return titleOnly ? [after] : [{ first: span.first, last: of - 1, type: 'PERSON' }, after];
  }

  // Generic heads: extend a cut one over its capitalised run, drop a bare place word.
  const taken = new Int32Array(n).fill(-1);
  out.forEach((s, i) => {
    for (let k = s.first; k <= s.last; k++) taken[k] = i;
  });
  const removed = new Set<number>();
  out = out.map((s, i) => {
    if (s.first !== s.last) return s;
    const head = lower(s.first);
    const placeWord = lists.placeWords.has(head);
    if (!placeWord && !lists.orgWords.has(head)) return s;
    let from = s.first;
    // Left over untagged capitalised words (with inner `of`, `and`), then over a name right before.
    for (let k = s.first - 1; k >= 0; k--) {
      if (taken[k] >= 0) {
        if (k === from - 1 && out[taken[k]].type !== 'OTHER') {
          from = out[taken[k]].first;
          removed.add(taken[k]);
        }
        break;
      }
      // A sentence's first word joins only if it is no article or common word (`Visit the ...`).
      const opener = k === 0 && (ARTICLES.has(lower(k)) || lists.commonWords.has(lower(k)));
      if (opensName(word(k)) && !opener) from = k;
      else if (!(INNER.has(lower(k)) && k > 0 && isCapitalised(word(k - 1)))) break;
    }
    // Right over `of` + untagged capitalised words (`Palace of Forty Columns`).
    let to = s.last;
    if (s.last + 2 < n && lower(s.last + 1) === 'of' && isCapitalised(word(s.last + 2))) {
      let k = s.last + 2;
      while (k < n && taken[k] < 0 && isCapitalised(word(k))) k++;
      if (k > s.last + 2) to = k - 1;
    }
    if (from < s.first || to > s.last) {
      bump('conv.generic-head-extend');
      return { first: from, last: to, type: s.type === 'GPE' && placeWord ? 'LOC' : s.type };
    }
    // Dropped only standing alone: `Palace Park` is part of a name the gold missed.
    const nextCapital = s.last + 1 < n && isCapitalised(word(s.last + 1));
    const prevCapital = s.first > 0 && isCapitalised(word(s.first - 1));
    if (placeWord && s.type !== 'ORG' && !nextCapital && !prevCapital) {
      bump('conv.generic-head-drop');
      removed.add(i);
    }
    return s;
  });
  return out.filter((_, i) => !removed.has(i));
}
