/**
 * Event triggers of a sentence: dictionary verbs (indexed by the surface form of the verb word, then
 * the best-matching pattern of the verb's block decides the CAMEO code) and nominal triggers.
 */
import type { CameoKnowledge, NominalTrigger, VerbForm, VerbPattern } from '../../knowledge/cameo/index.js';
import { matchPhrase } from '../../knowledge/cameo/index.js';
import type { SentenceView } from './view.js';

export interface VerbTrigger {
  kind: 'verb';
  /** Local token range [start, end) of the trigger words. */
  start: number;
  end: number;
  /** The verb word itself. */
  head: number;
  form: VerbForm;
  /** Chosen CAMEO code, or null when the verb makes no event on its own (it may still be a frame). */
  code: string | null;
  swap: boolean;
  rule: string;
}

export interface NominalTriggerHit {
  kind: 'nominal';
  start: number;
  end: number;
  head: number;
  nominal: NominalTrigger;
  code: string;
  rule: string;
}

export type Trigger = VerbTrigger | NominalTriggerHit;

const VERB_POS = new Set(['VERB']);
const REDUCED_NEXT = new Set([
  'in',
  'on',
  'at',
  'by',
  'last',
  'earlier',
  'during',
  'since',
  'after',
  'before',
]);
const GERUND_PREPS = new Set(['for', 'of', 'about', 'without', 'on', 'in', 'by', 'against', 'from']);
/** Auxiliaries and `to` before a word that wink-nlp tagged as a noun show it is a verb (`to attack`). */
const VERB_LEADS = new Set([
  'to',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'did',
  'not',
  "n't",
]);

function matchesForm(view: SentenceView, i: number, form: VerbForm): boolean {
  const start = i - form.head;
  if (start < 0 || start + form.words.length > view.norms.length) return false;
  for (let k = 0; k < form.words.length; k++) if (view.norms[start + k] !== form.words[k]) return false;
  return true;
}

function slotMatches(slot: Set<string>, word: string): boolean {
  return slot.has(word);
}

/** Score of a pattern at this verb, or -1. Pre slots match in order before the verb, post slots after it. */
function scorePattern(
  view: SentenceView,
  p: VerbPattern,
  vStart: number,
  vEnd: number,
  from: number,
  to: number,
): number {
  let j = vStart - 1;
  for (let s = p.pre.length - 1; s >= 0; s--) {
    while (j >= from && !slotMatches(p.pre[s], view.norms[j])) j--;
    if (j < from) return -1;
    j--;
  }
  let i = vEnd;
  const limit = Math.min(to, vEnd + 14);
  for (const slot of p.post) {
    while (i < limit && !slotMatches(slot, view.norms[i])) i++;
    if (i >= limit) return -1;
    i++;
  }
  return p.pre.length + p.post.length;
}

/** The words of each clause as a set, built once per sentence, so most patterns are rejected by lookups. */
const clauseWordSets = new WeakMap<SentenceView, Set<string>[]>();

function clauseWords(view: SentenceView, clause: number): Set<string> {
  let sets = clauseWordSets.get(view);
  if (!sets) {
    sets = view.clauses.map((c) => new Set(view.norms.slice(c.start, c.end)));
    clauseWordSets.set(view, sets);
  }
  return sets[clause];
}

