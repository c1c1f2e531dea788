/**
 * Runs `work` for every item, at most `limit` at once. With `failFast`, the first failure aborts the
 * signal handed to the others and nothing new is started.
 */
export async function runPool<T, R>(
  items: readonly T[],
  options: { limit: number; failFast: boolean; signal?: AbortSignal },
  work: (item: T, signal: AbortSignal) => Promise<R>,
): Promise<Array<PromiseSettledResult<R> | undefined>> {
  const stopOthers = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stopOthers.signal]) : stopOthers.signal;
  const results: Array<PromiseSettledResult<R> | undefined> = items.map(() => undefined);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal.aborted) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await work(items[index]!, signal) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
        if (options.failFast) stopOthers.abort(new FailFastAbort());
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.limit, items.length) }, worker));
  return results;
}

/** Why a host was stopped: another host failed and `fail-fast` is on. */
export class FailFastAbort extends Error {
  override name = 'AbortError';
  constructor() {
    super('stopped: another host failed (fail-fast)');
  }
}
