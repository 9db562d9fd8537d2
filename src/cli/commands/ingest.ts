/**
 * `sitrep ingest PATH...`: read articles, annotate them, keep them in the store.
 */
import { parseArgs } from 'node:util';
import { formatInputError, type InputError, type ReadOptions, type ReadOutcome } from '../../ingest/types.js';
import { resolveOpenForecasts } from '../../link/forecast-ledger.js';
import {
  defaultWorkers,
  type RunFailure,
  type RunOptions,
  type RunProgress,
  runIngest,
} from '../../run/index.js';
import { DEFAULT_DB, openStore } from '../../store/open.js';
import { type Command, type CommandIO, UsageError } from '../command.js';
import { progressLine } from '../format/progress.js';
import { plural } from '../format/text.js';

export type ReadInputs = (paths: string[], options?: ReadOptions) => AsyncIterable<ReadOutcome>;

const FORMATS = ['text', 'html', 'jsonl', 'feed'] as const;

const usage = `usage: sitrep ingest PATH... [--db FILE] [--batch N] [--workers N] [--format F]

Reads articles (text, HTML, JSON Lines, RSS/Atom feeds; folders are read whole, - is standard input),
annotates them and stores them. The same article twice is stored once; an article whose URL is
already stored with another text replaces the older version.
  --db FILE      the store (default ${DEFAULT_DB} in the working directory)
  --batch N      documents per transaction (default 100): a failing batch costs only itself
  --workers N    pipeline threads (default ${defaultWorkers()}; 0 runs in this thread)
  --format F     read every input as ${FORMATS.join('|')} instead of guessing
Exit code 1 when any input could not be read or stored.`;

function positiveInt(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}`);
  return n;
}

/** Same layout as reader errors: `origin: CODE: message (hint)`. */
export function formatFailure(f: RunFailure): string {
  return formatInputError(f as InputError);
}

function progressText(p: RunProgress): string {
  const rate = p.elapsedMs > 0 ? Math.round((p.read * 1000) / p.elapsedMs) : 0;
  return `ingest: ${p.read} read, ${p.stored} stored, ${p.duplicates} duplicate, ${p.failed} failed (${rate}/s)`;
}

/** The command, with its reader (and run options such as the pipeline module) injectable for tests. */
export function createIngestCommand(readInputs?: ReadInputs, runDefaults: RunOptions = {}): Command {
  return {
    name: 'ingest',
    summary: 'read, annotate and store articles',
    usage,
    async run(argv: string[], io: CommandIO): Promise<number> {
      const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          db: { type: 'string', default: DEFAULT_DB },
          batch: { type: 'string' },
          workers: { type: 'string' },
          format: { type: 'string' },
        },
      });
      if (positionals.length === 0) throw new UsageError('name at least one file, folder or -');
      const format = values.format as ReadOptions['format'];
      if (format && !FORMATS.includes(format)) throw new UsageError(`unknown --format '${values.format}'`);
      const batchSize = positiveInt(values.batch, 'batch', 1);
      const workers = positiveInt(values.workers, 'workers', 0);
      // loaded on use: the readers pull in the HTML and feed parsers, which other commands never need
      const read = readInputs ?? (await import('../../ingest/index.js')).readInputs;

      const store = openStore(values.db);
      const progress = progressLine(io.stderr, io.interactive);
      try {
        const summary = await runIngest(read(positionals, format ? { format } : {}), store, {
          ...runDefaults,
          batchSize,
          workers,
          onProgress: (p) => progress.update(progressText(p)),
        });
        progress.done();
        const seconds = summary.elapsedMs / 1000;
        const rate = seconds > 0 ? (summary.read / seconds).toFixed(1) : '-';
        const how = summary.mode === 'workers' ? plural(summary.workers, 'worker') : 'in-process';
        io.stdout.write(
          `stored ${summary.stored}, updated ${summary.updated}, duplicates ${summary.duplicates}, ` +
            `failed ${summary.failed} (${plural(summary.read, 'input')} in ${seconds.toFixed(1)} s, ${rate}/s, ${how})\n`,
        );
        if (summary.note) io.stderr.write(`note: ${summary.note}\n`);
        for (const f of summary.failures) io.stderr.write(`${formatFailure(f)}\n`);
        // New articles may settle open forecasts: check the ledger against what the store now holds.
        if (summary.stored + summary.updated > 0) {
          const ledger = await resolveOpenForecasts(store);
          const decided = ledger.changes.map((c) => c.verdict.status);
          const counts = [...new Set(decided)]
            .map((s) => `${decided.filter((d) => d === s).length} ${s}`)
            .join(', ');
          if (ledger.checked > 0)
            io.stdout.write(
              `forecast ledger (clock ${ledger.clock}): ${ledger.checked} open checked${counts ? `; ${counts}` : ''}\n`,
            );
        }
        return summary.failed > 0 ? 1 : 0;
      } finally {
        progress.done();
        await store.close();
      }
    },
  };
}

export const ingestCommand: Command = createIngestCommand();
