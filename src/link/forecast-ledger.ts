/**
 * The forecast ledger's judgement: which later events fulfil an open forecast, and what becomes of a
 * forecast whose window closes. Pure functions over store records, so the rules are testable alone;
 * `resolveOpenForecasts` applies them through the Store.
 *
 * The rules (also in the README):
 * - An event is *evidence* for a forecast when it (1) comes from a later or the same-day article,
 *   (2) is reported as having happened (modality asserted or reported), (3) is of the same kind: the
 *   same CAMEO code to three digits, else the same PLOVER type (`isSameKind`), and (4) its actors are
 *   compatible: they share a country (the first three letters of the codes); a prediction with no
 *   coded actor is left to a person.
 * - Evidence dated inside the window (with a grace of `GRACE_DAYS` either side for day-level windows,
 *   since news dates events by when they are reported) makes the forecast **fulfilled**.
 * - When the window has closed (it ends before the ledger's clock) without such evidence, the forecast
 *   is **failed** when matching evidence came after the window (it happened, but late: within
 *   `LATE_LIMIT_DAYS`, or the window's own length if longer) or when a later article reports the same
 *   kind of event between the same actors as *not* having happened (modality negated); otherwise it is
 *   **expired** (no evidence either way). Silence is not evidence: later coverage that never mentions
 *   the event leaves the forecast expired, not failed.
 * - The clock is the newest publication day in the store, unless the caller gives one: the ledger
 *   judges by what the news has said so far, not by the wall clock.
 * - A person can always decide otherwise (`sitrep forecasts resolve`); automatic decisions never
 *   overwrite a manual one.
 */
import type { ForecastStatus, Store, StoredEvent, StoredForecast } from '../store/store.js';

export const GRACE_DAYS = 3;
/** How late an event may come and still count as the predicted one, arriving late. */
export const LATE_LIMIT_DAYS = 180;
const HAPPENED = new Set(['asserted', 'reported']);

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
const country = (code: string | null | undefined) => (code && code.length >= 3 ? code.slice(0, 3) : null);

export interface PredictedEvent {
  type: string | null;
  cameo: string | null;
  actors: (string | null)[];
}

/** The event a forecast predicts, with the actor codes of the predicted event record when there is one. */
export function predictedEvent(forecast: StoredForecast, sameDocEvents: StoredEvent[]): PredictedEvent {
  const record = forecast.event.eventId
    ? sameDocEvents.find((e) => e.id === forecast.event.eventId)
    : undefined;
  return {
    type: forecast.event.type,
    cameo: forecast.event.cameo,
    actors: record ? [record.source?.code ?? null, record.target?.code ?? null] : [],
  };
}

/**
 * Same kind of event: with CAMEO codes on both sides, the same code to three digits (`0871` and
 * `087x` are both ceasefire-like de-escalation; a PLOVER type such as AGREE is far broader than a
 * forecast's subject), or to the root when the prediction is only coded to its root; without codes,
 * the same PLOVER type.
 */
export function isSameKind(p: PredictedEvent, e: StoredEvent): boolean {
  if (p.cameo && e.cameo) {
    const depth = Math.min(3, p.cameo.length);
    return p.cameo.slice(0, depth) === e.cameo.slice(0, depth);
  }
  return !!p.type && e.type === p.type;
}

/**
 * Actors agree when the predicted event and the candidate share a country code. A prediction that
 * names no coded actor cannot be told apart from any other event of its kind, so it matches nothing
 * automatically: a person decides those.
 */
export function actorsCompatible(p: PredictedEvent, e: StoredEvent): boolean {
  const mine = p.actors.map(country).filter((c): c is string => !!c);
  const theirs = [e.source?.code, e.target?.code].map(country).filter((c): c is string => !!c);
  return mine.some((c) => theirs.includes(c));
}

export interface Verdict {
  status: ForecastStatus;
  evidence: StoredEvent | null;
  note: string;
}

/** The day an event happened, as far as the record says: its time window's start, else its article's day. */
const eventDay = (e: StoredEvent) => e.day ?? e.published?.slice(0, 10) ?? null;

/** Judges one forecast against candidate events. Returns null when the forecast stays open. */
export function judge(
  forecast: StoredForecast,
  predicted: PredictedEvent,
  candidates: StoredEvent[],
  clock: string,
): Verdict | null {
  if (!forecast.window || (!predicted.type && !predicted.cameo)) {
    if (forecast.window && forecast.window.latest < clock)
      return {
        status: 'expired',
        evidence: null,
        note: 'window closed; the predicted event has no type to match evidence against',
      };
    return null;
  }
  const stated = forecast.published?.slice(0, 10) ?? forecast.window.earliest;
  const from = dayNumber(forecast.window.earliest) - GRACE_DAYS;
  const to = dayNumber(forecast.window.latest) + GRACE_DAYS;
  const matching = candidates
    .filter((e) => e.documentId !== forecast.documentId && HAPPENED.has(e.modality))
    .filter((e) => (e.published?.slice(0, 10) ?? '') >= stated)
    .filter((e) => isSameKind(predicted, e) && actorsCompatible(predicted, e))
    .map((e) => ({ e, day: eventDay(e) }))
    .filter((x): x is { e: StoredEvent; day: string } => !!x.day)
    .sort((a, b) => a.day.localeCompare(b.day));
  const inWindow = matching.find((x) => dayNumber(x.day) >= from && dayNumber(x.day) <= to);
  if (inWindow) {
    return {
      status: 'fulfilled',
      evidence: inWindow.e,
      note: `${inWindow.e.type} on ${inWindow.day}, inside ${forecast.window.earliest}..${forecast.window.latest}`,
    };
  }
  if (forecast.window.latest >= clock) return null;
  const lateLimit = to + Math.max(LATE_LIMIT_DAYS, to - from);
  const late = matching.find((x) => dayNumber(x.day) > to && dayNumber(x.day) <= lateLimit);
  if (late) {
    const days = dayNumber(late.day) - dayNumber(forecast.window.latest);
    return {
      status: 'failed',
      evidence: late.e,
      note: `happened on ${late.day}, ${days} days after the window closed (${forecast.window.latest})`,
    };
  }
  const denied = candidates.find(
    (e) =>
      e.documentId !== forecast.documentId &&
      e.modality === 'negated' &&
      (e.published?.slice(0, 10) ?? '') >= stated &&
      isSameKind(predicted, e) &&
      actorsCompatible(predicted, e),
  );
  if (denied)
    return {
      status: 'failed',
      evidence: denied,
      note: `window closed ${forecast.window.latest}; a later article reports it did not happen ("${denied.trigger.text}")`,
    };
  return {
    status: 'expired',
    evidence: null,
    note: `window closed ${forecast.window.latest} with no evidence either way`,
  };
}

