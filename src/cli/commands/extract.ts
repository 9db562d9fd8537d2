import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { readInputs, readJsonlLine } from '../../ingest/index.js';
import { formatInputError } from '../../ingest/types.js';
import { toFormatRecord } from '../../output/format-record.js';
import { documentReport } from '../../output/text-report.js';
import { createPipeline } from '../../pipeline.js';
import { type Command, UsageError } from '../command.js';

const usage = `usage: sitrep extract FILE|- [--format json|text|record]
       sitrep extract --jsonl IN.jsonl > OUT.jsonl

Reads one article (plain text, HTML, a feed, or JSON Lines) and prints what Sitrep reads out of it.

options:
  --format json    the whole Document with every layer (default)
  --format text    a readable report
  --format record  the layers of shared/gold/FORMAT.md (entities, times, quotes, places, events, forecasts)
  --jsonl FILE     batch mode: one output record per input record {id, text, published?}; a bad
                   line gives {"id": null, "line": N, "error": ...}; blank lines are skipped
  --nested-places  also give places and persons named inside organisation names (\`Texas\` in
                   \`University of Texas\`, \`Andy Warhol\` in \`Andy Warhol Foundation\`) as entities,
                   as GUM does; off by default (CoNLL/OntoNotes: longest name only)`;

export const extractCommand: Command = {
  name: 'extract',
  summary: 'read articles and print what Sitrep extracts (JSON, text report, or gold-format records)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        jsonl: { type: 'string' },
        'nested-places': { type: 'boolean' },
      },
    });
    const pipeline = createPipeline(undefined, { nestedPlaces: values['nested-places'] });
    if (values.jsonl) return extractJsonl(values.jsonl, pipeline, io);
    if (positionals.length === 0) throw new UsageError('name a file, or - for standard input');
    const format = values.format;
    if (!['json', 'text', 'record'].includes(format ?? ''))
      throw new UsageError(`unknown format '${format}'`);
    let failed = 0;
    for await (const outcome of readInputs(positionals)) {
      if (!outcome.ok) {
        failed++;
        io.stderr.write(`${formatInputError(outcome.error)}\n`);
        continue;
      }
      const doc = pipeline.run(outcome.doc);
      if (format === 'text') io.stdout.write(`${documentReport(doc)}\n\n`);
      else if (format === 'record') io.stdout.write(`${JSON.stringify(toFormatRecord(doc))}\n`);
      else io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    }
    return failed ? 1 : 0;
  },
};

async function extractJsonl(
  file: string,
  pipeline: ReturnType<typeof createPipeline>,
  io: Parameters<Command['run']>[1],
) {
  const input = file === '-' ? io.stdin : createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let failed = 0;
  for await (const raw of lines) {
    n++;
    // A byte-order mark before the first record is an encoding artefact, not JSON.
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const outcome = readJsonlLine(line, `${file}:${n}`);
    if (!outcome.ok) {
      failed++;
      io.stderr.write(`${formatInputError(outcome.error)}\n`);
      io.stdout.write(`${JSON.stringify({ id: null, line: n, error: outcome.error })}\n`);
      continue;
    }
    io.stdout.write(`${JSON.stringify(toFormatRecord(pipeline.run(outcome.doc)))}\n`);
  }
  return failed ? 1 : 0;
}
