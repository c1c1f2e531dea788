import type { LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { describeSystemError } from '../errors.js';
import { looksLikeCredential } from '../mask.js';
import { oneLine } from '../one-line.js';
import { abortReason } from '../retry.js';
import { setTimer } from '../timer.js';
import { displayUrl } from '../url-credentials.js';
import { hostCandidates } from './address.js';

export interface HttpProbeOptions {
  method?: string;
  headers?: ReadonlyArray<readonly [string, string]>;
  /** Whole exchange: connect, headers and body. */
  timeoutMs: number;
  signal?: AbortSignal;
  followRedirects?: boolean;
  maxRedirects?: number;
  /** Extra trusted CA (PEM); the system roots stay trusted. */
  ca?: string;
  insecure?: boolean;
  /** Bytes of body kept for matching; the rest is not read. */
  maxBodyBytes?: number;
  /** Try this address first (learned from a TCP probe). */
  preferAddress?: string;
  /**
   * Header names (any case) that carry credentials besides Authorization, Cookie, Proxy-Authorization and
   * the names and values `looksLikeCredential` knows: never sent past a redirect that leaves the origin.
   */
  secretHeaders?: readonly string[];
}

export interface HttpProbeResult {
  status?: number;
  headers?: IncomingHttpHeaders;
  body?: string;
  /** The URL that answered (after redirects). */
  url: string;
  error?: string;
  code?: string;
  /** Whether any connection was made (false: refused, DNS, timeout before connect). */
  connected: boolean;
  durationMs: number;
  /** The first origin a redirect led to that is not the URL's own (scheme, host and port). */
  leftOrigin?: string;
  /** Credential headers not sent after the redirect left the origin. */
  droppedHeaders?: string[];
}

/** Headers that always carry credentials, whatever their value. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);

function isCredentialHeader(name: string, value: string, secret: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  return CREDENTIAL_HEADERS.has(lower) || secret.has(lower) || looksLikeCredential(name, value);
}

const TLS_HINTS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in the chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate issuer unknown',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate issuer unknown',
  CERT_HAS_EXPIRED: 'certificate expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificate does not match the host name',
};

/** `TLS: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)` for certificate errors, else the system error. */
export function describeHttpError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && TLS_HINTS[code]) return `TLS: ${TLS_HINTS[code]} (${code})`;
  return describeSystemError(error);
}

export function isTlsVerificationError(code: string | undefined): boolean {
  return code !== undefined && code in TLS_HINTS;
}

class ProbeTimeout extends Error {
  readonly code = 'ETIMEDOUT';
}

/**
 * One HTTP exchange (plus redirects) bounded by `timeoutMs`. Rejects only when `signal` aborts.
 * A redirect that leaves the origin (another scheme, host or port, https → http included) drops the
 * credential headers for the rest of the exchange, as curl and browsers do; a redirect to anything but
 * http(s) is a failed exchange that says so.
 */
export async function probeHttp(url: string, options: HttpProbeOptions): Promise<HttpProbeResult> {
  const started = performance.now();
  const deadline = Date.now() + options.timeoutMs;
  const maxRedirects = options.followRedirects === false ? 0 : (options.maxRedirects ?? 10);
  const origin = new URL(url);
  const secret = new Set((options.secretHeaders ?? []).map((name) => name.toLowerCase()));
  let current = origin;
  let headers = options.headers;
  let method = (options.method ?? 'GET').toUpperCase();
  let connected = false;
  let leftOrigin: string | undefined;
  let droppedHeaders: string[] | undefined;
  const result = (exchange: Omit<HttpProbeResult, 'url' | 'durationMs'>, at: URL): HttpProbeResult => ({
    ...exchange,
    url: displayUrl(at.toString()),
    connected,
    durationMs: Math.round(performance.now() - started),
    ...(leftOrigin ? { leftOrigin, droppedHeaders } : {}),
  });
  for (let redirects = 0; ; redirects++) {
    const exchange = await requestOnce(current, method, {
      ...options,
      headers,
      timeoutMs: deadline - Date.now(),
    });
    connected ||= exchange.connected;
    const location = exchange.headers?.location;
    const status = exchange.status ?? 0;
    if (exchange.error || status < 300 || status > 399 || !location || redirects >= maxRedirects) {
      return result(exchange, current);
    }
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      return result(
        { ...exchange, error: `status ${status} redirects to an invalid URL`, code: 'EREDIRECT' },
        current,
      );
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      const shown = oneLine(displayUrl(next.toString())).slice(0, 200);
      return result(
        {
          ...exchange,
          error: `status ${status} redirects to ${shown}: only http and https redirects are followed`,
          code: 'EREDIRECT',
        },
        current,
      );
    }
    if (next.origin !== origin.origin && leftOrigin === undefined) {
      leftOrigin = next.origin;
      const kept = (headers ?? []).filter(([name, value]) => !isCredentialHeader(name, value, secret));
      droppedHeaders = (headers ?? [])
        .filter(([name, value]) => isCredentialHeader(name, value, secret))
        .map(([name]) => name);
      headers = kept;
    }
    current = next;
    if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) method = 'GET';
  }
}

