// The container strategy: on every host the image is made present and a new container is started
// and health-gated beside the live one; only when every host is prepared are they switched (all at
// once, or `rolling` at a time, each health-gated); any failure switches every host back.
import { formatDuration } from '../../../shared/duration.js';
import { ActionFailure, errorMessage } from '../../../shared/errors.js';
import {
  connectOptions,
  type DeployContext,
  type DeployOutcome,
  firstFailure,
  healthUrlFailure,
  onHosts,
  releaseAll,
  rollbackHosts,
} from '../deploy.js';
import { describeExit, HostRun } from '../host-run.js';
import { parseKeyValues, unlockScript } from '../remote.js';
import { type Archive, prepareStream, producerEnded } from '../upload.js';
import { dockerSave, localImageId, uploadFailure } from './image-stream.js';
import {
  discardScript,
  type HealthPlan,
  LOAD_COMMAND,
  NO_PREVIOUS_EXIT,
  prepareScript,
  pruneScript,
  pullScript,
  rollbackScript,
  stateScript,
  switchBackScript,
  switchScript,
} from './remote.js';
import { type ContainerResult, emptyContainerResult } from './result.js';
import type { ContainerSettings } from './settings.js';

/** Cleanup after a failure or a cancel: bounded, and never by the aborted signal. */
const CLEANUP_TIMEOUT_MS = 30_000;

interface Host {
  run: HostRun;
  result: ContainerResult;
  /** The live container before this step, and whether it was running. */
  oldId: string;
  oldRunning: boolean;
  oldRef: string;
  /** The container prepared for the switch (created, and running when it could run beside the old one). */
  nextId: string;
  nextStarted: boolean;
  /** prepare may have created containers on the host. */
  touched: boolean;
}

function settingsOf(ctx: DeployContext): ContainerSettings {
  return ctx.settings.container!;
}

/** How a new container proves it is healthy when its image has no HEALTHCHECK. */
export function healthPlan(ctx: DeployContext): HealthPlan {
  const container = settingsOf(ctx);
  let url: HealthPlan['url'];
  if (ctx.settings.healthUrl) {
    const parsed = new URL(ctx.settings.healthUrl);
    const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
    const mapped =
      container.ports.find((mapping) => mapping.hostPort === port) ??
      (container.ports.length === 1 ? container.ports[0] : undefined);
    // The container itself speaks plain HTTP behind whatever terminates TLS in front of it.
    if (mapped) url = { port: mapped.containerPort, path: `${parsed.pathname}${parsed.search}` };
  }
  return { command: ctx.settings.healthCommand, url, timeoutMs: container.healthTimeoutMs };
}

const scriptTimeout = (ctx: DeployContext) => settingsOf(ctx).healthTimeoutMs + 60_000;

async function bringImage(
  ctx: DeployContext,
  host: Host,
  have: string,
  upload: Upload | undefined,
  signal: AbortSignal,
) {
  const container = settingsOf(ctx);
  const log = ctx.log.forHost(host.run.spec);
  const { run } = host;
  if (upload) {
    const imageId = await upload.imageId;
    if (have && have === imageId) {
      log.info(`${container.image} is already on the host (${short(have)}): nothing to upload`);
      host.result.transfer = 'present';
      run.archiveOpened = true;
      (await upload.archive).skip();
      return have;
    }
    log.info(`uploading ${container.image} (docker save | ssh docker load)`);
    run.archiveOpened = true;
    const stream = await (await upload.archive).open(signal);
    try {
      const result = await run.connection!.exec(LOAD_COMMAND, {
        input: stream.stream,
        timeoutMs: ctx.settings.commandTimeoutMs,
        signal,
      });
      if (result.exitCode !== 0)
        throw new ActionFailure(
          `${run.spec.label}: ${await uploadFailure(`docker load failed: ${describeExit(result)}`, stream)}`,
        );
    } catch (error) {
      stream.kill();
      throw error;
    }
    await producerEnded(stream).catch((error: Error) => {
      throw new ActionFailure(`${run.spec.label}: ${error.message}`);
    });
    host.result.transfer = 'uploaded';
    return imageId;
  }
  log.info(
    `pulling ${container.image}${container.registryUsername ? ` (logged in to ${container.registry} as ${container.registryUsername})` : ''}`,
  );
  const values = parseKeyValues(
    await run.helper(`pulling ${container.image}`, pullScript(container), {
      timeoutMs: ctx.settings.commandTimeoutMs,
      signal,
    }),
  );
  host.result.transfer = 'pulled';
  return values.image ?? '';
}

interface Upload {
  /** The runner's image id, looked up while the hosts connect. */
  imageId: Promise<string>;
  archive: Promise<Archive>;
}

