import { describe, expect, it } from 'vitest';
import { newDocument } from '../ingest/new-document.js';
import { siblingModule } from './pipeline-module.js';
import { startAll, workerPool } from './pool.js';

describe('startAll', () => {
  it('returns everything it started when all start', async () => {
    let n = 0;
    const stopped: number[] = [];
    const got = await startAll(
      3,
      async () => ++n,
      async (k) => stopped.push(k),
    );
    expect(got).toEqual([1, 2, 3]);
    expect(stopped).toEqual([]);
  });

  it('stops the ones that started when one fails, and throws that failure', async () => {
    let n = 0;
    const stopped: number[] = [];
    const start = async () => {
      const k = ++n;
      if (k === 2) throw new Error('worker 2 did not start');
      return k;
    };
    await expect(startAll(3, start, async (k) => stopped.push(k))).rejects.toThrow('worker 2 did not start');
    expect(stopped.sort()).toEqual([1, 3]);
  });
});

describe('workerPool', () => {
  it('replaces a worker that runs out of heap: only that document fails', async () => {
    const spec = { pipelineModule: siblingModule('./fixture-pipeline'), drop: ['tokens'], heapMb: 64 };
    const pool = await workerPool(1, spec);
    try {
      const doc = (text: string) => newDocument({ text, meta: { origin: 'x.txt' } });
      await expect(pool.process(doc('Headline\n\nEXHAUST-HEAP now.'))).rejects.toThrow();
      const after = await pool.process(doc('Headline\n\nThe council met today.'));
      expect(after.layers.sentences?.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
