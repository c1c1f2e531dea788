// The whole deploy across hosts: prepare everywhere, switch only when all are prepared, check health,
// switch every host back on any failure, and always release the locks.

import { formatDuration } from '../../shared/duration.js';
import { ActionFailure, errorMessage, isAbortError } from '../../shared/errors.js';
import { probeHttp } from '../../shared/probes/http.js';
import { sleep } from '../../shared/retry.js';
import { displayUrl } from '../../shared/url-credentials.js';
import type { ConnectOptions } from './connection.js';
import { type HostLog, type HostResult, HostRun } from './host-run.js';
import type { HostSpec } from './hosts.js';
import { FailFastAbort, runPool } from './pool.js';
import { NO_PREVIOUS_EXIT, parseKeyValues, releasePath, rollbackScript } from './remote.js';
import { quotePath } from './script.js';
import type { Settings } from './settings.js';
import { vetSource } from './source-scan.js';
import { type Archive, prepareArchive } from './upload.js';

export interface DeployLog {
  info(message: string): void;
  warning(message: string): void;
  forHost(spec: HostSpec): HostLog;
}

export interface DeployOutcome {
  release: string;
  previous: string;
  rolledBack: boolean;
  results: HostResult[];
  /** First host's script stdout. */
  stdout: string;
  /** Set when the step must fail: one line. */
  failure?: string;
}

export interface DeployContext {
  settings: Settings;
  release: string;
  /** Written into the lock so a waiting deploy can say who holds it. */
  owner: string;
  signal: AbortSignal;
  log: DeployLog;
  /** The packed `source`, set by deploy() while it runs; packed while the hosts connect. */
  archive?: Promise<Archive>;
}

