/**
 * Quotes measures.
 *
 * Spans, against a gold JSON Lines file: runs the quotes component and writes the system file the
 * reference scorer reads, `{id, quotes:[{start,end,kind,speaker}]}` per document.
 *
 *   npx tsx scripts/eval-quotes.ts [GOLD.jsonl] [OUT.jsonl] [--all-kinds]   (default: GUM news -> .tmp/quotes-system.jsonl)
 *   node ../shared/tools/score.mjs ../shared/gold/dev/gum-news.jsonl .tmp/sys.jsonl --layer quotes
 *
 * GUM marks only quotations (direct and block, with or without marks), never reported speech, so by
 * default indirect quotes are left out of the file; `--all-kinds` keeps them. The speed line is the best
 * of 20 warm rounds of the quotes pass alone (the text layer is run once, before timing).
 *
 * Speakers, against the hand-checked gold of `src/extract/quotes/*-speakers.tsv` (GUM has no speakers):
 *
 *   npx tsx scripts/eval-quotes.ts --speakers [--errors]
 *
 * runs text, entities and quotes over each gold file's articles and prints, per file, how many of the
 * quotations found name the right speaker; `--errors` lists the wrong ones.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes, loadQuoteLexicon, quotesComponent } from '../src/extract/quotes/index.js';
import { checkRow, parseSpeakerGold, summarise } from '../src/extract/quotes/speaker-gold.js';
import { readJsonlLine } from '../src/ingest/index.js';
import { newDocument } from '../src/ingest/new-document.js';
import { textLayer } from '../src/text/index.js';
import { splitParagraphs } from '../src/text/paragraphs.js';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Each hand-checked speaker gold and the articles it covers (the id prefix its rows leave out). */
const SPEAKER_SETS = [
  {
    gold: 'src/extract/quotes/wikinews-speakers.tsv',
    articles: 'samples/wikinews.jsonl',
    prefix: 'wikinews-',
  },
  {
    gold: 'src/extract/quotes/geovirus-speakers.tsv',
    articles: '../shared/gold/dev/geovirus.jsonl',
    prefix: '',
  },
  {
    gold: 'src/extract/quotes/geovirus-heldout-speakers.tsv',
    articles: '../shared/gold/dev/geovirus.jsonl',
    prefix: '',
  },
  {
    gold: 'src/extract/quotes/geovirus-heldout-indirect-speakers.tsv',
    articles: '../shared/gold/dev/geovirus.jsonl',
    prefix: '',
    indirect: true,
  },
  {
    gold: 'src/extract/quotes/wikinews-indirect-speakers.tsv',
    articles: 'samples/wikinews.jsonl',
    prefix: 'wikinews-',
    indirect: true,
  },
];

async function speakers(showErrors: boolean): Promise<void> {
  const { entitiesComponent, resolvePronoun } = await import('../src/extract/entities/index.js');
  const { createNerTagger, loadNerModel } = await import('../src/extract/entities/tagger/index.js');
  const { loadActorKnowledge } = await import('../src/knowledge/actors/load.js');
  const components = [
    textLayer(),
    entitiesComponent(loadActorKnowledge(), createNerTagger(loadNerModel())),
    quotesComponent({ resolvePronoun }),
  ];
  let right = 0;
  let found = 0;
  for (const set of SPEAKER_SETS) {
    const gold = parseSpeakerGold(readFileSync(root(set.gold), 'utf8'));
    const wanted = new Set(gold.map((r) => r.doc));
    const quotes = new Map<string, NonNullable<ReturnType<typeof extractQuotes>>>();
    for (const line of readFileSync(root(set.articles), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const outcome = readJsonlLine(line, set.articles);
      if (!outcome.ok) throw new Error(outcome.error.message);
      const id = outcome.doc.id.replace(set.prefix, '');
      if (!wanted.has(id)) continue;
      for (const c of components) c.run(outcome.doc);
      quotes.set(id, outcome.doc.layers.quotes ?? []);
    }
    const checks = gold.map((row) => checkRow(row, quotes.get(row.doc) ?? [], 'indirect' in set));
    const s = summarise(checks);
    right += s.right;
    found += s.found;
    console.log(
      `${set.gold}: speaker right for ${s.right} of ${s.found} quotations found (${(100 * s.accuracy).toFixed(1)}%); ${s.missed} gold quotations missed; ${s.spurious} titles or names taken for speech`,
    );
    // The Guardian's mark is on direct quotations: those apart from fragments woven into narration.
    const whole = summarise(checks.filter((c) => c.kind !== 'mixed'));
    if (!('indirect' in set))
      console.log(
        `  whole quotations (direct, block): ${whole.right}/${whole.found} (${(100 * whole.accuracy).toFixed(1)}%)`,
      );
    if (showErrors)
      for (const c of checks)
        if (c.verdict !== 'right')
          console.log(
            `  ${c.verdict.padEnd(8)} ${c.row.doc}: ${c.row.begins} -> ${c.row.speakers[0]}; got ${c.got}`,
          );
  }
  console.log(`all: ${right}/${found} (${((100 * right) / found).toFixed(1)}%)`);
}

function spans(goldPath: string, outPath: string, allKinds: boolean): void {
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
}

const args = process.argv.slice(2);
if (args.includes('--speakers')) await speakers(args.includes('--errors'));
else {
  const [goldPath = root('../shared/gold/dev/gum-news.jsonl'), outPath = root('.tmp/quotes-system.jsonl')] =
    args.filter((a) => !a.startsWith('--'));
  mkdirSync(dirname(outPath), { recursive: true });
  spans(goldPath, outPath, args.includes('--all-kinds'));
  console.error(`wrote ${outPath} (score it with shared/tools/score.mjs GOLD ${outPath} --layer quotes)`);
}