async function prepareHost(ctx: DeployContext, host: Host, upload: Upload | undefined, signal: AbortSignal) {
  const { settings } = ctx;
  const container = settingsOf(ctx);
  const { run } = host;
  const log = ctx.log.forHost(run.spec);
  try {
    await run.connect(connectOptions(settings, signal));
    await run.lock(settings.target, ctx.owner, settings.commandTimeoutMs, signal);
    const state = parseKeyValues(
      await run.helper('reading the containers', stateScript(container), { timeoutMs: 60_000, signal }),
    );
    host.oldId = state.current ?? '';
    host.oldRunning = state.current_running === 'true';
    host.oldRef = state.current_ref ?? '';
    host.result.imageBefore = state.current_image || null;
    host.result.containerId = host.oldId || null;
    run.previous = host.oldRef;
    const imageId = await bringImage(ctx, host, state.have ?? '', upload, signal);
    const portsBusy = container.ports.length > 0 && host.oldRunning && !container.proxy;
    log.info(
      portsBusy
        ? `checking ${container.image} in a probe container without ports (the live one holds them)`
        : `starting ${container.name}.next beside ${host.oldId ? 'the live container' : 'nothing (first deploy)'}`,
    );
    host.touched = true;
    const values = parseKeyValues(
      await run.helper(
        'starting the new container',
        prepareScript(container, settings.env, settings.target, healthPlan(ctx), portsBusy),
        { timeoutMs: scriptTimeout(ctx), signal },
      ),
    );
    host.nextId = values.next ?? '';
    host.nextStarted = values.started === 'true';
    host.result.imageAfter = imageId;
    if (values.health_ms) {
      host.result.healthMs = Number(values.health_ms);
      log.info(`new container healthy after ${formatDuration(host.result.healthMs)}`);
    }
    run.result.exitCode = 0;
  } finally {
    if (upload && !run.archiveOpened) await upload.archive.then((archive) => archive.skip()).catch(() => {});
  }
}

async function switchHost(ctx: DeployContext, host: Host, signal: AbortSignal) {
  const container = settingsOf(ctx);
  const { run } = host;
  run.switched = true;
  const values = parseKeyValues(
    await run.helper(
      `switching ${container.name} to the new container`,
      switchScript(container, healthPlan(ctx), host.nextStarted, host.oldId),
      {
        timeoutMs: scriptTimeout(ctx),
        signal,
      },
    ),
  );
  host.result.switchGapMs = Number(values.gap_ms ?? 0);
  host.result.containerId = host.nextId;
  if (values.health_ms) host.result.healthMs = Number(values.health_ms);
  ctx.log
    .forHost(run.spec)
    .info(
      host.nextStarted
        ? `${container.name} switched (ran side by side: no gap; old one stopped in ${values.stop_ms} ms)`
        : `${container.name} switched: old container stopped in ${values.stop_ms} ms, port answered again ${values.gap_ms} ms later`,
    );
}

/** Puts every switched host back on its old container, and removes what prepare left elsewhere. */
async function restore(ctx: DeployContext, hosts: Host[]): Promise<boolean> {
  const container = settingsOf(ctx);
  let all = true;
  await Promise.all(
    hosts
      .filter((host) => host.touched && host.run.connection)
      .map(async (host) => {
        const { run } = host;
        try {
          if (run.switched) {
            await run.helper(
              'switching back',
              switchBackScript(container, host.nextId, host.oldId, host.oldRunning),
              {
                timeoutMs: CLEANUP_TIMEOUT_MS,
              },
            );
            run.switched = false;
            host.result.containerId = host.oldId || null;
            host.result.imageAfter = host.result.imageBefore;
            ctx.log.info(
              `${run.spec.label}: switched back to ${host.oldRef || 'no container (first deploy)'}`,
            );
          } else {
            await run.helper('removing the new container', discardScript(container, host.nextId), {
              timeoutMs: CLEANUP_TIMEOUT_MS,
            });
            host.result.imageAfter = host.result.imageBefore;
          }
        } catch (error) {
          all = false;
          ctx.log.warning(
            `${run.spec.label}: could not restore the previous container: ${errorMessage(error)}`,
          );
        }
      }),
  );
  return all;
}

function short(id: string | null): string {
  return id ? id.replace(/^sha256:/, '').slice(0, 12) : '';
}

