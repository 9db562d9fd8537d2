/**
 * The places component: every toponym of the document (entities-layer mentions and gazetteer
 * matches), resolved to a gazetteer entry by weighted evidence (see resolve.ts), and the
 * document's focus countries and places.
 *
 * Resolution runs twice: a first pass on each name's own evidence (feature, population, the words
 * around it, `Ankara, Turkey` adjacency, the dateline) gives the countries, states and anchor places
 * the article names; the second pass scores every name again with that context, leaving out each
 * name's own share so a name cannot vote for itself. Then all mentions of one name (or one entity)
 * take the place their summed scores prefer: one sense per discourse.
 */

import {
  admin1Of,
  countryOf,
  entryAt,
  type Gazetteer,
  kindOf,
  placeKey,
} from '../../knowledge/gazetteer/index.js';
import { annotate, spanOf } from '../../model/annotation.js';
import type { Document } from '../../model/document.js';
import type { Place, PlaceEvidence, PlaceFocus } from '../../model/layers.js';
import type { Component } from '../../pipeline-types.js';
import { findDateline } from './dateline.js';
import { haversineKm } from './geo.js';
import {
  confidenceOf,
  emptyContext,
  explain,
  MIN_SCORE,
  type OwnShare,
  type ResolveContext,
  type Scored,
  scoreCandidates,
  WEIGHTS,
} from './resolve.js';
import { readHints, spotToponyms } from './spot.js';
import type { Toponym } from './toponym.js';

export { placeForSpan, type SpanPlace } from './place-for-span.js';
export { resolvePlaceName } from './resolve.js';

export const PLACES = { component: 'places', version: '0.1.0' } as const;

