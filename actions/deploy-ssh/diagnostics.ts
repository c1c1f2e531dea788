// When a deploy fails: per-host transcripts and results, uploaded as one diagnostics artifact.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadDiagnostics } from '../../shared/diagnostics-artifact.js';
import type { DeployLog, DeployOutcome } from './deploy.js';

export const DIAGNOSTICS_PREFIX = 'deploy-ssh-diagnostics';
/** Kept of each host's transcript: the end explains a failure. */
const MAX_TRANSCRIPT_CHARS = 4 * 1024 * 1024;

/** One host's transcript: its lines, of which those before `start` are dropped, and their length. */
interface Transcript {
  lines: string[];
  start: number;
  chars: number;
}

/**
 * Everything each host printed, and what the action said about it, line by line with the time. Only the
 * last MAX_TRANSCRIPT_CHARS are kept, by dropping whole lines from the front: adding a line costs the
 * same however much a host printed (cutting one string per line copied megabytes each time).
 */
export class HostTranscripts {
  private readonly text = new Map<string, Transcript>();

  add(host: string, line: string): void {
    let transcript = this.text.get(host);
    if (!transcript) {
      transcript = { lines: [], start: 0, chars: 0 };
      this.text.set(host, transcript);
    }
    const entry = `${new Date().toISOString()} ${line}\n`;
    transcript.lines.push(entry);
    transcript.chars += entry.length;
    while (transcript.chars > MAX_TRANSCRIPT_CHARS && transcript.start < transcript.lines.length - 1)
      transcript.chars -= transcript.lines[transcript.start++]!.length;
    if (transcript.start > 1024 && transcript.start * 2 > transcript.lines.length) {
      transcript.lines = transcript.lines.slice(transcript.start);
      transcript.start = 0;
    }
  }

  entries(): Array<[string, string]> {
    return [...this.text.entries()].map(([host, { lines, start }]) => {
      const text = lines.slice(start).join('');
      return [
        host,
        text.length > MAX_TRANSCRIPT_CHARS ? text.slice(text.length - MAX_TRANSCRIPT_CHARS) : text,
      ];
    });
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
