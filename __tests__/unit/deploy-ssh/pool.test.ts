import { describe, expect, it } from '@jest/globals';
import { FailFastAbort, runPool } from '../../../actions/deploy-ssh/pool.js';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

describe('deploy-ssh host pool', () => {
  it('runs at most limit items at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await runPool([1, 2, 3, 4, 5], { limit: 2, failFast: true }, async (item) => {
      running++;
      peak = Math.max(peak, running);
      await sleep(20);
      running--;
      return item * 2;
    });
    expect(peak).toBe(2);
    expect(results.map((result) => result?.status === 'fulfilled' && result.value)).toEqual([2, 4, 6, 8, 10]);
  });

  it('with fail-fast, stops the others and starts nothing new', async () => {
    const started: number[] = [];
    const results = await runPool([1, 2, 3, 4], { limit: 2, failFast: true }, async (item, signal) => {
      started.push(item);
      if (item === 1) throw new Error('boom');
      await sleep(1000, signal);
    });
    expect(started).toEqual([1, 2]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: new Error('boom') });
    expect(results[1]).toMatchObject({ status: 'rejected' });
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(FailFastAbort);
    expect(results.slice(2)).toEqual([undefined, undefined]);
  });

  it('without fail-fast, runs every item', async () => {
    const results = await runPool([1, 2, 3], { limit: 1, failFast: false }, async (item) => {
      if (item === 1) throw new Error('boom');
      return item;
    });
    expect(results.map((result) => result?.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  });
});
