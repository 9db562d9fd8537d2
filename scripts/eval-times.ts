/**
 * Scores the times component on a gold set with the reference scorer, and measures its speed.
 *
 *   npx tsx scripts/eval-times.ts [GOLD.jsonl] [--misses]
 *
 * Builds each gold document with its publication date, runs the text layer and the times component,
 * writes `.tmp/sys-times.jsonl`, then runs new URL('../../shared/tools/score.mjs --layer times', import.meta.url).pathname.
 * `--misses` prints every gold time not found or found with another value, and every extra.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { timesComponent } from '../src/extract/times/index.js';
import { newDocument } from '../src/ingest/new-document.js';
import type { Document } from '../src/model/document.js';
import type { PublishedTime } from '../src/model/metadata.js';
import { textLayer } from '../src/text/index.js';

const args = process.argv.slice(2);
const gold =
  args.find((a) => !a.startsWith('--')) ??
  new URL('../../shared/gold/dev/gum-news.jsonl', import.meta.url).pathname;
const showMisses = args.includes('--misses');
/**
 * GUM marks dates and times with a calendar value only (TEI `when`/`from`/`to`): no durations, sets
 * or vague references (`now`, `recently`). `--gum-comparable` scores only the output of that kind.
 */
const gumComparable = args.includes('--gum-comparable');
const scorer = new URL('../../shared/tools/score.mjs', import.meta.url).pathname;

interface GoldTime {
  start: number;
  end: number;
  type: string;
  value: string;
}
interface GoldDoc {
  id: string;
  text: string;
  published: string | null;
  times?: GoldTime[];
}

function published(p: string | null): PublishedTime | null {
  if (!p) return null;
  const local = p.replace(/Z$/, '').replace(/:00$/, '').slice(0, 16);
  return { local, precision: local.length > 10 ? 'minute' : 'day', zone: null, utc: null, sourceText: null };
}

function comparable(t: { type: string; value: string }): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && !/_REF$/.test(t.value);
}

const docs: GoldDoc[] = readFileSync(gold, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const text = textLayer();
const times = timesComponent();
const built: Document[] = docs.map((g) => {
  const doc = newDocument({ id: g.id, text: g.text, meta: { published: published(g.published) } });
  text.run(doc);
  return doc;
});

// Speed of the times component alone (the text layer is not timed), best of five rounds, in wall
// time and in this process's CPU time (the machine may be shared, which inflates wall time).
let best = Number.POSITIVE_INFINITY;
let bestCpu = Number.POSITIVE_INFINITY;
for (let round = 0; round < 5; round++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const doc of built) times.run(doc);
  const cpu = process.cpuUsage(c0);
  best = Math.min(best, performance.now() - t0);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
}
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);

mkdirSync('.tmp', { recursive: true });
const lines = built.map((doc) =>
  JSON.stringify({
    id: doc.id,
    times: (doc.layers.times ?? [])
      .filter((t) => !gumComparable || comparable(t))
      .map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value, window: t.window })),
  }),
);
writeFileSync('.tmp/sys-times.jsonl', `${lines.join('\n')}\n`);
console.log(
  execFileSync('node', [scorer, gold, '.tmp/sys-times.jsonl', '--layer', 'times'], { encoding: 'utf8' }),
);
console.log(
  `speed: ${docs.length} docs, ${words} words in ${best.toFixed(1)} ms wall = ${((docs.length / best) * 1000).toFixed(0)} articles/s (${((words / best) * 1000).toFixed(0)} words/s); ${bestCpu.toFixed(1)} ms CPU = ${((docs.length / bestCpu) * 1000).toFixed(0)} articles/s`,
);

if (showMisses) {
  for (let i = 0; i < docs.length; i++) {
    const g = docs[i];
    const sys = (built[i].layers.times ?? []).filter((t) => !gumComparable || comparable(t));
    const used = new Set<number>();
    const ctx = (s: number, e: number) =>
      `${g.text.slice(Math.max(0, s - 30), s)}[${g.text.slice(s, e)}]${g.text.slice(e, e + 20)}`.replace(
        /\n/g,
        ' ',
      );
    for (const t of g.times ?? []) {
      const j = sys.findIndex((s, k) => !used.has(k) && s.start < t.end && t.start < s.end);
      if (j < 0) {
        console.log(`MISS  ${g.id} ${t.value} | ${ctx(t.start, t.end)}`);
        continue;
      }
      used.add(j);
      const s = sys[j];
      const w = s.window;
      const range =
        /^(\d{4}-\d\d-\d\d)\/(\d{4}-\d\d-\d\d)$/.exec(t.value) ?? /^(\d{4}-\d\d-\d\d)()$/.exec(t.value);
      const sameDays = range && w && w.earliest === range[1] && w.latest === (range[2] || range[1]);
      if (s.value !== t.value && !sameDays)
        console.log(
          `VALUE ${g.id} gold=${t.value} sys=${s.value} ${w ? `${w.earliest}..${w.latest}` : ''} [${s.rules}] | ${ctx(s.start, s.end)}`,
        );
    }
    sys.forEach((s, k) => {
      if (!used.has(k))
        console.log(`EXTRA ${g.id} ${s.type} ${s.value} [${s.rules}] | ${ctx(s.start, s.end)}`);
    });
  }
}
