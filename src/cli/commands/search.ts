/** `sitrep search "text"`: full-text search over the stored articles. */
import { parseArgs } from 'node:util';
import { DEFAULT_DB, openStore } from '../../store/open.js';
import { type Command, UsageError } from '../command.js';
import { clip, day } from '../format/text.js';

const usage = `usage: sitrep search TEXT [--db FILE] [--limit N]

Finds stored articles by words in their title and text, best matches first, each with the passage
that matched. Words match their inflections (ceasefire finds ceasefires); "a phrase", OR and NOT
work as in SQLite FTS5.
  --db FILE    the store (default ${DEFAULT_DB})
  --limit N    at most N results (default 20)`;

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over stored articles',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string', default: DEFAULT_DB }, limit: { type: 'string', default: '20' } },
    });
    const text = positionals.join(' ').trim();
    if (!text) throw new UsageError('give the words to search for');
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive integer');
    const store = openStore(values.db, { mustExist: true });
    try {
      const hits = await store.search(text, limit);
      if (hits.length === 0) {
        io.stdout.write(`no matches for '${text}'\n`);
        return 0;
      }
      hits.forEach((h, i) => {
        const where = [day(h.published), h.source].filter(Boolean).join(', ');
        io.stdout.write(`${i + 1}. ${h.title ?? '(untitled)'} (${where})\n`);
        io.stdout.write(`   ${clip(h.snippet, 160)}\n   id ${h.id}\n`);
      });
      return 0;
    } finally {
      await store.close();
    }
  },
};