/** Evidence kinds that let a weak (small-town, spotter-only) match stand. */
const SUPPORTING = new Set([
  'adjacency',
  'named-admin1',
  'nearby',
  'hint-city',
  'hint-admin',
  'hint-country',
  'dateline',
]);
/** Pairs joined like `Ankara, Turkey` or `Paris (France)`. */
const ADJACENT = /^\s*(?:,|\()\s*$/;
const ADJACENCY_KM = 150;
const FOCUS_PLACES = 3;

export function placesComponent(gaz: Gazetteer): Component {
  return {
    name: PLACES.component,
    version: PLACES.version,
    reads: ['sentences', 'tokens', 'mentions', 'entities'],
    writes: ['places', 'placeFocus'],
    run(doc: Document) {
      const { places, focus } = readPlaces(doc, gaz);
      doc.layers.places = places;
      doc.layers.placeFocus = focus;
    },
  };
}

export function readPlaces(doc: Document, gaz: Gazetteer): { places: Place[]; focus: PlaceFocus } {
  const toponyms = spotToponyms(doc, gaz);
  addAbbreviations(doc, gaz, toponyms);
  const { evidence: adjacency, missing } = adjacencyEvidence(doc.text, gaz, toponyms);
  const dateline = findDateline(doc, gaz);

  const ctx0 = emptyContext();
  ctx0.dateline = dateline;
  const first = toponyms.map((t, k) => scoreCandidates(gaz, t.candidates, t.hints, ctx0, null, adjacency[k]));
  const { ctx, own } = contextFrom(gaz, toponyms, first, dateline);
  const extra = mergeEvidence(adjacency, listEvidence(doc.text, gaz, toponyms, first));
  const second = toponyms.map((t, k) => scoreCandidates(gaz, t.candidates, t.hints, ctx, own[k], extra[k]));
  const chosen = oneSensePerDiscourse(doc, toponyms, second);

  const places: Place[] = [];
  for (let k = 0; k < toponyms.length; k++) {
    const t = toponyms[k];
    const entry = chosen[k];
    const evidence = entry >= 0 ? explain(gaz, entry, t.hints, ctx, own[k], extra[k], t.candidates) : [];
    const place = toPlace(doc, gaz, t, second[k], entry, evidence, missing[k], places.length + 1);
    if (place) places.push(place);
  }
  return { places, focus: focusOf(doc, gaz, places) };
}

/** `Austin, Tex.` / `Sydney, NSW`: a state abbreviation right after a comma that follows a place. */
function addAbbreviations(doc: Document, gaz: Gazetteer, toponyms: Toponym[]): void {
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const startsAt = new Set(toponyms.map((t) => t.firstToken));
  const added: Toponym[] = [];
  for (const t of toponyms) {
    if (t.kind !== 'name') continue;
    const comma = t.lastToken + 1;
    const a = comma + 1;
    if (
      a >= tokens.length ||
      tokens[comma].text !== ',' ||
      startsAt.has(a) ||
      tokens[a].sentence !== t.sentence
    )
      continue;
    let last = a;
    if (a + 1 < tokens.length && tokens[a + 1].text === '.' && tokens[a + 1].start === tokens[a].end)
      last = a + 1;
    const surface = doc.text.slice(tokens[a].start, tokens[last].end);
    if (!/^\p{Lu}/u.test(surface)) continue;
    const hits = gaz.byAbbreviation.get(placeKey(surface));
    if (!hits) continue;
    const sent = sentences[t.sentence];
    added.push({
      ...spanOf(doc.text, tokens[a].start, tokens[last].end),
      key: placeKey(surface),
      origin: 'spotter',
      kind: 'abbreviation',
      mentionId: null,
      sentence: t.sentence,
      firstToken: a,
      lastToken: last,
      candidates: hits,
      rules: ['spot.abbreviation-after-comma'],
      hints: readHints(gaz, tokens, a, last, sent.firstToken, sent.lastToken),
      weak: false,
    });
  }
  if (added.length) {
    toponyms.push(...added);
    toponyms.sort((x, y) => x.start - y.start);
  }
}

/** Whether place `a` lies inside (or right by) place `b`, as in `a, b`. */
function inside(gaz: Gazetteer, a: number, b: number): boolean {
  if (a === b) return false;
  const ca = countryOf(gaz, a);
  if (!ca || ca !== countryOf(gaz, b)) return false;
  const ka = kindOf(gaz, a);
  const kb = kindOf(gaz, b);
  if (ka === 'country' || ka === 'continent') return false;
  if (kb === 'country') return true;
  if (kb === 'admin1') return ka === 'city' && admin1Of(gaz, a) === admin1Of(gaz, b);
  return haversineKm(gaz.lat[a], gaz.lon[a], gaz.lat[b], gaz.lon[b]) < ADJACENCY_KM;
}

/**
 * `Kenya, Uganda` and `Washington, Pennsylvania and California` are lists, not `Part, Whole`: both
 * names can be places of the same general kind (two countries, two states).
 */
function isList(gaz: Gazetteer, part: Toponym, whole: Toponym): boolean {
  const general = (t: Toponym) => {
    const kinds = new Set<string>();
    for (const i of t.candidates) {
      const k = kindOf(gaz, i);
      if (k !== 'city') kinds.add(k);
    }
    return kinds;
  };
  const a = general(part);
  if (!a.size) return false;
  for (const k of general(whole)) if (a.has(k)) return true;
  return false;
}

/** Evidence from `Part, Whole` pairs, per toponym and candidate. */
type ExtraEvidence = (Map<number, PlaceEvidence[]> | null)[];

/**
 * Evidence from `Part, Whole` pairs, per toponym and candidate; and for each part whose whole is a
 * country or state holding none of its candidates (`Stroud, Ontario` when the gazetteer knows only
 * the English Stroud), the whole's name: such a part is left unresolved.
 */
function adjacencyEvidence(
  text: string,
  gaz: Gazetteer,
  toponyms: Toponym[],
): { evidence: ExtraEvidence; missing: (string | null)[] } {
  const out: ExtraEvidence = toponyms.map(() => null);
  const missing: (string | null)[] = toponyms.map(() => null);
  const add = (k: number, entry: number, e: PlaceEvidence) => {
    let m = out[k];
    if (!m) {
      m = new Map();
      out[k] = m;
    }
    if (!m.has(entry)) m.set(entry, [e]);
  };
  for (let k = 0; k + 1 < toponyms.length; k++) {
    const part = toponyms[k];
    const whole = toponyms[k + 1];
    if (part.kind === 'demonym' || whole.kind === 'demonym') continue;
    if (!ADJACENT.test(text.slice(part.end, whole.start))) continue;
    if (isList(gaz, part, whole)) continue;
    let found = false;
    for (const a of part.candidates) {
      for (const b of whole.candidates) {
        if (!inside(gaz, a, b)) continue;
        found = true;
        add(k, a, { kind: 'adjacency', weight: WEIGHTS.adjacencyPart, detail: `in ${whole.text}` });
        add(k + 1, b, { kind: 'adjacency', weight: WEIGHTS.adjacencyWhole, detail: `contains ${part.text}` });
      }
    }
    const definiteWhole = whole.candidates.some((b) => {
      const kb = kindOf(gaz, b);
      return kb === 'country' || kb === 'admin1';
    });
    const townPart = part.candidates.every((a) => kindOf(gaz, a) === 'city');
    if (!found && definiteWhole && townPart && part.kind === 'name') missing[k] = whole.text;
  }
  return { evidence: out, missing };
}

/** Words that join the items of a list of places (`Alberta, Manitoba and Ontario`). */
const LIST_JOINT = /^\s*(?:,|,?\s*(?:and|or|&))\s*$/;

/**
 * Items of one list are places of one kind: a state among states of one country, a country among
 * countries, a town among towns of one country. Read from the first pass's choices for the neighbours.
 */
function listEvidence(text: string, gaz: Gazetteer, toponyms: Toponym[], first: Scored[][]): ExtraEvidence {
  const out: ExtraEvidence = toponyms.map(() => null);
  const support = (k: number, neighbour: number) => {
    const best = first[neighbour][0];
    if (!best) return;
    const kind = kindOf(gaz, best.entry);
    const cc = countryOf(gaz, best.entry);
    const weight = kind === 'city' ? WEIGHTS.listTown : WEIGHTS.listItem;
    for (const c of toponyms[k].candidates) {
      if (kindOf(gaz, c) !== kind || (kind !== 'country' && countryOf(gaz, c) !== cc)) continue;
      let m = out[k];
      if (!m) {
        m = new Map();
        out[k] = m;
      }
      if (!m.has(c)) m.set(c, [{ kind: 'list', weight, detail: `listed with ${toponyms[neighbour].text}` }]);
    }
  };
  for (let k = 0; k + 1 < toponyms.length; k++) {
    const a = toponyms[k];
    const b = toponyms[k + 1];
    if (a.sentence !== b.sentence || a.kind !== 'name' || b.kind !== 'name') continue;
    if (!LIST_JOINT.test(text.slice(a.end, b.start))) continue;
    support(k, k + 1);
    support(k + 1, k);
  }
  return out;
}

function mergeEvidence(a: ExtraEvidence, b: ExtraEvidence): ExtraEvidence {
  return a.map((m, k) => {
    const n = b[k];
    if (!m) return n;
    if (!n) return m;
    const merged = new Map(m);
    for (const [entry, list] of n) merged.set(entry, [...(merged.get(entry) ?? []), ...list]);
    return merged;
  });
}

/** The countries, states and anchor places the first pass found, with each toponym's own share. */
function contextFrom(
  gaz: Gazetteer,
  toponyms: Toponym[],
  scored: Scored[][],
  dateline: ResolveContext['dateline'],
): { ctx: ResolveContext; own: (OwnShare | null)[] } {
  const ctx = emptyContext();
  ctx.dateline = dateline;
  const own: (OwnShare | null)[] = toponyms.map(() => null);
  for (let k = 0; k < toponyms.length; k++) {
    const t = toponyms[k];
    const s = scored[k];
    if (!s.length || t.weak || s[0].score < MIN_SCORE) continue;
    const best = s[0].entry;
    const margin = s.length > 1 ? s[0].score - s[1].score : 10;
    const kind = kindOf(gaz, best);
    const cc = countryOf(gaz, best);
    let weight = 0;
    if (kind === 'country') weight = t.kind === 'demonym' ? 0.5 : 1;
    else if (margin >= 1) weight = kind === 'admin1' ? 1 : 0.7;
    let a1Key: string | null = null;
    if (cc && (kind === 'admin1' || (kind === 'city' && margin >= 1.5))) {
      const a1 = admin1Of(gaz, best);
      if (a1) a1Key = `${cc}.${a1}`;
    }
    if (cc && weight > 0) ctx.countries.set(cc, (ctx.countries.get(cc) ?? 0) + weight);
    if (a1Key) ctx.admin1s.set(a1Key, (ctx.admin1s.get(a1Key) ?? 0) + 1);
    if (kind !== 'country' && kind !== 'continent' && margin >= 1.5)
      ctx.anchors.push({ lat: gaz.lat[best], lon: gaz.lon[best], entry: best });
    own[k] = { country: weight > 0 ? cc : null, weight, admin1: a1Key, entry: best };
  }
  // The dateline place anchors the local places around it (`MADISON, Wis.` then `Janesville`).
  if (dateline && kindOf(gaz, dateline.entry) !== 'country') {
    const cc = countryOf(gaz, dateline.entry);
    const a1 = admin1Of(gaz, dateline.entry);
    if (cc && a1) ctx.admin1s.set(`${cc}.${a1}`, (ctx.admin1s.get(`${cc}.${a1}`) ?? 0) + 1);
    ctx.anchors.push({ lat: gaz.lat[dateline.entry], lon: gaz.lon[dateline.entry], entry: dateline.entry });
  }
  let top: string | null = null;
  let topWeight = 1.5;
  for (const [cc, w] of ctx.countries) {
    if (w >= topWeight) {
      top = cc;
      topWeight = w;
    }
  }
  ctx.focusCountry = top;
  return { ctx, own };
}

/**
 * All toponyms with the same name, or mentions of the same entity, take the entry with the highest
 * summed score over them. Returns the chosen entry per toponym (or -1).
 */
function oneSensePerDiscourse(doc: Document, toponyms: Toponym[], scored: Scored[][]): number[] {
  const entityOf = new Map<string, string>();
  for (const m of doc.layers.mentions ?? []) if (m.entityId) entityOf.set(m.id, m.entityId);
  const groups = new Map<string, number[]>();
  toponyms.forEach((t, k) => {
    const entity = t.mentionId ? entityOf.get(t.mentionId) : undefined;
    const group = entity && t.kind === 'name' ? `e:${entity}` : `${t.kind}:${t.key}`;
    const list = groups.get(group);
    if (list) list.push(k);
    else groups.set(group, [k]);
  });
  const chosen = scored.map((s) => (s.length ? s[0].entry : -1));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const total = new Map<number, number>();
    for (const k of members)
      for (const s of scored[k]) total.set(s.entry, (total.get(s.entry) ?? 0) + s.score);
    let best = -1;
    let bestTotal = Number.NEGATIVE_INFINITY;
    for (const [entry, sum] of total) {
      if (sum > bestTotal) {
        best = entry;
        bestTotal = sum;
      }
    }
    for (const k of members) if (scored[k].some((s) => s.entry === best)) chosen[k] = best;
  }
  return chosen;
}