export async function deployContainer(ctx: DeployContext): Promise<DeployOutcome> {
  const { settings } = ctx;
  const container = settingsOf(ctx);
  const hosts: Host[] = settings.hosts.map((spec) => {
    const run = new HostRun(spec, ctx.log.forHost(spec), container.image);
    const result = emptyContainerResult(container.image);
    run.result.container = result;
    return {
      run,
      result,
      oldId: '',
      oldRunning: false,
      oldRef: '',
      nextId: '',
      nextStarted: false,
      touched: false,
    };
  });
  const runs = hosts.map((host) => host.run);
  const byRun = new Map(hosts.map((host) => [host.run, host]));
  const outcome = (failure?: string, rolledBack = false): DeployOutcome => {
    for (const run of runs) run.finish();
    return {
      release: container.image,
      previous: hosts[0]?.oldRef ?? '',
      rolledBack,
      results: runs.map((run) => run.result),
      stdout: '',
      failure,
    };
  };
  let upload: Upload | undefined;
  if (container.source === 'upload') {
    const imageId = localImageId(container.image).then(
      (id) => {
        if (!id)
          throw new ActionFailure(
            `image-source is upload but ${container.image} is not on the runner (build or pull it earlier in the job)`,
          );
        return id;
      },
      (error: unknown) => {
        throw new ActionFailure(errorMessage(error));
      },
    );
    imageId.catch(() => {});
    upload = {
      imageId,
      archive: prepareStream(() => dockerSave(container.image), runs.length, settings.maxParallel),
    };
    upload.archive.catch(() => {});
  }
  try {
    const prepared = await onHosts(ctx, runs, (run, signal) =>
      prepareHost(ctx, byRun.get(run)!, upload, signal),
    );
    if (!prepared) {
      // Nothing was switched: every host still runs its previous container.
      return outcome(firstFailure(runs), await restore(ctx, hosts));
    }
    const limit = container.rolling > 0 ? container.rolling : settings.maxParallel;
    ctx.log.info(
      `all ${runs.length} host(s) prepared; switching ${container.name} to ${container.image}${limit < runs.length ? ` (${limit} host(s) at a time)` : ''}`,
    );
    const switched = await onHosts(
      { ...ctx, settings: { ...settings, maxParallel: limit } },
      runs,
      (run, signal) => switchHost(ctx, byRun.get(run)!, signal),
    );
    if (!switched) {
      const back = await restore(ctx, hosts);
      return outcome(firstFailure(runs), back);
    }
    if (settings.healthUrl) {
      const failure = await healthUrlFailure(ctx);
      if (failure) {
        for (const run of runs) run.fail(failure);
        return outcome(failure, await restore(ctx, hosts));
      }
    }
    await Promise.all(
      hosts.map(async (host) => {
        try {
          // Pruning and releasing the lock in one command: one round trip less.
          const removed = await host.run.helper(
            'pruning old images',
            pruneScript(container, settings.keepReleases) + unlockScript(settings.target, ctx.owner),
            { timeoutMs: 120_000, signal: ctx.signal },
          );
          host.run.locked = false;
          host.result.pruned = removed.split('\n').filter(Boolean);
          if (host.result.pruned.length)
            ctx.log.info(`${host.run.spec.label}: removed old images ${host.result.pruned.join(', ')}`);
        } catch (error) {
          ctx.log.warning(`${host.run.spec.label}: ${errorMessage(error)}`);
        }
      }),
    );
    return outcome();
  } catch (error) {
    // A cancel (or a bug): no host may stay half-switched or keep a temporary container.
    await restore(ctx, hosts);
    throw error;
  } finally {
    await upload?.archive.then(
      (archive) => archive.dispose(),
      () => {},
    );
    await releaseAll(ctx, runs);
  }
}

/** Rollback mode: every host swaps back to its kept previous container. */
export async function rollbackContainer(ctx: DeployContext): Promise<DeployOutcome> {
  const { settings } = ctx;
  const container = settingsOf(ctx);
  const runs = settings.hosts.map((spec) => {
    const run = new HostRun(spec, ctx.log.forHost(spec), null);
    run.result.container = emptyContainerResult(container.image);
    return run;
  });
  return rollbackHosts(ctx, runs, async (run, signal) => {
    const result = await run.connection!.script(rollbackScript(container, healthPlan(ctx)), {
      timeoutMs: scriptTimeout(ctx),
      signal,
    });
    run.result.exitCode = result.exitCode;
    if (result.exitCode === NO_PREVIOUS_EXIT)
      throw new ActionFailure(`${run.spec.label}: ${result.stderr.trim()}`);
    if (result.exitCode !== 0)
      throw new ActionFailure(
        `${run.spec.label}: rollback failed (the current container runs on): ${describeExit(result)}`,
      );
    const values = parseKeyValues(result.stdout);
    Object.assign(run.result.container!, {
      image: values.to ?? '',
      imageBefore: values.from_image || null,
      imageAfter: values.to_image || null,
      containerId: values.container || null,
      healthMs: values.health_ms ? Number(values.health_ms) : null,
      switchGapMs: values.gap_ms ? Number(values.gap_ms) : null,
    });
    ctx.log.info(`${run.spec.label}: ${container.name} swapped from ${values.from} back to ${values.to}`);
    return values;
  });
}

export const containerStrategy = { deploy: deployContainer, rollback: rollbackContainer };
