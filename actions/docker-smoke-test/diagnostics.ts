import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadDiagnostics } from '../../shared/diagnostics-artifact.js';
import type { DockerCli } from './docker.js';
import type { HttpExchange } from './wait.js';

export type DiagnosticsMode = 'on-failure' | 'always' | 'never';

export const DIAGNOSTICS_PREFIX = 'docker-smoke-test-diagnostics';
const MAX_HTTP_ENTRIES = 200;
const MAX_BODY_CHARS = 4000;

export interface HttpRecord extends HttpExchange {
  /** First and last time this same answer was seen, and how often. */
  first: string;
  last: string;
  times: number;
}

/** Every distinct HTTP answer the checks saw, in order; a repeat of the previous answer is counted, not kept. */
export class HttpLog {
  readonly entries: HttpRecord[] = [];

  record(exchange: HttpExchange): void {
    const now = new Date().toISOString();
    const body = exchange.body === undefined ? undefined : exchange.body.slice(0, MAX_BODY_CHARS);
    const previous = this.entries.at(-1);
    if (
      previous &&
      previous.url === exchange.url &&
      previous.status === exchange.status &&
      previous.error === exchange.error &&
      previous.body === body
    ) {
      previous.times++;
      previous.last = now;
      return;
    }
    if (this.entries.length >= MAX_HTTP_ENTRIES) this.entries.shift();
    this.entries.push({ ...exchange, body, first: now, last: now, times: 1 });
  }
}

export interface DiagnosticsInput {
  docker: DockerCli;
  containerId?: string;
  image: string;
  /** When the step started: engine events from here on. */
  since: Date;
  http: HttpLog;
  report: object;
}

/** `2024-05-01T10:00:00.5Z` and `…00.123456789Z` compared as times (docker trims trailing zeros). */
function timeKey(line: string): string {
  const match = /^(\S+?)(?:\.(\d+))?Z\s/.exec(line);
  return match ? `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}` : '';
}

/** The whole log, both streams interleaved by their timestamps. */
async function containerLog(docker: DockerCli, id: string): Promise<string> {
  const result = await docker.exec(['logs', '--timestamps', id], {
    timeoutMs: 30_000,
    maxOutputBytes: 64 * 1024 * 1024,
  });
  const lines = [result.stdout, result.stderr]
    .flatMap((text) => text.split('\n'))
    .filter((line) => line !== '');
  return `${lines
    .map((line, index) => ({ line, index, key: timeKey(line) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map((entry) => entry.line)
    .join('\n')}\n`;
}

async function events(docker: DockerCli, filter: string, since: Date): Promise<string> {
  const result = await docker.exec(
    [
      'events',
      '--since',
      String(Math.floor(since.getTime() / 1000) - 1),
      '--until',
      String(Math.ceil(Date.now() / 1000) + 1),
      '--filter',
      filter,
      '--format',
      '{{json .}}',
    ],
    { timeoutMs: 30_000 },
  );
  return result.stdout;
}

/**
 * Writes the diagnostics files into `dir`; what cannot be read is noted in the file instead. Secrets are
 * taken out by uploadDiagnostics (every masked value: `env`, `build-args`).
 */
export async function collectDiagnostics(input: DiagnosticsInput, dir: string): Promise<void> {
  const { docker, containerId } = input;
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  const safely = async (name: string, read: () => Promise<string>) => {
    try {
      write(name, await read());
    } catch (error) {
      write(name, `could not be read: ${(error as Error).message}\n`);
    }
  };
  const inspect = async (kind: 'container' | 'image', id: string) => {
    const result = await docker.exec([kind, 'inspect', id], { timeoutMs: 30_000 });
    return result.exitCode === 0 ? result.stdout : `docker ${kind} inspect: ${result.stderr}`;
  };
  write('report.json', `${JSON.stringify(input.report, null, 2)}\n`);
  write('http-answers.json', `${JSON.stringify(input.http.entries, null, 2)}\n`);
  await safely('image-inspect.json', () => inspect('image', input.image));
  await safely('image-events.jsonl', () => events(docker, `image=${input.image}`, input.since));
  if (containerId) {
    await safely('container.log', () => containerLog(docker, containerId));
    await safely('container-inspect.json', () => inspect('container', containerId));
    await safely('container-events.jsonl', () => events(docker, `container=${containerId}`, input.since));
  }
}

/** Collects and uploads the diagnostics artifact; never throws for an upload problem. */
export async function saveDiagnostics(input: DiagnosticsInput, signal: AbortSignal): Promise<void> {
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'ci-kit-smoke-diagnostics-'));
  try {
    await collectDiagnostics(input, dir);
    await uploadDiagnostics(DIAGNOSTICS_PREFIX, dir, signal);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function wantDiagnostics(mode: DiagnosticsMode, passed: boolean): boolean {
  return mode === 'always' || (mode === 'on-failure' && !passed);
}
