import { describe, expect, it } from 'vitest';
import { startAll } from './pool.js';

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
