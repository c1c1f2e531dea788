import type { Change, RevertOf } from './commits.js';

/** A subject as a revert quotes it: GitHub's `(#12)` suffix aside, case aside. */
function subjectKey(subject: string): string {
  return subject.replace(/\s*\(#\d+\)$/, '').toLowerCase();
}

/** Shorter abbreviations are not taken for shas (commits.ts reads 7 to 40 hex digits). */
const ABBREVIATION = 7;

/** The commits seen so far, by sha and by the start of their sha. */
class SeenCommits {
  private readonly all = new Set<string>();
  private readonly byStart = new Map<string, string[]>();

  add(sha: string): void {
    this.all.add(sha);
    const start = sha.slice(0, ABBREVIATION);
    const list = this.byStart.get(start);
    if (list) list.push(sha);
    else this.byStart.set(start, [sha]);
  }

  has(sha: string): boolean {
    return this.all.has(sha);
  }

  /**
   * The commit a full or abbreviated sha names (the latest seen when it is ambiguous): one map lookup, so a
   * message naming thousands of shas costs no scan of the history for each.
   */
  find(named: string): string | undefined {
    if (this.all.has(named)) return named;
    if (named.length >= 40 || named.length < ABBREVIATION) return undefined;
    return this.byStart
      .get(named.slice(0, ABBREVIATION))
      ?.findLast((candidate) => candidate.startsWith(named));
  }
}

/** The commits of the range, older than the revert, that it names (by sha, else by subject). */
function targetsInRange(revert: RevertOf, seen: SeenCommits, bySubject: ReadonlyMap<string, string>) {
  if (revert.shas.length === 0) {
    const sha = bySubject.get(subjectKey(revert.header));
    return { found: sha ? [sha] : [], missing: sha ? 0 : 1 };
  }
  const found: string[] = [];
  let missing = 0;
  for (const named of revert.shas) {
    const sha = seen.find(named);
    if (sha) found.push(sha);
    else missing++;
  }
  return { found, missing };
}

/**
 * The changes of a range (newest first) once its reverts are applied, as conventional-commits-filter does:
 * a revert of a commit in the range drops both (of a merge commit: with every commit it merged); a
 * revert of such a revert brings the commit back. A
 * revert of a commit outside the range (released earlier) stays, as a change of its own.
 */
export function applyReverts(
  changes: readonly Change[],
  /** The commits a merge commit brought in (a revert of the merge reverts them all). */
  mergedBy: (sha: string) => readonly string[] = () => [],
): readonly Change[] {
  if (!changes.some((change) => change.revert)) return changes;
  /** Commits the range has removed (toggled off). */
  const dropped = new Set<string>();
  /** Reverts that act only inside the range → the commits each toggled. */
  const absorbed = new Map<string, string[]>();
  const seen = new SeenCommits();
  const bySubject = new Map<string, string>();
  const toggle = (sha: string): void => {
    const inner = absorbed.get(sha);
    // Reverting a revert undoes what it did.
    if (inner) for (const target of inner) toggle(target);
    else if (!dropped.delete(sha)) dropped.add(sha);
  };
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    if (seen.has(change.sha)) continue;
    if (change.revert) {
      const { found, missing } = targetsInRange(change.revert, seen, bySubject);
      const targets = found.flatMap((sha) => [sha, ...mergedBy(sha)]);
      for (const sha of targets) toggle(sha);
      if (found.length && !missing) absorbed.set(change.sha, targets);
    }
    seen.add(change.sha);
    bySubject.set(subjectKey(change.subject), change.sha);
  }
  return changes.filter((change) => !dropped.has(change.sha) && !absorbed.has(change.sha));
}