async function requestOnce(
  url: URL,
  method: string,
  options: HttpProbeOptions,
): Promise<Omit<HttpProbeResult, 'url' | 'durationMs'>> {
  if (options.signal?.aborted) throw abortReason(options.signal);
  if (options.timeoutMs <= 0)
    return { error: 'no time left for the request', code: 'ETIMEDOUT', connected: false };
  const maxBody = options.maxBodyBytes ?? 64 * 1024;
  let candidates: string[];
  try {
    candidates = await hostCandidates(url.hostname);
  } catch (error) {
    return {
      error: describeSystemError(error),
      code: (error as NodeJS.ErrnoException).code,
      connected: false,
    };
  }
  if (options.preferAddress && candidates.includes(options.preferAddress)) {
    candidates = [
      options.preferAddress,
      ...candidates.filter((address) => address !== options.preferAddress),
    ];
  }
  const lookup = (
    _host: string,
    lookupOptions: { all?: boolean },
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    const entries = candidates.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if (lookupOptions.all) callback(null, entries);
    else callback(null, entries[0]!.address, entries[0]!.family);
  };
  const isHttps = url.protocol === 'https:';
  const headers: Record<string, string> = { 'user-agent': 'ci-kit', 'accept-encoding': 'identity' };
  for (const [name, value] of options.headers ?? []) headers[name.toLowerCase()] = value;

  return new Promise((resolve, reject) => {
    let connected = false;
    let settled = false;
    let phase: 'connect' | 'response' | 'body' = 'connect';
    const finish = (result: Omit<HttpProbeResult, 'url' | 'durationMs'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      request.destroy();
      resolve(result);
    };
    const onAbort = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(abortReason(options.signal!));
    };
    const transport = isHttps ? https : http;
    const requestOptions: https.RequestOptions & { autoSelectFamily?: boolean } = {
      method,
      headers,
      agent: false,
      lookup: lookup as never,
      autoSelectFamily: candidates.length > 1,
      ...(isHttps
        ? {
            rejectUnauthorized: !options.insecure,
            ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}),
          }
        : {}),
    };
    const request = transport.request(url, requestOptions);
    const timer = setTimer(() => {
      const message =
        phase === 'connect'
          ? `connect timeout after ${options.timeoutMs}ms`
          : phase === 'response'
            ? `no response within ${options.timeoutMs}ms`
            : `body not complete within ${options.timeoutMs}ms`;
      const error = new ProbeTimeout(message);
      finish({ error: message, code: error.code, connected });
    }, options.timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    request.on('socket', (socket) => {
      socket.once(isHttps ? 'secureConnect' : 'connect', () => {
        connected = true;
        phase = 'response';
      });
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish({ error: describeHttpError(error), code: error.code, connected });
    });
    request.on('response', (response) => {
      connected = true;
      phase = 'body';
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (): void =>
        finish({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          connected,
        });
      response.on('data', (chunk: Buffer) => {
        if (size >= maxBody) return;
        chunks.push(chunk.subarray(0, maxBody - size));
        size += chunk.length;
        if (size >= maxBody) done();
      });
      response.on('end', done);
      response.on('error', (error: NodeJS.ErrnoException) =>
        finish({ status: response.statusCode, error: describeHttpError(error), code: error.code, connected }),
      );
    });
    request.end();
  });
}
