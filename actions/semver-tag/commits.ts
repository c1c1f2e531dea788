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
  /** The commit's subject line (what a revert quotes). */
  subject: string;
  /** Set when the commit is a revert (`Revert "…"`, `revert: …`): what it reverts. */
  revert?: RevertOf;
}

/** What a revert names: the commits (`This reverts commit <sha>.`, `Refs: <sha>`) and the reverted subject. */
export interface RevertOf {
  shas: string[];
  /** The reverted commit's subject, as the revert quotes it. */
  header: string;
}

export interface ParseOptions {
  /** Read `* feat: …` lines of a body (a squash merge's list of commits) as changes of their own. */
  squash: boolean;
}

export type Bump = 'major' | 'minor' | 'patch' | 'none';

const HEADER = /^([a-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?:[ \t]+(\S.*)$/i;
const SQUASH_ITEM = /^[ \t]*[*-][ \t]+(.+)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:[ \t]*(.*)$/;
/** git's and GitHub's revert subject, with the PR number GitHub's squash merge appends. */
const REVERT_SUBJECT = /^revert[ \t]+"(.*)"(?:[ \t]+\(#\d+\))?$/i;
const REVERTS_COMMIT = /\bThis reverts commit ([0-9a-f]{7,40})\b/gi;
const REFS_FOOTER = /^Refs?:[ \t]*(.+)$/gim;
const SHA = /^[0-9a-f]{7,40}$/i;

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

/** The shas a revert names: git's `This reverts commit <sha>.` and `Refs: <sha>, <sha>` footers. */
function revertedShas(body: string): string[] {
  const shas = new Set<string>();
  for (const match of body.matchAll(REVERTS_COMMIT)) shas.add(match[1]!.toLowerCase());
  for (const match of body.matchAll(REFS_FOOTER)) {
    for (const token of match[1]!.split(/[\s,]+/)) if (SHA.test(token)) shas.add(token.toLowerCase());
  }
  return [...shas];
}

/** The subject a revert quotes (`Revert "feat: x"`, `revert: feat: x`), or undefined for any other commit. */
function revertedSubject(subject: string, header: Header | undefined): string | undefined {
  if (header) {
    if (header.type !== 'revert') return undefined;
    const quoted = /^"(.*)"$/.exec(header.description);
    return quoted ? quoted[1]!.trim() : header.description;
  }
  if (subject.length < 9 || (subject[0] !== 'R' && subject[0] !== 'r')) return undefined;
  return REVERT_SUBJECT.exec(subject)?.[1]?.trim();
}

/** Every change has the same fields in the same order: one object shape keeps 20,000 of them fast. */
function change(
  sha: string,
  merge: boolean,
  subject: string,
  type: string | undefined,
  scope: string | undefined,
  description: string,
  breaking: boolean,
): Change {
  return {
    sha,
    type,
    scope,
    description,
    breaking,
    breakingNote: undefined,
    merge,
    subject,
    revert: undefined,
  };
}

function fromHeader(sha: string, merge: boolean, subject: string, header: Header): Change {
  return change(sha, merge, subject, header.type, header.scope, header.description, header.breaking);
}

function revertChange(
  commit: RawCommit,
  merge: boolean,
  subject: string,
  header: Header | undefined,
  reverted: string,
  body: string,
  notes: string[],
): Change {
  const breaking = Boolean(header?.breaking) || notes.length > 0;
  const revert = change(commit.sha, merge, subject, 'revert', header?.scope, reverted, breaking);
  revert.revert = { shas: body ? revertedShas(body) : [], header: reverted };
  if (notes.length) revert.breakingNote = notes.join(' ');
  return revert;
}

/**
 * The changes a commit announces. A squash merge whose body lists `* feat: …` lines announces each of
 * them (unless `squash` is off); its own subject counts as well when it is conventional (and is not one
 * of the lines repeated). A revert is one change of type `revert`, whatever its body lists.
 */
export function parseCommit(commit: RawCommit, options: ParseOptions = { squash: true }): Change[] {
  const merge = commit.parents.length > 1;
  const sha = commit.sha;
  if (!commit.message.includes('\n')) {
    // Most commits are a subject alone.
    const subject = commit.message.trim();
    const header = parseHeader(subject);
    const reverted = revertedSubject(subject, header);
    if (reverted !== undefined) return [revertChange(commit, merge, subject, header, reverted, '', [])];
    return [
      header
        ? fromHeader(sha, merge, subject, header)
        : change(sha, merge, subject, undefined, undefined, subject, false),
    ];
  }
  const lines = commit.message.replace(/\r\n/g, '\n').split('\n');
  const subject = lines[0]!.trim();
  const bodyLines = lines.slice(1);
  const notes = breakingNotes(bodyLines);
  const header = parseHeader(subject);
  const reverted = revertedSubject(subject, header);
  if (reverted !== undefined) {
    return [revertChange(commit, merge, subject, header, reverted, bodyLines.join('\n'), notes)];
  }
  const first = header
    ? fromHeader(sha, merge, subject, header)
    : change(sha, merge, subject, undefined, undefined, subject, false);
  if (notes.length) first.breaking = true;
  const changes: Change[] = [first];
  if (options.squash) {
    const seen = new Set([key(first)]);
    for (const line of bodyLines) {
      const item = SQUASH_ITEM.exec(line);
      const itemHeader = item && parseHeader(item[1]!);
      if (!itemHeader) continue;
      const itemChange = fromHeader(sha, merge, subject, itemHeader);
      if (seen.has(key(itemChange))) continue;
      seen.add(key(itemChange));
      changes.push(itemChange);
    }
  }
  if (notes.length) {
    const carrier = changes.find((candidate) => candidate.breaking) ?? first;
    carrier.breaking = true;
    carrier.breakingNote = notes.join(' ');
  }
  // A non-conventional subject whose body lists conventional lines says nothing more than those lines.
  if (!header && changes.length > 1 && !first.breaking) changes.shift();
  return changes;
}

/** Compares descriptions without a trailing PR number, so `feat: x (#12)` repeats `feat: x`. */
function key(change: Change): string {
  return `${change.type ?? ''}\0${change.scope ?? ''}\0${change.description.replace(/\s*\(#\d+\)$/, '').toLowerCase()}`;
}
