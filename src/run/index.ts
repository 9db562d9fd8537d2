/**
 * The batch runner: read outcomes in, annotated documents stored, one summary out.
 *
 *   main thread: read inputs -> hand documents to the pool -> put them back in input order
 *                -> write batches of N to the store (one transaction each)
 *   workers:     run the pipeline on each document
 *
 * Results do not depend on which worker finished first: documents are reordered to input order
 * before they are batched, so the same inputs always make the same batches (and, with duplicates,
 * the same copy is kept).
 *
 * A failed batch write rolls back that batch only (earlier batches are committed); the runner then
 * retries its documents one by one so a single bad document costs only itself.
 *
 * Small inputs run in-process: starting workers (each loads the language model) costs about a
 * second, more than annotating a few dozen articles. The runner reads ahead up to
 * `inProcessBelow` documents and only starts workers when the input is at least that long.
 */
import { availableParallelism } from 'node:os';
import type { InputError, ReadOutcome } from '../ingest/types.js';
import type { Document } from '../model/document.js';
import type { Store } from '../store/store.js';
import { defaultPipelineModule } from './pipeline-module.js';
import { type PipelinePool, startPool } from './pool.js';

/** Why an input was not stored: a reader error, or a failure in the pipeline or the store. */
export interface RunFailure {
  code: InputError['code'] | 'E_PIPELINE' | 'E_STORE';
  origin: string;
  message: string;
  hint: string;
}

export interface RunProgress {
  read: number;
  stored: number;
  duplicates: number;
  updated: number;
  failed: number;
  elapsedMs: number;
}

export interface RunOptions {
  /** Worker threads for the pipeline; 0 runs it in this thread. Default: 2, or 1 on a one-core machine. */
  workers?: number;
  /** Documents per store transaction. Default 100. */
  batchSize?: number;
  /** Inputs with fewer documents than this run in-process. Default 32. */
  inProcessBelow?: number;
  /** Module URL exporting `createPipeline()` or `defaultPipeline()`; default the project's pipeline. */
  pipelineModule?: string;
  /** Keep the token layer on the documents handed to the store (default false: see SqliteStoreOptions). */
  keepTokens?: boolean;
  onProgress?: (progress: RunProgress) => void;
}

export interface RunSummary extends RunProgress {
  /** Time the main thread spent in store writes (the part workers cannot share). */
  storeMs: number;
  failures: RunFailure[];
  mode: PipelinePool['mode'];
  workers: number;
  /** Why workers were not used although asked for. */
  note: string | null;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

const originOf = (doc: Document) => doc.meta.origin ?? doc.id;

export async function runIngest(
  inputs: AsyncIterable<ReadOutcome> | Iterable<ReadOutcome>,
  store: Store,
  options: RunOptions = {},
): Promise<RunSummary> {
  const started = Date.now();
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const requestedWorkers = options.workers ?? defaultWorkers();
  const threshold = options.inProcessBelow ?? 32;
  const failures: RunFailure[] = [];
  const counts = { read: 0, stored: 0, duplicates: 0, updated: 0 };
  const progress = (): RunProgress => ({
    ...counts,
    failed: failures.length,
    elapsedMs: Date.now() - started,
  });

  // Read ahead to decide between in-process and workers.
  const iterator =
    Symbol.asyncIterator in inputs
      ? (inputs as AsyncIterable<ReadOutcome>)[Symbol.asyncIterator]()
      : (inputs as Iterable<ReadOutcome>)[Symbol.iterator]();
  const head: ReadOutcome[] = [];
  let ended = false;
  let headDocs = 0;
  while (headDocs < threshold) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    if (next.value.ok) headDocs++;
  }
  const pool = await startPool(ended ? 0 : requestedWorkers, {
    pipelineModule: options.pipelineModule ?? defaultPipelineModule(),
    drop: options.keepTokens ? [] : ['tokens'],
  });

  // ---- writing: batches in input order, one write at a time
  let batch: Document[] = [];
  let writing: Promise<void> = Promise.resolve();
  let storeMs = 0;
  const put = async (docs: Document[]) => {
    const result = await store.putDocuments(docs);
    counts.stored += result.stored;
    counts.duplicates += result.duplicates;
    counts.updated += result.updated;
  };
  const write = async (docs: Document[]) => {
    const t0 = performance.now();
    try {
      await put(docs);
    } catch {
      // The batch was rolled back whole; find the culprit(s) by storing one at a time.
      for (const doc of docs) {
        try {
          await put([doc]);
        } catch (err) {
          failures.push({
            code: 'E_STORE',
            origin: originOf(doc),
            message: `could not store the document: ${(err as Error).message}`,
            hint: 'the rest of the batch was stored; report this as a bug with the input',
          });
        }
      }
    }
    storeMs += performance.now() - t0;
    options.onProgress?.(progress());
  };
  const flushBatch = (force: boolean) => {
    while (batch.length >= batchSize || (force && batch.length > 0)) {
      const docs = batch.slice(0, batchSize);
      batch = batch.slice(docs.length);
      writing = writing.then(() => write(docs));
    }
  };

  // ---- reordering: results come back in any order, leave in input order
  const done = new Map<number, Document | null>();
  let nextOut = 0;
  const complete = (seq: number, doc: Document | null) => {
    done.set(seq, doc);
    while (done.has(nextOut)) {
      const d = done.get(nextOut)!;
      done.delete(nextOut++);
      if (d) batch.push(d);
    }
    flushBatch(false);
  };

  // ---- dispatching, with a bound on documents in flight so memory stays flat on big inputs
  const maxInFlight = pool.mode === 'workers' ? pool.size * 8 : 1;
  const inFlight = new Set<Promise<void>>();
  let seq = 0;
  const dispatch = async (outcome: ReadOutcome) => {
    counts.read++;
    const mine = seq++;
    if (!outcome.ok) {
      failures.push(outcome.error);
      complete(mine, null);
      return;
    }
    const task = pool.process(outcome.doc).then(
      (doc) => complete(mine, doc),
      (err: Error) => {
        failures.push({
          code: 'E_PIPELINE',
          origin: originOf(outcome.doc),
          message: `the pipeline failed: ${err.message.split('\n')[0]}`,
          hint: 'the other inputs were processed; report this as a bug with the input',
        });
        complete(mine, null);
      },
    );
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    if (counts.read % 50 === 0) options.onProgress?.(progress());
  };

  try {
    for (const outcome of head) await dispatch(outcome);
    if (!ended) {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        await dispatch(next.value);
      }
    }
    await Promise.all(inFlight);
    flushBatch(true);
    await writing;
  } finally {
    await pool.close();
  }
  const summary: RunSummary = {
    ...progress(),
    storeMs: Math.round(storeMs),
    failures,
    mode: pool.mode,
    workers: pool.size,
    note: pool.note,
  };
  options.onProgress?.(summary);
  return summary;
}
