/**
 * `sitrep quotes`: who said what. "Everything Kerry said about Syria" is
 * `sitrep quotes Syria --speaker Kerry`; "who was quoted most this week" is
 * `sitrep quotes --top --since 2015-11-16`.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DB, openStore } from '../../store/open.js';
import type { StoredQuote } from '../../store/store.js';
import { checkRange, positiveInt, RANGE_OPTIONS, STORE_OPTIONS } from '../args.js';
import type { Command } from '../command.js';
import { clip, day, plural } from '../format/text.js';

const usage = `usage: sitrep quotes [ABOUT...] [--speaker NAME] [--code PREFIX] [--since DATE] [--until DATE]
                     [--top] [--limit N] [--json] [--db FILE]

Lists stored quotes (direct, indirect, mixed, block), newest first, each with its speaker, the
speaker's actor code on that day and where it comes from. ABOUT words are matched in the quote
itself (full text: Syria, "air strikes", ceasefire OR truce).
  --speaker NAME   part of the speaker's name or actor name (Kerry)
  --code PREFIX    the speaker's actor code starts with PREFIX (USAGOV, RUS)
  --since DATE     first publication day (2015-11-17), inclusive
  --until DATE     last publication day, inclusive
  --top            who was quoted most in the period instead of the quotes
  --limit N        at most N rows (default 20)
  --json           one JSON object per line instead of text
  --db FILE        the store (default ${DEFAULT_DB})`;

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'who said what: quotes by speaker, topic and period, and who was quoted most',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...STORE_OPTIONS,
        speaker: { type: 'string' },
        code: { type: 'string' },
        ...RANGE_OPTIONS,
        top: { type: 'boolean' },
        limit: { type: 'string', default: '20' },
        json: { type: 'boolean' },
      },
    });
    const range = checkRange(values);
    const limit = positiveInt(values.limit, 'limit');
    const about = positionals.join(' ').trim() || undefined;
    const store = openStore(values.db, { mustExist: true });
    try {
      if (values.top) {
        const speakers = await store.topSpeakers({ ...range, limit });
        for (const s of speakers) {
          io.stdout.write(
            values.json
              ? `${JSON.stringify(s)}\n`
              : `${String(s.quotes).padStart(4)}  ${s.name}${s.code ? ` [${s.code}]` : ''} (${plural(s.documents, 'article')})\n`,
          );
        }
        if (!speakers.length && !values.json) io.stdout.write('no quotes with a speaker in this period\n');
        return 0;
      }
      const quotes = await store.quotes({
        ...range,
        speaker: values.speaker,
        speakerCode: values.code,
        text: about,
        limit,
      });
      for (const q of quotes) io.stdout.write(values.json ? `${JSON.stringify(q)}\n` : textLine(q));
      if (!quotes.length && !values.json) io.stdout.write('no quotes match\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};

function textLine(q: StoredQuote): string {
  const speaker = q.speakerName ?? q.speaker?.text ?? '(no speaker)';
  const code = q.speakerCode ? ` [${q.speakerCode}]` : '';
  const cue = q.cue ? `, ${q.cue.text}` : '';
  return (
    `${day(q.published)}  ${speaker}${code} (${q.kind}${cue}): "${clip(q.text, 140)}"\n` +
    `            ${clip(q.documentTitle ?? '(untitled)', 80)}  [${q.documentId}:${q.id}]\n`
  );
}
