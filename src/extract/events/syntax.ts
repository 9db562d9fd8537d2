/**
 * Who is subject and who is object of a trigger. Two implementations behind one function:
 * - when tokens carry `head`/`dep` (a dependency parser ran), read nsubj / obj / obl:agent;
 * - otherwise a clause-level heuristic: the subject is the actor before the trigger in its clause
 *   (or the clause it continues, or the antecedent of `who`/`which`), the object the first actor after it;
 *   a passive (`was VBN by X`) swaps them; actors joined by `and` distribute.
 */
import type { ActorCandidate } from './actors.js';
import type { SentenceView } from './view.js';

export interface Roles {
  subjects: ActorCandidate[];
  objects: ActorCandidate[];
  passive: boolean;
  /** The noun just before the trigger in subject position (`a bomb` in `a bomb took down`). */
  subjectWord: number | null;
  rule: string;
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'gets', "'s", "'re"]);
const SKIP_BEFORE_PARTICIPLE = new Set(['ADV', 'PART', 'AUX']);
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'from',
  'to',
  'for',
  'with',
  'against',
  'by',
  'over',
  'near',
  'into',
  'after',
  'before',
  'during',
  'under',
  'of',
  'about',
  'between',
]);
const PRONOUN_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

export function isPassive(view: SentenceView, v: number): boolean {
  const w = view.norms[v];
  if (!/(ed|en|wn|ne|ht|t)$/.test(w)) return false;
  // `is prepared to`, `is set to`: an adjective of readiness, not a passive.
  if (view.norms[v + 1] === 'to') return false;
  for (let i = v - 1; i >= Math.max(0, v - 4); i--) {
    if (BE.has(view.norms[i])) return true;
    if (!SKIP_BEFORE_PARTICIPLE.has(view.pos[i])) return false;
  }
  return false;
}

function group(actors: readonly ActorCandidate[], a: ActorCandidate): ActorCandidate[] {
  return actors.filter((x) => x.group === a.group);
}

/** Nearest actor ending before `v` in [from, v), preferring one not inside a prepositional phrase. */
function leftActor(
  view: SentenceView,
  actors: readonly ActorCandidate[],
  from: number,
  v: number,
): ActorCandidate | null {
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i];
    if (a.end > v || a.start < from) continue;
    const before = a.start > 0 ? view.norms[a.start - 1] : '';
    const inPP = PREPOSITIONS.has(before) && before !== 'of';
    // The head of a group is its first member: walk to it.
    const head = group(actors, a)[0];
    const headBefore = head.start > 0 ? view.norms[head.start - 1] : '';
    if (!inPP && !(PREPOSITIONS.has(headBefore) && headBefore !== 'of')) return a;
  }
  return null;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'over', 'across', 'inside', 'outside', 'throughout']);

/** First actor after the trigger, skipping places (`attacks in Lebanon`): those are locations, not targets. */
function rightActor(
  view: SentenceView,
  actors: readonly ActorCandidate[],
  from: number,
  to: number,
): ActorCandidate | null {
  for (const a of actors) {
    if (a.start < from || a.start >= to) continue;
    const head = group(actors, a)[0];
    if (head.via === 'country' && !head.modifierOnly && LOCATIVE.has(view.norms[head.start - 1] ?? ''))
      continue;
    return a;
  }
  return null;
}

function actorAfterBy(
  view: SentenceView,
  actors: readonly ActorCandidate[],
  from: number,
  to: number,
): ActorCandidate | null {
  for (let i = from; i < to; i++) {
    if (view.norms[i] === 'by') return rightActor(view, actors, i + 1, Math.min(to, i + 6));
  }
  return null;
}

/** The noun heading the subject position just before `v` (skipping auxiliaries and adverbs). */
function subjectWordBefore(view: SentenceView, from: number, v: number): number | null {
  for (let i = v - 1; i >= from; i--) {
    const p = view.pos[i];
    if (p === 'AUX' || p === 'ADV' || p === 'PART') continue;
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON') return i;
    return null;
  }
  return null;
}

/** Relations whose dependent is the patient or recipient of the verb. */
const OBJECT_DEPS = ['obj', 'iobj'];
/** Oblique dependents that name a counterpart: `fought against X`, `met with X`, `sent aid to X`. */
const COUNTERPART_CASES = new Set(['against', 'with', 'to', 'on', 'toward', 'towards', 'into']);
/** A verb with no subject of its own takes the subject of the verb it complements or continues. */
const CONTROL_DEPS = new Set(['xcomp', 'conj', 'advcl']);

