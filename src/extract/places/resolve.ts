/**
 * Chooses among a name's gazetteer entries by adding up evidence, each piece with a fixed weight
 * that shows up in the place's `evidence` list:
 *
 * | evidence            | weight | why                                                          |
 * |---------------------|--------|--------------------------------------------------------------|
 * | feature             | 11 / 8.5 / 6.5 | a country or continent, a curated region, a state is what a bare name means most often; a country outweighs the context a small namesake town can gather |
 * | population          | log10(pop) + 1.5 capital / 0.7 state capital | bigger towns are named more often |
 * | named-country       | +2.5   | the article already names the candidate's country            |
 * | focus               | +1     | the candidate is in the article's main country                |
 * |                     | x0.4   | both for a town a fifth the size of a namesake elsewhere     |
 * | named-admin1        | +2     | the article names the candidate's state or province          |
 * | sibling-admin1      | +1.5   | a state among other states of the same country               |
 * | nearby              | +1.5   | within 200 km of another place the article names              |
 * | dateline            | +1 / +4 | in the dateline's country / the dateline place itself       |
 * | hint-city, hint-admin, hint-region | +1 .. +3 | `the city of X`, `X State`, `X River`          |
 * | county-seat         | +2     | `X County` and a town X that is the seat of a county          |
 * | hint-country        | +6 / -3 | `the Egyptian city of X`                                    |
 * | adjacency           | +5 / +3 | `Ankara, Turkey`: the part inside the whole, and the whole   |
 * | list                | +2 / +1 | `Alberta, Manitoba and Ontario`: a state (country) among states of the same country (countries); a town among towns of one country |
 */

import {
  admin1Of,
  countryOf,
  entryAt,
  featureOf,
  type GazEntry,
  type Gazetteer,
  kindOf,
  lookup,
} from '../../knowledge/gazetteer/index.js';
import type { PlaceEvidence } from '../../model/layers.js';
import { haversineKm } from './geo.js';
import { type Hints, noHints } from './toponym.js';

export interface ResolveContext {
  /** Weight of evidence per country named in the document (ISO alpha-2). */
  countries: Map<string, number>;
  focusCountry: string | null;
  /** `US.CA` -> how often the document names that state or a town in it. */
  admin1s: Map<string, number>;
  /** Coordinates of places the document names with confidence. */
  anchors: { lat: number; lon: number; entry: number }[];
  dateline: { entry: number; country: string | null } | null;
}

export function emptyContext(): ResolveContext {
  return { countries: new Map(), focusCountry: null, admin1s: new Map(), anchors: [], dateline: null };
}

/** What one toponym itself added to the context, taken out again when it is scored. */
export interface OwnShare {
  country: string | null;
  weight: number;
  admin1: string | null;
  entry: number;
}

export interface Scored {
  entry: number;
  score: number;
}

export const WEIGHTS = {
  country: 11,
  continent: 11,
  curated: 8.5,
  admin1: 6.5,
  capital: 1.5,
  stateCapital: 0.7,
  seatOfDivision: 0.3,
  countySeat: 2,
  neighbourhood: -0.5,
  namedCountry: 2.5,
  countryAgain: 1,
  focus: 1,
  namedAdmin1: 2,
  siblingAdmin1: 1.5,
  nearby: 1.5,
  nearbyKm: 200,
  datelineCountry: 1,
  datelinePlace: 4,
  hintCity: 1,
  hintAdmin: 3,
  hintRegion: 2,
  hintCountry: 6,
  hintCountryMiss: -3,
  adjacencyPart: 5,
  adjacencyWhole: 3,
  listItem: 2,
  listTown: 1,
  /** Share of the named-country and focus weights left to a town a fifth the size of a namesake. */
  dwarfedShare: 0.4,
} as const;

/** The evidence a candidate brings by itself: what kind of place it is and how big. */
export function prior(gaz: Gazetteer, i: number): PlaceEvidence {
  const kind = kindOf(gaz, i);
  if (kind === 'country' || kind === 'continent')
    return { kind: 'feature', weight: WEIGHTS.country, detail: kind };
  if (kind === 'admin1') return { kind: 'feature', weight: WEIGHTS.admin1, detail: 'first-level region' };
  if (kind !== 'city' || i >= gaz.cityCount)
    return { kind: 'feature', weight: WEIGHTS.curated, detail: kind };
  const pop = gaz.population[i];
  const feature = featureOf(gaz, i);
  let weight = Math.log10(pop + 1);
  let detail = `population ${pop}`;
  if (feature === 'PPLC') {
    weight += WEIGHTS.capital;
    detail += ', national capital';
  } else if (feature === 'PPLA') {
    weight += WEIGHTS.stateCapital;
    detail += ', regional capital';
  } else if (feature === 'PPLA2') weight += WEIGHTS.seatOfDivision;
  else if (feature === 'PPLX') weight += WEIGHTS.neighbourhood;
  return { kind: 'population', weight, detail };
}

