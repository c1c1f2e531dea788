import type { SemVer } from 'semver';
import { type Change, type ParseOptions, parseCommit, type RawCommit } from './commits.js';
import type { Git, TagRef } from './git.js';
import { applyReverts } from './reverts.js';
import { highest, parseTagVersion, type VersionTag } from './version.js';

function versionTags(refs: readonly TagRef[], prefix: string): VersionTag[] {
  const tags: VersionTag[] = [];
  for (const ref of refs) {
    const version = parseTagVersion(ref.name, prefix);
    if (version) tags.push({ name: ref.name, version, commit: ref.commit });
  }
  return tags;
}

/** The commits of a range, and the changes they make once reverts are applied. */
export interface Range {
  commits: number;
  changes: readonly Change[];
}

export interface HistoryOptions {
  /** Only commits touching these paths count. */
  paths: readonly string[];
  parse: ParseOptions;
  /** A revert and the commit it reverts, both in a range, drop. */
  reverts: boolean;
}

/** The version tags that matter for the commit to tag, and the changes since any of them (each range read once). */
export class History {
  private readonly logs = new Map<string, Promise<Range>>();
  /** Version tags on the commit itself. */
  onHead: VersionTag[] = [];
  /**
   * Version tags in the commit's history, its own excluded. It may hold only the highest of them: that
   * is all the previous version and the last release are made of.
   */
  earlier: VersionTag[] = [];
  /** Every version with this prefix, reachable or not (numbers already taken). */
  taken: SemVer[] = [];

  constructor(
    private readonly git: Git,
    /** The commit to tag (a full sha). */
    readonly head: string,
    private readonly options: HistoryOptions,
  ) {}

  /** The changes of the commits after `since` up to the commit (all history when there is no tag). */
  changesSince(since: VersionTag | undefined): Promise<Range> {
    const key = since?.commit ?? '';
    let range = this.logs.get(key);
    if (!range) {
      range = this.git
        .log(since ? `${since.commit}..${this.head}` : this.head, this.options.paths)
        .then((commits) => this.toRange(commits));
      this.logs.set(key, range);
    }
    return range;
  }

  /** Keeps commits already read for `since..commit` (without paths) so they are not read again. */
  remember(since: VersionTag, commits: readonly RawCommit[]): void {
    this.logs.set(since.commit, Promise.resolve(this.toRange(commits)));
  }

  private toRange(commits: readonly RawCommit[]): Range {
    const parse = this.options.parse;
    const changes = commits.flatMap((commit) => parseCommit(commit, parse));
    if (!this.options.reverts) return { commits: commits.length, changes };
    return { commits: commits.length, changes: applyReverts(changes, mergedBy(commits)) };
  }
}

/**
 * The commits of the range a merge commit brought in: reachable from its other parents but not from its
 * first (GitHub's Revert button on a PR merged with a merge commit reverts the merge).
 */
function mergedBy(commits: readonly RawCommit[]): (sha: string) => string[] {
  let bySha: Map<string, RawCommit> | undefined;
  const reach = (starts: readonly string[], stop: ReadonlySet<string>): Set<string> => {
    const found = new Set<string>();
    const queue = [...starts];
    while (queue.length) {
      const sha = queue.pop()!;
      const commit = bySha!.get(sha);
      if (!commit || found.has(sha) || stop.has(sha)) continue;
      found.add(sha);
      queue.push(...commit.parents);
    }
    return found;
  };
  return (sha) => {
    bySha ??= new Map(commits.map((commit) => [commit.sha, commit]));
    const merge = bySha.get(sha);
    if (!merge || merge.parents.length < 2) return [];
    const mainline = reach(merge.parents.slice(0, 1), new Set());
    return [...reach(merge.parents.slice(1), mainline)];
  };
}

/** Whether `ancestor` is in the commit's history, told by the full log of `ancestor..commit`: a commit in it is its child. */
function hasParent(commits: readonly RawCommit[], ancestor: string): boolean {
  return commits.some((commit) => commit.parents.includes(ancestor));
}

/** The highest tag is in the commit's history: read the log since it meanwhile, or as the very proof of it. */
async function isPrevious(git: Git, history: History, candidate: VersionTag, paths: readonly string[]) {
  if (paths.length === 0) {
    const commits = await git.log(`${candidate.commit}..${history.head}`, []);
    if (!hasParent(commits, candidate.commit)) return false;
    history.remember(candidate, commits);
    return true;
  }
  const changes = history.changesSince(candidate);
  changes.catch(() => {});
  return git.isAncestor(candidate.commit, history.head);
}

/**
 * Reads the version tags. When the highest tag of all is a release in the commit's history it is both the
 * previous version and the last release: checking that replaces listing every merged tag (a walk of the
 * whole history), and the log since it, needed anyway, is that check.
 */
export async function readHistory(
  git: Git,
  prefix: string,
  head: string,
  options: HistoryOptions,
  /** `git.tags(prefix)` when already started. */
  tagRefs: Promise<TagRef[]> = git.tags(prefix),
): Promise<History> {
  const history = new History(git, head, options);
  const all = versionTags(await tagRefs, prefix);
  history.taken = all.map((tag) => tag.version);
  history.onHead = all.filter((tag) => tag.commit === head);
  const candidate = highest(all.filter((tag) => tag.commit !== head));
  if (
    candidate &&
    candidate.version.prerelease.length === 0 &&
    (await isPrevious(git, history, candidate, options.paths))
  ) {
    history.earlier = [candidate];
    return history;
  }
  const merged = versionTags(await git.tags(prefix, head), prefix);
  history.earlier = merged.filter((tag) => tag.commit !== head);
  return history;
}

export function latestTag(tags: readonly VersionTag[]): VersionTag | undefined {
  return highest(tags);
}

export function latestRelease(tags: readonly VersionTag[]): VersionTag | undefined {
  return highest(tags.filter((tag) => tag.version.prerelease.length === 0));
}
