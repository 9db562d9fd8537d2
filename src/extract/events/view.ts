/**
 * A sentence seen by the events component: its tokens' normal forms and tags as flat arrays, and its
 * clauses. Clauses are found by a token heuristic (subordinators, `; :`, `, and` + a new subject,
 * a participle after a comma); a clause that continues the previous one's subject (`..., killing`,
 * `X attacked Y and killed Z`) is marked so role finding can inherit the subject.
 */
import type { PhraseIndex } from '../../knowledge/cameo/index.js';
import { matchPhrase } from '../../knowledge/cameo/index.js';
import type { Token } from '../../model/layers.js';

export interface Clause {
  start: number;
  /** Exclusive. */
  end: number;
  /** The clause has no subject of its own and shares the previous clause's (`..., killing all`). */
  inherits: boolean;
  /** Opened by a relative pronoun (`who`, `which`): its subject is the noun phrase just before it. */
  relative: boolean;
}

export interface SentenceView {
  sentence: number;
  /** Global index of the sentence's first token. */
  first: number;
  tokens: Token[];
  norms: string[];
  pos: string[];
  clauses: Clause[];
  /** Clause index of every token. */
  clauseOf: number[];
  /**
   * Asks for the sentence's dependency parse when the parser runs lazily (syntax/index.ts): call it
   * before reading the tokens' `head`/`dep`. Afterwards the tokens carry the parse, or stay unparsed
   * when the parser would not have parsed this sentence.
   */
  parse?: () => void;
}

const RELATIVE = new Set(['who', 'which', 'whom', 'whose']);
const VERBISH = new Set(['VERB', 'AUX']);

const CURLY_APOSTROPHES = /[\u2018\u2019]/g;

/** The token's normal form with curly apostrophes made straight (most have none: no new string then). */
function normOf(t: Token): string {
  const n = t.norm;
  return n.includes('\u2019') || n.includes('\u2018') ? n.replace(CURLY_APOSTROPHES, "'") : n;
}

export function makeSentenceView(
  tokens: readonly Token[],
  sentence: number,
  first: number,
  last: number,
  clauseCues: PhraseIndex<string>,
): SentenceView {
  const slice = tokens.slice(first, last + 1);
  const norms = slice.map(normOf);
  const pos = slice.map((t) => t.pos);
  const n = slice.length;
  const starts: { at: number; inherits: boolean; relative: boolean }[] = [
    { at: 0, inherits: false, relative: false },
  ];
  for (let i = 1; i < n; i++) {
    const w = norms[i];
    const cue = matchPhrase(clauseCues, norms, i);
    if (cue) {
      // `that` as a determiner (`that ceasefire`) opens no clause.
      if (
        w === 'that' &&
        i + 1 < n &&
        (pos[i + 1] === 'NOUN' || pos[i + 1] === 'ADJ') &&
        pos[i - 1] !== 'VERB'
      )
        continue;
      // `as` inside a comparison (`as well as`, `such as`) opens none.
      if (w === 'as' && (norms[i - 1] === 'such' || norms[i - 1] === 'well' || norms[i + 1] === 'well'))
        continue;
      starts.push({
        at: i,
        inherits: false,
        relative: RELATIVE.has(w) || (w === 'that' && pos[i - 1] === 'NOUN'),
      });
      continue;
    }
    // `, killing all 224 passengers`: a participle clause sharing the subject.
    if (norms[i - 1] === ',' && w.endsWith('ing') && pos[i] === 'VERB') {
      starts.push({ at: i, inherits: true, relative: false });
      continue;
    }
    // `and` / `but` followed by a verb: the subject carries over (`attacked X and killed Y`).
    if ((w === 'and' || w === 'but' || w === 'or') && i + 1 < n) {
      if (VERBISH.has(pos[i + 1]) && pos[i + 1] !== 'AUX') {
        starts.push({ at: i, inherits: true, relative: false });
        continue;
      }
      // `, and a ceasefire will be`: a new subject then a verb within a few words.
      if (norms[i - 1] === ',') {
        for (let k = i + 1; k < Math.min(n, i + 6); k++) {
          if (VERBISH.has(pos[k])) {
            starts.push({ at: i, inherits: false, relative: false });
            break;
          }
        }
      }
    }
  }
  const clauses: Clause[] = [];
  const clauseOf = new Array<number>(n).fill(0);
  for (let c = 0; c < starts.length; c++) {
    const start = starts[c].at;
    const end = c + 1 < starts.length ? starts[c + 1].at : n;
    if (end <= start) continue;
    for (let i = start; i < end; i++) clauseOf[i] = clauses.length;
    clauses.push({ start, end, inherits: starts[c].inherits, relative: starts[c].relative });
  }
  return { sentence, first, tokens: slice, norms, pos, clauses, clauseOf };
}
