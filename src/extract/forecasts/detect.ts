/**
 * Is a clause about the future? Finds the cues that make a statement forward-looking, over the
 * tokens of one sentence. Each cue names its rule, so an analyst can see why a sentence counted.
 *
 * What counts: future and possibility modals (`will`, `could`, `may`, `might`), `going to`,
 * schedule and expectation frames (`is set to`, `is expected to`, `is due to`), stated plans and
 * promises (`plans to`, `vowed to`), proximity (`weeks away`, `in the coming weeks`, `soon`), and
 * `would` when it is the future of a reported past (`said the talks would begin`) or the
 * consequence of a condition (`if ..., it would`). What does not: questions, counterfactual pasts
 * (`could have been`), modals of obligation (`should`, `must`), ability (`can`), and `will` the noun.
 */
import type { Token } from '../../model/layers.js';

export interface Cue {
  rule: string;
  /** Token indices (inclusive) of the cue words. */
  first: number;
  last: number;
}

const BE = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'was', 'were', 'be', 'been', 'being']);
const FUTURE_MODALS = new Set(['will', "'ll", 'shall', 'wo']);
const POSSIBILITY_MODALS = new Set(['could', 'may', 'might']);
const SKIPPABLE = new Set([
  'not',
  "n't",
  'also',
  'still',
  'soon',
  'now',
  'then',
  'never',
  'likely',
  'probably',
  'possibly',
  'conceivably',
  'certainly',
  'perhaps',
  'only',
  'even',
  'all',
  'both',
  'eventually',
  'finally',
  'definitely',
  'almost',
]);
const FRAMES = new Set([
  'set',
  'expected',
  'scheduled',
  'due',
  'poised',
  'likely',
  'unlikely',
  'slated',
  'bound',
  'about',
  'certain',
  'sure',
  'going',
]);
const INTENT_VERBS = new Set([
  'plans',
  'plan',
  'planned',
  'planning',
  'intends',
  'intend',
  'intended',
  'aims',
  'aim',
  'vowed',
  'vows',
  'vow',
  'pledged',
  'pledges',
  'pledge',
  'promised',
  'promises',
  'promise',
  'threatened',
  'threatens',
  'threaten',
  'hopes',
  'hoped',
  'expects',
  'expect',
  'wants',
  'seeks',
  'sought',
]);
const REPORTING_PAST = new Set([
  'said',
  'told',
  'added',
  'announced',
  'predicted',
  'expected',
  'hoped',
  'warned',
  'promised',
  'thought',
  'believed',
  'insisted',
  'argued',
  'claimed',
  'stated',
  'suggested',
  'indicated',
  'estimated',
  'forecast',
  'projected',
  'signaled',
  'signalled',
]);
const UNITS = new Set(['days', 'weeks', 'months', 'years', 'hours']);
const CALENDAR_UNITS = new Set([
  'day',
  'week',
  'month',
  'year',
  'weekend',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'session',
  'term',
]);
const COMING = new Set(['coming', 'next', 'near']);
const VERBISH = new Set(['VERB', 'AUX']);

const isVerbish = (t: Token | undefined) => !!t && VERBISH.has(t.pos);

/** The next token after `i` that is not an adverb or negation, within the sentence. */
function nextContent(tokens: Token[], i: number, last: number): number {
  let j = i + 1;
  while (j <= last && (SKIPPABLE.has(tokens[j].norm) || tokens[j].pos === 'ADV')) j++;
  return j <= last ? j : -1;
}

/** `have` and its clitic: `could've` is tokenised `could` + `'ve`. */
const HAVE_FORMS = new Set(['have', "'ve", '\u2019ve']);

/** `could have been`, `may have left`, `could've scored`: a possibility about the past, not a forecast. */
function isCounterfactualPast(tokens: Token[], j: number, last: number): boolean {
  return j >= 0 && HAVE_FORMS.has(tokens[j].norm) && j + 1 <= last && isVerbish(tokens[j + 1]);
}

const PRESENT_ADVERBS = new Set(['currently', 'already', 'presently', 'now']);

/** `may be currently at sea`: a guess about the present, not the future. */
const NEGATORS = new Set(['not', "n't", 'never', 'neither', 'nor', 'no', 'nobody', 'none', 'nothing']);

/**
 * `neither side could open the scoring as the half ended`: a denied `could` told among past events
 * is past ability, not a forecast (rule of thumb: a negation just before or after `could` and a
 * past-tense verb in the sentence that is not a reporting verb like `said`).
 */
function isPastAbility(tokens: Token[], i: number, first: number, last: number): boolean {
  if (tokens[i].norm !== 'could') return false;
  let negated = NEGATORS.has(tokens[i + 1]?.norm ?? '');
  for (let k = Math.max(first, i - 3); k < i && !negated; k++) negated = NEGATORS.has(tokens[k].norm);
  if (!negated) return false;
  const own = nextContent(tokens, i, last); // the verb `could` governs (`could not succeed`)
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (k !== i && k !== own && t.pos === 'VERB' && /ed$/.test(t.norm) && !REPORTING_PAST.has(t.norm)) {
      const before = tokens[k - 1]?.norm ?? '';
      // `has ended`, `was ended`, `could have ended`: not a simple past.
      if (!/^(have|has|had|be|is|are|was|were|been|being|will|would|could)$/.test(before)) return true;
    }
  }
  return false;
}

