import { connect, type Socket } from 'node:net';
import { describeSystemError } from '../errors.js';
import { abortReason } from '../retry.js';
import { setTimer } from '../timer.js';
import { formatHostPort, hostCandidates } from './address.js';

export interface TcpProbeResult {
  ok: boolean;
  /** The address that accepted the connection. */
  address?: string;
  error?: string;
  /** `ECONNREFUSED`, `ETIMEDOUT`, … of the first failure. */
  code?: string;
  durationMs: number;
}

export interface TcpTarget {
  host?: string;
  port?: number;
  /** A unix socket path instead of host/port. */
  path?: string;
}

class ConnectTimeout extends Error {
  readonly code = 'ETIMEDOUT';
}

/**
 * Opens (and at once closes) a connection. Every candidate address is tried at the same time;
 * the first to accept wins. Rejects only when `signal` aborts.
 */
export async function probeTcp(
  target: TcpTarget,
  options: { timeoutMs: number; signal?: AbortSignal; candidates?: string[] },
): Promise<TcpProbeResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  if (options.signal?.aborted) throw abortReason(options.signal);
  let addresses: string[];
  try {
    addresses = target.path
      ? [target.path]
      : (options.candidates ?? (await hostCandidates(target.host ?? 'localhost')));
  } catch (error) {
    return {
      ok: false,
      error: describeSystemError(error),
      code: (error as NodeJS.ErrnoException).code,
      durationMs: elapsed(),
    };
  }
  const sockets: Socket[] = [];
  const attempts = addresses.map(
    (address) =>
      new Promise<string>((resolve, reject) => {
        const socket = target.path
          ? connect({ path: address })
          : connect({ host: address, port: target.port! });
        sockets.push(socket);
        socket.once('connect', () => resolve(address));
        socket.once('error', (error: NodeJS.ErrnoException) => {
          if (target.path && !('address' in error)) Object.assign(error, { address });
          reject(error);
        });
      }),
  );
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimer(() => {
      const where = target.path ?? formatHostPort(addresses[0]!, target.port!);
      reject(new ConnectTimeout(`connect timeout after ${options.timeoutMs}ms to ${where}`));
    }, options.timeoutMs);
    onAbort = () => reject(abortReason(options.signal!));
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const address = await Promise.race([Promise.any(attempts), stop]);
    return { ok: true, address, durationMs: elapsed() };
  } catch (error) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    const first = Array.isArray((error as AggregateError).errors)
      ? (error as AggregateError).errors[0]
      : error;
    return {
      ok: false,
      error: describeSystemError(error),
      code: (first as NodeJS.ErrnoException)?.code,
      durationMs: elapsed(),
    };
  } finally {
    clearTimeout(timer);
    if (onAbort) options.signal?.removeEventListener('abort', onAbort);
    for (const socket of sockets) socket.destroy();
    for (const attempt of attempts) attempt.catch(() => {});
  }
}
