import { parseArgs } from 'node:util';
import { resolveOpenForecasts, scorecards } from '../../link/forecast-ledger.js';
import { openStore } from '../../store/open.js';
import type { ForecastStatus, Store, StoredForecast } from '../../store/store.js';
import { checkRange, RANGE_OPTIONS, STORE_OPTIONS } from '../args.js';
import { type Command, UsageError } from '../command.js';

const STATUSES: ForecastStatus[] = [
  'open',
  'fulfilled',
  'partly-fulfilled',
  'failed',
  'expired',
  'withdrawn',
];

const usage = `usage: sitrep forecasts [list] [--speaker NAME] [--status S] [--since DATE] [--until DATE] [--db FILE]
       sitrep forecasts check [--as-of DATE] [--db FILE]
       sitrep forecasts resolve DOC:FORECAST --status S [--evidence DOC:EVENT] [--note TEXT] [--db FILE]
       sitrep forecasts scores [--db FILE]
       sitrep forecasts history DOC:FORECAST [--db FILE]

The forecast ledger: forward-looking statements from the articles, and what became of them.
  list     forecasts with speaker, window, hedges, probability and status (soonest window end first)
  check    links later events to open forecasts and closes expired windows, by the documented rule
           (the ledger's clock is the newest article in the store unless --as-of is given)
  resolve  records a person's decision; statuses: ${STATUSES.join(', ')}
  scores   scorecards per speaker and outlet: counts by status, hit rate, mean lead time, Brier score
  history  a forecast's status changes with their evidence
Forecasts are named DOC:FORECAST, e.g. doc-3f2a...:f1 (as \`list\` prints them).`;

const f2 = (x: number | null) => (x === null ? '-' : x.toFixed(2));

function line(f: StoredForecast): string {
  const w = f.window ? `${f.window.earliest}..${f.window.latest}` : 'no window';
  const p = f.probability === null ? '' : ` p=${f.probability}`;
  const cond = f.condition ? ` if: ${f.condition.text}` : '';
  return `${f.documentId}:${f.id} [${f.status}] ${f.published?.slice(0, 10) ?? '?'} ${f.speakerName ?? '(article)'}: ${f.text.slice(0, 110).replace(/\s+/g, ' ')}\n    window ${w}${p} hedges: ${f.hedges.join(', ') || '-'}${f.event.type ? ` event ${f.event.type}${f.event.cameo ? `/${f.event.cameo}` : ''}` : ''}${cond}`;
}

function splitRef(ref: string | undefined, what: string): [string, string] {
  const at = ref?.lastIndexOf(':') ?? -1;
  if (!ref || at <= 0) throw new UsageError(`name the ${what} as DOC:ID`);
  return [ref.slice(0, at), ref.slice(at + 1)];
}

export const forecastsCommand: Command = {
  name: 'forecasts',
  summary: 'the forecast ledger: list, check against later events, resolve by hand, score speakers',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...STORE_OPTIONS,
        speaker: { type: 'string' },
        status: { type: 'string' },
        ...RANGE_OPTIONS,
        'as-of': { type: 'string' },
        evidence: { type: 'string' },
        note: { type: 'string' },
      },
    });
    const [action = 'list', ref] = positionals;
    const status = values.status as ForecastStatus | undefined;
    if (status && !STATUSES.includes(status)) throw new UsageError(`unknown status '${status}'`);
    const range = checkRange(values);
    const store: Store = openStore(values.db, { mustExist: true });
    try {
      if (action === 'list') {
        const list = await store.forecasts({
          status,
          speaker: values.speaker,
          ...range,
        });
        for (const f of list) {
          io.stdout.write(`${line(f)}\n`);
          if (f.status === 'open') continue;
          // A settled forecast shows why: the last decision, its evidence and who made it.
          const last = (await store.forecastHistory(f.documentId, f.id)).at(-1);
          if (!last) continue;
          const how = last.automatic ? 'ledger rule' : 'by hand';
          const ev = last.evidence
            ? `; evidence ${last.evidence.documentId}:${last.evidence.eventId ?? '-'}`
            : '';
          io.stdout.write(`    ${last.to} (${how}): ${last.note ?? ''}${ev}\n`);
        }
        io.stdout.write(`${list.length} forecast(s)\n`);
      } else if (action === 'check') {
        const run = await resolveOpenForecasts(store, values['as-of']);
        io.stdout.write(
          `ledger clock ${run.clock}: ${run.checked} open forecast(s) checked, ${run.changes.length} decided\n`,
        );
        for (const { forecast, verdict } of run.changes) {
          io.stdout.write(
            `  ${forecast.documentId}:${forecast.id} ${forecast.speakerName ?? '(article)'} -> ${verdict.status}: ${verdict.note}\n`,
          );
          if (verdict.evidence)
            io.stdout.write(
              `      evidence: ${verdict.evidence.documentTitle ?? verdict.evidence.documentId} (${verdict.evidence.documentId}:${verdict.evidence.id} "${verdict.evidence.trigger.text}")\n`,
            );
        }
      } else if (action === 'resolve') {
        const [documentId, forecastId] = splitRef(ref, 'forecast');
        if (!status) throw new UsageError('give --status');
        const evidence = values.evidence ? splitRef(values.evidence, 'evidence event') : null;
        const change = await store.recordForecastStatus({
          documentId,
          forecastId,
          to: status,
          evidence: evidence ? { documentId: evidence[0], eventId: evidence[1] } : null,
          automatic: false,
          note: values.note ?? null,
        });
        io.stdout.write(
          `${documentId}:${forecastId}: ${change.from} -> ${change.to} (by hand, ${change.at})\n`,
        );
      } else if (action === 'scores') {
        const all = await store.forecasts({});
        const evidenceDay = new Map<string, string>();
        for (const f of all.filter((x) => x.status === 'fulfilled')) {
          const last = (await store.forecastHistory(f.documentId, f.id)).at(-1);
          if (!last?.evidence?.eventId) continue;
          const ev = (await store.events({ documentId: last.evidence.documentId })).find(
            (e) => e.id === last.evidence?.eventId,
          );
          if (ev?.day) evidenceDay.set(`${f.documentId}:${f.id}`, ev.day);
        }
        io.stdout.write(
          `${'speaker / outlet'.padEnd(28)} total  open fulfilled failed expired  hit-rate lead-days brier(n)\n`,
        );
        for (const c of scorecards(all, evidenceDay)) {
          const s = (k: string) => String(c.byStatus[k] ?? 0).padStart(k === 'open' ? 5 : k.length + 1);
          io.stdout.write(
            `${c.who.slice(0, 28).padEnd(28)} ${String(c.total).padStart(5)}${s('open')}${s('fulfilled')}${s('failed')}${s('expired')}  ${f2(c.hitRate).padStart(8)} ${f2(c.meanLeadDays).padStart(9)} ${f2(c.brier)}(${c.brierN})\n`,
          );
        }
      } else if (action === 'history') {
        const [documentId, forecastId] = splitRef(ref, 'forecast');
        for (const h of await store.forecastHistory(documentId, forecastId)) {
          const ev = h.evidence ? ` evidence ${h.evidence.documentId}:${h.evidence.eventId ?? '-'}` : '';
          io.stdout.write(
            `${h.at} ${h.from} -> ${h.to} (${h.automatic ? 'automatic' : 'by hand'})${ev}${h.note ? ` ${h.note}` : ''}\n`,
          );
        }
      } else throw new UsageError(`unknown action '${action}'`);
    } finally {
      await store.close();
    }
    return 0;
  },
};