/** Scores every candidate; best first. `extra` adds evidence found outside the name (adjacency). */
export function scoreCandidates(
  gaz: Gazetteer,
  candidates: readonly number[],
  hints: Hints,
  ctx: ResolveContext,
  own: OwnShare | null = null,
  extra: Map<number, PlaceEvidence[]> | null = null,
): Scored[] {
  const out: Scored[] = [];
  const largest = largestTown(gaz, candidates);
  for (const i of candidates)
    out.push({ entry: i, score: weigh(gaz, i, hints, ctx, own, extra, largest, null) });
  out.sort((a, b) => b.score - a.score || gaz.population[b.entry] - gaz.population[a.entry]);
  return out;
}

/** The evidence behind one candidate's score, for the place record (built only for the chosen one). */
export function explain(
  gaz: Gazetteer,
  i: number,
  hints: Hints,
  ctx: ResolveContext,
  own: OwnShare | null = null,
  extra: Map<number, PlaceEvidence[]> | null = null,
  candidates: readonly number[] = [i],
): PlaceEvidence[] {
  const evidence: PlaceEvidence[] = [];
  weigh(gaz, i, hints, ctx, own, extra, largestTown(gaz, candidates), evidence);
  return evidence;
}

/** Population of the largest town among the candidates. */
function largestTown(gaz: Gazetteer, candidates: readonly number[]): number {
  let max = 0;
  for (const i of candidates) if (i < gaz.cityCount && gaz.population[i] > max) max = gaz.population[i];
  return max;
}

/**
 * Adds up the evidence for candidate `i`. The detail strings are built only when `out` collects
 * them: most candidates lose, and scoring runs for every one.
 */
function weigh(
  gaz: Gazetteer,
  i: number,
  hints: Hints,
  ctx: ResolveContext,
  own: OwnShare | null,
  extra: Map<number, PlaceEvidence[]> | null,
  largest: number,
  out: PlaceEvidence[] | null,
): number {
  const base = prior(gaz, i);
  let score = base.weight;
  out?.push(base);
  const kind = kindOf(gaz, i);
  const cc = countryOf(gaz, i);
  // That the article names a country says little about which of its towns is meant when a namesake
  // elsewhere is five times bigger (`Geneva` in a US story is still Switzerland's).
  const dwarfed = kind === 'city' && gaz.population[i] * 5 < largest ? WEIGHTS.dwarfedShare : 1;

  if (cc) {
    let named = ctx.countries.get(cc) ?? 0;
    if (own && own.country === cc) named -= own.weight;
    if (named > 0.01) {
      const w = kind === 'country' ? WEIGHTS.countryAgain : WEIGHTS.namedCountry * dwarfed;
      score += w;
      out?.push({ kind: 'named-country', weight: w, detail: `${cc} is named in the article` });
    }
    if (ctx.focusCountry === cc) {
      const w = WEIGHTS.focus * dwarfed;
      score += w;
      out?.push({ kind: 'focus', weight: w, detail: `${cc} is the article's focus` });
    }
    if (ctx.dateline) {
      if (ctx.dateline.entry === i) {
        score += WEIGHTS.datelinePlace;
        out?.push({ kind: 'dateline', weight: WEIGHTS.datelinePlace, detail: 'the dateline place' });
      } else if (ctx.dateline.country === cc) {
        score += WEIGHTS.datelineCountry;
        out?.push({ kind: 'dateline', weight: WEIGHTS.datelineCountry, detail: `dateline in ${cc}` });
      }
    }
  }
  if (cc && (kind === 'city' || kind === 'admin1') && ctx.admin1s.size) {
    const a1 = admin1Of(gaz, i);
    const a1Key = a1 ? `${cc}.${a1}` : null;
    if (kind === 'city' && a1Key) {
      let n = ctx.admin1s.get(a1Key) ?? 0;
      if (own && own.admin1 === a1Key) n -= 1;
      if (n > 0) {
        score += WEIGHTS.namedAdmin1;
        out?.push({
          kind: 'named-admin1',
          weight: WEIGHTS.namedAdmin1,
          detail: `${a1Key} is named in the article`,
        });
      }
    }
    if (kind === 'admin1') {
      for (const [key, n] of ctx.admin1s) {
        if (n > 0 && key !== a1Key && key.startsWith(`${cc}.`)) {
          score += WEIGHTS.siblingAdmin1;
          out?.push({
            kind: 'sibling-admin1',
            weight: WEIGHTS.siblingAdmin1,
            detail: `${key} is also named`,
          });
          break;
        }
      }
    }
  }
  if (kind !== 'country' && kind !== 'continent' && ctx.anchors.length) {
    const lat = gaz.lat[i];
    const lon = gaz.lon[i];
    for (const anchor of ctx.anchors) {
      if (anchor.entry === i || (own && anchor.entry === own.entry)) continue;
      if (haversineKm(lat, lon, anchor.lat, anchor.lon) < WEIGHTS.nearbyKm) {
        score += WEIGHTS.nearby;
        out?.push({
          kind: 'nearby',
          weight: WEIGHTS.nearby,
          detail: `within ${WEIGHTS.nearbyKm} km of another named place`,
        });
        break;
      }
    }
  }
  if (hints.city) {
    const w = kind === 'city' ? WEIGHTS.hintCity : -WEIGHTS.hintCity;
    score += w;
    out?.push({ kind: 'hint-city', weight: w, detail: 'named as a town' });
  }
  if (hints.admin && (kind === 'admin1' || kind === 'city')) {
    const w = kind === 'admin1' ? WEIGHTS.hintAdmin : -WEIGHTS.hintCity;
    score += w;
    out?.push({ kind: 'hint-admin', weight: w, detail: 'named as a state or province' });
  }
  if (hints.county && kind === 'city' && featureOf(gaz, i) === 'PPLA2') {
    score += WEIGHTS.countySeat;
    out?.push({
      kind: 'county-seat',
      weight: WEIGHTS.countySeat,
      detail: 'seat of a second-level division, as `X County` names',
    });
  }
  if (hints.region && kind !== 'city' && kind !== 'country') {
    score += WEIGHTS.hintRegion;
    out?.push({
      kind: 'hint-region',
      weight: WEIGHTS.hintRegion,
      detail: 'named as a region or natural feature',
    });
  }
  if (hints.country) {
    const w = cc === hints.country ? WEIGHTS.hintCountry : WEIGHTS.hintCountryMiss;
    score += w;
    out?.push({ kind: 'hint-country', weight: w, detail: `the sentence puts it in ${hints.country}` });
  }
  const more = extra?.get(i);
  if (more) {
    for (const e of more) score += e.weight;
    out?.push(...more);
  }
  return score;
}

