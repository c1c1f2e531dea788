import { formatDuration } from '../../shared/duration.js';
import { ActionFailure, ConfigError } from '../../shared/errors.js';
import { type CommandOptions, type CommandResult, runCommand } from '../../shared/exec.js';
import { dockerErrorText, dockerFailure } from './docker-error.js';

/** What `docker inspect` tells about a container (the fields this action reads). */
export interface ContainerInfo {
  Id: string;
  RestartCount: number;
  State: {
    Status: string;
    Running: boolean;
    Restarting: boolean;
    OOMKilled: boolean;
    Dead: boolean;
    ExitCode: number;
    Error: string;
    StartedAt: string;
    FinishedAt: string;
    Health?: {
      Status: string;
      FailingStreak: number;
      Log?: Array<{ ExitCode: number; Output: string; Start: string; End: string }>;
    };
  };
  Config: { Healthcheck?: Healthcheck };
  NetworkSettings: {
    Ports?: Record<string, Array<{ HostIp: string; HostPort: string }> | null>;
    Networks?: Record<string, { IPAddress: string }>;
  };
  HostConfig: { NetworkMode: string };
}

export interface Healthcheck {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
}

export interface ImageInfo {
  Id: string;
  Size: number;
  RepoTags?: string[];
  Config?: { Healthcheck?: Healthcheck };
}

/** The runner's own docker CLI (no socket, no bundled client); every call is bounded. */
export class DockerCli {
  constructor(readonly binary = 'docker') {}

  async exec(args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
    try {
      return await runCommand(this.binary, args, { timeoutMs: 60_000, ...options });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new ConfigError(`needs the docker CLI on PATH ('${this.binary}' not found)`);
      throw error;
    }
  }

  /** Runs a docker command that must succeed; fails with its error (and the `input` behind it) otherwise. */
  async ok(args: readonly string[], options: CommandOptions = {}, input?: string): Promise<string> {
    const result = await this.exec(args, options);
    if (result.exitCode !== 0) {
      const why = result.timedOut
        ? `timed out after ${formatDuration(options.timeoutMs ?? 60_000)}`
        : dockerErrorText(result.stderr) || `exit ${result.exitCode}`;
      throw new ActionFailure(dockerFailure(args[0]!, why, input));
    }
    return result.stdout;
  }

  async inspectContainer(id: string, signal?: AbortSignal): Promise<ContainerInfo | undefined> {
    const result = await this.exec(['container', 'inspect', id], { signal, timeoutMs: 30_000 });
    if (result.exitCode !== 0) return undefined;
    return (JSON.parse(result.stdout) as ContainerInfo[])[0];
  }

  async inspectImage(image: string, signal?: AbortSignal): Promise<ImageInfo | undefined> {
    const result = await this.exec(['image', 'inspect', image], { signal, timeoutMs: 30_000 });
    if (result.exitCode !== 0) return undefined;
    return (JSON.parse(result.stdout) as ImageInfo[])[0];
  }

  /** The last `lines` lines of both streams (stderr interleaved as docker stored them). */
  async logs(id: string, lines: number): Promise<string> {
    const result = await this.exec(['logs', '--tail', String(lines), id], { timeoutMs: 30_000 });
    return mergeStreams(result);
  }

  /** Removes a container (and its anonymous volumes); true when one was removed. Never aborted. */
  async remove(nameOrId: string): Promise<boolean> {
    const result = await this.exec(['rm', '-f', '-v', nameOrId], { timeoutMs: 30_000 });
    return result.exitCode === 0;
  }
}

export function mergeStreams(result: Pick<CommandResult, 'stdout' | 'stderr'>): string {
  if (!result.stderr) return result.stdout;
  if (!result.stdout) return result.stderr;
  return `${result.stdout}${result.stdout.endsWith('\n') ? '' : '\n'}${result.stderr}`;
}

/** The image's HEALTHCHECK, unless it has none or it was disabled (`NONE`). */
export function activeHealthcheck(check: Healthcheck | undefined): Healthcheck | undefined {
  const test = check?.Test;
  if (!test?.length || test[0] === 'NONE') return undefined;
  return check;
}

/** The command that runs a HEALTHCHECK test by hand (`docker exec` arguments). */
export function healthcheckCommand(check: Healthcheck): string[] {
  const [kind, ...rest] = check.Test!;
  return kind === 'CMD-SHELL' ? ['/bin/sh', '-c', rest.join(' ')] : rest;
}
