import { formatDuration } from '../../shared/duration.js';
import { checkHttpResponse } from '../../shared/probes/expect.js';
import { probeHttp } from '../../shared/probes/http.js';
import { probeTcp } from '../../shared/probes/tcp.js';
import { abortReason, Backoff, type Deadline } from '../../shared/retry.js';
import type { StatusSet } from '../../shared/status-ranges.js';
import { setTimer } from '../../shared/timer.js';
import type { WaitCheck } from './checks.js';
import { type DockerCli, type Healthcheck, healthcheckCommand } from './docker.js';
import type { Endpoint, Endpoints } from './endpoints.js';
import type { ContainerWatch, DeathEvent } from './watch.js';

/** While nothing answers on a port, a refused connection costs microseconds: retry this often. */
export const CONNECT_POLL_MS = 20;
/** How often the engine is asked directly, in case the event stream lags. */
export const ENGINE_POLL_MS = 1000;

export interface CheckResult {
  check: WaitCheck;
  passed: boolean;
  /** Why it passed, or the last reason it did not yet. */
  detail: string;
  /** Milliseconds from the container start until it passed. */
  elapsedMs?: number;
}

export interface HttpExchange {
  url: string;
  status?: number;
  body?: string;
  error?: string;
}

export interface WaitOptions {
  docker: DockerCli;
  watch: ContainerWatch;
  containerId: string;
  checks: WaitCheck[];
  deadline: Deadline;
  /** `performance.now()` when the container started. */
  startedAt: number;
  stableForMs: number;
  expectStatus: StatusSet;
  expectBody?: RegExp;
  expectExitCode: number;
  healthcheck?: Healthcheck;
  endpoints: Endpoints;
  signal: AbortSignal;
  onPass?: (result: CheckResult) => void;
  /** Every HTTP answer (or error) an http check got. */
  onHttp?: (exchange: HttpExchange) => void;
}

export interface WaitOutcome {
  ready: boolean;
  results: CheckResult[];
  readyMs?: number;
  /** One line: why the container is not ready. */
  failure?: string;
  death?: DeathEvent;
  lastHttp?: HttpExchange;
}

/** A check that can never pass any more (wrong exit code, unhealthy, …). */
class CheckFailed extends Error {}
class ContainerDied extends Error {}
class TimedOut extends Error {}

