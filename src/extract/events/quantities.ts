/**
 * Casualty and arrest counts, GDELT-style: `killing all 224 passengers` -> killed 224,
 * `three people were killed` -> killed 3, `dozens wounded` -> wounded 24.
 * Two shapes: CASUALTY-WORD [approx] NUMBER [modifiers] VICTIM, and [approx] NUMBER [words] [were] CASUALTY-WORD.
 */
import type { CameoKnowledge } from '../../knowledge/cameo/index.js';
import { matchPhrase } from '../../knowledge/cameo/index.js';
import type { QuantityKind } from '../../model/layers.js';
import type { SentenceView } from './view.js';

export interface QuantityHit {
  kind: QuantityKind;
  value: number;
  approximate: string | null;
  unit: string | null;
  /** Local token range [start, end). */
  start: number;
  end: number;
  /** The casualty word. */
  cue: number;
  rule: string;
}

interface NumberHit {
  value: number;
  length: number;
}

function readNumber(k: CameoKnowledge, norms: readonly string[], i: number): NumberHit | null {
  const w = norms[i];
  if (/^\d{1,3}(,\d{3})*$|^\d+$/.test(w)) {
    const value = Number(w.replace(/,/g, ''));
    // `1988`, `2015`: years are not counts.
    if (value >= 1900 && value <= 2100 && !w.includes(',')) return null;
    if (norms[i + 1] === 'million') return { value: value * 1e6, length: 2 };
    return { value, length: 1 };
  }
  // `twenty-three`
  const hy = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hy) {
    const a = matchPhrase(k.cues.get('number') ?? new Map(), [hy[1]], 0);
    const b = matchPhrase(k.cues.get('number') ?? new Map(), [hy[2]], 0);
    if (a && b) return { value: Number(a.value) + Number(b.value), length: 1 };
  }
  const n = matchPhrase(k.cues.get('number') ?? new Map(), norms, i);
  if (!n) return null;
  const value = Number(n.value);
  // `three hundred`, `two thousand`
  const next = norms[i + n.length];
  if (value < 100 && (next === 'hundred' || next === 'thousand'))
    return { value: value * (next === 'hundred' ? 100 : 1000), length: n.length + 1 };
  return { value, length: n.length };
}

/** A plural demonym counts people (`100 Palestinians`, `4 Iraqis`). */
function isPeople(k: CameoKnowledge, norms: readonly string[], x: number): boolean {
  return norms[x].endsWith('s') && matchPhrase(k.countries, norms, x, x + 1) !== null;
}

export function findQuantities(view: SentenceView, k: CameoKnowledge): QuantityHit[] {
  const out: QuantityHit[] = [];
  const norms = view.norms;
  const n = norms.length;
  const quantity = k.cues.get('quantity');
  const approx = k.cues.get('approx');
  const victim = k.cues.get('victim');
  if (!quantity) return out;
  const used = new Set<number>();
  for (let i = 0; i < n; i++) {
    const q = matchPhrase(quantity, norms, i);
    if (!q) continue;
    const kind = q.value as QuantityKind;
    // Shape 1: killing [all|at least] 224 [adj] passengers
    let j = i + q.length;
    let ap: string | null = null;
    const a = approx ? matchPhrase(approx, norms, j) : null;
    if (a) {
      ap = a.value === 'exact' ? null : a.value;
      j += a.length;
    }
    const num = j < n ? readNumber(k, norms, j) : null;
    if (num && !used.has(j)) {
      let u = j + num.length;
      if (norms[u] === 'of') u++;
      let unit: string | null = null;
      for (let x = u; x < Math.min(n, u + 4); x++) {
        if ((victim && matchPhrase(victim, norms, x)) || isPeople(k, norms, x)) {
          unit = norms[x];
          u = x + 1;
          break;
        }
        if (view.pos[x] !== 'ADJ' && view.pos[x] !== 'NOUN' && view.pos[x] !== 'PROPN') break;
      }
      if (unit) {
        out.push({
          kind,
          value: num.value,
          approximate: ap,
          unit,
          start: a ? i + q.length : j,
          end: u,
          cue: i,
          rule: 'quantity.verb-number-victim',
        });
        used.add(j);
        continue;
      }
    }
    // Shape 2: [at least] three [Iraqi] people were killed / 20 dead
    let b = i - 1;
    while (
      b >= 0 &&
      (norms[b] === 'were' ||
        norms[b] === 'was' ||
        norms[b] === 'been' ||
        norms[b] === 'have' ||
        norms[b] === 'had' ||
        norms[b] === 'are' ||
        norms[b] === 'reportedly')
    )
      b--;
    let unit: string | null = null;
    let x = b;
    for (; x >= Math.max(0, b - 4); x--) {
      if (readNumber(k, norms, x)) break;
      if ((victim && matchPhrase(victim, norms, x)) || isPeople(k, norms, x)) unit = unit ?? norms[x];
      else if (
        view.pos[x] !== 'ADJ' &&
        view.pos[x] !== 'NOUN' &&
        view.pos[x] !== 'PROPN' &&
        norms[x] !== 'of'
      ) {
        x = -1;
        break;
      }
    }
    if (x < 0) continue;
    const num2 = readNumber(k, norms, x);
    if (!num2 || used.has(x)) continue;
    let st = x;
    let ap2: string | null = null;
    for (let y = Math.max(0, x - 2); y < x; y++) {
      const a2 = approx ? matchPhrase(approx, norms, y, x) : null;
      if (a2 && y + a2.length === x) {
        ap2 = a2.value === 'exact' ? null : a2.value;
        st = y;
        break;
      }
    }
    // A bare number before a casualty word needs a victim noun or an adjacent cue (`20 dead`).
    if (!unit && x + num2.length !== i) continue;
    out.push({
      kind,
      value: num2.value,
      approximate: ap2,
      unit,
      start: st,
      end: i + q.length,
      cue: i,
      rule: 'quantity.number-victim-verb',
    });
    used.add(x);
  }
  return out;
}
