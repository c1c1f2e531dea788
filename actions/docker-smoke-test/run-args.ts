import type { Settings } from './settings.js';

export const RUN_LABEL = 'ci-kit.docker-smoke-test.run';

/**
 * `docker run` arguments: detached, named, labelled with the run id, ports published on 127.0.0.1 with
 * a free host port. Environment values are not in the arguments but in `envFile` (see env-file.ts),
 * so they never show in a process list nor reach the CLI's own environment.
 */
export function runArguments(
  settings: Pick<Settings, 'ports' | 'command' | 'entrypoint' | 'network' | 'options'>,
  name: string,
  image: string,
  runId: string,
  envFile?: string,
): string[] {
  const args = ['run', '--detach', '--name', name, '--label', `${RUN_LABEL}=${runId}`];
  if (settings.network !== 'host') {
    for (const spec of settings.ports) args.push('--publish', `127.0.0.1::${spec.port}/${spec.protocol}`);
  }
  if (envFile) args.push('--env-file', envFile);
  if (settings.network) args.push('--network', settings.network);
  if (settings.entrypoint !== undefined) args.push('--entrypoint', settings.entrypoint);
  args.push(...settings.options, '--', image, ...settings.command);
  return args;
}

/** A name part nobody else uses: the run id (only characters names and tags allow) plus randomness. */
export function uniqueSuffix(runId: string): string {
  const safe = runId.replace(/[^a-zA-Z0-9_.-]/g, '') || 'local';
  return `${safe}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A container name nobody else uses. */
export function containerName(runId: string): string {
  return `ci-kit-smoke-${uniqueSuffix(runId)}`;
}

/** An image tag nobody else uses, so that this run's image can be told apart and removed. */
export function uniqueImageTag(runId: string): string {
  return `ci-kit-smoke:${uniqueSuffix(runId)}`;
}
