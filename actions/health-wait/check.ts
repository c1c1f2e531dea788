import { stat } from 'node:fs/promises';
import { hostCandidates, isLoopback } from '../../shared/probes/address.js';
import { checkHttpResponse } from '../../shared/probes/expect.js';
import { isTlsVerificationError, probeHttp } from '../../shared/probes/http.js';
import { probeTcp } from '../../shared/probes/tcp.js';
import type { HttpSettings } from './settings.js';
import type { Target } from './targets.js';

/** What one poll of a target found. */
export interface CheckOutcome {
  /** The target passes its health check (up). */
  pass: boolean;
  /** `ECONNREFUSED 127.0.0.1:8080`, `status 503 (expected 200-299)`, `status 200`, `exists`, … */
  detail: string;
  /** Nothing listens yet: the cheap connect poll can go on at a fast pace. */
  closed: boolean;
  status?: number;
  /** The probe ran out of time (no verdict about the target when its time was cut short by the deadline). */
  timedOut?: boolean;
  /** Probes made by this poll (a connect check, a request or both). */
  probes: number;
  requests: number;
  /** A redirect led to this other origin; credential headers were not sent there. */
  leftOrigin?: string;
}

/** Polls one target: connect checks while the port is closed, then full HTTP checks. */
export class TargetChecker {
  private portOpen = false;
  private address: string | undefined;
  private loopback: boolean | undefined;

  constructor(
    readonly target: Target,
    private readonly http: HttpSettings,
  ) {}

  /** Whether a refused connection here is cheap enough to poll every few milliseconds. */
  async isLocal(): Promise<boolean> {
    if (this.loopback === undefined) {
      const host =
        this.target.kind === 'http'
          ? this.target.url.hostname
          : this.target.kind === 'tcp'
            ? this.target.host
            : '';
      try {
        this.loopback = host === '' || (await hostCandidates(host)).every(isLoopback);
      } catch {
        this.loopback = false;
      }
    }
    return this.loopback;
  }

  async check(timeoutMs: number, signal: AbortSignal): Promise<CheckOutcome> {
    switch (this.target.kind) {
      case 'file':
        return this.checkFile(this.target.path);
      case 'unix':
        return this.checkConnect({ path: this.target.path }, timeoutMs, signal);
      case 'tcp':
        return this.checkConnect({ host: this.target.host, port: this.target.port }, timeoutMs, signal);
      case 'http':
        return this.checkHttp(this.target.url, timeoutMs, signal);
    }
  }

  private async checkFile(path: string): Promise<CheckOutcome> {
    try {
      const info = await stat(path);
      return {
        pass: true,
        detail: info.isDirectory() ? 'directory exists' : 'file exists',
        closed: false,
        probes: 1,
        requests: 0,
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      return { pass: false, detail: `${code} ${path}`, closed: code === 'ENOENT', probes: 1, requests: 0 };
    }
  }

  private async checkConnect(
    where: { host?: string; port?: number; path?: string },
    timeoutMs: number,
    signal: AbortSignal,
  ): Promise<CheckOutcome> {
    const result = await probeTcp(where, { timeoutMs, signal });
    const detail = result.ok ? `accepting connections on ${result.address}` : result.error!;
    const closed = !result.ok && (result.code === 'ECONNREFUSED' || result.code === 'ENOENT');
    return { pass: result.ok, detail, closed, timedOut: result.code === 'ETIMEDOUT', probes: 1, requests: 0 };
  }

  private async checkHttp(url: URL, timeoutMs: number, signal: AbortSignal): Promise<CheckOutcome> {
    let probes = 0;
    if (!this.portOpen) {
      const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
      const connect = await probeTcp({ host: url.hostname, port }, { timeoutMs, signal });
      probes++;
      if (!connect.ok) {
        const closed = connect.code === 'ECONNREFUSED';
        const timedOut = connect.code === 'ETIMEDOUT';
        return { pass: false, detail: connect.error!, closed, timedOut, probes, requests: 0 };
      }
      this.portOpen = true;
      this.address = connect.address;
    }
    const response = await probeHttp(url.toString(), {
      method: this.http.method,
      headers: this.http.headers,
      timeoutMs,
      signal,
      followRedirects: this.http.followRedirects,
      insecure: this.http.insecure,
      ca: this.http.ca,
      preferAddress: this.address,
      secretHeaders: this.http.secretHeaders,
    });
    probes++;
    if (!response.connected) this.portOpen = false;
    let failure = checkHttpResponse(response, {
      status: this.http.expectStatus,
      body: this.http.expectBody,
      json: this.http.expectJson,
    });
    if (isTlsVerificationError(response.code)) failure += '; trust it with ca-cert (or insecure: true)';
    const left = response.leftOrigin
      ? ` (redirected to ${response.leftOrigin}${response.droppedHeaders?.length ? `, without ${response.droppedHeaders.join(', ')}` : ''})`
      : '';
    return {
      pass: failure === undefined,
      detail: `${failure ?? `status ${response.status}`}${left}`,
      ...(response.leftOrigin ? { leftOrigin: response.leftOrigin } : {}),
      closed: false,
      status: response.status,
      probes,
      timedOut: response.code === 'ETIMEDOUT',
      requests: 1,
    };
  }
}
