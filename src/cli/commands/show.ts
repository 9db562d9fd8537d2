/** `sitrep show ID`: one stored document, every layer, as a readable report. */
import { parseArgs } from 'node:util';
import { documentReport } from '../../output/text-report.js';
import { DEFAULT_DB, openStore } from '../../store/open.js';
import { type Command, UsageError } from '../command.js';

const usage = `usage: sitrep show ID [--db FILE]

Prints a stored document: metadata, then its paragraphs, actors, times, places, quotes, events and
forecasts with their offsets. IDs are those that \`sitrep search\` and \`sitrep report\` print.
  --db FILE   the store (default ${DEFAULT_DB})`;

export const showCommand: Command = {
  name: 'show',
  summary: 'print one stored document with all its layers',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string', default: DEFAULT_DB } },
    });
    if (positionals.length !== 1) throw new UsageError('name one document id');
    const store = openStore(values.db, { mustExist: true });
    try {
      const doc = await store.getDocument(positionals[0]);
      if (!doc) {
        io.stderr.write(`sitrep show: no document '${positionals[0]}' in ${values.db}\n`);
        return 1;
      }
      io.stdout.write(`${documentReport(doc)}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
