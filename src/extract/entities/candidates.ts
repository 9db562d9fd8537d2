/** What the scanners find before coreference: a mention with its dictionary evidence. */
import type { Agent } from '../../knowledge/actors/index.js';
import type { EntityType, MentionKind, Token } from '../../model/layers.js';

export interface Candidate {
  /** Character offsets of the mention (name only: no title, determiner or possessive). */
  start: number;
  end: number;
  /** Token indices covered (inclusive); a mention inside a token (`non-NATO`) has first = last. */
  first: number;
  last: number;
  sentence: number;
  kind: MentionKind;
  type: EntityType;
  /** Dictionary actors the name may denote, best first. */
  actorIds: string[];
  /** For generic nominals (`rebels`): the agent and the country it was tied to. */
  agent?: Agent;
  agentCountry?: string | null;
  /** A title or role split off (`Foreign Minister`), as offsets, and its key in the title table. */
  role?: { start: number; end: number } | null;
  titleKey?: string | null;
  gender?: 'm' | 'f' | null;
  /** Role text from an apposition (`, a local teacher`). */
  roleText?: string | null;
  rules: string[];
  confidence: number;
}

/**
 * A candidate over tokens `first..last` of one sentence, a name unless `what.kind` says otherwise:
 * the offsets come from the tokens, the caller says what was found and by which rule.
 */
export function candidateOver(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentence: number,
  what: Pick<Candidate, 'type' | 'actorIds' | 'rules' | 'confidence'> & Partial<Candidate>,
): Candidate {
  return { start: tokens[first].start, end: tokens[last].end, first, last, sentence, kind: 'name', ...what };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The candidates with `found` in place of those they overlap, in text order. */
export function replacedBy(cands: Candidate[], found: Candidate[]): Candidate[] {
  if (!found.length) return cands;
  return [...cands.filter((c) => !found.some((f) => overlaps(c, f))), ...found].sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * Stretches `c` to end at token `last` as one name of `type` (a product, an index, a club): it names
 * no actor of the dictionaries any more; the rule that did it is kept. The candidates it now covers
 * are added to `swallowed`, for the caller to drop.
 */
export function stretchOver(
  c: Candidate,
  tokens: readonly Token[],
  last: number,
  type: EntityType,
  rule: string,
  cands: readonly Candidate[],
  swallowed: Set<Candidate>,
): void {
  c.last = last;
  c.end = tokens[last].end;
  c.type = type;
  c.actorIds = [];
  c.rules.push(rule);
  for (const o of cands) if (o !== c && o.first > c.first && o.first <= c.last) swallowed.add(o);
}

/** The last words of the persons named in full (`obama` for `Barack Obama`): their surnames. */
export function surnamesOfFullNames(cands: readonly Candidate[], tokens: readonly Token[]): Set<string> {
  const surnames = new Set<string>();
  for (const c of cands) if (c.type === 'PERSON' && c.last > c.first) surnames.add(tokens[c.last].norm);
  return surnames;
}
