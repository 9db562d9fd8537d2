/**
 * The window in which a forecast can come true: an explicit future time from the times layer when
 * the statement has one, else the default horizon of its vague time phrase (`weeks away`: one to
 * eight weeks), else the general default (one year). All counted from the publication date.
 */
import type { ForecastLexicon, Horizon } from '../../knowledge/forecast-lexicon.js';
import type { TimeExpression, Token } from '../../model/layers.js';

export interface ForecastWindow {
  earliest: string;
  latest: string;
  basis: string;
}

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The later of two ISO dates (they compare as strings). */
const laterDate = (a: string, b: string) => (a.localeCompare(b) > 0 ? a : b);

export function addDays(isoDate: string, days: number): string {
  const d = day(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

function horizonEnd(from: string, latest: Horizon['latest']): string {
  const d = day(from);
  if (typeof latest === 'number') return addDays(from, latest);
  if (latest === 'year-end') return `${d.getUTCFullYear()}-12-31`;
  if (latest === 'month-end') return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
  return addDays(from, 7 - (((d.getUTCDay() + 6) % 7) + 1)); // the coming Sunday
}

const QUOTE_MARK = /^["'\u2018\u2019\u201C\u201D]+$/;

/**
 * Finds a horizon phrase in the tokens [first, last]; longest phrases are tried first. Quotation
 * marks are looked through, so a headline's `Talks Could Be 'Days' Away` reads as `days away`.
 */
export function findHorizon(
  tokens: Token[],
  first: number,
  last: number,
  horizons: Horizon[],
): Horizon | null {
  const words: string[] = [];
  for (let i = first; i <= last; i++) if (!QUOTE_MARK.test(tokens[i].text)) words.push(tokens[i].norm);
  for (const h of horizons) {
    const n = h.words.length;
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = words[i + k] === h.words[k];
      if (ok) return h;
    }
  }
  return null;
}

export function forecastWindow(
  published: string | null,
  times: TimeExpression[],
  tokens: Token[],
  first: number,
  last: number,
  lexicon: ForecastLexicon,
): ForecastWindow | null {
  if (!published) {
    // Without a date for the statement only an absolute date can bound it (`on 3 March 2027`).
    const absolute = times.find(
      (t) => t.anchor === 'absolute' && t.window && t.type !== 'DURATION' && t.type !== 'SET',
    );
    return absolute?.window ? { ...absolute.window, basis: `time:${absolute.text}` } : null;
  }
  const today = published.slice(0, 10);
  // 1. An explicit time that lies ahead of the statement.
  for (const t of times) {
    if (t.window && t.window.latest >= today && t.type !== 'DURATION' && t.type !== 'SET') {
      const earliest = laterDate(t.window.earliest, today);
      return { earliest, latest: t.window.latest, basis: `time:${t.text}` };
    }
  }
  // 2. A vague phrase with a documented default, 3. the general default.
  const h = findHorizon(tokens, first, last, lexicon.horizons);
  const chosen = h ?? lexicon.defaultHorizon;
  return {
    earliest: addDays(today, chosen.earliestDays),
    latest: horizonEnd(today, chosen.latest),
    basis: h ? `horizon:${h.words.join(' ')}` : 'horizon:default',
  };
}
