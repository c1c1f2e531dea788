import { FileProblem } from './files.js';
import type { EcosystemName, Kind, Problem } from './types.js';

/** Collects the problems of one lockfile check, with the ecosystem and fix command filled in. */
export class Problems {
  readonly list: Problem[] = [];

  constructor(
    readonly ecosystem: EcosystemName,
    readonly fix: string,
  ) {}

  add(kind: Kind, file: string, line: number, pkg: string, message: string, fix = this.fix): void {
    this.record('error', kind, file, line, pkg, message, fix);
  }

  /** A security finding about a lock entry, a warning when the finding says so. */
  finding(
    finding: { kind: Kind; message: string; warning?: boolean },
    file: string,
    line: number,
    pkg: string,
    label: string,
  ): void {
    const message = `${label} ${finding.message}`;
    if (finding.warning) this.warn(finding.kind, file, line, pkg, message);
    else this.add(finding.kind, file, line, pkg, message);
  }

  /** Reported, but does not fail the step. */
  warn(kind: Kind, file: string, line: number, pkg: string, message: string, fix = this.fix): void {
    this.record('warning', kind, file, line, pkg, message, fix);
  }

  private record(
    severity: Problem['severity'],
    kind: Kind,
    file: string,
    line: number,
    pkg: string,
    message: string,
    fix: string,
  ): void {
    this.list.push({ file, line, ecosystem: this.ecosystem, kind, package: pkg, message, fix, severity });
  }

  /** Runs a check; an unreadable or unparsable file becomes one `parse` problem instead of a crash. */
  async guard(check: () => Promise<void>): Promise<Problem[]> {
    try {
      await check();
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      this.add('parse', error.file, error.line, '', error.message, `fix the syntax of ${error.file}`);
    }
    return this.list;
  }
}
