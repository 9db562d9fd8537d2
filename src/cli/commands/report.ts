/** `sitrep report`: the situation report over the store, optionally for a period. */
import { parseArgs } from 'node:util';
import { DEFAULT_DB, openStore } from '../../store/open.js';
import { checkRange, positiveInt, RANGE_OPTIONS, STORE_OPTIONS } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { situationReport } from '../format/situation-report.js';

const usage = `usage: sitrep report [--db FILE] [--since DATE] [--until DATE] [--limit N]

A situation report from the stored articles: the articles, the main actors with their roles, a dated
timeline of events (each with its modality: asserted, reported, planned, predicted...), quotes by
speaker, the forecasts still open, and those the ledger has settled with their evidence. Dates are ISO days (2015-11-17), both ends included; articles
are in the period by their publication day, events by their own date.
  --db FILE     the store (default ${DEFAULT_DB})
  --since DATE  first day
  --until DATE  last day
  --limit N     rows per section (default 15)`;

export const reportCommand: Command = {
  name: 'report',
  summary: 'situation report: articles, actors, timeline, quotes, forecasts open and settled',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...STORE_OPTIONS,
        ...RANGE_OPTIONS,
        limit: { type: 'string', default: '15' },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const range = checkRange(values);
    const limit = positiveInt(values.limit, 'limit');
    const store = openStore(values.db, { mustExist: true });
    try {
      const text = await situationReport(store, {
        ...range,
        limit,
        storeName: values.db,
      });
      io.stdout.write(`${text}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
