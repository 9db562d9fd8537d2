/**
 * Scores system records against gold records, layer by layer, with the definitions of
 * `shared/gold/FORMAT.md` (and the same numbers as `shared/tools/score.mjs` on the same files):
 * - entities: exact span+type, coarse (GPE and LOC as one PLACE class), untyped span; per type;
 *   plus `focus`: PERSON, ORG and places only, the figure the entities issue targets;
 * - times: strict (exact span) and relaxed (overlap) F1, value and type accuracy over relaxed pairs;
 * - quotes: F1 where a pair overlaps at least half the gold quote, speaker accuracy, recall by kind;
 * - places: overlap F1, accuracy within 161 km and median error over matched pairs with gold coordinates;
 * - events: bags per document of type, CAMEO root, (source, target, root) and (source, target, type).
 * Only layers present in the gold are scored; a gold document absent from the system output counts as empty.
 */
import type { GoldEvent, GoldRecord, ScoredLayer } from './gold.js';
import {
  addCounts,
  align,
  bagCounts,
  type Counts,
  haversineKm,
  isOffsets,
  median,
  overlapOf,
  type Prf,
  prf,
  zero,
} from './metrics.js';
import { timeValueMatches } from './time-values.js';

export interface EntityScores {
  exact: Prf;
  coarse: Prf;
  untyped: Prf;
  focus: Prf;
  byType: Record<string, Prf>;
}

export interface TimeScores {
  strict: Prf;
  relaxed: Prf;
  /**
   * Relaxed F1 over system dates and times with a calendar value only (no durations, sets or
   * PAST_REF-style references), for gold sets such as GUM that mark only those.
   */
  calendarOnly: Prf;
  /**
   * Relaxed F1 over system times of type DATE and TIME (no DURATION, no SET), for gold sets that
   * mark only dates and times: GUM's `<date>`/`<time>` elements.
   */
  datesAndTimes: Prf;
  valueAcc: number | null;
  typeAcc: number | null;
  matched: number;
}

export interface QuoteScores {
  overlap50: Prf;
  /**
   * The same over quotations only: gold quotes of kind direct against system quotes that are not
   * indirect speech. For gold sets such as GUM that mark only words in quotation marks.
   */
  quoted: Prf | null;
  /**
   * `quoted` over the documents whose gold marks at least one quote: GUM leaves whole documents
   * unmarked (10 of its 24 news documents, some with 20-40 quotation marks), where every quotation
   * found would count as spurious.
   */
  quotedInMarkedDocs: (Prf & { docs: number; of: number }) | null;
  /** Speaker agreement over matched quotes, a null gold speaker agreeing with a null one (as the reference scorer). */
  speakerAcc: number | null;
  matched: number;
  /** Matched quotes whose gold names a speaker; 0 for gold sets without speakers, where nothing is measured. */
  speakerScored: number;
  /** Speaker accuracy over those `speakerScored` quotes; null when there are none. */
  speakerNamedAcc: number | null;
  recallByKind: Record<string, number>;
}

export interface PlaceScores {
  overlap: Prf;
  acc161: number | null;
  medianKm: number | null;
  geoPairs: number;
}

/**
 * For gold sets with exactly one event per document (PLOVER GSR: one sentence, one event): does the
 * system's first event have the gold type? With accuracy per gold type and a confusion table
 * (gold type -> system type, `none` when the system coded nothing).
 */
export interface SingleEventScores {
  typeAccuracy: number;
  docs: number;
  byType: Record<string, { docs: number; accuracy: number }>;
  confusion: Record<string, Record<string, number>>;
}

export interface Scores {
  docs: { gold: number; system: number; missing: number };
  entities?: EntityScores;
  times?: TimeScores;
  quotes?: QuoteScores;
  places?: PlaceScores;
  events?: Record<string, Prf>;
  singleEvent?: SingleEventScores;
}

const coarseType = (t: string) => (t === 'GPE' || t === 'LOC' ? 'PLACE' : t);
const FOCUS_TYPES = new Set(['PERSON', 'ORG', 'PLACE']);
const ratio = (ok: number, n: number) => (n > 0 ? ok / n : null);

