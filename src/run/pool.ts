/**
 * Where documents are annotated: in this thread, or on a pool of worker threads.
 *
 * Workers are started from the compiled `dist/run/worker.js` when running from dist. When running
 * from TypeScript sources (tsx, vitest) the worker is `worker.ts`, started with tsx's loader as
 * `--import` so it can load `.ts` modules; the loader is resolved to a file URL from this package,
 * so it works whatever the working directory. If workers cannot start at all (an unusual runtime, a
 * missing loader), `startPool` falls back to the in-process pipeline and says so: slower, never wrong.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { Document } from '../model/document.js';
import { dropLayers, loadPipeline, RUNNING_FROM_SOURCE, type WorkerReply } from './pipeline-module.js';

export interface PipelinePool {
  readonly mode: 'in-process' | 'workers';
  readonly size: number;
  /** Why workers were not used, when they were asked for. */
  readonly note: string | null;
  process(doc: Document): Promise<Document>;
  close(): Promise<void>;
}

/** What to build and what to leave out of the results. */
export interface PoolSpec {
  pipelineModule: string;
  /** Layers removed from each result (see `dropLayers`). */
  drop: string[];
  /** Old-generation heap cap of each worker, MB (default WORKER_HEAP_MB; 0 = V8's own default). */
  heapMb?: number;
}

/**
 * Each worker's old-generation heap cap. A pipeline holds about 115 MB of live data (dictionaries,
 * models); left to its defaults V8 lets a worker's heap grow to twice that and more before it
 * collects, which is most of an ingest's peak memory. Near the cap V8 collects sooner instead.
 * A document that really needs more fails alone: its worker is replaced and the run goes on. (A
 * 1 MB article, 250 times the usual, still fits; on 1,000 bench articles peak RSS went 1,025 -> 680 MB.)
 */
export const WORKER_HEAP_MB = 256;

export async function inProcessPool(spec: PoolSpec, note: string | null = null): Promise<PipelinePool> {
  const pipeline = await loadPipeline(spec.pipelineModule);
  return {
    mode: 'in-process',
    size: 1,
    note,
    async process(doc) {
      return dropLayers(pipeline.run(doc), spec.drop);
    },
    async close() {},
  };
}

/**
 * A worker running TypeScript: a small bootstrap registers tsx's ESM hooks in the worker thread, then
 * imports `worker.ts`. (`execArgv: ['--import', 'tsx']` does not reach worker threads on Node 20.)
 */
function sourceWorker(spec: PoolSpec, resourceLimits?: ResourceLimits): Worker {
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = pathToFileURL(join(dirname(pkg), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: spec, resourceLimits });
}

function newWorker(spec: PoolSpec): Worker {
  const heapMb = spec.heapMb ?? WORKER_HEAP_MB;
  const resourceLimits = heapMb > 0 ? { maxOldGenerationSizeMb: heapMb } : undefined;
  return RUNNING_FROM_SOURCE
    ? sourceWorker(spec, resourceLimits)
    : new Worker(new URL('./worker.js', import.meta.url), { workerData: spec, resourceLimits });
}

interface Task {
  resolve: (doc: Document) => void;
  reject: (err: Error) => void;
  slot: Slot;
}

interface Slot {
  worker: Worker;
  busy: number;
}

/** Starts one worker and waits until its pipeline is built. */
function startWorker(spec: PoolSpec, timeoutMs: number): Promise<Worker> {
  const worker = newWorker(spec);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`worker did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      void worker.terminate();
      reject(err);
    };
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`worker exited with code ${code} while starting`)));
    worker.once('message', (msg: { ready: boolean; error?: string }) => {
      clearTimeout(timer);
      worker.removeAllListeners('error');
      worker.removeAllListeners('exit');
      if (msg.ready) resolve(worker);
      else fail(new Error(msg.error ?? 'worker failed to build its pipeline'));
    });
  });
}

/**
 * Starts `count` things at once; if any fails to start, stops those that did and throws the first
 * failure. (Left running, started workers would keep the process alive after the caller falls back
 * to the in-process pipeline.)
 */
export async function startAll<T>(
  count: number,
  start: () => Promise<T>,
  stop: (started: T) => Promise<unknown>,
): Promise<T[]> {
  const settled = await Promise.allSettled(Array.from({ length: count }, start));
  const started = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (!failed) return started;
  await Promise.all(started.map(stop));
  throw failed.reason;
}

export async function workerPool(
  size: number,
  spec: PoolSpec,
  startTimeoutMs = 60_000,
): Promise<PipelinePool> {
  const workers = await startAll(
    size,
    () => startWorker(spec, startTimeoutMs),
    (w) => w.terminate(),
  );
  const slots: Slot[] = [];
  const live = new Set<Worker>();
  const tasks = new Map<number, Task>();
  let seq = 0;
  let closing = false;
  /** Replacements being started for workers that died (see `attach`). */
  const replacing = new Set<Promise<void>>();

  const attach = (worker: Worker) => {
    const slot: Slot = { worker, busy: 0 };
    slots.push(slot);
    live.add(worker);
    slot.worker.on('message', (reply: WorkerReply) => {
      const task = tasks.get(reply.seq);
      if (!task) return;
      tasks.delete(reply.seq);
      slot.busy--;
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.doc);
    });
    // A worker that dies (a crash, or a document over its heap cap) fails the documents it held;
    // a new worker takes its place, and the others carry on meanwhile.
    let dead = false;
    const die = (err: Error) => {
      if (dead) return;
      dead = true;
      live.delete(worker);
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      for (const [key, task] of tasks) {
        if (task.slot !== slot) continue;
        tasks.delete(key);
        task.reject(err);
      }
      if (closing) return;
      const replacement = startWorker(spec, startTimeoutMs).then(
        (w) => (closing ? void w.terminate() : attach(w)),
        () => {}, // could not start: the pool goes on with fewer workers
      );
      replacing.add(replacement);
      void replacement.finally(() => replacing.delete(replacement));
    };
    slot.worker.on('error', die);
    slot.worker.on('exit', (code) => {
      if (!closing) die(new Error(`pipeline worker exited with code ${code}`));
    });
  };
  for (const worker of workers) attach(worker);

  const send = (doc: Document): Promise<Document> => {
    const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = seq++;
    slot.busy++;
    return new Promise<Document>((resolve, reject) => {
      tasks.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ seq: id, doc });
    });
  };

  return {
    mode: 'workers',
    size,
    note: null,
    async process(doc) {
      while (slots.length === 0 && replacing.size > 0) await Promise.race(replacing);
      if (slots.length === 0) throw new Error('every pipeline worker has stopped');
      return send(doc);
    },
    async close() {
      closing = true;
      await Promise.allSettled(replacing);
      await Promise.all([...live].map((w) => w.terminate()));
    },
  };
}

/**
 * A pool of `workers` threads, or the in-process pipeline when `workers` is 0 or the threads cannot
 * start (the pool's `note` then says why).
 */
export async function startPool(workers: number, spec: PoolSpec): Promise<PipelinePool> {
  if (workers <= 0) return inProcessPool(spec);
  try {
    return await workerPool(workers, spec);
  } catch (err) {
    return inProcessPool(spec, `workers unavailable (${(err as Error).message.split('\n')[0]})`);
  }
}
