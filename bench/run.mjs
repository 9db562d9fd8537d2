#!/usr/bin/env node
// Sitrep's benchmark (`npm run bench`): throughput per component and end to end, peak memory,
// start-up time, and wink-nlp's bare tokenisation + POS as the floor to compare with.
// It runs the compiled code in dist/ (built by `npm run bench` first), on a generated corpus.
// Options: --articles N (default 5000), --quick (1000 articles, fewer repeats).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', '.out');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const count = Number(args[args.indexOf('--articles') + 1]) || (quick ? 1000 : 5000);
const goldDir = [resolve(root, '../shared/gold/dev'), resolve('../shared/gold/dev')].find((d) =>
  existsSync(d),
);
if (!goldDir) {
  console.error('bench: cannot find ../shared/gold/dev, which the corpus is built from');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const results = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  rows: [],
};
const row = (name, articles, seconds, tokens, note = '') => {
  const r = {
    name,
    articles,
    seconds: +seconds.toFixed(3),
    articlesPerSec: +(articles / seconds).toFixed(1),
  };
  if (tokens) r.tokensPerSec = Math.round(tokens / seconds);
  if (note) r.note = note;
  results.rows.push(r);
  console.log(
    `${name.padEnd(34)} ${String(articles).padStart(6)} art ${seconds.toFixed(2).padStart(7)} s ${r.articlesPerSec.toFixed(0).padStart(7)} art/s${r.tokensPerSec ? ` ${String(r.tokensPerSec).padStart(9)} tok/s` : ''} ${note}`,
  );
};

const corpusFile = buildCorpus(goldDir, out, count);
const records = readFileSync(corpusFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const words = records.reduce((n, r) => n + r.text.split(/\s+/).length, 0);
console.log(
  `corpus: ${records.length} articles, ${Math.round(words / records.length)} words each on average (${corpusFile})\n`,
);

// 1. The floor: wink-nlp alone, tokens and POS, nothing else.
{
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model, ['sbd', 'pos']);
  let tokens = 0;
  const t0 = performance.now();
  for (const r of records) tokens += nlp.readDoc(r.text).tokens().out(nlp.its.pos).length;
  row('floor: wink-nlp tokens+POS', records.length, (performance.now() - t0) / 1000, tokens);
  results.floorTokens = tokens;
}

// 2. Reading + text layer only (the foundation's figure), then the full pipeline per component.
const { readJsonlLine } = await import(join(root, 'dist/ingest/index.js'));
const { Pipeline, createPipeline } = await import(join(root, 'dist/pipeline.js'));
const { textLayer } = await import(join(root, 'dist/text/index.js'));
{
  const sample = records.slice(0, Math.min(1000, records.length));
  const text = new Pipeline([textLayer()]);
  let tokens = 0;
  const t0 = performance.now();
  for (const r of sample) {
    const o = readJsonlLine(JSON.stringify(r), 'bench');
    if (o.ok) tokens += text.run(o.doc).layers.tokens.length;
  }
  row('read + text layer', sample.length, (performance.now() - t0) / 1000, tokens);
}
{
  const t0 = performance.now();
  const pipeline = createPipeline();
  results.pipelineLoadMs = Math.round(performance.now() - t0);
  console.log(`\npipeline build (knowledge loaded once): ${results.pipelineLoadMs} ms`);
  const timings = new Map();
  let tokens = 0;
  let readMs = 0;
  const t1 = performance.now();
  for (const r of records) {
    const tr = performance.now();
    const o = readJsonlLine(JSON.stringify(r), 'bench');
    readMs += performance.now() - tr;
    if (o.ok) tokens += pipeline.run(o.doc, timings).layers.tokens?.length ?? 0;
  }
  const total = (performance.now() - t1) / 1000;
  row('  read (JSONL reader)', records.length, readMs / 1000, tokens);
  for (const [name, ms] of timings) row(`  component ${name}`, records.length, ms / 1000, tokens);
  // The syntax component parses lazily: the events component asks for the sentences it needs, so the
  // parser's time is counted in the events row.
  console.log('  (syntax parses on demand: its time is in the events row)');
  row('extract, one thread (all components)', records.length, total, tokens);
  const floor = results.rows.find((r) => r.name.startsWith('floor'));
  results.extractVsFloor = +(tokens / total / floor.tokensPerSec).toFixed(3);
  console.log(`full extraction = ${results.extractVsFloor} x the wink-nlp floor (target >= 0.2)`);
}

// 3. End to end: `sitrep ingest` into SQLite with worker threads, peak RSS of that process.
function runMeasured(cmd, argv) {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let peakKb = 0;
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, +m[1]);
      } catch {}
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      done({ code, seconds: (performance.now() - t0) / 1000, peakMb: Math.round(peakKb / 1024), stderr });
    });
  });
}
{
  const db = join(out, 'bench.db');
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const r = await runMeasured(process.execPath, [
    join(root, 'bin/sitrep.mjs'),
    'ingest',
    corpusFile,
    '--db',
    db,
  ]);
  if (r.code !== 0 && r.code !== null) console.log(`ingest exited ${r.code}: ${r.stderr.slice(-500)}`);
  row('ingest into SQLite (workers)', records.length, r.seconds, 0, `peak RSS ${r.peakMb} MB`);
  results.ingestPeakRssMb = r.peakMb;
}

// 4. Start-up: one article through `sitrep extract`, median of several runs.
{
  const seed = [resolve(root, '../shared/articles/000_f64cab7d3e2a07c0.txt')].find((f) => existsSync(f));
  const times = [];
  for (let i = 0; i < (quick ? 3 : 5); i++) {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin/sitrep.mjs'), 'extract', seed, '--format', 'record'],
      { cwd: root },
    );
    if (r.status !== 0) console.log(`extract exited ${r.status}: ${String(r.stderr).slice(-300)}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  results.startupMs = Math.round(times[times.length >> 1]);
  console.log(
    `\nstart-up, sitrep extract on one article: ${results.startupMs} ms (median of ${times.length}; target < 1500)`,
  );
}

// 5. Knowledge loading, each in a fresh process so memory is its own.
{
  const probe = join(root, 'bench', 'load-probe.mjs');
  const r = spawnSync(process.execPath, ['--expose-gc', probe], { cwd: root, encoding: 'utf8' });
  if (r.status === 0) {
    results.loading = JSON.parse(r.stdout);
    for (const [name, v] of Object.entries(results.loading))
      console.log(
        `load ${name.padEnd(12)} ${String(v.ms).padStart(5)} ms  +${v.heapMb} MB heap, +${v.rssMb} MB RSS${
          v.fromIndex === undefined
            ? ''
            : v.fromIndex
              ? ' (prebuilt index)'
              : ' (TSV files: the index is stale or missing)'
        }`,
      );
  } else console.log(`load probe failed: ${r.stderr.slice(-400)}`);
}

results.peakRssMbThisProcess = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`peak RSS of the benchmark process: ${results.peakRssMbThisProcess} MB`);
writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults: ${join(out, 'results.json')}`);
