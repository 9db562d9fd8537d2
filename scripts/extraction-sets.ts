/**
 * The entity sets marked on news pages of the extraction benchmark (`shared/gold/dev/extraction`):
 * the pages are the publishers' text, so the repository keeps only the marks (page id, length of the
 * text used, character offsets and types) and rebuilds the marked texts from the benchmark's ground
 * truth when they are measured.
 *
 *   npx tsx scripts/extraction-sets.ts pack <set.marked.jsonl> <out.marks.jsonl>
 *       from a hand-marked file (`marked` text, `source: "extraction benchmark page <id>"`)
 *   npx tsx scripts/extraction-sets.ts unpack <set.marks.jsonl> <out.jsonl>
 *       gold records ({id, text, entities}) that `sitrep eval` reads
 *
 * GOLD_DIR (default ../shared/gold/dev) holds `extraction/ground-truth.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkedUp, type GoldRecord, readJsonl } from '../src/eval/gold.js';

interface Marks {
  id: string;
  page: string;
  length: number;
  entities: { start: number; end: number; type: string }[];
}

const goldDir = process.env.GOLD_DIR ?? join(import.meta.dirname, '../../shared/gold/dev');
const [mode, input, output] = process.argv.slice(2);
if (!['pack', 'unpack'].includes(mode ?? '') || !input || !output) {
  console.error('usage: tsx scripts/extraction-sets.ts pack|unpack <in> <out>');
  process.exit(2);
}

const bodies = JSON.parse(readFileSync(join(goldDir, 'extraction', 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody?: string }
>;
const body = (page: string, file: string): string => {
  const text = bodies[page]?.articleBody;
  if (text === undefined)
    throw new Error(`${file}: page ${page} is not in the extraction benchmark's ground truth`);
  return text;
};

const out: string[] = [];
if (mode === 'pack') {
  for (const record of readJsonl<GoldRecord & { source?: string }>(input)) {
    const page = /extraction benchmark page (\w+)/.exec(record.source ?? '')?.[1];
    if (!page) throw new Error(`${input}: ${record.id} names no extraction page in its source`);
    const { text = '', entities = [] } = fromMarkedUp(record);
    if (!body(page, input).startsWith(text))
      throw new Error(`${input}: ${record.id}: the text is not page ${page}'s`);
    const marks: Marks = {
      id: record.id,
      page,
      length: text.length,
      entities: entities.map(({ start, end, type }) => ({ start, end, type })),
    };
    out.push(JSON.stringify(marks));
  }
} else {
  for (const m of readJsonl<Marks>(input)) {
    const text = body(m.page, input).slice(0, m.length);
    if (text.length !== m.length)
      throw new Error(`${input}: ${m.id}: page ${m.page} is shorter than ${m.length}`);
    out.push(
      JSON.stringify({ id: m.id, source: `extraction benchmark page ${m.page}`, text, entities: m.entities }),
    );
  }
}
writeFileSync(output, `${out.join('\n')}\n`);
console.log(`${mode}: ${out.length} records -> ${output}`);