function isAboutThePresent(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k <= Math.min(last, i + 3); k++) if (PRESENT_ADVERBS.has(tokens[k].norm)) return true;
  return false;
}

export function findForwardCues(tokens: Token[], first: number, last: number): Cue[] {
  const cues: Cue[] = [];
  const hasCondition = () => {
    for (let i = first; i <= last; i++)
      if (tokens[i].norm === 'if' || tokens[i].norm === 'unless') return true;
    return false;
  };
  const hasReportingPast = (before: number) => {
    for (let i = first; i < before; i++) if (REPORTING_PAST.has(tokens[i].norm)) return true;
    return false;
  };
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    const norm = t.norm;
    if (FUTURE_MODALS.has(norm) && t.pos !== 'PROPN' && t.pos !== 'NOUN') {
      const j = nextContent(tokens, i, last);
      // `will have done` is a future perfect: still ahead, so `have` is not checked here.
      if (j >= 0 && isVerbish(tokens[j])) cues.push({ rule: 'modal.future', first: i, last: i });
      continue;
    }
    if (POSSIBILITY_MODALS.has(norm) && (t.pos === 'AUX' || t.pos === 'VERB')) {
      const j = nextContent(tokens, i, last);
      if (
        j >= 0 &&
        (isVerbish(tokens[j]) || tokens[j].pos === 'ADJ') &&
        !isCounterfactualPast(tokens, j, last) &&
        !isAboutThePresent(tokens, i, last) &&
        !isPastAbility(tokens, i, first, last)
      )
        cues.push({ rule: `modal.${norm}`, first: i, last: i });
      continue;
    }
    if (norm === 'would' && t.pos !== 'PROPN') {
      const j = nextContent(tokens, i, last);
      if (j < 0 || !isVerbish(tokens[j]) || isCounterfactualPast(tokens, j, last)) continue;
      if (hasReportingPast(i)) cues.push({ rule: 'modal.would.future-in-past', first: i, last: i });
      else if (hasCondition()) cues.push({ rule: 'modal.would.conditional', first: i, last: i });
      continue;
    }
    // BE (+ adverbs) + frame + to + verb: `is set to host`, `is almost certain to lose`, `is going to be`.
    if (BE.has(norm)) {
      let f = i + 1;
      while (
        f <= last &&
        (tokens[f].pos === 'ADV' || SKIPPABLE.has(tokens[f].norm)) &&
        !FRAMES.has(tokens[f].norm)
      )
        f++;
      if (f + 1 <= last && FRAMES.has(tokens[f].norm) && tokens[f + 1].norm === 'to') {
        const j = nextContent(tokens, f + 1, last);
        if (j >= 0 && (isVerbish(tokens[j]) || tokens[j].pos === 'ADJ')) {
          cues.push({ rule: `frame.${tokens[f].norm}-to`, first: i, last: f + 1 });
          i = f + 1;
        }
      }
      continue;
    }
    // `plans to sign` (wink often tags `plans` a noun; the `to` + verb after it decides).
    if (INTENT_VERBS.has(norm) && i + 1 <= last && tokens[i + 1].norm === 'to') {
      const j = nextContent(tokens, i + 1, last);
      if (j >= 0 && isVerbish(tokens[j])) cues.push({ rule: `intent.${norm}`, first: i, last: i + 1 });
      continue;
    }
    // `weeks away`, `days away`: proximity of something still to come.
    if (UNITS.has(norm) && i + 1 <= last && tokens[i + 1].norm === 'away') {
      cues.push({ rule: 'proximity.units-away', first: i, last: i + 1 });
      continue;
    }
    // `in the coming weeks`, `in the near future`, `next month` (the last only beside a future verb form).
    if (
      COMING.has(norm) &&
      i + 1 <= last &&
      (UNITS.has(tokens[i + 1].norm) ||
        CALENDAR_UNITS.has(tokens[i + 1].norm) ||
        tokens[i + 1].norm === 'future')
    ) {
      if (norm !== 'next' || hasFutureTense(tokens, first, last))
        cues.push({ rule: `proximity.${norm}`, first: i, last: i + 1 });
    }
  }
  return cues;
}

/** Whether any future modal or frame stands in the sentence (used to check weak cues like `next week`). */
function hasFutureTense(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const n = tokens[i].norm;
    if (
      FUTURE_MODALS.has(n) ||
      n === 'going' ||
      n === 'set' ||
      n === 'expected' ||
      n === 'scheduled' ||
      n === 'due'
    )
      return true;
  }
  return false;
}

/** A question asks, it does not predict. */
export function isQuestion(tokens: Token[], first: number, last: number): boolean {
  for (let i = last; i >= first; i--) {
    const t = tokens[i].text;
    if (t === '"' || t === '\u201D' || t === "'" || t === ')') continue;
    return t === '?';
  }
  return false;
}

/** The `If ...` / `Unless ...` clause of a sentence, as token indices, up to its comma. */
export function findCondition(tokens: Token[], first: number, last: number): [number, number] | null {
  for (let i = first; i <= last; i++) {
    const n = tokens[i].norm;
    if (n !== 'if' && n !== 'unless') continue;
    let j = i + 1;
    while (j <= last && tokens[j].text !== ',' && tokens[j].text !== '.' && tokens[j].text !== ';') j++;
    return [i, Math.max(i, j - 1)];
  }
  return null;
}
