import { formatDuration } from '../../shared/duration.js';
import { ConfigError } from '../../shared/errors.js';
import {
  getBool,
  getDuration,
  getEnum,
  getInt,
  getList,
  getMap,
  getRegex,
  getStatusSet,
  getString,
  getText,
  type InputSpec,
} from '../../shared/inputs.js';
import type { StatusSet } from '../../shared/status-ranges.js';
import { splitArgs } from './args.js';
import { parseWaitCheck, type WaitCheck } from './checks.js';
import type { DiagnosticsMode } from './diagnostics.js';
import { Inputs } from './inputs.js';
import { type PortSpec, parsePort } from './ports.js';

export type Cleanup = 'always' | 'on-success' | 'never';

export interface BuildSettings {
  context: string;
  dockerfile?: string;
  buildArgs: Array<[string, string]>;
  target?: string;
}

export interface Settings {
  /** The image to run, or the extra tag of the built image; empty when only `context` is given. */
  image: string;
  build?: BuildSettings;
  ports: PortSpec[];
  env: Array<[string, string]>;
  command: string[];
  /** `--entrypoint` value; its extra words are put before `command`. */
  entrypoint?: string;
  network?: string;
  options: string[];
  /** Empty: decided from the image (healthy with a HEALTHCHECK, else running). */
  waitFor: WaitCheck[];
  expectStatus: StatusSet;
  expectBody?: RegExp;
  expectExitCode: number;
  expectLogs?: RegExp;
  rejectLogs?: RegExp;
  exec: string[][];
  timeoutMs: number;
  stableForMs: number;
  logLines: number;
  cleanup: Cleanup;
  removeImage: boolean;
  /** Keep the image built from `context` in the Actions cache. */
  cache: boolean;
  diagnostics: DiagnosticsMode;
  /** Inputs set by the user that none of the `wait-for` checks use: worth a warning. */
  unusedInputs: string[];
}

/** `docker run` options the action sets itself: a second copy would break the run or its cleanup. */
const RESERVED_OPTIONS = /^(--rm|--name|-d|--detach|--cidfile)(=|$)/;

function args(spec: InputSpec, text: string): string[] {
  const parsed = splitArgs(text);
  if (typeof parsed === 'string') throw new ConfigError(`input '${spec.name}' ${parsed}`);
  return parsed;
}

function readOptions(): string[] {
  const options = getList(Inputs.Options).flatMap((line) => args(Inputs.Options, line));
  const reserved = options.find((option) => RESERVED_OPTIONS.test(option));
  if (reserved) {
    throw new ConfigError(
      `input '${Inputs.Options.name}' must not set ${reserved.split('=')[0]}: the action names, detaches and removes the container itself`,
    );
  }
  return options;
}

function readPorts(): PortSpec[] {
  return getList(Inputs.Ports).map((line) => {
    const spec = parsePort(line);
    if (!spec) {
      throw new ConfigError(
        `input '${Inputs.Ports.name}' must have container ports like 8080, 8080/tcp or 53/udp, one per line, got '${line}'`,
      );
    }
    return spec;
  });
}

function readWaitFor(): WaitCheck[] {
  const checks = getList(Inputs.WaitFor).map((line) => {
    const check = parseWaitCheck(line);
    if (typeof check === 'string') throw new ConfigError(`input '${Inputs.WaitFor.name}' ${check}`);
    return check;
  });
  if (checks.some((check) => check.kind === 'exit') && checks.some((check) => check.kind === 'running')) {
    throw new ConfigError(`input '${Inputs.WaitFor.name}' cannot wait for both exit and running`);
  }
  return checks;
}

/** Ports a tcp:/http: check needs are published even when `ports` does not list them. */
function withCheckedPorts(ports: PortSpec[], checks: WaitCheck[]): PortSpec[] {
  const all = [...ports];
  for (const check of checks) {
    if (
      (check.kind === 'tcp' || check.kind === 'http') &&
      !all.some((spec) => spec.key === String(check.port))
    )
      all.push(parsePort(String(check.port))!);
  }
  return all;
}

