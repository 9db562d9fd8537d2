/**
 * The situation report: what the store knows about a period, as a person reads it.
 *
 *   articles -> main actors with roles -> dated timeline (with modality) -> quotes by speaker
 *   -> open forecasts -> settled forecasts with their evidence
 *
 * Built only from `Store` queries, so it works on any store. A section with nothing to show says
 * why: "none yet" when the store has no such annotations at all (the component has not run or found
 * none), "none in this period" when there are some, but not in the range asked for.
 */
import type {
  ActorSummary,
  DateRange,
  Store,
  StoredEvent,
  StoredQuote,
  StoreStats,
} from '../../store/store.js';
import { clip, day, plural, rangeLabel } from './text.js';

export interface ReportOptions extends DateRange {
  /** How the store is named in the header (the --db value). */
  storeName?: string;
  /** Rows per section (articles, actors, events, speakers, forecasts). */
  limit?: number;
}

function empty(all: number, inRange: number): string {
  return all === 0 ? '(none yet)' : inRange === 0 ? '(none in this period)' : '';
}

function section(title: string, lines: string[], whenEmpty: string): string[] {
  return ['', `## ${title}`, ...(lines.length ? lines : [whenEmpty || '(none)'])];
}

const codeOf = (code: string | null) => (code ? ` [${code}]` : '');

function actorLabel(a: StoredEvent['source']): string {
  return a ? `${a.name}${codeOf(a.code)}` : '?';
}

/** `2015-11-16 ` exact, `~2015-12-11` approximate, `2015-11-17*` publication day stands in. */
function eventDate(e: StoredEvent): string {
  const d = day(e.day);
  if (!e.time || e.time.precision === 'publication') return `${d}*`;
  if (e.time.precision === 'approximate') return `~${d}`;
  return `${d} `;
}

function timelineLines(events: StoredEvent[]): string[] {
  const lines: string[] = [];
  for (const e of events) {
    const who = e.target ? `${actorLabel(e.source)} -> ${actorLabel(e.target)}` : actorLabel(e.source);
    const where = e.location ? ` in ${e.location.name}` : '';
    const count = e.quantities.length
      ? ` (${e.quantities.map((q) => `${q.kind} ${q.value}`).join(', ')})`
      : '';
    lines.push(
      `${eventDate(e).padEnd(12)} ${e.modality.padEnd(12)} ${e.type} ${e.cameo}: ${who}, "${e.trigger.text}"${where}${count}`,
    );
    lines.push(`${' '.repeat(13)}${clip(e.sentenceText ?? e.text, 96)}  [${e.documentId}:${e.id}]`);
  }
  return lines;
}

interface SpeakerGroup {
  name: string;
  code: string | null;
  quotes: StoredQuote[];
  documents: Set<string>;
}

function quoteLines(quotes: StoredQuote[], maxSpeakers: number, perSpeaker: number): string[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const name = q.speakerName ?? q.speaker?.text;
    if (!name) continue;
    const key = q.speakerActorId ?? name.toLowerCase();
    let g = groups.get(key);
    if (!g) {
      g = { name, code: q.speakerCode, quotes: [], documents: new Set() };
      groups.set(key, g);
    }
    if (name.length > g.name.length) g.name = name;
    g.quotes.push(q);
    g.documents.add(q.documentId);
  }
  const ranked = [...groups.values()].sort(
    (a, b) =>
      b.quotes.length - a.quotes.length ||
      b.documents.size - a.documents.size ||
      a.name.localeCompare(b.name),
  );
  const lines: string[] = [];
  for (const g of ranked.slice(0, maxSpeakers)) {
    lines.push(
      `${g.name}${codeOf(g.code)}: ${plural(g.quotes.length, 'quote')} in ${plural(g.documents.size, 'article')}`,
    );
    for (const q of g.quotes.slice(0, perSpeaker)) {
      lines.push(
        `  ${day(q.published)}  ${q.kind.padEnd(8)} "${clip(q.text, 100)}"  [${q.documentId}:${q.id}]`,
      );
    }
    if (g.quotes.length > perSpeaker) lines.push(`  ... ${g.quotes.length - perSpeaker} more`);
  }
  const unattributed = quotes.filter((q) => !(q.speakerName ?? q.speaker?.text)).length;
  if (unattributed) lines.push(`(${plural(unattributed, 'quote')} with no speaker named in the text)`);
  return lines;
}

