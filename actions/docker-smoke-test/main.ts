import * as core from '../../shared/core.js';
import { formatDuration } from '../../shared/duration.js';
import { ActionFailure } from '../../shared/errors.js';
import { oneLine, printForeign } from '../../shared/foreign-output.js';
import { maskSecret } from '../../shared/mask.js';
import { Deadline } from '../../shared/retry.js';
import type { ActionContext } from '../../shared/run-action.js';
import { setOutputs, writeSummaryTable } from '../../shared/summary.js';
import { buildImage } from './build.js';
import { cachedBuild } from './build-cache.js';
import type { WaitCheck } from './checks.js';
import { removeContainer, removeImages, State } from './cleanup.js';
import { resolveImage, type StartedContainer, startContainer } from './container.js';
import { HttpLog, saveDiagnostics, wantDiagnostics } from './diagnostics.js';
import { activeHealthcheck, DockerCli, type ImageInfo } from './docker.js';
import { endpoints } from './endpoints.js';
import { Outputs } from './inputs.js';
import {
  type CheckRow,
  httpSummary,
  SUMMARY_COLUMNS,
  stateSummary,
  summaryIntro,
  summaryRows,
  tail,
} from './report.js';
import { containerName } from './run-args.js';
import { readSettings, type Settings } from './settings.js';
import { verifyContainer } from './verify.js';
import { type WaitOutcome, waitForReady } from './wait.js';
import { ContainerWatch } from './watch.js';

export const ACTION = 'docker-smoke-test';

/** A log group of what the container and its answers said: foreign text, so no workflow command runs. */
function group(title: string, lines: string[]): void {
  core.startGroup(oneLine(title));
  printForeign(lines.join('\n'));
  core.endGroup();
}

function defaultChecks(image: ImageInfo): WaitCheck[] {
  const healthy = activeHealthcheck(image.Config?.Healthcheck) !== undefined;
  return [healthy ? { kind: 'healthy', raw: 'healthy' } : { kind: 'running', raw: 'running' }];
}

/** The `wait-for: log:` patterns, matched by the watch against every line as it arrives. */
function logChecks(settings: Settings): RegExp[] {
  return settings.waitFor.flatMap((check) => (check.kind === 'log' ? [check.pattern] : []));
}

/** What one smoke test found so far, for the outputs, the summary and the failure report. */
interface Session {
  settings: Settings;
  runId: string;
  docker: DockerCli;
  watch: ContainerWatch;
  name: string;
  image: string;
  imageInfo: ImageInfo;
  container?: StartedContainer;
  outcome?: WaitOutcome;
  rows: CheckRow[];
  passed: boolean;
  http: HttpLog;
}

export async function run({ signal }: ActionContext): Promise<void> {
  const settings = readSettings();
  for (const [, value] of settings.env) maskSecret(value);
  // Build args are often credentials (a registry token for a private package feed).
  for (const [, value] of settings.build?.buildArgs ?? []) maskSecret(value);
  if (settings.unusedInputs.length) {
    const which = settings.unusedInputs.join(', ');
    const verb = settings.unusedInputs.length === 1 ? 'is' : 'are';
    core.warning(`${ACTION}: ${which} ${verb} not used by any wait-for check`);
  }
  const docker = new DockerCli();
  const runId = process.env.GITHUB_RUN_ID ?? 'local';
  const since = new Date();

  let builtTags: string[] = [];
  let image = settings.image;
  if (settings.build) {
    const build = settings.cache ? cachedBuild : buildImage;
    builtTags = (await build(docker, settings.build, settings.image, runId, signal)).tags;
    image = builtTags[0]!;
    if (settings.removeImage) core.saveState(State.Images, builtTags.join(' '));
  } else if (settings.removeImage) {
    core.info('remove-image: this step built no image, so none is removed');
  }
  const imageInfo = await resolveImage(docker, image, signal);
  const name = containerName(runId);
  core.saveState(State.Container, name);
  core.saveState(State.RemoveContainer, String(settings.cleanup !== 'never'));

  const session: Session = {
    settings,
    runId,
    docker,
    watch: new ContainerWatch(docker, name, logChecks(settings)),
    name,
    image,
    imageInfo,
    rows: [],
    passed: false,
    http: new HttpLog(),
  };
  try {
    await smokeTest(session, signal);
    session.passed = true;
  } finally {
    await report(session, signal);
    if (!signal.aborted && wantDiagnostics(settings.diagnostics, session.passed))
      await saveDiagnostics(
        {
          docker,
          containerId: session.container?.id,
          image,
          since,
          http: session.http,
          report: { passed: session.passed, outcome: session.outcome, checks: session.rows },
        },
        signal,
      );
    // on-success keeps a failed container for a look at it; a cancelled run has nothing to look at.
    const keep =
      settings.cleanup === 'never' ||
      (settings.cleanup === 'on-success' && !session.passed && !signal.aborted);
    if (!keep) {
      await removeContainer(docker, name);
      core.saveState(State.Container, '');
      if (settings.removeImage && builtTags.length) await removeImages(docker, builtTags);
    } else {
      if (session.container) core.info(`Keeping container ${name} (cleanup: ${settings.cleanup})`);
      core.saveState(State.RemoveContainer, 'false');
    }
    // A kept container still uses the image; nothing is left for the post step either way.
    core.saveState(State.Images, '');
  }
}

