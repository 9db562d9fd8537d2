/**
 * The dateline place (`PARIS (Reuters) -`, `NAIROBI, Kenya --`), read from a dateline paragraph or
 * the start of the first body paragraph. It is evidence for the other places, not a place of its own
 * (dateline paragraphs carry no sentences).
 */

import {
  admin1Of,
  countryOf,
  type Gazetteer,
  kindOf,
  lookup,
  placeKey,
} from '../../knowledge/gazetteer/index.js';
import type { Document } from '../../model/document.js';
import { emptyContext, scoreCandidates } from './resolve.js';
import { noHints } from './toponym.js';

const BODY_DATELINE =
  /^([A-Z][A-Z.'’ -]{2,40}?)(?:,\s*([A-Z][A-Za-z.' ]{1,30}?))?\s*(?:\([^)]{1,40}\)\s*)?(?:[—–]|--?)\s/;
const LINE_DATELINE =
  /^([A-Z][A-Za-z.'’ -]{2,40}?)(?:,\s*([A-Z][A-Za-z.' ]{1,30}?))?\s*(?:\([^)]{1,40}\))?\s*(?:[—–:]|--?|$)/;
/** Month and weekday names open most datelines that are dates (`Nov 17 2015`). */
const CALENDAR =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s|$)/i;
const MIN_DATELINE_POPULATION = 20000;

export interface Dateline {
  entry: number;
  country: string | null;
  text: string;
}

function resolveDateline(gaz: Gazetteer, place: string, container: string | undefined): Dateline | null {
  if (CALENDAR.test(place)) return null;
  const candidates = lookup(gaz, place.trim());
  if (!candidates.length) return null;
  const hints = noHints();
  let admin1: number | undefined;
  if (container) {
    // `NAIROBI, Kenya`, `MADISON, Wis.`: a country, a state, or a state's abbreviation.
    const general = (i: number) => kindOf(gaz, i) === 'country' || kindOf(gaz, i) === 'admin1';
    const named = lookup(gaz, container.trim()).filter(general);
    const wholes = named.length ? named : (gaz.byAbbreviation.get(placeKey(container.trim())) ?? []);
    const whole = wholes[0];
    if (whole !== undefined) {
      hints.country = countryOf(gaz, whole);
      if (kindOf(gaz, whole) === 'admin1') admin1 = whole;
    }
  }
  const ctx = emptyContext();
  if (admin1 !== undefined) ctx.admin1s.set(`${countryOf(gaz, admin1)}.${admin1Of(gaz, admin1)}`, 1);
  const best = scoreCandidates(gaz, candidates, hints, ctx)[0];
  const kind = kindOf(gaz, best.entry);
  if (kind === 'city' && gaz.population[best.entry] < MIN_DATELINE_POPULATION && !hints.country) return null;
  return { entry: best.entry, country: countryOf(gaz, best.entry), text: place };
}

export function findDateline(doc: Document, gaz: Gazetteer): Dateline | null {
  const paragraphs = doc.layers.paragraphs ?? [];
  for (const p of paragraphs) {
    if (p.role !== 'dateline') continue;
    const m = LINE_DATELINE.exec(p.text.trim());
    if (m) {
      const found = resolveDateline(gaz, m[1], m[2]);
      if (found) return found;
    }
  }
  const firstBody = paragraphs.find((p) => p.role === 'body');
  const text = firstBody ? firstBody.text : paragraphs.length ? '' : doc.text.slice(0, 120);
  const m = BODY_DATELINE.exec(text);
  return m ? resolveDateline(gaz, m[1], m[2]) : null;
}
