/**
 * The tense of the clause around a time expression, from word forms only (wink-nlp's universal tags
 * carry no morphology). News narrates the past, so a bare weekday defaults to the most recent one;
 * a future marker near the expression (`will`, `is set to`, `plans to`) turns it forward.
 */
import type { Token } from '../../model/layers.js';

export type Tense = 'past' | 'present' | 'future';

/** Finite verb forms that mark the past (regular `-ed` forms are recognised by their ending). */
const PAST_FORMS = new Set(
  (
    'was were had did made took said told went came saw gave got held left met ran began won lost found knew ' +
    'thought brought bought fought sent spent built led fell rose wrote spoke broke chose drove flew grew threw ' +
    'struck stood sat shot paid sold kept felt heard meant became forgot understood caught taught sought fled ' +
    'hung laid lay slid swore tore wore woke bore drew ate forgave froze hid rode rang sang sank shook stole ' +
    'stuck stung swam swung withdrew overtook undertook arose'
  ).split(' '),
);

/** Not past tense although they end in -ed: nouns, adjectives and present forms. */
const NOT_PAST_ED = new Set([
  'need',
  'feed',
  'speed',
  'seed',
  'bed',
  'red',
  'shed',
  'breed',
  'bleed',
  'proceed',
  'exceed',
  'succeed',
  'indeed',
  'hundred',
  'embed',
  'weed',
  'deed',
  'creed',
  'greed',
  'ted',
  'fled',
]);

/** Verbs whose past is spelt like their present (`they cut taxes Monday`): no tense either way. */
const SAME_IN_PAST = new Set([
  'cut',
  'put',
  'set',
  'hit',
  'let',
  'quit',
  'shut',
  'spread',
  'cost',
  'hurt',
  'beat',
  'read',
  'bet',
  'cast',
  'burst',
  'split',
  'shed',
  'upset',
]);

const FUTURE_FORMS = new Set([
  'will',
  "'ll",
  'shall',
  'wo',
  'would',
  'upcoming',
  'tomorrow',
  'next',
  'coming',
]);

/** Words that, followed by `to` + verb, announce a future event (`is set to host`, `plans to meet`). */
const FUTURE_BEFORE_TO = new Set([
  'set',
  'due',
  'going',
  'expected',
  'scheduled',
  'planned',
  'plans',
  'plan',
  'planning',
  'poised',
  'about',
  'likely',
  'is',
  'are',
  'intends',
  'intend',
  'hopes',
  'hope',
  'wants',
  'want',
  'aims',
  'aim',
  'slated',
  'ready',
  'promised',
  'vowed',
  'pledged',
]);

const BE_PRESENT = new Set(['is', 'are', 'am', 'be', 'being', "'s", "'re"]);

const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", 'does', 'do']);

/**
 * News reports speech in the present (`Kerry says Monday`): those verbs narrate the past. So does
 * the present perfect (`has stepped up`, `have died since Monday`).
 */
const PAST_IN_PRESENT = new Set([
  'says',
  'say',
  'tells',
  'reports',
  'announces',
  'claims',
  'confirms',
  'denies',
  'insists',
  'warns',
  'adds',
  'notes',
  'argues',
  'writes',
  'admits',
  'acknowledges',
  'recalls',
  'has',
  'have',
  "'ve",
]);

/** The tense a single token marks, or null. `tokens[i - 1]` is read for `to` after a future cue. */
export function tenseOfToken(tokens: readonly Token[], i: number, first: number): Tense | null {
  const t = tokens[i];
  const w = t.norm;
  if (FUTURE_FORMS.has(w)) return 'future';
  if (w === 'to' && i > first && FUTURE_BEFORE_TO.has(tokens[i - 1].norm)) return 'future';
  const pastForm =
    PAST_FORMS.has(w) ||
    ((t.pos === 'VERB' || t.pos === 'AUX') && w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
  if (pastForm) {
    // A participle after a present or bare `be` is a passive, not a past (`is to be held`, `are expected`).
    if (w !== 'was' && w !== 'were' && i > first && BE_PRESENT.has(tokens[i - 1].norm)) return null;
    return 'past';
  }
  if (w === 'ago') return 'past';
  if (PAST_IN_PRESENT.has(w) && (t.pos === 'AUX' || t.pos === 'VERB')) return 'past';
  if (PRESENT_FORMS.has(w) && (t.pos === 'AUX' || t.pos === 'VERB')) return 'present';
  // Any other third-person present verb (`begins`, `opens`, `meets`) announces a schedule.
  if (t.pos === 'VERB' && w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return 'present';
  // ... and so does a bare verb right after its subject (`the talks begin`, `voters go`).
  if (
    t.pos === 'VERB' &&
    i > first &&
    /^(?:NOUN|PROPN|PRON)$/.test(tokens[i - 1].pos) &&
    !/(?:ing|ed)$/.test(w) &&
    !SAME_IN_PAST.has(w)
  ) {
    return 'present';
  }
  return null;
}

/**
 * The tense nearest to tokens [from, to] within the sentence [first, last]: markers before the
 * expression win ties, and nothing further than `reach` tokens away counts.
 */
export function tenseNear(
  tokens: readonly Token[],
  first: number,
  last: number,
  from: number,
  to: number,
  reach = 14,
): Tense | null {
  for (let k = 1; k <= reach; k++) {
    const before = from - k;
    if (before >= first) {
      const t = tenseOfToken(tokens, before, first);
      if (t) return t;
    }
    const after = to + k;
    if (after <= last) {
      const t = tenseOfToken(tokens, after, first);
      if (t) return t;
    }
  }
  return null;
}