function toPlace(
  doc: Document,
  gaz: Gazetteer,
  t: Toponym,
  scored: Scored[],
  entry: number,
  evidence: PlaceEvidence[],
  missingIn: string | null,
  n: number,
): Place | null {
  const span = spanOf(doc.text, t.start, t.end);
  const base = {
    id: `p${n}`,
    mentionId: t.mentionId,
    name: t.text,
    lat: null,
    lon: null,
    country: null,
    admin1: null,
    featureType: null,
    geonameid: null,
  };
  if (!scored.length || entry < 0) {
    if (t.origin === 'spotter') return null;
    return annotate(span, PLACES, [...t.rules, 'unresolved.not-in-gazetteer'], 0.3, {
      ...base,
      resolved: false,
      reason: 'not in the gazetteer',
      evidence: [],
    });
  }
  const pick = scored.find((s) => s.entry === entry) ?? scored[0];
  if (pick !== scored[0])
    evidence.push({ kind: 'same-name', weight: 0, detail: 'resolved with the other mentions of this name' });
  if (t.weak && !evidence.some((e) => SUPPORTING.has(e.kind) && e.weight > 0)) return null;
  // `Scott County`, `Fraser Valley`: a county or natural feature the gazetteer does not hold is not
  // the town that shares its name.
  if (missingIn) {
    if (t.origin === 'spotter' && t.weak) return null;
    return annotate(span, PLACES, [...t.rules, 'unresolved.not-in-named-whole'], 0.3, {
      ...base,
      resolved: false,
      reason: `no place of that name in ${missingIn}`,
      evidence,
    });
  }
  // A county named like its seat (`Dallas County`, `Monroe County`) is placed at the seat.
  const countySeat = t.hints.county && evidence.some((x) => x.kind === 'county-seat');
  const suffix = countySeat ? doc.layers.tokens?.[t.lastToken + 1] : undefined;
  const placeSpan = suffix ? spanOf(doc.text, t.start, suffix.end) : span;
  if ((t.hints.county || t.hints.region) && kindOf(gaz, entry) === 'city' && !countySeat) {
    if (t.origin === 'spotter') return null;
    const what = t.hints.county ? 'a county' : 'a natural feature';
    return annotate(span, PLACES, [...t.rules, 'unresolved.feature-not-held'], 0.3, {
      ...base,
      resolved: false,
      reason: `${what} the gazetteer does not hold`,
      evidence,
    });
  }
  if (pick.score < MIN_SCORE) {
    if (t.origin === 'spotter') return null;
    return annotate(span, PLACES, [...t.rules, 'unresolved.small-namesakes'], 0.3, {
      ...base,
      resolved: false,
      reason: 'only small namesakes and no evidence',
      evidence,
    });
  }
  const e = entryAt(gaz, entry);
  let admin1: string | null = null;
  if (e.kind === 'admin1') admin1 = e.name;
  else if (e.country && e.admin1) {
    const a1 = gaz.admin1Entry.get(`${e.country}.${e.admin1}`);
    admin1 = a1 !== undefined ? entryAt(gaz, a1).name : e.admin1;
  }
  let confidence = confidenceOf(scored);
  if (t.origin === 'spotter') confidence *= t.weak ? 0.7 : 0.9;
  const rules = [...t.rules, ...evidence.filter((x) => x.weight > 0).map((x) => `evidence.${x.kind}`)];
  // Built as one literal (not through `annotate`'s spreads): this runs for every place.
  return {
    start: placeSpan.start,
    end: placeSpan.end,
    text: placeSpan.text,
    component: PLACES.component,
    version: PLACES.version,
    rules,
    confidence: Math.round(confidence * 100) / 100,
    id: base.id,
    mentionId: base.mentionId,
    name: e.name,
    resolved: true,
    lat: Math.round(e.lat * 1e4) / 1e4,
    lon: Math.round(e.lon * 1e4) / 1e4,
    country: e.country,
    admin1,
    featureType: countySeat ? 'county' : e.kind,
    geonameid: countySeat ? null : e.geonameid,
    evidence,
  };
}

