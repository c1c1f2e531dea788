// `npx ci-kit <action> --<input> value …`: runs an action's bundle locally, as the runner would,
// and prints its log, outputs and job summary.

import { redactorFor } from '../shared/redact.js';
import { ACTIONS } from './actions.js';
import { LogReader, readActionYml, runStep, type StepResult, type WorkflowCommand } from './runner.js';

function usage(): string {
  return [
    'usage: ci-kit <action> [--<input> value]... [--input NAME=value]... [--env KEY=value]...',
    '',
    `actions: ${ACTIONS.join(', ')}`,
    'Repeat an input (--url a --url b) for a multi-line value. `ci-kit <action> --help` lists its inputs.',
    '--env KEY=value sets the step environment (the `env:` of a workflow step); the `env` input of',
    'deploy-ssh and docker-smoke-test is given with --input env=KEY=value (repeat it for more lines).',
  ].join('\n');
}

function actionHelp(action: string): string {
  const yml = readActionYml(action);
  const lines = [`${action}: ${yml.description}`, '', 'inputs:'];
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    const detail = spec.required
      ? 'required'
      : spec.default
        ? `default ${JSON.stringify(spec.default)}`
        : 'optional';
    // `--env` is the step environment, so an input called env is given as `--input env=…`.
    const flag = name === 'env' ? '--input env=' : `--${name}`;
    lines.push(`  ${flag}  (${detail})  ${spec.description ?? ''}`);
  }
  lines.push('', 'outputs:', ...Object.keys(yml.outputs ?? {}).map((name) => `  ${name}`));
  return lines.join('\n');
}

export interface CliArguments {
  action: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  help: boolean;
}

/** A repeated input becomes a multi-line value. */
function addInput(inputs: Record<string, string>, name: string, value: string): void {
  inputs[name] = name in inputs ? `${inputs[name]}\n${value}` : value;
}

export function parseArguments(argv: string[]): CliArguments {
  const [action = '', ...rest] = argv;
  const inputs: Record<string, string> = {};
  const env: Record<string, string> = {};
  let help = action === '' || action === '--help' || action === '-h';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) throw new Error(`unexpected argument '${arg}' (inputs are --name value)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (name === 'env') {
      const sep = value.indexOf('=');
      if (sep <= 0) throw new Error('--env needs KEY=value (the step environment)');
      env[value.slice(0, sep)] = value.slice(sep + 1);
    } else if (name === 'input') {
      // `--input env=KEY=value`: any input by name, also one called `env` (deploy-ssh, docker-smoke-test).
      const sep = value.indexOf('=');
      if (sep <= 0) throw new Error('--input needs NAME=value');
      addInput(inputs, value.slice(0, sep), value.slice(sep + 1));
    } else addInput(inputs, name, value);
  }
  return { action, inputs, env, help };
}

function render(command: WorkflowCommand): string | undefined {
  switch (command.command) {
    case 'error':
    case 'warning':
    case 'notice': {
      const where = command.properties.file
        ? ` (${command.properties.file}:${command.properties.line ?? ''})`
        : '';
      return `${command.command.toUpperCase()}: ${command.message}${where}`;
    }
    case 'group':
      return `▸ ${command.message}`;
    case 'endgroup':
    case 'debug':
    case 'add-mask':
      return undefined;
    default:
      return command.message;
  }
}

/** Prints a step's stdout as the job log would show it, line by line, as it arrives. */
function liveLog(): (chunk: string) => void {
  const reader = new LogReader();
  let pending = '';
  return (chunk) => {
    pending += chunk;
    const lines = pending.split(/\r\n|\r|\n/);
    pending = lines.pop()!;
    for (const raw of lines) {
      const line = reader.line(raw);
      if (!line.shown) continue;
      const text = line.command ? render(line.command) : line.text;
      if (text === undefined) continue;
      process.stdout.write(`${reader.mask(text)}\n`);
    }
  };
}

/** Outputs and the job summary, masked as the runner masks the log (with every secret the step registered). */
function printResults(title: string, step: StepResult): void {
  const redact = redactorFor(step.secrets);
  const outputs = Object.entries(step.outputs);
  if (outputs.length) {
    process.stdout.write(`\n${title} outputs:\n`);
    for (const [name, value] of outputs)
      process.stdout.write(`  ${name} = ${redact(value).replace(/\n/g, '\n    ')}\n`);
  }
  if (step.summary.trim()) {
    const text = step.summary
      .replace(/<\/(th|td)>/g, ' | ')
      .replace(/<\/(tr|h\d|p)>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      .replace(/&amp;/g, '&');
    process.stdout.write(`\njob summary:\n${redact(text.trim())}\n`);
  }
}

export async function main(argv: string[]): Promise<number> {
  let args: CliArguments;
  try {
    args = parseArguments(argv);
    if (args.help) {
      process.stdout.write(
        `${args.action && !args.action.startsWith('-') ? actionHelp(args.action) : usage()}\n`,
      );
      return 0;
    }
    if (!ACTIONS.includes(args.action)) throw new Error(`unknown action '${args.action}'\n${usage()}`);
  } catch (error) {
    process.stderr.write(`ci-kit: ${(error as Error).message}\n`);
    return 2;
  }
  let child: number | undefined;
  const forward = (signal: NodeJS.Signals) => () => {
    if (child) process.kill(child, signal);
  };
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  let step: StepResult;
  try {
    step = await runStep({
      action: args.action,
      inputs: args.inputs,
      env: args.env,
      node: process.execPath,
      onStdout: liveLog(),
      onStderr: (chunk) => process.stderr.write(chunk),
      onSpawn: (pid) => {
        child = pid;
      },
    });
  } catch (error) {
    process.stderr.write(`ci-kit: ${(error as Error).message}\n`);
    return 2;
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
  printResults(args.action, step);
  if (step.post) printResults(`${args.action} (post)`, step.post);
  return step.exitCode ?? 1;
}