function allSlotsPresent(slots: readonly Set<string>[], words: Set<string>): boolean {
  for (const slot of slots) {
    let hit = false;
    for (const w of slot) {
      if (words.has(w)) {
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

function codeVerb(
  view: SentenceView,
  k: CameoKnowledge,
  form: VerbForm,
  start: number,
  end: number,
): { code: string | null; swap: boolean; rule: string } {
  // Statement verbs (`say`, `quote`, `reiterate`) report other events; their patterns would code
  // the reported words (`says ceasefire` -> 0871), so they make no event of their own.
  if (form.code?.startsWith('01'))
    return { code: null, swap: false, rule: `verb.statement:${form.lemma.replace(/ /g, '_')}` };
  const clause = view.clauses[view.clauseOf[start]];
  const patterns = k.patterns.get(form.block);
  let best: VerbPattern | null = null;
  let bestScore = 0;
  if (patterns) {
    const words = clauseWords(view, view.clauseOf[start]);
    for (const p of patterns) {
      if (!p.pre.length && !p.post.length) continue;
      if (!allSlotsPresent(p.post, words) || !allSlotsPresent(p.pre, words)) continue;
      const s = scorePattern(view, p, start, end, clause.start, clause.end);
      if (s < 0) continue;
      const score = s + (p.own ? 0.5 : 0);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
  }
  if (best) return { code: best.code, swap: best.swap, rule: `verb.pattern:${best.id}` };
  return { code: form.code, swap: false, rule: `verb.default:${form.lemma.replace(/ /g, '_')}` };
}

/** A finite verb earlier in the clause: then a later bare participle after a noun is a modifier. */
function hasVerbBefore(view: SentenceView, i: number): boolean {
  const clause = view.clauses[view.clauseOf[i]];
  for (let j = clause.start; j < i - 1; j++) if (view.pos[j] === 'VERB' || view.pos[j] === 'AUX') return true;
  return false;
}

export function findTriggers(view: SentenceView, k: CameoKnowledge): Trigger[] {
  const out: Trigger[] = [];
  const n = view.norms.length;
  let capitals = 0;
  for (const t of view.tokens) if (/^[A-Z]/.test(t.text)) capitals++;
  const titleCase = capitals > n / 2;
  for (let i = 0; i < n; i++) {
    const w = view.norms[i];
    const forms = k.verbs.get(w);
    // wink-nlp sometimes tags a past tense between two names as ADJ or NOUN (`Norway mediated between`).
    const taggedAway =
      /ed$/.test(w) &&
      i > 0 &&
      (view.pos[i - 1] === 'PROPN' || view.pos[i - 1] === 'NOUN' || view.pos[i - 1] === 'PRON') &&
      ['DET', 'NUM', 'ADP', 'PROPN', 'PRON', 'ADJ'].includes(view.pos[i + 1] ?? '');
    // A capitalised word inside a sentence is a name (`the Block`), not a verb; headlines are title case.
    const capitalised = !titleCase && i > 0 && /^[A-Z]/.test(view.tokens[i].text) && view.pos[i] === 'PROPN';
    const looksVerb =
      !capitalised &&
      (VERB_POS.has(view.pos[i]) || (i > 0 && VERB_LEADS.has(view.norms[i - 1])) || taggedAway);
    if (forms && looksVerb) {
      const form = forms.find((f) => matchesForm(view, i, f));
      // A gerund after a preposition (`a strategy for defeating X`) names an idea, not an event.
      const gerundAfterPrep = w.endsWith('ing') && i > 0 && GERUND_PREPS.has(view.norms[i - 1]);
      // A participle used as an adjective (`Ousted President`, `the Syrian-backed militia`).
      const adjectival =
        /(ed|en)$/.test(w) &&
        (i === 0 ||
          view.pos[i - 1] === 'DET' ||
          view.norms[i - 1] === '-' ||
          view.pos[i - 1] === 'ADJ' ||
          (i === 1 && view.pos[0] === 'ADV')) &&
        (view.pos[i + 1] === 'NOUN' || view.pos[i + 1] === 'PROPN' || view.pos[i + 1] === 'ADJ');
      // `The Paris attacks`, `last Friday's attacks`: a plural after a determiner or modifier is a noun.
      const nounAfterModifier =
        w.endsWith('s') &&
        i > 0 &&
        (view.pos[i - 1] === 'DET' || view.norms[i - 1] === "'s" || view.pos[i - 1] === 'ADJ') &&
        k.nominals.has(w);
      // `the agreement signed in March`: a participle after a noun, with no auxiliary, describes the noun.
      const reducedRelative =
        form &&
        /ed$/.test(w) &&
        i > 0 &&
        view.pos[i - 1] === 'NOUN' &&
        REDUCED_NEXT.has(view.norms[i + 1] ?? '') &&
        !(form.code && /^(1[4-9]|20)/.test(form.code)) &&
        hasVerbBefore(view, i);
      if (form && !gerundAfterPrep && !adjectival && !nounAfterModifier && !reducedRelative) {
        const start = i - form.head;
        const end = start + form.words.length;
        const coded = codeVerb(view, k, form, start, end);
        out.push({ kind: 'verb', start, end, head: i, form, ...coded });
        i = end - 1;
        continue;
      }
    }
    if (
      view.pos[i] === 'NOUN' ||
      view.pos[i] === 'PROPN' ||
      view.pos[i] === 'ADJ' ||
      (view.pos[i] === 'VERB' && w.endsWith('ing'))
    ) {
      const nom = matchPhrase(k.nominals, view.norms, i);
      if (nom) {
        const end = i + nom.length;
        // A nominal must end on a noun (`air strikes`), not run into a verb.
        out.push({
          kind: 'nominal',
          start: i,
          end,
          head: end - 1,
          nominal: nom.value,
          code: nom.value.code,
          rule: `nominal:${nom.value.words.join('_')}`,
        });
        i = end - 1;
      }
    }
  }
  return out;
}
