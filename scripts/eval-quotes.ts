/**
 * Runs the quotes component over a gold JSON Lines file and writes the system file the reference
 * scorer reads: `{id, quotes:[{start,end,kind,speaker}]}` per document.
 *
 *   npx tsx scripts/eval-quotes.ts ../shared/gold/dev/gum-news.jsonl .tmp/sys.jsonl [--all-kinds]
 *   node ../shared/tools/score.mjs ../shared/gold/dev/gum-news.jsonl .tmp/sys.jsonl --layer quotes
 *
 * GUM marks only quotations (direct and block, with or without marks), never reported speech, so by
 * default indirect quotes are left out of the file; `--all-kinds` keeps them. The speed line is the best
 * of 20 warm rounds of the quotes pass alone (the text layer is run once, before timing).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractQuotes, loadQuoteLexicon } from '../src/extract/quotes/index.js';
import { newDocument } from '../src/ingest/new-document.js';
import { textLayer } from '../src/text/index.js';
import { splitParagraphs } from '../src/text/paragraphs.js';

const [goldPath, outPath] = process.argv.slice(2);
const allKinds = process.argv.includes('--all-kinds');
const docs = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const lexicon = loadQuoteLexicon();
const text = textLayer();
const out: string[] = [];
const ready = docs.map((g) => {
  const paragraphs = splitParagraphs(g.text);
  if (paragraphs.length && g.title && paragraphs[0].text === g.title) paragraphs[0].role = 'headline';
  const doc = newDocument({ id: g.id, text: g.text, paragraphs });
  text.run(doc);
  return doc;
});
for (const doc of ready) {
  const quotes = extractQuotes(doc, lexicon);
  const kept = quotes.filter((q) => allKinds || q.kind !== 'indirect');
  out.push(
    JSON.stringify({
      id: doc.id,
      quotes: kept.map((q) => ({
        start: q.start,
        end: q.end,
        kind: q.kind,
        speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
        speakerName: q.speakerName,
      })),
    }),
  );
}
writeFileSync(outPath, `${out.join('\n')}\n`);
let best = Number.POSITIVE_INFINITY;
for (let round = 0; round < 20; round++) {
  const t0 = performance.now();
  for (const doc of ready) extractQuotes(doc, lexicon);
  best = Math.min(best, performance.now() - t0);
}
console.error(
  `${docs.length} docs; quotes pass best of 20 rounds ${best.toFixed(1)} ms = ${((docs.length / best) * 1000).toFixed(0)} articles/s on one core (text layer excluded)`,
);
