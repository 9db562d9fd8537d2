/**
 * Main-text quality of the HTML reader against the scrapinghub article-extraction-benchmark
 * (https://github.com/scrapinghub/article-extraction-benchmark, MIT): for each page, our body
 * paragraphs are compared with `articleBody` from ground-truth.json.
 *
 * Scores are computed the benchmark's way: texts are cut into `\w+` tokens, counted as multisets of
 * n-grams (n = 4 "shingles" as in the benchmark, and n = 1 plain tokens), per-page TP/FP/FN are
 * normalised to sum to 1, precision and recall are averaged over pages, F1 comes from the averages.
 *
 *   npx tsx scripts/eval-extraction.ts [dir] [--worst N] [--with-headline] [--baseline]
 *
 * `--baseline` scores Readability's own `textContent` on the same pages, for comparison.
 *
 * `dir` holds `ground-truth.json` and `html/<id>.html.gz` (default ../shared/gold/dev/extraction).
 * The pages are publishers' copyright: measure locally, never copy them into the repository.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtml } from '../src/ingest/html.js';

/** Readability's plain `textContent`, as the benchmark's readability.js runner takes it. */
function baselineText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as never).parse()?.textContent ?? '';
}

interface Truth {
  articleBody?: string;
  url?: string;
}
type Counts = [tp: number, fp: number, fn: number];

const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;

function ngrams(text: string, n: number): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    if (gram) out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

/** The benchmark's per-page TP/FP/FN over n-gram multisets, normalised so long pages weigh no more. */
function match(truth: string, pred: string, n: number): Counts {
  const t = ngrams(truth, n);
  const p = ngrams(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function precision([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recall([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function summarise(all: Counts[]): { precision: number; recall: number; f1: number } {
  const ps = all.filter(([tp, fp]) => tp + fp > 0).map(precision);
  const rs = all.filter(([tp, , fn]) => tp + fn > 0).map(recall);
  const p = ps.reduce((a, b) => a + b, 0) / Math.max(1, ps.length);
  const r = rs.reduce((a, b) => a + b, 0) / Math.max(1, rs.length);
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(name);
  const worstAt = args.indexOf('--worst');
  const worst = worstAt >= 0 ? Number(args[worstAt + 1]) : 0;
  const dir =
    args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--worst') ??
    new URL('../../shared/gold/dev/extraction', import.meta.url).pathname;
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;

  const shingles: Counts[] = [];
  const tokens: Counts[] = [];
  const rows: { id: string; f1: number; url?: string; error?: string }[] = [];
  let failures = 0;
  let ms = 0;
  for (const [id, gold] of Object.entries(truth)) {
    const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const t0 = performance.now();
    const outcome = readHtml(html, { origin: id });
    ms += performance.now() - t0;
    let body = '';
    if (flag('--baseline')) body = baselineText(html);
    else if (outcome.ok) {
      const roles = flag('--with-headline') ? ['body', 'headline', 'dek'] : ['body'];
      body = (outcome.doc.layers.paragraphs ?? [])
        .filter((p) => roles.includes(p.role))
        .map((p) => p.text)
        .join('\n\n');
    }
    if (!outcome.ok) failures++;
    const s = match(gold.articleBody ?? '', body, 4);
    shingles.push(s);
    tokens.push(match(gold.articleBody ?? '', body, 1));
    const f = summarise([s]);
    rows.push({ id, f1: f.f1, url: gold.url, error: outcome.ok ? undefined : outcome.error.code });
  }
  const fmt = (x: number) => x.toFixed(3);
  const show = (name: string, m: ReturnType<typeof summarise>) =>
    console.log(`${name.padEnd(16)} precision=${fmt(m.precision)} recall=${fmt(m.recall)} F1=${fmt(m.f1)}`);
  console.log(`pages: ${rows.length}, no article: ${failures}, ${(ms / rows.length).toFixed(1)} ms/page`);
  show('4-gram shingles', summarise(shingles));
  show('tokens', summarise(tokens));
  if (worst > 0) {
    for (const r of rows.sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
      console.log(`  ${fmt(r.f1)} ${r.id.slice(0, 12)} ${r.error ?? ''} ${r.url ?? ''}`);
    }
  }
}

main();
