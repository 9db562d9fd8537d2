/**
 * Ingest throughput into SQLite: read a JSONL corpus, run the pipeline on 0, 1 or 2 worker threads,
 * store in batches. Each configuration runs in its own fresh process (so peak RSS is its own, threads
 * included) on the compiled code in dist/ (run `npm run build` first).
 *
 *   npx tsx bench/ingest.ts [--articles 1000] [--workers 1,2] [--pipeline text|full] [--batch 100]
 *
 * The corpus is bench/corpus.mjs's (about 600-word articles stitched from the gold/dev texts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', '.out');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '1,2' },
    pipeline: { type: 'string', default: 'text' },
    batch: { type: 'string', default: '100' },
    child: { type: 'boolean', default: false },
    corpus: { type: 'string' },
    db: { type: 'string' },
  },
});

const dist = (path: string) => pathToFileURL(join(root, 'dist', path)).href;

interface ChildResult {
  workers: number;
  mode: string;
  read: number;
  stored: number;
  failed: number;
  seconds: number;
  articlesPerSec: number;
  /** CPU time of all threads: what the work costs, whatever else the machine is doing. */
  cpuSeconds: number;
  storeSeconds: number;
  peakRssMb: number;
  loadAverage: number;
  /** CPU seconds per thread (main thread first), sampled from /proc: shows which thread limits. */
  threads: { name: string; cpuSeconds: number }[];
}

/**
 * Samples per-thread CPU time from /proc/self/task (Linux), keeping the last value seen for each
 * thread, so threads that have ended (terminated workers) still count.
 */
function threadSampler(): { stop(): { name: string; cpuSeconds: number }[] } {
  const seen = new Map<string, { name: string; ticks: number }>();
  const sample = () => {
    let tids: string[] = [];
    try {
      tids = readdirSync('/proc/self/task');
    } catch {
      return;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
        const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
        seen.set(tid, { name: tid === String(process.pid) ? 'main' : name, ticks });
      } catch {}
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop() {
      sample();
      clearInterval(timer);
      const hz = 100;
      return [...seen.values()]
        .map((t) => ({ name: t.name, cpuSeconds: +(t.ticks / hz).toFixed(2) }))
        .filter((t) => t.cpuSeconds >= 0.1)
        .sort((a, b) => (a.name === 'main' ? -1 : b.name === 'main' ? 1 : b.cpuSeconds - a.cpuSeconds));
    },
  };
}

async function child(): Promise<void> {
  const { readInputs } = await import(dist('ingest/index.js'));
  const { runIngest } = await import(dist('run/index.js'));
  const { openSqliteStore } = await import(dist('store/sqlite/index.js'));
  const workers = Number(values.workers);
  const store = openSqliteStore(values.db);
  const pipelineModule =
    values.pipeline === 'text' ? pathToFileURL(join(root, 'bench', 'text-pipeline.mjs')).href : undefined;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const sampler = threadSampler();
  const s = await runIngest(readInputs([values.corpus]), store, {
    workers,
    batchSize: Number(values.batch),
    pipelineModule,
    inProcessBelow: 0,
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const threads = sampler.stop();
  await store.close();
  const result: ChildResult = {
    workers: s.workers,
    mode: s.mode,
    read: s.read,
    stored: s.stored,
    failed: s.failed,
    seconds: +seconds.toFixed(2),
    articlesPerSec: +(s.read / seconds).toFixed(1),
    cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    storeSeconds: +(s.storeMs / 1000).toFixed(2),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    loadAverage: +loadavg()[0].toFixed(1),
    threads,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'run', 'worker.js'))) {
    console.error('bench/ingest: build first (npm run build)');
    process.exit(2);
  }
  const goldDir = [resolve(root, '../shared/gold/dev'), '/work/shared/gold/dev'].find((d) => existsSync(d));
  if (!goldDir) throw new Error('cannot find shared/gold/dev');
  const { buildCorpus } = await import(pathToFileURL(join(root, 'bench', 'corpus.mjs')).href);
  const corpus: string = buildCorpus(goldDir, out, Number(values.articles));
  mkdirSync(out, { recursive: true });
  console.log(`corpus ${corpus}, pipeline: ${values.pipeline}, batch ${values.batch}`);
  for (const workers of values.workers.split(',').map(Number)) {
    const db = join(out, `ingest-bench-${workers}.db`);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    const r = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--child',
        '--workers',
        String(workers),
        '--corpus',
        corpus,
        '--db',
        db,
        '--pipeline',
        values.pipeline,
        '--batch',
        values.batch,
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exit(1);
    }
    const res = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildResult;
    console.log(
      `workers ${String(workers).padEnd(2)} (${res.mode.padEnd(10)}) ${res.stored}/${res.read} stored, ` +
        `${res.seconds.toFixed(2)} s, ${res.articlesPerSec} articles/s, CPU ${res.cpuSeconds} s ` +
        `(store ${res.storeSeconds} s), peak RSS ${res.peakRssMb} MB, load ${res.loadAverage}`,
    );
    console.log(`    CPU by thread: ${res.threads.map((t) => `${t.name} ${t.cpuSeconds} s`).join(', ')}`);
  }
}

if (values.child) await child();
else await main();
