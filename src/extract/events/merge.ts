/**
 * The same event said twice in one article becomes one record with several mentions: same PLOVER
 * type and CAMEO root, actors that agree (equal codes, or one side unknown), places and times that do
 * not contradict, and either the same sentence, the same trigger word or the same known actors.
 * The first mention keeps its modality (the headline's `could be weeks away` stays predicted).
 */
import type { EventActor, EventRecord } from '../../model/layers.js';
import type { DraftEvent } from './index.js';

const REALISED = new Set(['asserted', 'reported']);

function actorKey(a: EventActor | null): string | null {
  if (!a) return null;
  return a.code ?? a.entityId ?? a.name.toLowerCase();
}

function agree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** Actor codes agree when equal, unknown, or one refines the other (`SYR` and `SYRGOV`). */
function agreeActor(a: string | null, b: string | null): boolean {
  return (
    agree(a, b) ||
    (a !== null && b !== null && (a.startsWith(b) || b.startsWith(a)) && Math.min(a.length, b.length) >= 3)
  );
}

/** Symmetric events (`a ceasefire between X and Y`) match in either direction. */
const SYMMETRIC = new Set(['0871', '046', '040', '036']);

function compatible(x: DraftEvent, y: DraftEvent): boolean {
  const a = x.record;
  const b = y.record;
  if (a.type !== b.type || a.cameoRoot !== b.cameoRoot) return false;
  // What happened and what might happen are never one event (unless told in one sentence).
  if (a.sentence !== b.sentence && REALISED.has(a.modality) !== REALISED.has(b.modality)) return false;
  const as = actorKey(a.source);
  const bs = actorKey(b.source);
  const at = actorKey(a.target);
  const bt = actorKey(b.target);
  const direct = agreeActor(as, bs) && agreeActor(at, bt);
  const crossed = SYMMETRIC.has(a.cameo) && agreeActor(as, bt) && agreeActor(at, bs);
  if (!direct && !crossed) return false;
  if (!agree(a.location?.country ?? null, b.location?.country ?? null)) return false;
  const aPlace = a.location?.placeId ?? null;
  const bPlace = b.location?.placeId ?? null;
  if (
    aPlace &&
    bPlace &&
    a.location?.name !== b.location?.name &&
    a.location?.precision === 1 &&
    b.location?.precision === 1
  )
    return false;
  const aTime = a.time?.precision === 'publication' ? null : (a.time?.value ?? null);
  const bTime = b.time?.precision === 'publication' ? null : (b.time?.value ?? null);
  if (!agree(aTime, bTime)) return false;
  if (a.sentence === b.sentence) return true;
  // Across sentences a meeting (040) is not a negotiation (046): the specific codes must agree.
  if (a.cameo.slice(0, 3) !== b.cameo.slice(0, 3)) return false;
  // Across sentences, something positive must match besides the type: known actors, the place or the day.
  const sameWord = x.headWord === y.headWord || x.headWord.slice(0, 5) === y.headWord.slice(0, 5);
  const sameActors = (as !== null && as === bs) || (at !== null && at === bt);
  const samePlace = !!a.location && !!b.location && a.location.name === b.location.name;
  const sameDay = aTime !== null && aTime === bTime;
  if (sameActors && (as === bs || !as || !bs) && (at === bt || !at || !bt)) return true;
  if (crossed && sameWord) return true;
  return sameWord && (samePlace || sameDay || (as !== null && as === bs));
}

function absorb(into: EventRecord, other: EventRecord): void {
  into.mentions.push(other.trigger, ...other.mentions);
  into.source = into.source ?? other.source;
  into.target = into.target ?? other.target;
  if (!into.location || (other.location && other.location.precision < into.location.precision))
    into.location = other.location ?? into.location;
  if (!into.time || into.time.precision === 'publication')
    into.time =
      other.time?.precision === 'publication' ? (into.time ?? other.time) : (other.time ?? into.time);
  for (const q of other.quantities) {
    const have = into.quantities.find((x) => x.kind === q.kind);
    if (!have) into.quantities.push(q);
    else if (q.value > have.value) Object.assign(have, q);
  }
  for (const r of other.rules) if (!into.rules.includes(r)) into.rules.push(r);
  if (!into.rules.includes('merge.same-event')) into.rules.push('merge.same-event');
  into.confidence = Math.min(0.95, into.confidence + 0.1);
}

export function mergeEvents(drafts: DraftEvent[]): EventRecord[] {
  const kept: DraftEvent[] = [];
  for (const d of drafts) {
    const home = kept.find((k) => compatible(k, d));
    if (home) absorb(home.record, d.record);
    else kept.push(d);
  }
  return kept.map((k) => k.record);
}
