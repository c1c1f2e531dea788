// When a deploy fails: per-host transcripts and results, uploaded as one diagnostics artifact.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadDiagnostics } from '../../shared/diagnostics-artifact.js';
import type { DeployLog, DeployOutcome } from './deploy.js';

export const DIAGNOSTICS_PREFIX = 'deploy-ssh-diagnostics';
/** Kept of each host's transcript: the end explains a failure. */
const MAX_TRANSCRIPT_CHARS = 4 * 1024 * 1024;

/** Everything each host printed, and what the action said about it, line by line with the time. */
export class HostTranscripts {
  private readonly text = new Map<string, string>();

  add(host: string, line: string): void {
    let text = `${this.text.get(host) ?? ''}${new Date().toISOString()} ${line}\n`;
    if (text.length > MAX_TRANSCRIPT_CHARS) text = text.slice(text.length - MAX_TRANSCRIPT_CHARS);
    this.text.set(host, text);
  }

  entries(): Array<[string, string]> {
    return [...this.text.entries()];
  }

  /** The same log, with every host line also written down here. */
  recording(log: DeployLog): DeployLog {
    return {
      ...log,
      forHost: (spec) => {
        const inner = log.forHost(spec);
        return {
          ...inner,
          info: (message) => {
            if (message) this.add(spec.label, message);
            inner.info(message);
          },
          line: (stream, text) => {
            this.add(spec.label, `${stream === 'stderr' ? '[stderr] ' : ''}${text}`);
            inner.line(stream, text);
          },
          begin: (title) => {
            this.add(spec.label, `== ${title}`);
            inner.begin(title);
          },
        };
      },
    };
  }
}

function fileName(host: string): string {
  return host.replace(/[^A-Za-z0-9._@-]+/g, '_');
}

/** Writes `deploy.json` and per host `<host>.log` / `<host>.json`, redacted, then uploads them. */
export async function saveDeployDiagnostics(
  outcome: DeployOutcome,
  transcripts: HostTranscripts,
  redact: (text: string) => string,
  signal: AbortSignal,
): Promise<void> {
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'ci-kit-deploy-diagnostics-'));
  try {
    const { results, ...deploy } = outcome;
    writeFileSync(join(dir, 'deploy.json'), `${redact(JSON.stringify(deploy, null, 2))}\n`);
    for (const result of results)
      writeFileSync(
        join(dir, `${fileName(result.host)}.json`),
        `${redact(JSON.stringify(result, null, 2))}\n`,
      );
    for (const [host, text] of transcripts.entries())
      writeFileSync(join(dir, `${fileName(host)}.log`), redact(text));
    await uploadDiagnostics(DIAGNOSTICS_PREFIX, dir, signal);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
