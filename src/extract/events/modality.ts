/**
 * The modality of an event from the words around its trigger: negation, condition (`If ...,`),
 * modal cues (`could`, `is set to`, `have to`), and attribution (`the AP reports`, `officials said`),
 * ranked so the most restrictive wins: a predicted or hypothetical event is never counted as happened.
 */
import type { CameoKnowledge, PhraseIndex } from '../../knowledge/cameo/index.js';
import { matchPhrase } from '../../knowledge/cameo/index.js';
import type { Modality } from '../../model/layers.js';
import type { SentenceView } from './view.js';

const RANK: Record<Modality, number> = {
  negated: 8,
  hypothetical: 7,
  conditional: 6,
  predicted: 5,
  intended: 4,
  planned: 3,
  reported: 2,
  asserted: 1,
};

export interface ModalityReading {
  modality: Modality;
  rules: string[];
  /** Local token index of the attributing verb (`reports`, `said`, `confirming`), when any. */
  attribution: number | null;
  /** The actor commits itself (`will`, `ready to`), as opposed to a schedule or a forecast. */
  committed: boolean;
  /** `must` / `should` governs the trigger: with a reporting subject it is a demand. */
  obligation: boolean;
}

function stronger(a: Modality, b: Modality): Modality {
  return RANK[b] > RANK[a] ? b : a;
}

function cue(index: PhraseIndex<string> | undefined, norms: readonly string[], i: number, end: number) {
  return index ? matchPhrase(index, norms, i, end) : null;
}

export interface ModalityInput {
  view: SentenceView;
  /** Trigger token range. */
  start: number;
  end: number;
  nominal: boolean;
  /** Tokens inside a quotation. */
  quoted: boolean;
}

export function readModality(k: CameoKnowledge, input: ModalityInput): ModalityReading {
  const { view, start, end, nominal } = input;
  const norms = view.norms;
  const n = norms.length;
  const clause = view.clauses[view.clauseOf[start]];
  const rules: string[] = [];
  let m: Modality = 'asserted';
  let attribution: number | null = null;
  const modal = k.cues.get('modal');
  const negation = k.cues.get('negation');
  const condition = k.cues.get('condition');
  const report = k.cues.get('report');
  const factive = k.cues.get('factive');
  const denial = k.cues.get('denial');

  // Condition: `If all goes as planned, X` -> X conditional; inside the if-clause -> hypothetical.
  for (let i = 0; i < n; i++) {
    const c = cue(condition, norms, i, n);
    if (!c) continue;
    let close = n;
    for (let j = i + c.length; j < n; j++) {
      if (norms[j] === ',') {
        close = j;
        break;
      }
    }
    if (start >= i && start < close) {
      m = stronger(m, 'hypothetical');
      rules.push('modality.if-clause');
    } else if (i === 0 || norms[i - 1] === ',' || i < start) {
      if (i < start || close < start) {
        m = stronger(m, 'conditional');
        rules.push('modality.conditioned');
      }
    }
    break;
  }

  // Modal cues before the trigger in its clause; for a nominal, also after it (`a ceasefire could be ...`).
  const from = Math.max(clause.start, start - 8);
  let committed = false;
  let obligation = false;
  const commitment = k.cues.get('commitment');
  const obliging = k.cues.get('obligation');
  for (let i = from; i < start; i++) {
    if (cue(commitment, norms, i, start)) committed = true;
    if (cue(obliging, norms, i, start)) obligation = true;
    const c = cue(modal, norms, i, start);
    if (!c) continue;
    let value = c.value as Modality;
    // `said it would allow`: future in the past, a plan.
    if (norms[i] === 'would' && hasReportBefore(k, view, i)) value = 'planned';
    m = stronger(m, value);
    rules.push(`modality.cue:${norms.slice(i, i + c.length).join('_')}`);
    i += c.length - 1;
  }
  if (nominal) {
    // Only an auxiliary of the nominal's own verb counts (`a ceasefire could be ...`), not a purpose clause.
    let depth = 0;
    for (let i = end; i < Math.min(clause.end, end + 16); i++) {
      if (norms[i] === '(' || norms[i] === '[') depth++;
      if (norms[i] === ')' || norms[i] === ']') depth--;
      if (depth > 0 || norms[i] === ')' || norms[i] === ']') continue;
      if (view.pos[i] === 'VERB' || norms[i] === 'to' || norms[i] === ',') break;
      const c = cue(modal, norms, i, clause.end);
      if (!c || (view.pos[i] !== 'AUX' && norms[i] !== 'away')) continue;
      let value = c.value as Modality;
      if (value === 'planned') value = 'predicted';
      m = stronger(m, value);
      rules.push(`modality.after:${norms.slice(i, i + c.length).join('_')}`);
      break;
    }
  }

  // Negation right before the trigger (`did not attack`, `no ceasefire`).
  for (let i = Math.max(clause.start, start - 3); i < start; i++) {
    const c = cue(negation, norms, i, start);
    if (!c) continue;
    if (nominal && norms[i] !== 'no') continue;
    m = stronger(m, 'negated');
    rules.push('modality.negation');
    break;
  }

  // Frames before the trigger in the sentence: denial negates, report attributes, factive vouches.
  for (let i = start - 1; i >= 0; i--) {
    if (cue(denial, norms, i, start)) {
      m = stronger(m, 'negated');
      rules.push('modality.denied');
      attribution = i;
      break;
    }
    const f = cue(factive, norms, i, start);
    if (f) {
      attribution = i;
      rules.push('modality.factive');
      break;
    }
    const r = cue(report, norms, i, start);
    // `reports` after a determiner is a noun (`the reports`), after a name a verb (`the AP reports`).
    if (r && !(view.pos[i] === 'NOUN' && i > 0 && view.pos[i - 1] === 'DET')) {
      m = stronger(m, 'reported');
      attribution = i;
      rules.push('modality.reported');
      break;
    }
  }
  // `..., officials said.` after the trigger, in another clause.
  if (attribution === null) {
    for (let i = end; i < n; i++) {
      if (norms[i - 1] !== ',' && norms[i - 2] !== ',') continue;
      const r = cue(report, norms, i, n) ?? (view.pos[i] === 'VERB' ? null : scanReportAfter(k, view, i));
      if (r) {
        m = stronger(m, 'reported');
        attribution = typeof r === 'number' ? r : i;
        rules.push('modality.reported-after');
        break;
      }
    }
  }
  if (input.quoted && m === 'asserted') {
    m = 'reported';
    rules.push('modality.quoted');
  }
  return { modality: m, rules, attribution, committed, obligation };
}

function hasReportBefore(k: CameoKnowledge, view: SentenceView, before: number): boolean {
  const report = k.cues.get('report');
  for (let i = 0; i < before; i++) if (cue(report, view.norms, i, before)) return true;
  return false;
}

/** `, a Croatian official said` : a report verb within a few words after a comma. */
function scanReportAfter(k: CameoKnowledge, view: SentenceView, from: number): number | null {
  const report = k.cues.get('report');
  for (let i = from; i < Math.min(view.norms.length, from + 8); i++) {
    if (view.norms[i] === ',') return null;
    if (cue(report, view.norms, i, view.norms.length) && view.pos[i] === 'VERB') return i;
  }
  return null;
}
