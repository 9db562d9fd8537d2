/**
 * The place an event happened, for the events component: the place its clause names (`in Paris`,
 * `over Egypt`), else the document's focus place, with a precision like ACLED's geo_precision:
 * 1 the exact place (a town), 2 near it or a region, 3 only the country.
 */
import type { Document } from '../../model/document.js';
import type { Place } from '../../model/layers.js';

export interface SpanPlace {
  placeId: string | null;
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
  precision: 1 | 2 | 3;
  /** How it was found: `clause` (named near the span), `sentence`, or `focus`. */
  basis: 'clause' | 'sentence' | 'focus';
}

/** Locative prepositions and the precision of the place they introduce. */
const LOCATIVE: Record<string, 1 | 2 | 3> = {
  in: 1,
  at: 1,
  inside: 1,
  into: 1,
  within: 1,
  near: 2,
  outside: 2,
  around: 2,
  across: 2,
  over: 2,
  off: 2,
  throughout: 2,
};
const CLAUSE_BREAK = /[;:.!?]|\s[—–]\s/;

function precisionOf(place: Place, preposition: string | null): 1 | 2 | 3 {
  const type = place.featureType;
  let p: 1 | 2 | 3 =
    type === 'city' || type === 'landmark' ? 1 : type === 'country' || type === 'continent' ? 3 : 2;
  if (preposition && LOCATIVE[preposition] === 2 && p === 1) p = 2;
  return p;
}

function asSpanPlace(place: Place, preposition: string | null, basis: SpanPlace['basis']): SpanPlace {
  return {
    placeId: place.id,
    name: place.name,
    lat: place.lat,
    lon: place.lon,
    country: place.country,
    precision: precisionOf(place, preposition),
    basis,
  };
}

/** The preposition right before a place, if it is locative (`in`, `near the`). */
function prepositionBefore(text: string, start: number): string | null {
  const m = /(\p{L}+)\s+(?:the\s+)?$/iu.exec(text.slice(Math.max(0, start - 16), start));
  if (!m) return null;
  const word = m[1].toLowerCase();
  return word in LOCATIVE ? word : null;
}

const isDemonym = (p: Place) => p.rules.includes('demonym') || p.rules.includes('spot.demonym');

export function placeForSpan(doc: Document, start: number, end: number): SpanPlace | null {
  const places = (doc.layers.places ?? []).filter((p) => p.resolved);
  const sentence = (doc.layers.sentences ?? []).find((s) => s.start <= start && start < s.end);
  if (sentence) {
    const inSentence = places.filter(
      (p) => p.start >= sentence.start && p.end <= sentence.end && !isDemonym(p),
    );
    // The clause: the stretch of the sentence around the span without a clause break.
    let best: { place: Place; prep: string | null; distance: number; clause: boolean } | null = null;
    for (const p of inSentence) {
      const prep = prepositionBefore(doc.text, p.start);
      const between = p.start >= end ? doc.text.slice(end, p.start) : doc.text.slice(p.end, start);
      const clause = !CLAUSE_BREAK.test(between);
      const distance = p.start >= end ? p.start - end : start - p.end;
      const rank = (x: { prep: string | null; clause: boolean; distance: number }) =>
        (x.clause ? 0 : 2000) + (x.prep ? 0 : 1000) + x.distance;
      const candidate = { place: p, prep, distance, clause };
      if (!best || rank(candidate) < rank(best)) best = candidate;
    }
    if (best && (best.prep || best.clause))
      return asSpanPlace(best.place, best.prep, best.clause && best.prep ? 'clause' : 'sentence');
  }
  const focus = doc.layers.placeFocus;
  if (focus) {
    for (const id of focus.placeIds) {
      const p = places.find((x) => x.id === id);
      if (p)
        return { ...asSpanPlace(p, null, 'focus'), precision: Math.max(2, precisionOf(p, null)) as 2 | 3 };
    }
  }
  return null;
}