function dependencyRoles(view: SentenceView, actors: readonly ActorCandidate[], v: number): Roles | null {
  const toks = view.tokens;
  // Every role the parse gives is an actor: with none in the sentence, it could name no role (and the
  // heuristic's answer stands unchanged), so the parse is not even asked for.
  if (!actors.length) return null;
  view.parse?.();
  if (toks[v]?.head === undefined) return null;
  const actorAt = (i: number) => actors.find((x) => x.start <= i && i < x.end);
  // Dependents of local token `h` with one of `deps`, each with its actor group (conj members follow their head).
  const find = (h: number, deps: readonly string[], caseWords?: Set<string>) => {
    const found: ActorCandidate[] = [];
    const globalH = view.first + h;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.head !== globalH || !t.dep || !deps.includes(t.dep)) continue;
      if (caseWords && !hasCase(view, i, caseWords)) continue;
      const a = actorAt(i);
      if (a && !found.includes(a)) found.push(...group(actors, a).filter((g) => !found.includes(g)));
    }
    return found;
  };
  const passive = find(v, ['nsubj:pass']).length > 0 || isPassive(view, v);
  let subjects = find(v, passive ? ['obl:agent'] : ['nsubj']);
  if (passive && !subjects.length) subjects = find(v, ['obl'], new Set(['by']));
  let rule = passive ? 'dep.passive' : 'dep.active';
  // `agreed to set up`, `said it will release`: climb xcomp/conj/advcl to the verb that has the subject.
  if (!subjects.length && !passive) {
    let h = v;
    for (let hop = 0; hop < 3 && !subjects.length; hop++) {
      const t = toks[h];
      if (!t?.dep || !CONTROL_DEPS.has(t.dep) || t.head === undefined || t.head < 0) break;
      h = t.head - view.first;
      if (h < 0 || h >= toks.length) break;
      subjects = find(h, ['nsubj']);
      if (subjects.length) rule = 'dep.control';
    }
  }
  let objects = passive ? find(v, ['nsubj:pass']) : find(v, OBJECT_DEPS);
  if (!objects.length && !passive) objects = find(v, ['obl', 'obl:arg'], COUNTERPART_CASES);
  objects = objects.filter((o) => !subjects.includes(o));
  return { subjects, objects, passive, subjectWord: null, rule };
}

/** Whether token `i` has a case marker (`against`, `with`) among `words`. */
function hasCase(view: SentenceView, i: number, words: Set<string>): boolean {
  const gi = view.first + i;
  for (let j = Math.max(0, i - 4); j < i; j++) {
    const t = view.tokens[j];
    if (t.head === gi && t.dep === 'case' && words.has(view.norms[j])) return true;
  }
  return false;
}

/**
 * Roles of the trigger at local token `v` (spanning `len` tokens). `prevSubjects` are the subjects of
 * the previous clause, inherited by a clause that continues it.
 */
export function findRoles(
  view: SentenceView,
  actors: readonly ActorCandidate[],
  v: number,
  len: number,
  prevSubjects: (clause: number) => ActorCandidate[],
): Roles {
  const dep = dependencyRoles(view, actors, v);
  if (dep?.subjects.length && dep.objects.length) return dep;
  const c = view.clauseOf[v];
  const clause = view.clauses[c];
  const passive = isPassive(view, v);
  let rule = passive ? 'syntax.passive' : 'syntax.active';
  const left = leftActor(view, actors, clause.start, v);
  const after = v + len;
  const right = passive
    ? actorAfterBy(view, actors, after, clause.end)
    : rightActor(view, actors, after, clause.end);
  let subjects: ActorCandidate[] = [];
  let objects: ActorCandidate[] = [];
  if (passive) {
    if (right) subjects = group(actors, right);
    if (left) objects = group(actors, left);
  } else {
    if (left) subjects = group(actors, left);
    if (right) objects = group(actors, right);
  }
  const sw = subjectWordBefore(view, clause.start, v);
  const pronounSubject =
    sw !== null && PRONOUN_SUBJECTS.has(view.norms[sw]) && !subjects.some((a) => a.start <= sw && sw < a.end);
  if ((!subjects.length || pronounSubject) && !passive) {
    if (clause.relative && clause.start > 0) {
      const ante = leftActor(view, actors, 0, clause.start);
      if (ante) {
        subjects = group(actors, ante);
        rule = 'syntax.relative';
      }
    } else if ((clause.inherits || pronounSubject) && c > 0) {
      const inherited = prevSubjects(c - 1);
      if (inherited.length) {
        subjects = inherited;
        rule = clause.inherits ? 'syntax.coordination' : 'syntax.pronoun';
      }
    }
  }
  // `shared intelligence with Ecuador`: a bare agent word as object yields to a named recipient after `with`/`to`.
  if (objects.length && objects[0].code?.startsWith('---')) {
    const better = actors.find(
      (a) =>
        a.start > objects[0].end &&
        a.start < clause.end &&
        !a.code?.startsWith('---') &&
        ['with', 'to'].includes(view.norms[a.start - 1] ?? ''),
    );
    if (better) objects = group(actors, better);
  }
  // The parse, when it found a role, decides it; the heuristic fills the role it left empty.
  if (dep?.subjects.length) {
    subjects = dep.subjects;
    rule = dep.rule;
  } else if (dep && subjects.some((a) => !a.code && !a.person)) {
    // With a parse that found no subject, a guessed one must be a coded actor or a person: an
    // uncoded organisation or thing the parse did not attach (`the Polaroids were donated by the
    // Program`, `the shuttle exploded`) is more often a bystander than the doer.
    subjects = subjects.filter((a) => a.code || a.person);
    rule = `${rule}+dep.uncoded-guess-dropped`;
  }
  if (dep?.objects.length) {
    objects = dep.objects;
    rule = dep.subjects.length ? dep.rule : `${rule}+dep.object`;
  }
  // An object that is one of the subjects (`Russia and France met`) is no object.
  objects = objects.filter((o) => !subjects.includes(o));
  return { subjects, objects, passive: dep ? dep.passive : passive, subjectWord: sw, rule };
}
