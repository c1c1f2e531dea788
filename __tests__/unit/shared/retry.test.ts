import { describe, expect, it } from '@jest/globals';
import { AbortedError } from '../../../shared/errors.js';
import { Backoff, Deadline, retry, sleep } from '../../../shared/retry.js';

describe('Backoff', () => {
  it('doubles from the initial delay up to the cap', () => {
    const backoff = new Backoff({ initialMs: 50, maxMs: 300 });
    expect([1, 2, 3, 4, 5].map(() => backoff.next())).toEqual([50, 100, 200, 300, 300]);
    backoff.reset();
    expect(backoff.next()).toBe(50);
  });

  it('applies jitter downwards only', () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 100, jitter: 0.5, random: () => 1 });
    expect(backoff.next()).toBe(50);
  });
});

describe('Deadline', () => {
  it('reports remaining and elapsed time', () => {
    const deadline = new Deadline(1000, 10_000);
    expect(deadline.remaining(10_400)).toBe(600);
    expect(deadline.remaining(12_000)).toBe(0);
    expect(deadline.expired(11_000)).toBe(true);
    expect(deadline.elapsed(10_250)).toBe(250);
  });
});

describe('sleep', () => {
  it('rejects at once when the signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = sleep(10_000, controller.signal);
    setTimeout(() => controller.abort(new AbortedError('cancelled (SIGINT)')), 20);
    await expect(pending).rejects.toThrow('cancelled (SIGINT)');
    // Well before the 10 s sleep would end (a loaded machine may delay the abort itself).
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('retry', () => {
  it('retries until success', async () => {
    let calls = 0;
    const value = await retry(
      async () => {
        if (++calls < 3) throw new Error('not yet');
        return 'ok';
      },
      { deadline: new Deadline(5000), backoff: new Backoff({ initialMs: 1, maxMs: 5 }) },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });

  it('throws the last error at the deadline', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error(`fail ${calls}`);
        },
        { deadline: new Deadline(60), backoff: new Backoff({ initialMs: 10, maxMs: 10 }) },
      ),
    ).rejects.toThrow(/^fail \d+$/);
    expect(calls).toBeGreaterThan(1);
  });

  it('gives up at once on a permanent error', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error('permanent');
        },
        {
          deadline: new Deadline(5000),
          backoff: new Backoff({ initialMs: 1, maxMs: 1 }),
          retryIf: () => false,
        },
      ),
    ).rejects.toThrow('permanent');
    expect(calls).toBe(1);
  });
});