function excerpt(text: string, max = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 3)}...` : oneLine || '(empty)';
}

export function describeDeath(death: DeathEvent, startedAt: number): string {
  const after = formatDuration(Math.max(0, death.ranMs ?? death.at - startedAt));
  return `container exited with code ${death.exitCode}${death.oom ? ' (OOMKilled)' : ''} after ${after}`;
}

/** Waits until every check passes, the container dies (fail fast), a check fails for good, or the deadline. */
export async function waitForReady(options: WaitOptions): Promise<WaitOutcome> {
  const results = options.checks.map<CheckResult>((check) => ({
    check,
    passed: false,
    detail: 'not checked yet',
  }));
  const http: { last?: HttpExchange } = {};
  const local = new AbortController();
  const signal = AbortSignal.any([options.signal, local.signal]);
  const timer = setTimer(() => local.abort(new TimedOut()), options.deadline.remaining());
  const waitsForExit = options.checks.some((check) => check.kind === 'exit');
  const elapsed = (): number => Math.round(performance.now() - options.startedAt);
  try {
    const all = Promise.all(
      results.map(async (result) => {
        result.detail = await runCheck(result, options, http, signal);
        result.passed = true;
        result.elapsedMs = elapsed();
        options.onPass?.(result);
      }),
    );
    const engine = watchEngine(options, signal).then(() => {
      if (!waitsForExit) throw new ContainerDied();
      return new Promise<never>(() => {});
    });
    await Promise.race([all, engine]);
    return { ready: true, results, readyMs: elapsed(), lastHttp: http.last, death: options.watch.death };
  } catch (error) {
    if (options.signal.aborted) throw abortReason(options.signal);
    const reason = local.signal.aborted ? local.signal.reason : error;
    const base = { ready: false, results, lastHttp: http.last, death: options.watch.death };
    if (reason instanceof TimedOut) {
      const pending = results.filter((result) => !result.passed);
      const what = pending.map((result) => `${result.check.raw}: ${result.detail}`).join('; ');
      return { ...base, failure: `not ready after ${formatDuration(options.deadline.totalMs)}: ${what}` };
    }
    if (reason instanceof ContainerDied) {
      const death = await confirmOom(options, options.signal);
      return { ...base, failure: `${describeDeath(death, options.startedAt)}, before it was ready` };
    }
    if (reason instanceof CheckFailed) return { ...base, failure: reason.message };
    throw error;
  } finally {
    clearTimeout(timer);
    local.abort();
  }
}

/** Resolves once the container is gone or restarted: from the event stream, or by asking the engine. */
async function watchEngine(options: WaitOptions, signal: AbortSignal): Promise<void> {
  const { watch, docker, containerId } = options;
  let lastPoll = performance.now();
  while (!watch.death) {
    await watch.changed(lastPoll + ENGINE_POLL_MS - performance.now(), signal);
    if (watch.death || performance.now() - lastPoll < ENGINE_POLL_MS) continue;
    lastPoll = performance.now();
    const info = await docker.inspectContainer(containerId, signal);
    if (!info) watch.markDead(-1, false);
    else if (!info.State.Running || info.State.Restarting || info.RestartCount > 0)
      watch.markDead(info.State.ExitCode, info.State.OOMKilled);
  }
}

async function runCheck(
  result: CheckResult,
  options: WaitOptions,
  http: { last?: HttpExchange },
  signal: AbortSignal,
): Promise<string> {
  const { check } = result;
  switch (check.kind) {
    case 'running':
      result.detail = `not up for stable-for (${formatDuration(options.stableForMs)}) yet`;
      return checkRunning(options, signal);
    case 'healthy':
      return checkHealthy(result, options, signal);
    case 'exit':
      return checkExit(options, signal);
    case 'log':
      return checkLog(check.pattern, result, options, signal);
    case 'tcp':
      return checkTcp(check.port, result, options, signal);
    case 'http':
      return checkHttp(check, result, options, http, signal);
  }
}

async function checkRunning(options: WaitOptions, signal: AbortSignal): Promise<string> {
  const until = options.startedAt + options.stableForMs;
  while (performance.now() < until) await options.watch.changed(until - performance.now(), signal);
  const info = await options.docker.inspectContainer(options.containerId, signal);
  // A stopped container is reported by the engine watch.
  if (!info?.State.Running) return new Promise(() => {});
  if (info.RestartCount > 0) throw new CheckFailed(`container restarted ${info.RestartCount} times`);
  return `still up after ${formatDuration(options.stableForMs)}`;
}

async function checkHealthy(result: CheckResult, options: WaitOptions, signal: AbortSignal): Promise<string> {
  const { healthcheck, watch, docker, containerId, deadline } = options;
  if (!healthcheck) {
    throw new CheckFailed(
      'the image has no HEALTHCHECK: wait for running, log:<regex>, tcp:<port> or http:<port>/<path> instead',
    );
  }
  // The engine's first probe comes only after the HEALTHCHECK interval (30s by default): probe sooner by hand.
  const command = healthcheckCommand(healthcheck);
  const probeTimeoutMs = healthcheck.Timeout ? healthcheck.Timeout / 1e6 : 30_000;
  const backoff = new Backoff({ initialMs: 100, maxMs: 1000, factor: 2 });
  let nextProbe = performance.now();
  for (;;) {
    if (watch.health === 'healthy') return 'HEALTHCHECK reports healthy';
    if (watch.health === 'unhealthy') {
      const info = await docker.inspectContainer(containerId, signal);
      const last = info?.State.Health?.Log?.at(-1);
      const why = last ? `: exit ${last.ExitCode}, ${excerpt(last.Output)}` : '';
      throw new CheckFailed(`HEALTHCHECK reports unhealthy${why}`);
    }
    if (performance.now() >= nextProbe) {
      const probe = await docker.exec(['exec', containerId, ...command], {
        signal,
        timeoutMs: Math.max(1, Math.min(probeTimeoutMs, deadline.remaining())),
      });
      if (probe.exitCode === 0) return 'HEALTHCHECK command passed';
      result.detail = `HEALTHCHECK command: ${probe.timedOut ? 'timed out' : `exit ${probe.exitCode}`}, ${excerpt(probe.stdout + probe.stderr, 120)}`;
      nextProbe = performance.now() + backoff.next();
    }
    await watch.changed(nextProbe - performance.now(), signal);
  }
}

/** The engine may send a container's `oom` event after its `die`: for a SIGKILL exit, its state decides. */
async function confirmOom(options: WaitOptions, signal: AbortSignal): Promise<DeathEvent> {
  const death = options.watch.death!;
  if (!death.oom && death.exitCode === 137) {
    const info = await options.docker.inspectContainer(options.containerId, signal).catch(() => undefined);
    if (info?.State.OOMKilled) death.oom = true;
  }
  return death;
}

async function checkExit(options: WaitOptions, signal: AbortSignal): Promise<string> {
  while (!options.watch.death) await options.watch.changed(ENGINE_POLL_MS, signal);
  const death = await confirmOom(options, signal);
  const { exitCode, oom } = death;
  if (exitCode !== options.expectExitCode || oom) {
    throw new CheckFailed(
      `${describeDeath(death, options.startedAt)}, expected exit code ${options.expectExitCode}`,
    );
  }
  return `exited with code ${exitCode}`;
}

/** After the container exits, its last log lines may still be on their way. */
const LOG_FLUSH_MS = 1000;

async function checkLog(
  pattern: RegExp,
  result: CheckResult,
  options: WaitOptions,
  signal: AbortSignal,
): Promise<string> {
  const { watch } = options;
  result.detail = `no log line matched /${pattern.source}/ yet`;
  for (;;) {
    const line = watch.lines.match(pattern);
    if (line !== undefined) return `log: ${excerpt(line, 120)}`;
    if (watch.death && performance.now() - watch.death.at > LOG_FLUSH_MS)
      throw new CheckFailed(`container exited without logging /${pattern.source}/`);
    await watch.changed(ENGINE_POLL_MS, signal);
  }
}

async function checkTcp(
  port: number,
  result: CheckResult,
  options: WaitOptions,
  signal: AbortSignal,
): Promise<string> {
  let target: Endpoint = options.endpoints.tcp(port);
  const backoff = new Backoff({ initialMs: 50, maxMs: 1000, factor: 2 });
  for (;;) {
    const timeoutMs = Math.max(1, Math.min(2000, options.deadline.remaining()));
    const probe = await probeTcp(target, { timeoutMs, signal });
    if (probe.ok) return `accepting connections on ${target.host}:${target.port}`;
    result.detail = probe.error ?? 'not accepting connections';
    if (probe.code !== 'ECONNREFUSED' && target.fallback) {
      // The container address is not reachable from here (rootless engine, VM): use the published port.
      target = { ...target.fallback };
      continue;
    }
    await options.watch.changed(probe.code === 'ECONNREFUSED' ? CONNECT_POLL_MS : backoff.next(), signal);
  }
}

async function checkHttp(
  check: Extract<WaitCheck, { kind: 'http' }>,
  result: CheckResult,
  options: WaitOptions,
  http: { last?: HttpExchange },
  signal: AbortSignal,
): Promise<string> {
  const target = options.endpoints.http(check.port);
  const host = target.host.includes(':') ? `[${target.host}]` : target.host;
  const url = `${check.tls ? 'https' : 'http'}://${host}:${target.port}${check.path}`;
  const backoff = new Backoff({ initialMs: 50, maxMs: 1000, factor: 2 });
  for (;;) {
    const timeoutMs = Math.max(1, Math.min(5000, options.deadline.remaining()));
    // Test containers serve self-signed certificates: https checks prove the service, not its certificate.
    const response = await probeHttp(url, { timeoutMs, signal, insecure: true, followRedirects: true });
    const failure = checkHttpResponse(response, { status: options.expectStatus, body: options.expectBody });
    http.last = { url, status: response.status, body: response.body, error: response.error };
    options.onHttp?.(http.last);
    if (failure === undefined) return `${url}: status ${response.status}`;
    result.detail = `${url}: ${failure}`;
    // Until the service listens, the engine's port proxy accepts and drops connections: poll fast.
    const answered = response.status !== undefined;
    await options.watch.changed(answered ? backoff.next() : CONNECT_POLL_MS, signal);
  }
}
