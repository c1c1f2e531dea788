import { hostname } from 'node:os';
import * as core from '../../shared/core.js';
import { ActionFailure } from '../../shared/errors.js';
import { oneLine, printForeign } from '../../shared/foreign-output.js';
import { getText } from '../../shared/inputs.js';
import { maskSecret } from '../../shared/mask.js';
import { redact } from '../../shared/redact.js';
import type { ActionContext } from '../../shared/run-action.js';
import { setOutputs, writeSummaryTable } from '../../shared/summary.js';
import { type DownloadedArtifact, downloadArtifactSource, removeArtifactSource } from './artifact-source.js';
import { type DeployContext, type DeployLog, type DeployOutcome, newReleaseId } from './deploy.js';
import { HostTranscripts, saveDeployDiagnostics } from './diagnostics.js';
import type { HostSpec } from './hosts.js';
import { Inputs, Outputs } from './inputs.js';
import { summaryColumns, summaryHeading, summaryRows } from './report.js';
import { readSettings, type Settings } from './settings.js';
import { strategyFor } from './strategy.js';

export const ACTION = 'deploy-ssh';
/** Saved while deploy locks may be held, so the post step can release them after a kill. */
export const LOCK_STATE = 'lock-owner';

/**
 * Live output, grouped per host: one log group per remote command when hosts run one at a time;
 * when they run in parallel (groups cannot interleave) every line starts with `[host]`.
 */
function deployLog(settings: Settings): DeployLog {
  const parallel = settings.hosts.length > 1 && settings.maxParallel > 1;
  return {
    // Messages can name what the server holds (release folders, lock owners): one line each.
    info: (message) => core.info(oneLine(message)),
    warning: (message) => core.warning(`${ACTION}: ${message}`),
    forHost: (spec: HostSpec) => {
      const prefix = parallel ? `[${spec.label}] ` : '';
      return {
        info: (message) => {
          if (message) core.info(oneLine(`${prefix}${message}`));
        },
        // What the server prints is foreign text: shown as it is, never run as a workflow command.
        line: (_stream, text) => printForeign(`${prefix}${text}`),
        begin: (title) => {
          if (!parallel) core.startGroup(oneLine(title));
        },
        end: () => {
          if (!parallel) core.endGroup();
        },
      };
    },
  };
}

export function lockOwner(): string {
  const run = process.env.GITHUB_RUN_ID
    ? `run ${process.env.GITHUB_RUN_ID}.${process.env.GITHUB_RUN_ATTEMPT ?? 1}`
    : 'run local';
  return `${run} ${process.env.GITHUB_REPOSITORY ?? ''} on ${hostname()} pid ${process.pid} at ${new Date().toISOString()}`;
}

function redactOutcome(outcome: DeployOutcome, redact: (text: string) => string): DeployOutcome {
  return {
    ...outcome,
    stdout: redact(outcome.stdout),
    failure: outcome.failure === undefined ? undefined : redact(outcome.failure),
    results: outcome.results.map((result) => ({
      ...result,
      stdout: redact(result.stdout),
      stderr: redact(result.stderr),
      error: result.error === null ? null : redact(result.error),
    })),
  };
}

function containerOutputs(outcome: DeployOutcome): Record<string, string> {
  const first = outcome.results[0]?.container;
  if (!first) return {};
  return {
    [Outputs.ImageId]: first.imageAfter ?? '',
    [Outputs.PreviousImageId]: first.imageBefore ?? '',
    [Outputs.ContainerId]: first.containerId ?? '',
  };
}

function report(outcome: DeployOutcome, settings: Settings): Promise<void> {
  setOutputs({
    [Outputs.Release]: outcome.release,
    [Outputs.PreviousRelease]: outcome.previous,
    [Outputs.RolledBack]: outcome.rolledBack,
    [Outputs.Results]: outcome.results,
    [Outputs.Stdout]: outcome.stdout,
    ...containerOutputs(outcome),
  });
  return writeSummaryTable({
    heading: summaryHeading(outcome, settings.rollback),
    columns: summaryColumns(outcome),
    rows: summaryRows(outcome),
  });
}

export async function run({ signal }: ActionContext): Promise<void> {
  // Masked before anything is parsed, so no error message can ever show them.
  for (const secret of [Inputs.Key, Inputs.Passphrase, Inputs.Password, Inputs.RegistryPassword])
    maskSecret(getText(secret));
  let settings = readSettings();
  for (const [, value] of settings.env) maskSecret(value);
  if (settings.hostKeys.insecure) {
    core.warning(
      `${ACTION}: insecure-ignore-host-key is true: host keys are NOT verified and anyone between the runner and the server can read and change this deploy. Pin the key with 'known-hosts' or 'fingerprint' instead.`,
    );
  }
  let artifact: DownloadedArtifact | undefined;
  if (settings.artifact && !settings.rollback) {
    artifact = await downloadArtifactSource(settings.artifact, signal);
    settings = { ...settings, source: artifact.path };
  }
  try {
    await deploy(settings, signal);
  } finally {
    if (artifact) removeArtifactSource(artifact);
  }
}

async function deploy(settings: Settings, signal: AbortSignal): Promise<void> {
  const transcripts = new HostTranscripts();
  const ctx: DeployContext = {
    settings,
    release: newReleaseId(),
    owner: lockOwner(),
    signal,
    log: transcripts.recording(deployLog(settings)),
  };
  const plural = settings.hosts.length === 1 ? settings.hosts[0]!.label : `${settings.hosts.length} hosts`;
  if (settings.container && settings.rollback)
    core.info(`Rolling ${settings.container.name} back to its previous container on ${plural}`);
  else if (settings.container)
    core.info(`Deploying ${settings.container.image} as ${settings.container.name} on ${plural}`);
  else if (settings.rollback) core.info(`Rolling back ${settings.target} on ${plural}`);
  else if (settings.strategy === 'release')
    core.info(`Deploying release ${ctx.release} to ${settings.target} on ${plural}`);
  else core.info(`Running on ${plural}`);

  if (settings.target) core.saveState(LOCK_STATE, ctx.owner);
  let outcome: DeployOutcome;
  try {
    // The one redaction of every action (shared/redact.ts): every secret was registered above.
    outcome = redactOutcome(
      settings.rollback ? await strategyFor(settings).rollback(ctx) : await strategyFor(settings).deploy(ctx),
      redact,
    );
  } finally {
    // deploy() and rollback() release their locks before they return or throw.
    if (settings.target) core.saveState(LOCK_STATE, '');
  }
  await report(outcome, settings);
  if (outcome.failure && !signal.aborted) await saveDeployDiagnostics(outcome, transcripts, redact, signal);
  if (outcome.failure) {
    const suffix =
      outcome.rolledBack && !settings.rollback
        ? `; every host ${settings.container ? 'runs its previous container' : 'was switched back to its previous release'}`
        : '';
    throw new ActionFailure(`${outcome.failure}${suffix}`);
  }
  if (!settings.rollback && outcome.release)
    core.info(`${settings.container ? outcome.release : `Release ${outcome.release}`} is live on ${plural}`);
}
