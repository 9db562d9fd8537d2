/**
 * `sitrep search "text"`: full-text search over the stored articles; `--actor SYRGOV` narrows to the
 * articles that mention an actor ("all articles that mention the Syrian government").
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DB, openStore } from '../../store/open.js';
import { checkRange, positiveInt, RANGE_OPTIONS, STORE_OPTIONS } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { clip, day } from '../format/text.js';

const usage = `usage: sitrep search [TEXT] [--actor CODE] [--since DATE] [--until DATE] [--db FILE] [--limit N]

Finds stored articles by words in their title and text, best matches first, each with the passage
that matched. Words match their inflections (ceasefire finds ceasefires); "a phrase", OR and NOT
work as in SQLite FTS5. With --actor, only articles in which an entity or an event actor has a
CAMEO code starting with CODE (SYRGOV: the Syrian government; SYR: anyone Syrian), newest first.
  --actor CODE   actor code prefix (USAGOV, SYRREB, IMGMUSISI)
  --since DATE   first publication day (with --actor), inclusive
  --until DATE   last publication day (with --actor), inclusive
  --db FILE      the store (default ${DEFAULT_DB})
  --limit N      at most N results (default 20)`;

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over stored articles',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...STORE_OPTIONS,
        limit: { type: 'string', default: '20' },
        actor: { type: 'string' },
        ...RANGE_OPTIONS,
      },
    });
    const text = positionals.join(' ').trim();
    const actor = values.actor?.trim().toUpperCase();
    if (!text && !actor) throw new UsageError('give the words to search for, or --actor CODE');
    if (!actor && (values.since || values.until)) throw new UsageError('--since and --until go with --actor');
    const range = checkRange(values);
    const limit = positiveInt(values.limit, 'limit');
    const store = openStore(values.db, { mustExist: true });
    try {
      if (actor && !text) {
        const docs = await store.documentsMentioningActor(actor, { ...range, limit });
        if (docs.length === 0) io.stdout.write(`no stored article mentions an actor coded ${actor}*\n`);
        docs.forEach((d, i) => {
          const where = [day(d.published), d.source].filter(Boolean).join(', ');
          io.stdout.write(`${i + 1}. ${d.title ?? '(untitled)'} (${where})\n   id ${d.id}\n`);
        });
        return 0;
      }
      let hits = await store.search(text, actor ? Math.max(limit * 20, 1000) : limit);
      if (actor) {
        // Both: the text's matches, kept when the article also mentions the actor.
        const withActor = new Set(
          (await store.documentsMentioningActor(actor, { ...range, limit: 1_000_000 })).map((d) => d.id),
        );
        hits = hits.filter((h) => withActor.has(h.id)).slice(0, limit);
      }
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