/** Run, wait for readiness, then the checks on the ready container; throws at the first failure. */
async function smokeTest(session: Session, signal: AbortSignal): Promise<void> {
  const { settings, docker, watch } = session;
  const checks = settings.waitFor.length ? settings.waitFor : defaultChecks(session.imageInfo);
  core.info(
    `Starting ${session.image} as ${session.name}, waiting for ${checks.map((c) => c.raw).join(', ')}`,
  );
  const container = await startContainer(
    docker,
    settings,
    session.image,
    session.name,
    session.runId,
    watch,
    signal,
  );
  session.container = container;
  const outcome = await waitForReady({
    docker,
    watch,
    containerId: container.id,
    checks,
    deadline: new Deadline(settings.timeoutMs),
    startedAt: container.startedAt,
    stableForMs: settings.stableForMs,
    expectStatus: settings.expectStatus,
    expectBody: settings.expectBody,
    expectExitCode: settings.expectExitCode,
    healthcheck: activeHealthcheck(container.info?.Config.Healthcheck),
    endpoints: endpoints(container.info, container.published),
    signal,
    onHttp: (exchange) => session.http.record(exchange),
    onPass: (result) =>
      core.info(
        oneLine(`✔ ${result.check.raw}: ${result.detail} (+${formatDuration(result.elapsedMs ?? 0)})`),
      ),
  });
  session.outcome = outcome;
  session.rows.push(
    ...outcome.results.map((result) => ({
      name: result.check.raw,
      passed: result.passed,
      // A check still open when the wait failed shows why it failed, not only its own last state.
      detail: outcome.ready || result.passed ? result.detail : `${outcome.failure} (check: ${result.detail})`,
    })),
  );
  if (!outcome.ready) {
    core.info(oneLine(`✖ ${outcome.failure}`));
    throw new ActionFailure(outcome.failure);
  }
  core.info(`Ready after ${formatDuration(outcome.readyMs!)}`);
  await verifyContainer(docker, container.id, settings, session.rows, signal);
}

/** Outputs, the job summary, and on failure the state, last HTTP answer and log tail that explain it. */
async function report(session: Session, signal: AbortSignal): Promise<void> {
  const { docker, settings, container, outcome, passed } = session;
  if (signal.aborted) {
    await session.watch.close();
    setOutputs({ [Outputs.ImageId]: session.imageInfo.Id, [Outputs.ContainerId]: container?.id ?? '' });
    return;
  }
  // The followed log stream has every line in arrival order; the engine is asked only to explain a failure.
  const [, info] = await Promise.all([
    session.watch.close(),
    container && !passed ? docker.inspectContainer(container.id) : undefined,
  ]);
  let logs = session.watch.logs;
  if (!logs && container) logs = await docker.logs(container.id, settings.logLines);
  const logTail = tail(logs, settings.logLines);
  const exitCode =
    session.watch.death?.exitCode ?? (info?.State.Running === false ? info.State.ExitCode : undefined);
  setOutputs({
    [Outputs.ImageId]: session.imageInfo.Id,
    [Outputs.ContainerId]: container?.id ?? '',
    [Outputs.Ports]: container?.published ?? {},
    [Outputs.ReadyMs]: outcome?.readyMs ?? '',
    [Outputs.ExitCode]: exitCode ?? '',
    [Outputs.Logs]: logTail,
  });
  if (!passed && container) {
    group(`docker inspect ${session.name}: ${info?.State.Status ?? 'gone'}`, stateSummary(info));
    if (outcome?.lastHttp) group('Last HTTP response', httpSummary(outcome.lastHttp));
    group(`Container log (last ${settings.logLines} lines)`, logTail ? logTail.split('\n') : ['(no output)']);
  }
  await writeSummaryTable({
    heading: `docker-smoke-test: ${passed ? 'passed' : 'failed'}`,
    intro: summaryIntro(session.image, session.imageInfo.Size, outcome?.readyMs),
    columns: SUMMARY_COLUMNS,
    rows: summaryRows(session.rows),
  });
}