export async function situationReport(store: Store, options: ReportOptions = {}): Promise<string> {
  const range: DateRange = { since: options.since, until: options.until };
  const limit = options.limit ?? 15;
  const [all, inRange]: StoreStats[] = await Promise.all([store.stats(), store.stats(range)]);
  const out: string[] = ['# Situation report'];
  out.push(
    `store ${options.storeName ?? '(store)'} · ${rangeLabel(range.since, range.until)} · ` +
      `${plural(inRange.documents, 'article')}` +
      (inRange.firstDay ? ` published ${day(inRange.firstDay)} .. ${day(inRange.lastDay)}` : ''),
  );
  const undated = all.documents - (await store.stats({ since: '0000-01-01' })).documents;
  if ((range.since || range.until) && undated > 0) {
    out.push(`(${plural(undated, 'article')} without a publication date not included)`);
  }

  // Articles
  const docs = await store.documents({ ...range, limit });
  const articleLines = docs.map(
    (d) =>
      `${day(d.published)}  ${clip(d.title ?? d.origin ?? '(untitled)', 80)}${d.source ? ` (${d.source})` : ''}  [${d.id}]`,
  );
  if (inRange.documents > docs.length) articleLines.push(`... ${inRange.documents - docs.length} more`);
  out.push(
    ...section(`Articles (${inRange.documents})`, articleLines, empty(all.documents, inRange.documents)),
  );

  // Main actors: people and organisations first, then the countries and places they act for and in
  const actorLine = (a: ActorSummary) => {
    const code = a.code ? ` [${a.code}]` : '';
    const role = a.role ? `, ${a.role}` : '';
    const country = a.country && !a.code?.startsWith(a.country) ? ` (${a.country})` : '';
    return `${a.name}${code}${role}${country}: ${plural(a.documents, 'article')}, ${plural(a.mentions, 'mention')}`;
  };
  const people = await store.actors({ ...range, types: ['PERSON', 'ORG', 'NORP'], limit });
  const countries = await store.actors({ ...range, types: ['GPE', 'LOC'], limit: Math.ceil(limit / 2) });
  const actorLines = [
    ...(people.length ? ['People and organisations:', ...people.map((a) => `  ${actorLine(a)}`)] : []),
    ...(countries.length ? ['Countries and places:', ...countries.map((a) => `  ${actorLine(a)}`)] : []),
  ];
  out.push(...section('Main actors', actorLines, empty(all.entities, inRange.entities)));

  // Timeline: the latest events of the period, told in date order
  const events = (await store.events({ ...range, order: 'desc', limit: limit * 4 })).reverse();
  const timeline = timelineLines(events);
  if (events.some((e) => !e.time || e.time.precision === 'publication')) {
    timeline.push('(* no date in the text: the publication day stands in; ~ approximate)');
  }
  out.push(...section('Timeline', timeline, empty(all.events, events.length)));

  // Quotes by speaker
  const quotes = await store.quotes({ ...range, limit: 1000 });
  out.push(...section('Quotes by speaker', quoteLines(quotes, limit, 3), empty(all.quotes, quotes.length)));

  // Open forecasts
  const forecasts = await store.forecasts({ ...range, status: 'open', limit });
  out.push(
    ...section(
      'Open forecasts',
      forecasts.flatMap((f) => {
        const window = f.window ? `${f.window.earliest} .. ${f.window.latest}` : 'no window';
        const p = f.probability === null ? '' : `, p=${f.probability.toFixed(2)}`;
        const hedges = f.hedges.length ? `, hedges: ${f.hedges.map((h) => clip(h, 30)).join(', ')}` : '';
        return [
          `${f.speakerName ?? '(the article)'}: ${clip(f.event.summary || f.text, 90)}`,
          `  window ${window}${p}${hedges}${f.condition ? `, condition: ${clip(f.condition.text, 60)}` : ''}  [${f.documentId}:${f.id}]`,
        ];
      }),
      all.forecasts === 0 ? '(none yet)' : '(no open forecasts in this period)',
    ),
  );

  // Forecasts the ledger (or an analyst) settled one way or the other, with the evidence.
  const settled = await store.forecasts({
    ...range,
    status: ['fulfilled', 'partly-fulfilled', 'failed'],
    limit,
  });
  const settledLines: string[] = [];
  for (const f of settled) {
    const last = (await store.forecastHistory(f.documentId, f.id)).at(-1);
    settledLines.push(
      `${f.status.toUpperCase()} ${f.speakerName ?? '(the article)'}: ${clip(f.event.summary || f.text, 80)}  [${f.documentId}:${f.id}]`,
    );
    if (last?.note)
      settledLines.push(`  ${last.automatic ? 'ledger rule' : 'by hand'}: ${clip(last.note, 100)}`);
    if (last?.evidence)
      settledLines.push(`  evidence: ${last.evidence.documentId}:${last.evidence.eventId ?? '-'}`);
  }
  out.push(...section('Settled forecasts', settledLines, '(none settled by evidence yet)'));
  return out.join('\n');
}
