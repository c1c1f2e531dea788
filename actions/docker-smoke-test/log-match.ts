// Log patterns matched against a container's whole output as it streams by, line by line, in bounded
// memory: a `panic:` followed by megabytes of output is still found.

/** Longest unfinished line kept; a longer one is matched in windows that overlap by OVERLAP_CHARS. */
export const MAX_LINE_CHARS = 64 * 1024;
const OVERLAP_CHARS = 4 * 1024;
const EXCERPT_CHARS = 160;

export type LogStream = 'stdout' | 'stderr';

/** A pattern as it is tested on one line: without g/y, whose lastIndex would carry over between lines. */
function lineRegex(pattern: RegExp): RegExp {
  return /[gy]/.test(pattern.flags)
    ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
    : pattern;
}

function excerpt(line: string): string {
  const trimmed = line.trim();
  return trimmed.length > EXCERPT_CHARS ? `${trimmed.slice(0, EXCERPT_CHARS - 3)}...` : trimmed;
}

/**
 * Tests every complete line of each stream against each pattern, once, and remembers the first line
 * each pattern matched. stdout and stderr are split separately, so interleaved chunks never make up
 * a line that was not written.
 */
export class LineMatcher {
  private readonly patterns: Array<{ key: RegExp; regex: RegExp }>;
  private readonly found = new Map<RegExp, string>();
  private readonly carry: Record<LogStream, string> = { stdout: '', stderr: '' };

  constructor(patterns: ReadonlyArray<RegExp | undefined>) {
    this.patterns = [...new Set(patterns.filter((pattern) => pattern !== undefined))].map((key) => ({
      key,
      regex: lineRegex(key),
    }));
  }

  push(stream: LogStream, chunk: string): void {
    if (this.found.size === this.patterns.length) return;
    const lines = (this.carry[stream] + chunk).split('\n');
    let rest = lines.pop()!;
    for (const line of lines) this.test(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (rest.length > MAX_LINE_CHARS) {
      this.test(rest);
      rest = rest.slice(rest.length - OVERLAP_CHARS);
    }
    this.carry[stream] = rest;
  }

  /** The streams ended: their unfinished last lines are lines too. */
  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.carry[stream]) this.test(this.carry[stream]);
      this.carry[stream] = '';
    }
  }

  /**
   * The first line `pattern` matched (shortened), or undefined. A line still being written counts as
   * far as it has arrived, so `printf ready` without a newline is seen at once.
   */
  match(pattern: RegExp): string | undefined {
    const found = this.found.get(pattern);
    if (found !== undefined) return found;
    const entry = this.patterns.find((candidate) => candidate.key === pattern);
    if (!entry) return undefined;
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.carry[stream] && entry.regex.test(this.carry[stream])) return excerpt(this.carry[stream]);
    }
    return undefined;
  }

  private test(line: string): void {
    for (const { key, regex } of this.patterns) {
      if (!this.found.has(key) && regex.test(line)) this.found.set(key, excerpt(line));
    }
  }
}
