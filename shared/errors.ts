/**
 * A problem the user can fix in their workflow (bad input, missing file, wrong setup).
 * Reported as one line, never with a stack trace.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The action did its job and the answer is "no" (service never became healthy, lockfile is stale, …).
 * Reported as one line; details were already logged by the action.
 */
export class ActionFailure extends Error {
  override name = 'ActionFailure';
}

/** Duck-typed, so errors from another realm (vm contexts, workers) are recognised too. */
function isErrorLike(error: unknown): error is Error {
  return typeof error === 'object' && error !== null && typeof (error as Error).message === 'string';
}

/** Thrown by waits when the step is cancelled (SIGINT/SIGTERM) or an AbortSignal fires. */
export class AbortedError extends Error {
  override name = 'AbortError';
  constructor(message = 'cancelled') {
    super(message);
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof AbortedError || (isErrorLike(error) && error.name === 'AbortError');
}

/** Errors whose message is the whole story: no stack, even with debug logging on. */
export function isExpectedError(error: unknown): error is ConfigError | ActionFailure | AbortedError {
  return error instanceof ConfigError || error instanceof ActionFailure || error instanceof AbortedError;
}

export function errorMessage(error: unknown): string {
  return isErrorLike(error) ? error.message : String(error);
}

/** Node system errors (`ECONNREFUSED 127.0.0.1:8080`) rendered the way people search for them. */
export function describeSystemError(error: unknown): string {
  if (!isErrorLike(error)) return String(error);
  const sys = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (error instanceof AggregateError || Array.isArray((error as AggregateError).errors)) {
    if ((error as AggregateError).errors.length === 0) return error.message;
    // `ECONNREFUSED 127.0.0.1:80, [::1]:80` rather than the code repeated for every address tried.
    const parts = [...new Set((error as AggregateError).errors.map((inner) => describeSystemError(inner)))];
    const code = /^\S+ /.exec(parts[0]!)?.[0];
    if (code && parts.every((part) => part.startsWith(code))) {
      return code + parts.map((part) => part.slice(code.length)).join(', ');
    }
    return parts.join(', ');
  }
  if (sys.code && sys.address) {
    const host = sys.address.includes(':') ? `[${sys.address}]` : sys.address;
    return sys.port !== undefined ? `${sys.code} ${host}:${sys.port}` : `${sys.code} ${sys.address}`;
  }
  if (sys.code && !error.message.includes(sys.code)) return `${sys.code}: ${error.message}`;
  return error.message;
}