function scoreEntities(pairs: [GoldRecord, GoldRecord][]): EntityScores {
  const exact = zero();
  const coarse = zero();
  const untyped = zero();
  const focus = zero();
  const byType = new Map<string, Counts>();
  for (const [g, s] of pairs) {
    const gold = (g.entities ?? []).filter(isOffsets);
    const sys = (s.entities ?? []).filter(isOffsets);
    const key = (e: { start: number; end: number }, t = '') => `${e.start}:${e.end}:${t}`;
    addCounts(
      exact,
      bagCounts(
        gold.map((e) => key(e, e.type)),
        sys.map((e) => key(e, e.type)),
      ),
    );
    addCounts(
      coarse,
      bagCounts(
        gold.map((e) => key(e, coarseType(e.type))),
        sys.map((e) => key(e, coarseType(e.type))),
      ),
    );
    addCounts(
      untyped,
      bagCounts(
        gold.map((e) => key(e)),
        sys.map((e) => key(e)),
      ),
    );
    const inFocus = (e: { type: string }) => FOCUS_TYPES.has(coarseType(e.type));
    addCounts(
      focus,
      bagCounts(
        gold.filter(inFocus).map((e) => key(e, coarseType(e.type))),
        sys.filter(inFocus).map((e) => key(e, coarseType(e.type))),
      ),
    );
    for (const t of new Set([...gold, ...sys].map((e) => e.type))) {
      const c = byType.get(t) ?? zero();
      addCounts(
        c,
        bagCounts(
          gold.filter((e) => e.type === t).map((e) => key(e)),
          sys.filter((e) => e.type === t).map((e) => key(e)),
        ),
      );
      byType.set(t, c);
    }
  }
  return {
    exact: prf(exact),
    coarse: prf(coarse),
    untyped: prf(untyped),
    focus: prf(focus),
    byType: Object.fromEntries(
      [...byType].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => [t, prf(c)]),
    ),
  };
}

const hasCalendarValue = (t: { type?: string; value?: string }) =>
  (t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(String(t.value ?? ''));

const isDateOrTime = (t: { type?: string }) => t.type === 'DATE' || t.type === 'TIME';

/** Counts one document's overlap pairs into `c`; returns the pairs. */
function addRelaxed(c: Counts, gold: GoldRecord['times'] & {}, sys: GoldRecord['times'] & {}) {
  const pairs = align(gold, sys, (a, b) => overlapOf(a, b) || null);
  addCounts(c, { tp: pairs.length, fp: sys.length - pairs.length, fn: gold.length - pairs.length });
  return pairs;
}

function scoreTimes(pairs: [GoldRecord, GoldRecord][]): TimeScores {
  const strict = zero();
  const relaxed = zero();
  const calendar = zero();
  const datesAndTimes = zero();
  let valueOk = 0;
  let typeOk = 0;
  let matched = 0;
  for (const [g, s] of pairs) {
    const gold = (g.times ?? []).filter(isOffsets);
    const sys = (s.times ?? []).filter(isOffsets);
    const exactPairs = align(gold, sys, (a, b) => (a.start === b.start && a.end === b.end ? 1 : null));
    addCounts(strict, {
      tp: exactPairs.length,
      fp: sys.length - exactPairs.length,
      fn: gold.length - exactPairs.length,
    });
    addRelaxed(calendar, gold, sys.filter(hasCalendarValue));
    addRelaxed(datesAndTimes, gold, sys.filter(isDateOrTime));
    const loosePairs = addRelaxed(relaxed, gold, sys);
    for (const [a, b] of loosePairs) {
      matched++;
      if (a.value !== undefined && timeValueMatches(a.value, b)) valueOk++;
      if (a.type === b.type) typeOk++;
    }
  }
  return {
    strict: prf(strict),
    relaxed: prf(relaxed),
    calendarOnly: prf(calendar),
    datesAndTimes: prf(datesAndTimes),
    valueAcc: ratio(valueOk, matched),
    typeAcc: ratio(typeOk, matched),
    matched,
  };
}

const quoteMatch = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const o = overlapOf(a, b);
  return o > 0 && o >= 0.5 * (a.end - a.start) ? o / Math.max(a.end - a.start, b.end - b.start) : null;
};