/** Confidence from the margin between the best and the runner-up. */
export function confidenceOf(scored: Scored[]): number {
  if (!scored.length) return 0;
  if (scored.length === 1) return 0.9;
  const margin = scored[0].score - scored[1].score;
  return Math.round((0.5 + 0.45 * (1 - Math.exp(-margin / 1.5))) * 100) / 100;
}

/** Below this score the best candidate is a namesake too small to choose without evidence. */
export const MIN_SCORE = 3;

export interface NameResolution {
  resolved: boolean;
  reason?: string;
  /** Index of the chosen gazetteer entry; `place` spells it out. */
  entry: number | null;
  place: GazEntry | null;
  /** The evidence that chose it. */
  evidence: PlaceEvidence[];
  scored: Scored[];
  confidence: number;
}

/**
 * Resolves one place name outside a document (for other components: actor home towns, quoted
 * places). `context` may give countries already known, a hint, or a dateline.
 */
export function resolvePlaceName(
  gaz: Gazetteer,
  name: string,
  context: Partial<ResolveContext> & { hints?: Partial<Hints> } = {},
): NameResolution {
  let candidates = lookup(gaz, name);
  if (!candidates.length) candidates = lookup(gaz, name.replace(/^the\s+/i, ''));
  const none = { entry: null, place: null, confidence: 0 };
  if (!candidates.length)
    return { ...none, resolved: false, reason: 'not in the gazetteer', evidence: [], scored: [] };
  const ctx: ResolveContext = { ...emptyContext(), ...context };
  const hints = { ...noHints(), ...context.hints };
  const scored = scoreCandidates(gaz, candidates, hints, ctx);
  const best = scored[0];
  const evidence = explain(gaz, best.entry, hints, ctx, null, null, candidates);
  if (best.score < MIN_SCORE) {
    return { ...none, resolved: false, reason: 'only small namesakes and no evidence', evidence, scored };
  }
  return {
    resolved: true,
    entry: best.entry,
    place: entryAt(gaz, best.entry),
    evidence,
    scored,
    confidence: confidenceOf(scored),
  };
}