export interface LedgerRun {
  clock: string;
  checked: number;
  changes: { forecast: StoredForecast; verdict: Verdict }[];
}

/**
 * Applies the rules to every open forecast and records each decision as an automatic status change.
 * Candidate events are read once per kind of event for the whole run, not
 * once per forecast, so checking after each ingest stays cheap as the store grows.
 */
export async function resolveOpenForecasts(store: Store, asOf?: string): Promise<LedgerRun> {
  const stats = await store.stats();
  const clock = asOf ?? stats.lastDay ?? new Date().toISOString().slice(0, 10);
  const open = await store.forecasts({ status: 'open' });
  const run: LedgerRun = { clock, checked: open.length, changes: [] };
  const eventsOfKind = new Map<string, Promise<StoredEvent[]>>();
  const ownEvents = new Map<string, Promise<StoredEvent[]>>();
  const cached = <T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>) => {
    let hit = map.get(key);
    if (!hit) {
      hit = load();
      map.set(key, hit);
    }
    return hit;
  };
  for (const forecast of open) {
    const windowClosed = !!forecast.window && forecast.window.latest < clock;
    const own = await cached(ownEvents, forecast.documentId, () =>
      collect(store.exportEvents({ documentId: forecast.documentId })),
    );
    const predicted = predictedEvent(forecast, own);
    const matchable = (predicted.type || predicted.cameo) && predicted.actors.some((c) => !!c);
    // Nothing can match it and its window is still open: nothing to decide yet.
    if (!matchable && !windowClosed) continue;
    let candidates: StoredEvent[] = [];
    if (matchable) {
      const kind = predicted.cameo ? `cameo:${predicted.cameo.slice(0, 2)}` : `type:${predicted.type}`;
      candidates = await cached(eventsOfKind, kind, () =>
        collect(
          store.exportEvents(
            predicted.cameo ? { cameoRoot: predicted.cameo.slice(0, 2) } : { type: predicted.type as string },
          ),
        ),
      );
    }
    const verdict = judge(forecast, predicted, candidates, clock);
    if (!verdict) continue;
    await store.recordForecastStatus({
      documentId: forecast.documentId,
      forecastId: forecast.id,
      to: verdict.status,
      evidence: verdict.evidence
        ? { documentId: verdict.evidence.documentId, eventId: verdict.evidence.id }
        : null,
      automatic: true,
      note: verdict.note,
    });
    run.changes.push({ forecast, verdict });
  }
  return run;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

export interface Scorecard {
  who: string;
  total: number;
  byStatus: Record<string, number>;
  /** fulfilled / (fulfilled + failed); null when nothing is settled. */
  hitRate: number | null;
  /** Mean days from the statement to the fulfilling event. */
  meanLeadDays: number | null;
  /** Mean squared error of the stated probability against the outcome (1 fulfilled, 0 failed). */
  brier: number | null;
  brierN: number;
}

/** Scorecards per speaker (or outlet, for the article's own voice), from forecasts and the evidence days. */
export function scorecards(forecasts: StoredForecast[], evidenceDay: Map<string, string>): Scorecard[] {
  const groups = new Map<string, StoredForecast[]>();
  for (const f of forecasts) {
    const who = f.speakerName ?? '(the article itself)';
    groups.set(who, [...(groups.get(who) ?? []), f]);
  }
  const cards: Scorecard[] = [];
  for (const [who, list] of groups) {
    const byStatus: Record<string, number> = {};
    for (const f of list) byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
    const settled = list.filter((f) => f.status === 'fulfilled' || f.status === 'failed');
    const hits = settled.filter((f) => f.status === 'fulfilled');
    const leads = hits
      .map((f) => {
        const d = evidenceDay.get(`${f.documentId}:${f.id}`);
        return d && f.published ? dayNumber(d) - dayNumber(f.published) : null;
      })
      .filter((x): x is number => x !== null);
    const scored = settled.filter((f) => f.probability !== null);
    const brier = scored.length
      ? scored.reduce(
          (s, f) => s + ((f.probability as number) - (f.status === 'fulfilled' ? 1 : 0)) ** 2,
          0,
        ) / scored.length
      : null;
    cards.push({
      who,
      total: list.length,
      byStatus,
      hitRate: settled.length ? hits.length / settled.length : null,
      meanLeadDays: leads.length ? leads.reduce((a, b) => a + b, 0) / leads.length : null,
      brier,
      brierN: scored.length,
    });
  }
  return cards.sort((a, b) => b.total - a.total || a.who.localeCompare(b.who));
}
