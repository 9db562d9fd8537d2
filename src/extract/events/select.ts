/**
 * Which of a sentence's candidate events to keep. A news sentence usually tells one act; the other
 * triggers it contains describe that act's purpose (`give aid to finance projects`), its setting
 * (`since last month's invasion`), a modifier (`war-torn`) or a relative clause about a participant.
 * Two general rules, both local to the sentence:
 *
 * - `select.subordinate`: with a dependency parse, an event whose trigger hangs below another event's
 *   trigger through anything but coordination (`conj`, `parataxis`) is dropped: it is a complement,
 *   a purpose, an adverbial or a relative clause of the main act.
 * - `select.nominal-beside-verb`: a nominal event (`the demonstration`, `fighting`) in a sentence that
 *   has a verbal event close above it (two dependency hops, or a few words on in its clause) is that
 *   verb's object or circumstance, not a second act (`agreed to postpone the demonstration`); one told
 *   before the verb or far from it (`... in the face of last Friday's attacks`) stays.
 */
import type { DraftEvent } from './index.js';
import type { SentenceView } from './view.js';

/** Relations that join two acts of equal rank: both are told. */
const COORDINATE = new Set(['conj', 'parataxis']);

export interface Candidate {
  draft: DraftEvent;
  /** Local token index of the trigger's first word. */
  token: number;
  nominal: boolean;
}

/** Whether local token `i` hangs below local token `j` through a non-coordinate relation. */
function subordinateTo(view: SentenceView, i: number, j: number): boolean {
  const toks = view.tokens;
  let k = i;
  let coordinateOnly = true;
  for (let hop = 0; hop < 12; hop++) {
    const t = toks[k];
    if (t?.head === undefined || t.head < 0 || !t.dep) return false;
    // `confirming that a bomb took down a plane`: the content of a clause is an act in its own right.
    if (t.dep === 'ccomp') return false;
    if (!COORDINATE.has(t.dep)) coordinateOnly = false;
    const h = t.head - view.first;
    if (h < 0 || h >= toks.length || h === k) return false;
    if (h === j) return !coordinateOnly;
    k = h;
  }
  return false;
}

/** How close (in dependency hops, or tokens in one clause without a parse) a nominal must be to a verb to be its argument. */
const ARGUMENT_HOPS = 2;
const ARGUMENT_TOKENS = 8;

/** Whether the nominal at local token `n` is an argument or circumstance of the verb trigger at `v`. */
function argumentOf(view: SentenceView, n: number, v: number, parsed: boolean): boolean {
  if (n <= v) return false;
  if (!parsed) return view.clauseOf[n] === view.clauseOf[v] && n - v <= ARGUMENT_TOKENS;
  let k = n;
  for (let hop = 0; hop < ARGUMENT_HOPS; hop++) {
    const t = view.tokens[k];
    if (t?.head === undefined || t.head < 0 || t.dep === 'ccomp') return false;
    k = t.head - view.first;
    if (k === v) return true;
  }
  return false;
}

export function selectMainEvents(view: SentenceView, cands: Candidate[]): DraftEvent[] {
  const triggers = [...new Set(cands.map((c) => c.token))];
  if (triggers.length < 2) return cands.map((c) => c.draft);
  view.parse?.();
  const parsed = view.tokens[0]?.head !== undefined;
  const dropped = new Set<number>();
  if (parsed) {
    for (const i of triggers)
      for (const j of triggers) if (i !== j && !dropped.has(j) && subordinateTo(view, i, j)) dropped.add(i);
  }
  const verbs = cands.filter((c) => !c.nominal && !dropped.has(c.token)).map((c) => c.token);
  const out: DraftEvent[] = [];
  for (const c of cands) {
    if (dropped.has(c.token)) continue;
    if (c.nominal && verbs.some((v) => argumentOf(view, c.token, v, parsed))) continue;
    out.push(c.draft);
  }
  // Never drop every event: the rules choose among events, they do not decide there is none.
  return out.length ? out : cands.map((c) => c.draft);
}
