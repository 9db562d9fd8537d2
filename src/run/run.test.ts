import { describe, expect, it } from 'vitest';
import { newDocument } from '../ingest/new-document.js';
import type { ReadOutcome } from '../ingest/types.js';
import type { Document } from '../model/document.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';
import { runIngest } from './index.js';
import { siblingModule } from './pipeline-module.js';

const FIXTURE_PIPELINE = siblingModule('./fixture-pipeline');

const ok = (text: string, origin: string): ReadOutcome => ({
  ok: true,
  doc: newDocument({ text, meta: { origin } }),
});
const bad = (origin: string): ReadOutcome => ({
  ok: false,
  error: { code: 'E_EMPTY', origin, message: 'the file is empty', hint: 'check the file' },
});

function corpus(n: number): ReadOutcome[] {
  return Array.from({ length: n }, (_, i) =>
    ok(`Article ${i} headline\n\nThe council met on day ${i}. Members voted ${i % 7} times.`, `a${i}.txt`),
  );
}

async function* slowly(outcomes: ReadOutcome[]): AsyncIterable<ReadOutcome> {
  for (const o of outcomes) {
    await new Promise((r) => setImmediate(r));
    yield o;
  }
}

async function storedOrigins(store: Store): Promise<string[]> {
  const docs = await store.documents({ limit: 1000 });
  return docs.map((d) => `${d.id}:${d.origin}`).sort();
}

describe('runIngest', () => {
  it('runs small inputs in-process and reports reader failures without stopping', async () => {
    const store = openSqliteStore(':memory:');
    const summary = await runIngest(
      [ok('First text. Two sentences.', 'one.txt'), bad('empty.txt'), ok('Second text.', 'two.txt')],
      store,
      { workers: 2, pipelineModule: FIXTURE_PIPELINE },
    );
    expect(summary).toMatchObject({ read: 3, stored: 2, duplicates: 0, failed: 1, mode: 'in-process' });
    expect(summary.failures[0].origin).toBe('empty.txt');
    const [doc] = await store.documents({ limit: 1 });
    expect((await store.getDocument(doc.id))?.layers.sentences?.length).toBeGreaterThan(0);
    await store.close();
  });

  it('annotates on worker threads and stores the same as in-process, whatever the finishing order', async () => {
    const inputs = [
      ...corpus(60),
      ok('Article 3 headline\n\nThe council met on day 3. Members voted 3 times.', 'copy.txt'),
    ];
    const viaWorkers = openSqliteStore(':memory:');
    const w = await runIngest(slowly(inputs), viaWorkers, {
      workers: 2,
      batchSize: 7,
      inProcessBelow: 10,
      pipelineModule: FIXTURE_PIPELINE,
    });
    expect(w).toMatchObject({ mode: 'workers', workers: 2, read: 61, stored: 60, duplicates: 1, failed: 0 });
    const inProcess = openSqliteStore(':memory:');
    const p = await runIngest(inputs, inProcess, {
      workers: 0,
      batchSize: 5,
      pipelineModule: FIXTURE_PIPELINE,
    });
    expect(p).toMatchObject({ mode: 'in-process', stored: 60, duplicates: 1 });
    expect(await storedOrigins(viaWorkers)).toEqual(await storedOrigins(inProcess));
    expect(await storedOrigins(viaWorkers)).not.toContain('copy.txt');
    const id = (await viaWorkers.documents({ limit: 1 }))[0].id;
    const a = (await viaWorkers.getDocument(id)) as Document;
    const b = (await inProcess.getDocument(id)) as Document;
    expect(a.layers.sentences).toEqual(b.layers.sentences);
    expect(a.layers.tokens).toBeUndefined();
    await viaWorkers.close();
    await inProcess.close();
  }, 60_000);

  it('fails only the document that breaks the pipeline, on workers and in-process', async () => {
    for (const workers of [2, 0]) {
      const store = openSqliteStore(':memory:');
      const inputs = [...corpus(12), ok('This one says FAIL-PIPELINE.', 'boom.txt')];
      const s = await runIngest(inputs, store, {
        workers,
        inProcessBelow: 4,
        pipelineModule: FIXTURE_PIPELINE,
      });
      expect(s).toMatchObject({ stored: 12, failed: 1 });
      expect(s.failures[0]).toMatchObject({ code: 'E_PIPELINE', origin: 'boom.txt' });
      await store.close();
    }
  }, 60_000);

  it('keeps the rest of a batch when one document cannot be stored', async () => {
    const store = openSqliteStore(':memory:');
    const picky: Store = Object.create(store);
    picky.putDocuments = (docs) =>
      docs.some((d) => d.meta.origin === 'a4.txt')
        ? Promise.reject(new Error('disk says no'))
        : store.putDocuments(docs);
    const s = await runIngest(corpus(10), picky, {
      workers: 0,
      batchSize: 4,
      pipelineModule: FIXTURE_PIPELINE,
    });
    expect(s).toMatchObject({ stored: 9, failed: 1 });
    expect(s.failures[0]).toMatchObject({ code: 'E_STORE', origin: 'a4.txt' });
    await store.close();
  });
});
