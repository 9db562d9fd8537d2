/**
 * Where and when an event happened, read from the places and times layers (nearest in the clause,
 * then in the sentence), with a fallback to country names after `in` / `over` / `near` when the places
 * layer is absent.
 */
import type { CameoKnowledge } from '../../knowledge/cameo/index.js';
import type { Document } from '../../model/document.js';
import type { EventRecord, Place, TimeExpression } from '../../model/layers.js';
import type { ActorCandidate } from './actors.js';
import type { SentenceView } from './view.js';

export type EventLocation = NonNullable<EventRecord['location']>;
export type EventTime = NonNullable<EventRecord['time']>;

const LOCATIVE = new Set(['in', 'over', 'near', 'at', 'outside', 'inside', 'across', 'throughout']);

function precisionOf(p: Place): 1 | 2 | 3 {
  const f = p.featureType ?? '';
  if (f === 'country') return 3;
  if (f === 'admin1' || f === 'region' || f === 'water' || f === 'continent') return 2;
  return 1;
}

function nearest<T extends { start: number; end: number }>(
  items: readonly T[],
  lo: number,
  hi: number,
  anchor: number,
  weight: (it: T) => number = () => 1,
): T | null {
  let best: T | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const it of items) {
    if (it.start < lo || it.end > hi) continue;
    // Prefer what follows the trigger (`attacks in Paris`) over what precedes it.
    const d = (it.start >= anchor ? it.start - anchor : (anchor - it.end) * 3 + 1) * weight(it);
    if (d < bestD) {
      best = it;
      bestD = d;
    }
  }
  return best;
}

export interface Located {
  location: EventLocation;
  /** The words that name the place. */
  start: number;
  end: number;
}

export function locate(
  doc: Document,
  k: CameoKnowledge,
  view: SentenceView,
  actors: readonly ActorCandidate[],
  triggerStart: number,
  participants: readonly { start: number; end: number }[] = [],
  prefer: { start: number; end: number } | null = null,
): Located | null {
  const clause = view.clauses[view.clauseOf[triggerStart]];
  const toks = view.tokens;
  const anchor = toks[triggerStart].start;
  const places = doc.layers.places;
  if (places?.length) {
    const sLo = toks[0].start;
    // A place inside a quotation that does not hold the trigger belongs to the quote, not the event.
    const quotes = doc.layers.quotes ?? [];
    const inQuote = (x: { start: number; end: number }) =>
      quotes.find((q) => q.start <= x.start && x.end <= q.end);
    const home = inQuote(toks[triggerStart]);
    // A place that is the event's actor (`Russia has stepped up`, `a Russian plane`) is not where it happened.
    const overlaps = (x: { start: number; end: number }, a: { start: number; end: number }) =>
      x.start < a.end && a.start < x.end;
    const actorSpans = actors.map((a) => ({ start: toks[a.start].start, end: toks[a.end - 1].end }));
    // `over Egypt`, `in Paris`: a place after a locative preposition is the likelier scene.
    const locative = (p: Place) =>
      LOCATIVE.has(
        (/(\w+)\s*$/.exec(doc.text.slice(Math.max(0, p.start - 12), p.start))?.[1] ?? '').toLowerCase(),
      );
    // A place that is an actor (`Russia has stepped up`, `the Russians`) is not where it happened,
    // unless a preposition makes it a scene.
    const usable = places.filter(
      (p) =>
        (p.resolved !== false || p.name) &&
        inQuote(p) === home &&
        !participants.some((a) => overlaps(p, a)) &&
        (locative(p) || !actorSpans.some((a) => overlaps(p, a))),
    );
    const preferred = prefer ? places.find((p) => overlaps(p, prefer) && inQuote(p) === home) : undefined;
    const weight = (p: Place) => (locative(p) ? 0.3 : 1);
    // The clause first, then what came before it in the sentence (not a later clause's scene).
    const p =
      preferred ??
      nearest(usable, toks[clause.start].start, toks[clause.end - 1].end, anchor, weight) ??
      nearest(usable, sLo, toks[clause.end - 1].end, anchor, weight);
    if (p) {
      return {
        location: {
          placeId: p.id,
          name: p.name,
          lat: p.lat,
          lon: p.lon,
          country: p.country,
          precision: precisionOf(p),
        },
        start: p.start,
        end: p.end,
      };
    }
    return null;
  }
  // No places layer: a country or city after a locative preposition in the clause.
  for (const a of actors) {
    if (a.start < clause.start || a.end > clause.end || a.via !== 'country' || a.modifierOnly) continue;
    if (!LOCATIVE.has(view.norms[a.start - 1] ?? '')) continue;
    const code = a.code ?? '';
    let alpha2: string | null = null;
    for (const [a2, a3] of k.alpha2to3) if (a3 === code) alpha2 = a2;
    return {
      location: { placeId: null, name: a.name, lat: null, lon: null, country: alpha2, precision: 3 },
      start: toks[a.start].start,
      end: toks[a.end - 1].end,
    };
  }
  return null;
}

export function when(
  doc: Document,
  view: SentenceView,
  triggerStart: number,
  useDefault: boolean,
): EventTime | null {
  const clause = view.clauses[view.clauseOf[triggerStart]];
  const toks = view.tokens;
  // As for places: a time outside the quotation that holds the trigger dates the telling, not the act.
  const quotes = doc.layers.quotes ?? [];
  const inQuote = (x: { start: number; end: number }) =>
    quotes.find((q) => q.start <= x.start && x.end <= q.end);
  const home = inQuote(toks[triggerStart]);
  const times = (doc.layers.times ?? []).filter(
    (t: TimeExpression) => (t.type === 'DATE' || t.type === 'TIME') && inQuote(t) === home,
  );
  const anchor = toks[triggerStart].start;
  const t =
    nearest(times, toks[clause.start].start, toks[clause.end - 1].end, anchor) ??
    nearest(times, toks[0].start, toks[clause.end - 1].end, anchor);
  if (t) {
    const fine =
      t.granularity === 'day' ||
      t.granularity === 'partofday' ||
      t.granularity === 'hour' ||
      t.granularity === 'minute';
    return {
      timeId: t.id,
      value: t.value,
      window: t.window,
      precision: fine && t.mod !== 'APPROX' ? 'exact' : 'approximate',
    };
  }
  const published = doc.meta.published;
  if (useDefault && published) {
    const day = published.local.slice(0, 10);
    return { timeId: null, value: day, window: { earliest: day, latest: day }, precision: 'publication' };
  }
  return null;
}