function readBuild(): BuildSettings | undefined {
  const context = getString(Inputs.Context);
  const dockerfile = getString(Inputs.Dockerfile) || undefined;
  const buildArgs = getMap(Inputs.BuildArgs);
  const target = getString(Inputs.Target) || undefined;
  if (!context) {
    const stray = [Inputs.Dockerfile, Inputs.BuildArgs, Inputs.Target].find((spec) => getString(spec) !== '');
    if (stray) throw new ConfigError(`input '${stray.name}' needs 'context' (the build context) too`);
    return undefined;
  }
  return { context, dockerfile, buildArgs, target };
}

/** Inputs that only apply to some checks, set while no such check is asked for (an explicit list only). */
function unusedInputs(checks: WaitCheck[]): string[] {
  if (checks.length === 0) return [];
  const unused: InputSpec[] = [];
  if (!checks.some((check) => check.kind === 'http')) {
    if (getString(Inputs.ExpectStatus) !== Inputs.ExpectStatus.default) unused.push(Inputs.ExpectStatus);
    if (getString(Inputs.ExpectBody)) unused.push(Inputs.ExpectBody);
  }
  if (!checks.some((check) => check.kind === 'exit') && getString(Inputs.ExpectExitCode) !== '0')
    unused.push(Inputs.ExpectExitCode);
  return unused.map((spec) => spec.name);
}

function readCache(build: BuildSettings | undefined): boolean {
  const cache = getBool(Inputs.Cache);
  if (cache && !build)
    throw new ConfigError(
      `input '${Inputs.Cache.name}' caches the image built from 'context', and 'context' is not set`,
    );
  return cache;
}

export function readSettings(): Settings {
  const image = getString(Inputs.Image);
  const build = readBuild();
  if (!image && !build)
    throw new ConfigError(`input '${Inputs.Image.name}' (or '${Inputs.Context.name}') is required`);
  const waitFor = readWaitFor();
  const entrypointText = getText(Inputs.Entrypoint).trim();
  const [entrypoint, ...entrypointArgs] = entrypointText ? args(Inputs.Entrypoint, entrypointText) : [];
  const command = [...entrypointArgs, ...args(Inputs.Command, getText(Inputs.Command))];
  const timeoutMs = getDuration(Inputs.Timeout, { min: 1 });
  const stableForMs = getDuration(Inputs.StableFor);
  if (stableForMs >= timeoutMs && waitFor.some((check) => check.kind === 'running')) {
    throw new ConfigError(
      `input '${Inputs.StableFor.name}' (${formatDuration(stableForMs)}) must be shorter than '${Inputs.Timeout.name}' (${formatDuration(timeoutMs)})`,
    );
  }
  return {
    image,
    build,
    ports: withCheckedPorts(readPorts(), waitFor),
    env: getMap(Inputs.Env, /^[A-Za-z_][A-Za-z0-9_.-]*$/),
    command,
    entrypoint,
    network: getString(Inputs.Network) || undefined,
    options: readOptions(),
    waitFor,
    expectStatus: getStatusSet(Inputs.ExpectStatus),
    expectBody: getRegex(Inputs.ExpectBody),
    expectExitCode: getInt(Inputs.ExpectExitCode, { min: 0, max: 255 }),
    expectLogs: getRegex(Inputs.ExpectLogs),
    rejectLogs: getRegex(Inputs.RejectLogs),
    exec: getList(Inputs.Exec).map((line) => args(Inputs.Exec, line)),
    timeoutMs,
    stableForMs,
    logLines: getInt(Inputs.LogLines, { min: 0, max: 100_000 }),
    cleanup: getEnum(Inputs.Cleanup, ['always', 'on-success', 'never'] as const),
    removeImage: getBool(Inputs.RemoveImage),
    cache: readCache(build),
    diagnostics: getEnum(Inputs.Diagnostics, ['on-failure', 'always', 'never'] as const),
    unusedInputs: unusedInputs(waitFor),
  };
}