/** A release id that sorts in time order: `20260314-101502-123`. */
export function newReleaseId(now = new Date()): string {
  const iso = now.toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`;
}

export function connectOptions(settings: Settings, signal: AbortSignal): ConnectOptions {
  return {
    credentials: { key: settings.key, password: settings.password },
    hostKeys: settings.hostKeys,
    timeoutMs: settings.connectTimeoutMs,
    proxyJump: settings.proxyJump,
    signal,
  };
}

function deployEnv(ctx: DeployContext, run: HostRun): Array<[string, string]> {
  const extra: Array<[string, string]> = [['DEPLOY_HOST', run.spec.host]];
  if (ctx.settings.target) extra.push(['DEPLOY_TARGET', ctx.settings.target]);
  if (ctx.settings.strategy === 'release' && ctx.settings.target) {
    extra.push(['DEPLOY_RELEASE', ctx.release], ['DEPLOY_PREVIOUS_RELEASE', run.previous]);
  }
  return [...extra, ...ctx.settings.env];
}

async function packed(ctx: DeployContext): Promise<Archive> {
  try {
    return await ctx.archive!;
  } catch (error) {
    throw new ActionFailure(`cannot pack ${ctx.settings.source}: ${errorMessage(error)}`);
  }
}

async function prepareHost(ctx: DeployContext, run: HostRun, signal: AbortSignal): Promise<void> {
  try {
    await prepareSteps(ctx, run, signal);
  } finally {
    // Hosts sharing one tar wait for each other: one that failed before its upload must say so.
    if (ctx.archive && !run.archiveOpened)
      await ctx.archive.then((archive) => archive.skip()).catch(() => {});
  }
}

async function prepareSteps(ctx: DeployContext, run: HostRun, signal: AbortSignal): Promise<void> {
  const { settings } = ctx;
  const log = ctx.log.forHost(run.spec);
  await run.connect(connectOptions(settings, signal));
  const useRelease = settings.strategy === 'release';
  if (settings.target) await run.lock(settings.target, ctx.owner, settings.commandTimeoutMs, signal);
  let cwd = settings.target || undefined;
  if (useRelease) {
    cwd = releasePath(settings.target, ctx.release);
    if (settings.source) {
      log.info(`uploading ${settings.source} to ${cwd}`);
      run.uploaded = true;
      await run.upload(await packed(ctx), cwd, settings.commandTimeoutMs, signal);
    } else {
      await run.helper('creating the release folder', `mkdir -p -- ${quotePath(cwd)}\n`, {
        timeoutMs: 30_000,
        signal,
      });
      run.uploaded = true;
    }
    if (settings.sharedPaths.length)
      await run.linkShared(settings.target, ctx.release, settings.sharedPaths, signal);
  } else if (settings.source) {
    log.info(`uploading ${settings.source} to ${settings.target}`);
    await run.upload(await packed(ctx), settings.target, settings.commandTimeoutMs, signal);
  }
  if (settings.script.trim()) {
    await run.runUserScript('script', {
      script: settings.script,
      env: deployEnv(ctx, run),
      cwd,
      timeoutMs: settings.commandTimeoutMs,
      signal,
    });
  } else run.result.exitCode = 0;
}

function reason(error: unknown): string {
  if (error instanceof FailFastAbort) return error.message;
  return errorMessage(error);
}

/** Runs `work` on each host through the pool; failures are recorded on the host, never thrown. */
export async function onHosts(
  ctx: DeployContext,
  runs: HostRun[],
  work: (run: HostRun, signal: AbortSignal) => Promise<void>,
): Promise<boolean> {
  const { maxParallel, failFast } = ctx.settings;
  const results = await runPool(runs, { limit: maxParallel, failFast, signal: ctx.signal }, work);
  results.forEach((result, index) => {
    const run = runs[index]!;
    if (result?.status === 'rejected') run.fail(reason(result.reason));
    else if (!result) run.fail(new FailFastAbort().message);
  });
  if (ctx.signal.aborted) throw ctx.signal.reason;
  return runs.every((run) => !run.failed);
}

export async function healthUrlFailure(ctx: DeployContext): Promise<string | undefined> {
  const { healthUrl, connectTimeoutMs } = ctx.settings;
  const end = Date.now() + connectTimeoutMs;
  let last = '';
  for (;;) {
    const result = await probeHttp(healthUrl, {
      timeoutMs: Math.min(10_000, Math.max(1000, end - Date.now())),
      signal: ctx.signal,
    });
    if (result.status !== undefined && result.status >= 200 && result.status < 400) {
      ctx.log.info(`health-url ${displayUrl(healthUrl)}: status ${result.status}`);
      return undefined;
    }
    last = result.error ?? `status ${result.status}`;
    if (Date.now() >= end)
      return `health-url ${displayUrl(healthUrl)} not healthy within ${formatDuration(connectTimeoutMs)}: ${last}`;
    await sleep(Math.min(1000, end - Date.now()), ctx.signal);
  }
}

/** Puts `current` back where it was on every host that was switched. Best effort, after a cancel too. */
async function switchBack(ctx: DeployContext, runs: HostRun[]): Promise<boolean> {
  let all = true;
  await Promise.all(
    runs
      .filter((run) => run.switched)
      .map(async (run) => {
        try {
          await run.switchTo(ctx.settings.target, run.previous);
          run.switched = false;
          ctx.log.info(`${run.spec.label}: current switched back to ${run.previous || '(none)'}`);
        } catch (error) {
          all = false;
          ctx.log.warning(`${run.spec.label}: could not switch back: ${errorMessage(error)}`);
        }
      }),
  );
  return all;
}

async function discardReleases(ctx: DeployContext, runs: HostRun[]): Promise<void> {
  await Promise.all(
    runs
      .filter((run) => run.uploaded && !run.switched && run.connection)
      .map((run) => run.removeRelease(ctx.settings.target, ctx.release).catch(() => {})),
  );
}

export function firstFailure(runs: HostRun[]): string {
  const failed = runs.filter((run) => run.failed);
  const real = failed.find((run) => run.result.error !== new FailFastAbort().message) ?? failed[0]!;
  const others = failed.length > 1 ? ` (${failed.length} of ${runs.length} hosts failed)` : '';
  return `${real.result.error}${others}`;
}

export async function deploy(ctx: DeployContext): Promise<DeployOutcome> {
  const { settings } = ctx;
  const useRelease = settings.strategy === 'release';
  const runs = settings.hosts.map(
    (spec) => new HostRun(spec, ctx.log.forHost(spec), useRelease ? ctx.release : null),
  );
  const outcome = (failure?: string, rolledBack = false): DeployOutcome => {
    for (const run of runs) run.finish();
    return {
      release: useRelease ? ctx.release : '',
      previous: runs[0]?.previous ?? '',
      rolledBack,
      results: runs.map((run) => run.result),
      stdout: runs[0]?.stdout ?? '',
      failure,
    };
  };
  try {
    if (settings.source) {
      await vetSource(settings.source, settings.allowExternalSymlinks, ctx.log);
      ctx.archive = prepareArchive(settings.source, runs.length, settings.maxParallel);
      // A failure surfaces in each host's upload; this only keeps it from being reported as unhandled.
      ctx.archive.catch(() => {});
    }
    if (!(await onHosts(ctx, runs, (run, signal) => prepareHost(ctx, run, signal)))) {
      if (useRelease) await discardReleases(ctx, runs);
      return outcome(firstFailure(runs));
    }
    if (useRelease) {
      ctx.log.info(`all ${runs.length} host(s) prepared; switching current to ${ctx.release}`);
      const switched = await onHosts(ctx, runs, async (run, signal) => {
        run.switched = true;
        await run.switchTo(settings.target, ctx.release, signal);
      });
      if (!switched) {
        await switchBack(ctx, runs);
        return outcome(firstFailure(runs), true);
      }
    }
    if (settings.healthCommand) {
      const healthy = await onHosts(ctx, runs, async (run, signal) => {
        const cwd = useRelease ? `${settings.target}/current` : settings.target || undefined;
        await run.runUserScript('health-command', {
          script: settings.healthCommand,
          env: deployEnv(ctx, run),
          cwd,
          timeoutMs: settings.commandTimeoutMs,
          signal,
        });
      });
      if (!healthy) {
        const rolledBack = useRelease && (await switchBack(ctx, runs));
        return outcome(firstFailure(runs), rolledBack);
      }
    }
    if (settings.healthUrl) {
      const failure = await healthUrlFailure(ctx);
      if (failure) {
        for (const run of runs) run.fail(failure);
        const rolledBack = useRelease && (await switchBack(ctx, runs));
        return outcome(failure, rolledBack);
      }
    }
    if (useRelease) {
      await Promise.all(
        runs.map(async (run) => {
          try {
            const { keepReleases, target } = settings;
            const removed = await run.cleanupAndUnlock(
              target,
              keepReleases,
              ctx.release,
              ctx.owner,
              ctx.signal,
            );
            if (removed.length) ctx.log.info(`${run.spec.label}: removed old releases ${removed.join(', ')}`);
          } catch (error) {
            ctx.log.warning(`${run.spec.label}: ${errorMessage(error)}`);
          }
        }),
      );
    }
    return outcome();
  } catch (error) {
    if (isAbortError(error) && useRelease) {
      await switchBack(ctx, runs);
      await discardReleases(ctx, runs);
    }
    throw error;
  } finally {
    await ctx.archive?.then(
      (archive) => archive.dispose(),
      () => {},
    );
    await releaseAll(ctx, runs);
  }
}

/** Rollback mode: every host's `current` goes back to the release before it. */
export async function rollback(ctx: DeployContext): Promise<DeployOutcome> {
  const { settings } = ctx;
  const runs = settings.hosts.map((spec) => new HostRun(spec, ctx.log.forHost(spec), null));
  return rollbackHosts(ctx, runs, async (run, signal) => {
    const result = await run.connection!.script(rollbackScript(settings.target), {
      timeoutMs: 60_000,
      signal,
    });
    run.result.exitCode = result.exitCode;
    if (result.exitCode === NO_PREVIOUS_EXIT)
      throw new ActionFailure(`${run.spec.label}: ${result.stderr.trim()}`);
    if (result.exitCode !== 0)
      throw new ActionFailure(`${run.spec.label}: rollback failed: ${result.stderr.trim()}`);
    const values = parseKeyValues(result.stdout);
    ctx.log.info(`${run.spec.label}: current switched from ${values.from} back to ${values.to}`);
    return values;
  });
}

/**
 * Rollback on every host, for either strategy: connect, take the deploy lock, `swap` (which returns the
 * script's `from=`/`to=` values), and the outcome named after the first host's swap; every lock released.
 */
export async function rollbackHosts(
  ctx: DeployContext,
  runs: HostRun[],
  swap: (run: HostRun, signal: AbortSignal) => Promise<Record<string, string>>,
): Promise<DeployOutcome> {
  const { settings } = ctx;
  let from = '';
  let to = '';
  try {
    await onHosts(ctx, runs, async (run, signal) => {
      await run.connect(connectOptions(settings, signal));
      await run.lock(settings.target, ctx.owner, settings.commandTimeoutMs, signal);
      const values = await swap(run, signal);
      run.previous = values.from ?? '';
      run.result.release = values.to ?? null;
      if (run === runs[0]) {
        from = values.from ?? '';
        to = values.to ?? '';
      }
    });
    for (const run of runs) run.finish();
    const failed = runs.some((run) => run.failed);
    return {
      release: to,
      previous: from,
      rolledBack: runs.some((run) => run.result.release !== null),
      results: runs.map((run) => run.result),
      stdout: '',
      failure: failed ? firstFailure(runs) : undefined,
    };
  } finally {
    await releaseAll(ctx, runs);
  }
}

export async function releaseAll(ctx: DeployContext, runs: HostRun[]): Promise<void> {
  await Promise.all(
    runs.map(async (run) => {
      try {
        await run.unlock(ctx.settings.target, ctx.owner);
      } catch (error) {
        ctx.log.warning(
          `${run.spec.label}: could not release the deploy lock (${errorMessage(error)}); the next deploy treats it as stale after 1h`,
        );
      } finally {
        run.close();
      }
    }),
  );
}
