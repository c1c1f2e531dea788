import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { uniqueArtifactName } from './artifact-name.js';
import * as core from './core.js';
import { redact } from './redact.js';
import { optionalResultsCall, resultsTimeoutMs } from './results-guard.js';
import { escapeHtml, summaryAvailable } from './summary.js';

/** Kept briefly: diagnostics explain one failed run and are worthless a few days later. */
export const DIAGNOSTICS_RETENTION_DAYS = 5;
const UPLOAD_TIMEOUT_MS = 2 * 60_000;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface UploadedDiagnostics {
  name: string;
  size: number;
}

/**
 * Every registered secret out of every file, raw or JSON-escaped: the runner masks only the log, and an
 * artifact can be downloaded by anyone who can read the run.
 */
function redactFiles(files: readonly string[]): void {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const clean = redact(text);
    if (clean !== text) writeFileSync(file, clean);
  }
}

/**
 * Uploads every file under `dir` (redacted first) as one artifact named `<prefix>-<job>-<step>-attempt<n>-<job id>`, with a
 * short retention, and names it (with its size) in the log and the job summary. A failed upload is one
 * warning: diagnostics never change a step's result.
 */
export async function uploadDiagnostics(
  prefix: string,
  dir: string,
  signal: AbortSignal,
): Promise<UploadedDiagnostics | undefined> {
  const name = uniqueArtifactName(prefix);
  const files = filesUnder(dir);
  redactFiles(files);
  const raw = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const uploaded = await optionalResultsCall(
    `${prefix}: diagnostics upload`,
    (lib) => lib.uploadArtifact(name, files, dir, DIAGNOSTICS_RETENTION_DAYS),
    {
      timeoutMs: resultsTimeoutMs(UPLOAD_TIMEOUT_MS),
      signal,
      group: `Uploading diagnostics artifact ${name}`,
    },
  );
  if (!uploaded) return undefined;
  const list = files.map((file) => relative(dir, file)).join(', ');
  core.info(
    `Diagnostics: artifact ${name} (${formatBytes(uploaded.size)} zipped, ${formatBytes(raw)} of ${list}; kept ${DIAGNOSTICS_RETENTION_DAYS} days)`,
  );
  if (summaryAvailable())
    await core.summary
      .addRaw(
        `<p>Diagnostics: artifact <code>${escapeHtml(name)}</code>, ${escapeHtml(formatBytes(uploaded.size))} (kept ${DIAGNOSTICS_RETENTION_DAYS} days): ${escapeHtml(list)}</p>`,
        true,
      )
      .write();
  return { name, size: uploaded.size };
}