/** Countries by weight of mention (headline and dek count double, demonyms half), and the top places. */
function focusOf(doc: Document, gaz: Gazetteer, places: Place[]): PlaceFocus {
  const sentences = doc.layers.sentences ?? [];
  const paragraphs = doc.layers.paragraphs ?? [];
  /** The role of the paragraph holding `start`, by binary search over the sentences. */
  const roleAt = (start: number): string => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (start < s.start) hi = mid - 1;
      else if (start >= s.end) lo = mid + 1;
      else return paragraphs[s.paragraph]?.role ?? 'body';
    }
    return 'body';
  };
  const byCountry = new Map<string, number>();
  const byPlace = new Map<string, { weight: number; id: string; order: number }>();
  places.forEach((p, order) => {
    if (!p.resolved) return;
    const role = roleAt(p.start);
    let w = role === 'headline' || role === 'dek' ? 2 : 1;
    if (p.rules.includes('demonym') || p.rules.includes('spot.demonym')) w *= 0.5;
    if (p.country) byCountry.set(p.country, (byCountry.get(p.country) ?? 0) + w);
    const key = `${p.name}|${p.lat}|${p.lon}`;
    const prev = byPlace.get(key);
    if (prev) prev.weight += w;
    else byPlace.set(key, { weight: w, id: p.id, order });
  });
  void gaz;
  const countries = [...byCountry.entries()].sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
  const placeIds = [...byPlace.values()]
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, FOCUS_PLACES)
    .map((x) => x.id);
  return { countries, placeIds };
}
