// The workflow-command and file-command protocol of the Actions runner: the small part of @actions/core the
// actions use. @actions/core pulls in an HTTP client (for OIDC tokens) that costs every action ~1 MB of
// bundle and ~40 ms of start-up; this is the same protocol in a few lines.
import { appendFileSync, closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';
import { nodeCrypto } from './node-crypto.js';

/** 16 bytes from the operating system's secure random source, as hex (node:crypto only without /dev/urandom). */
function randomHex(): string {
  const bytes = Buffer.alloc(16);
  try {
    const fd = openSync('/dev/urandom', 'r');
    try {
      if (readSync(fd, bytes, 0, bytes.length, null) === bytes.length) return bytes.toString('hex');
    } finally {
      closeSync(fd);
    }
  } catch {
    // no /dev/urandom
  }
  return nodeCrypto().randomBytes(16).toString('hex');
}

/**
 * Whether output goes through process.stdout: for a terminal, and from the first write to file descriptor 1
 * that fails on (a full non-blocking pipe, a closed descriptor), so that order and error handling stay
 * Node's. Otherwise (the runner reads a step's log from a pipe) writes go straight to the descriptor:
 * creating process.stdout for a pipe costs ~3 ms of every action's start and exit, and Node writes to
 * pipes and files synchronously on Linux anyway.
 */
let viaStream: boolean | undefined;

function writeStdout(text: string): void {
  if (viaStream === undefined) {
    try {
      viaStream = fstatSync(1).isCharacterDevice();
    } catch {
      viaStream = true;
    }
  }
  if (!viaStream) {
    const data = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < data.length) written += writeSync(1, data, written);
      return;
    } catch {
      viaStream = true;
      process.stdout.write(data.subarray(written));
      return;
    }
  }
  process.stdout.write(text);
}

/** Where log lines and workflow commands are written; tests capture them by replacing `write`. */
export const output = { write: writeStdout };

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,…::message`, escaped as the runner expects. */
function issueCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string,
) {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  output.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** Appends `name<<delimiter … delimiter` to a file command (GITHUB_OUTPUT, GITHUB_STATE, …). */
function fileCommand(variable: string, name: string, value: string): boolean {
  const file = process.env[variable];
  if (!file) return false;
  // Unguessable, so a value cannot end the block early; and checked below all the same.
  const delimiter = `ghadelimiter_${randomHex()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`${variable}: the value of '${name}' contains the delimiter`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

export function info(message: string): void {
  output.write(`${message}${EOL}`);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

function annotation(
  level: 'error' | 'warning' | 'notice',
  message: string,
  props: AnnotationProperties = {},
) {
  issueCommand(
    level,
    {
      title: props.title,
      file: props.file,
      line: props.startLine,
      endLine: props.endLine,
      col: props.startColumn,
      endColumn: props.endColumn,
    },
    message,
  );
}

export function error(message: string, props?: AnnotationProperties): void {
  annotation('error', message, props);
}

export function warning(message: string, props?: AnnotationProperties): void {
  annotation('warning', message, props);
}

export function notice(message: string, props?: AnnotationProperties): void {
  annotation('notice', message, props);
}

/** An error annotation and exit code 1 once the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

export function setOutput(name: string, value: string): void {
  if (!fileCommand('GITHUB_OUTPUT', name, value)) {
    output.write(EOL);
    issueCommand('set-output', { name }, value);
  }
}

/** Kept for the post step, which reads it with getState. */
export function saveState(name: string, value: string): void {
  if (!fileCommand('GITHUB_STATE', name, value)) issueCommand('save-state', { name }, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

/** Appends markdown/HTML to the job summary; false outside a runner. */
export function appendSummary(text: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, text, 'utf8');
  return true;
}