function scoreQuotes(pairs: [GoldRecord, GoldRecord][]): QuoteScores {
  const c = zero();
  const quoted = zero();
  const quotedMarked = zero();
  let markedDocs = 0;
  let goldHasOnlyDirect = true;
  let speakerOk = 0;
  let speakerScored = 0;
  let speakerNamedOk = 0;
  let matched = 0;
  const byKind = new Map<string, { gold: number; found: number }>();
  for (const [g, s] of pairs) {
    const gold = (g.quotes ?? []).filter(isOffsets);
    const sys = (s.quotes ?? []).filter(isOffsets);
    const found = align(gold, sys, quoteMatch);
    addCounts(c, { tp: found.length, fp: sys.length - found.length, fn: gold.length - found.length });
    if (gold.some((q) => q.kind && q.kind !== 'direct')) goldHasOnlyDirect = false;
    const sysQuoted = sys.filter((q) => q.kind !== 'indirect');
    const foundQuoted = align(
      gold.filter((q) => !q.kind || q.kind === 'direct'),
      sysQuoted,
      quoteMatch,
    );
    const quotedCounts = {
      tp: foundQuoted.length,
      fp: sysQuoted.length - foundQuoted.length,
      fn: gold.filter((q) => !q.kind || q.kind === 'direct').length - foundQuoted.length,
    };
    addCounts(quoted, quotedCounts);
    if (gold.length > 0) {
      addCounts(quotedMarked, quotedCounts);
      markedDocs++;
    }
    for (const [a, b] of found) {
      matched++;
      const ga = isOffsets(a.speaker) ? a.speaker : null;
      const sb = isOffsets(b.speaker) ? b.speaker : null;
      if ((!ga && !sb) || (ga && sb && overlapOf(ga, sb) > 0)) speakerOk++;
      if (ga) speakerScored++;
      if (ga && sb && overlapOf(ga, sb) > 0) speakerNamedOk++;
    }
    const foundGold = new Set(found.map(([a]) => a));
    for (const q of gold) {
      const k = byKind.get(q.kind ?? 'unknown') ?? { gold: 0, found: 0 };
      k.gold++;
      if (foundGold.has(q)) k.found++;
      byKind.set(q.kind ?? 'unknown', k);
    }
  }
  return {
    overlap50: prf(c),
    quoted: goldHasOnlyDirect ? prf(quoted) : null,
    quotedInMarkedDocs: goldHasOnlyDirect
      ? { ...prf(quotedMarked), docs: markedDocs, of: pairs.length }
      : null,
    speakerAcc: ratio(speakerOk, matched),
    matched,
    speakerScored,
    speakerNamedAcc: ratio(speakerNamedOk, speakerScored),
    recallByKind: Object.fromEntries([...byKind].map(([k, v]) => [k, v.found / v.gold])),
  };
}

const hasCoords = (p: { lat?: number | null; lon?: number | null }): p is { lat: number; lon: number } =>
  typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) && Number.isFinite(p.lon);

function scorePlaces(pairs: [GoldRecord, GoldRecord][]): PlaceScores {
  const c = zero();
  const errors: number[] = [];
  for (const [g, s] of pairs) {
    const gold = (g.places ?? []).filter(isOffsets);
    const sys = (s.places ?? []).filter(isOffsets);
    const found = align(gold, sys, (a, b) => overlapOf(a, b) || null);
    addCounts(c, { tp: found.length, fp: sys.length - found.length, fn: gold.length - found.length });
    // A matched place without system coordinates is a geocoding miss.
    for (const [a, b] of found)
      if (hasCoords(a)) errors.push(hasCoords(b) ? haversineKm(a, b) : Number.POSITIVE_INFINITY);
  }
  return {
    overlap: prf(c),
    acc161: ratio(errors.filter((km) => km <= 161).length, errors.length),
    medianKm: median(errors),
    geoPairs: errors.length,
  };
}

