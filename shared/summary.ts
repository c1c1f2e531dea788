import { appendFileSync } from 'node:fs';
import * as core from './core.js';
import { oneLine } from './one-line.js';
import { redact } from './redact.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Whether a job summary can be written (the runner, the local CLI and the e2e harness set this). */
export function summaryAvailable(): boolean {
  return Boolean(process.env.GITHUB_STEP_SUMMARY);
}

export interface SummaryTable {
  heading: string;
  /** Text shown above the table. */
  intro?: string;
  columns: string[];
  rows: string[][];
}

/** Writes a heading and a table (cells are escaped) to the job summary; silently skipped outside a runner. */
export async function writeSummaryTable(table: SummaryTable): Promise<void> {
  if (!summaryAvailable()) return;
  // Secrets are redacted before escaping, so a secret holding & < > " ' is still found.
  const cell = (text: string) => escapeHtml(redact(text));
  core.summary.addHeading(cell(table.heading), 3);
  if (table.intro) core.summary.addRaw(`<p>${cell(table.intro)}</p>`, true);
  core.summary.addTable([
    table.columns.map((text) => ({ data: cell(text), header: true })),
    ...table.rows.map((cells) => cells.map(cell)),
  ]);
  appendSummary();
}

/** Appends markdown (the caller's, as it stands) to the job summary; silently skipped outside a runner. */
export async function writeSummaryMarkdown(markdown: string): Promise<void> {
  if (!summaryAvailable()) return;
  core.summary.addRaw(markdown, true);
  appendSummary();
}

/**
 * Appends what @actions/core's summary holds to the summary file, as its `write()` does, but in one synchronous
 * call: `write()` goes through node:fs/promises, whose first use starts libuv's thread pool for two small
 * file operations at the end of every run.
 */
function appendSummary(): void {
  const text = core.summary.stringify();
  core.summary.emptyBuffer();
  appendFileSync(process.env.GITHUB_STEP_SUMMARY!, text, 'utf8');
}

export interface AnnotationPlace {
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

/** An error/warning/notice annotation, optionally pinned to a file and line. */
export function annotate(
  level: 'error' | 'warning' | 'notice',
  message: string,
  place: AnnotationPlace = {},
): void {
  const properties: core.AnnotationProperties = {};
  if (place.title) properties.title = oneLine(place.title);
  if (place.file) properties.file = oneLine(place.file);
  if (place.line) properties.startLine = place.line;
  if (place.column) properties.startColumn = place.column;
  const emit = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice;
  emit(message, properties);
}

/** Sets every output (secrets redacted, as in the log); objects and arrays become JSON. */
export function setOutputs(outputs: Record<string, string | number | boolean | object | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    core.setOutput(name, redact(typeof value === 'object' ? JSON.stringify(value) : String(value)));
  }
}
