/** One commit as read from `git log`. */
export interface RawCommit {
  sha: string;
  parents: string[];
  /** Subject and body (`%B`). */
  message: string;
}

/** One change a commit announces: the commit itself, or one `* feat: …` line of a squash merge body. */
export interface Change {
  sha: string;
  /** Lower-cased Conventional Commits type; undefined when the line is not conventional. */
  type?: string;
  scope?: string;
  description: string;
  breaking: boolean;
  /** Text of a `BREAKING CHANGE:` footer, when there is one. */
  breakingNote?: string;
  merge: boolean;
}

export type Bump = 'major' | 'minor' | 'patch' | 'none';

const HEADER = /^([a-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?:[ \t]+(\S.*)$/i;
const SQUASH_ITEM = /^[ \t]*[*-][ \t]+(.+)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:[ \t]*(.*)$/;

interface Header {
  type: string;
  scope?: string;
  breaking: boolean;
  description: string;
}

export function parseHeader(line: string): Header | undefined {
  const match = HEADER.exec(line.trim());
  if (!match) return undefined;
  return {
    type: match[1]!.toLowerCase(),
    scope: match[2]?.trim() || undefined,
    breaking: match[3] === '!',
    description: match[4]!.trim(),
  };
}

/** The text of every `BREAKING CHANGE:` / `BREAKING-CHANGE:` footer, with its continuation lines. */
function breakingNotes(bodyLines: string[]): string[] {
  const notes: string[] = [];
  for (let i = 0; i < bodyLines.length; i++) {
    const match = BREAKING_FOOTER.exec(bodyLines[i]!);
    if (!match) continue;
    const parts = [match[1]!.trim()];
    while (
      i + 1 < bodyLines.length &&
      bodyLines[i + 1]!.trim() !== '' &&
      !/^[\w-]+: /.test(bodyLines[i + 1]!)
    ) {
      parts.push(bodyLines[++i]!.trim());
    }
    notes.push(parts.filter(Boolean).join(' '));
  }
  return notes;
}

/**
 * The changes a commit announces. A squash merge whose body lists `* feat: …` lines announces each of
 * them; its own subject counts as well when it is conventional (and is not one of the lines repeated).
 */
export function parseCommit(commit: RawCommit): Change[] {
  const merge = commit.parents.length > 1;
  if (!commit.message.includes('\n')) {
    // Most commits are a subject alone.
    const header = parseHeader(commit.message);
    const description = commit.message.trim();
    return [
      header
        ? { sha: commit.sha, merge, ...header }
        : { sha: commit.sha, merge, description, breaking: false },
    ];
  }
  const lines = commit.message.replace(/\r\n/g, '\n').split('\n');
  const subject = lines[0]!.trim();
  const bodyLines = lines.slice(1);
  const notes = breakingNotes(bodyLines);
  const changes: Change[] = [];
  const header = parseHeader(subject);
  const base = { sha: commit.sha, merge };
  if (header) {
    changes.push({ ...base, ...header, breaking: header.breaking || notes.length > 0 });
  } else {
    changes.push({ ...base, description: subject, breaking: notes.length > 0 });
  }
  const seen = new Set([key(changes[0]!)]);
  for (const line of bodyLines) {
    const item = SQUASH_ITEM.exec(line);
    const itemHeader = item && parseHeader(item[1]!);
    if (!itemHeader) continue;
    const change: Change = { ...base, ...itemHeader };
    if (seen.has(key(change))) continue;
    seen.add(key(change));
    changes.push(change);
  }
  if (notes.length) {
    const carrier = changes.find((change) => change.breaking) ?? changes[0]!;
    carrier.breaking = true;
    carrier.breakingNote = notes.join(' ');
  }
  // A non-conventional subject whose body lists conventional lines says nothing more than those lines.
  if (!header && changes.length > 1 && !changes[0]!.breaking) changes.shift();
  return changes;
}

/** Compares descriptions without a trailing PR number, so `feat: x (#12)` repeats `feat: x`. */
function key(change: Change): string {
  return `${change.type ?? ''}\0${change.scope ?? ''}\0${change.description.replace(/\s*\(#\d+\)$/, '').toLowerCase()}`;
}

/** feat → minor, fix/perf → patch, breaking → major; anything else releases nothing. */
export function changeBump(change: Change): Bump {
  if (change.breaking) return 'major';
  if (change.type === 'feat') return 'minor';
  if (change.type === 'fix' || change.type === 'perf') return 'patch';
  return 'none';
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The largest bump any change asks for. */
export function releaseBump(changes: readonly Change[]): Bump {
  let bump: Bump = 'none';
  for (const change of changes) {
    bump = maxBump(bump, changeBump(change));
    if (bump === 'major') break;
  }
  return bump;
}