const cameoRoot = (c: unknown) =>
  c === undefined || c === null || c === '' ? null : String(c).padStart(2, '0').slice(0, 2);

const EVENT_KEYS: Record<string, (e: GoldEvent) => string | null> = {
  type: (e) => e.type ?? null,
  cameoRoot: (e) => cameoRoot(e.cameo),
  srcTgtRoot: (e) =>
    cameoRoot(e.cameo) === null ? null : `${e.source ?? ''}|${e.target ?? ''}|${cameoRoot(e.cameo)}`,
  srcTgtType: (e) => (e.type == null ? null : `${e.source ?? ''}|${e.target ?? ''}|${e.type}`),
};

function scoreEvents(pairs: [GoldRecord, GoldRecord][]): Record<string, Prf> {
  const out: Record<string, Prf> = {};
  for (const [name, key] of Object.entries(EVENT_KEYS)) {
    const c = zero();
    let goldHasField = false;
    for (const [g, s] of pairs) {
      const goldEvents = g.events ?? [];
      const gold = goldEvents.map(key).filter((k): k is string => k !== null);
      // A document whose gold events all lack this field (e.g. no CAMEO codes) is not scored on it.
      if (gold.length === 0 && goldEvents.length > 0) continue;
      if (gold.length) goldHasField = true;
      const sys = (s.events ?? []).map(key).filter((k): k is string => k !== null);
      addCounts(c, bagCounts(gold, sys));
    }
    if (goldHasField) out[name] = prf(c);
  }
  return out;
}

function scoreSingleEvents(pairs: [GoldRecord, GoldRecord][]): SingleEventScores | undefined {
  if (pairs.length === 0 || pairs.some(([g]) => g.events?.length !== 1 || !g.events[0].type))
    return undefined;
  const confusion: Record<string, Record<string, number>> = {};
  const byType: Record<string, { docs: number; right: number }> = {};
  let right = 0;
  for (const [g, s] of pairs) {
    const want = g.events![0].type as string;
    const got = s.events?.[0]?.type ?? 'none';
    confusion[want] ??= {};
    confusion[want][got] = (confusion[want][got] ?? 0) + 1;
    byType[want] ??= { docs: 0, right: 0 };
    byType[want].docs++;
    if (got === want) {
      right++;
      byType[want].right++;
    }
  }
  return {
    typeAccuracy: right / pairs.length,
    docs: pairs.length,
    byType: Object.fromEntries(
      Object.entries(byType).map(([t, v]) => [t, { docs: v.docs, accuracy: v.right / v.docs }]),
    ),
    confusion,
  };
}

export function score(gold: GoldRecord[], system: GoldRecord[], only?: ScoredLayer): Scores {
  const byId = new Map(system.map((d) => [d.id, d]));
  const result: Scores = {
    docs: { gold: gold.length, system: system.length, missing: gold.filter((d) => !byId.has(d.id)).length },
  };
  const wanted = (layer: ScoredLayer) =>
    (!only || only === layer) && gold.some((d) => Array.isArray(d[layer]));
  const pairsFor = (layer: ScoredLayer): [GoldRecord, GoldRecord][] =>
    gold.filter((d) => Array.isArray(d[layer])).map((d) => [d, byId.get(d.id) ?? { id: d.id }]);
  if (wanted('entities')) result.entities = scoreEntities(pairsFor('entities'));
  if (wanted('times')) result.times = scoreTimes(pairsFor('times'));
  if (wanted('quotes')) result.quotes = scoreQuotes(pairsFor('quotes'));
  if (wanted('places')) result.places = scorePlaces(pairsFor('places'));
  if (wanted('events')) {
    result.events = scoreEvents(pairsFor('events'));
    result.singleEvent = scoreSingleEvents(pairsFor('events'));
  }
  return result;
}
