import type { SemVer } from 'semver';
import { type Change, parseCommit, type RawCommit } from './commits.js';
import type { Git, TagRef } from './git.js';
import { highest, parseTagVersion, type VersionTag } from './version.js';

function versionTags(refs: readonly TagRef[], prefix: string): VersionTag[] {
  const tags: VersionTag[] = [];
  for (const ref of refs) {
    const version = parseTagVersion(ref.name, prefix);
    if (version) tags.push({ name: ref.name, version, commit: ref.commit });
  }
  return tags;
}

/** The version tags that matter for HEAD, and the changes since any of them (each range read once). */
export class History {
  private readonly logs = new Map<string, Promise<Change[]>>();
  /** Version tags on HEAD itself. */
  onHead: VersionTag[] = [];
  /**
   * Version tags in HEAD's history, HEAD's own excluded. It may hold only the highest of them: that
   * is all the previous version and the last release are made of.
   */
  earlier: VersionTag[] = [];
  /** Every version with this prefix, reachable or not (numbers already taken). */
  taken: SemVer[] = [];

  constructor(
    private readonly git: Git,
    readonly head: string,
    private readonly paths: readonly string[],
  ) {}

  /** The changes of the commits after `since` up to HEAD (all history when there is no tag). */
  changesSince(since: VersionTag | undefined): Promise<Change[]> {
    const key = since?.commit ?? '';
    let changes = this.logs.get(key);
    if (!changes) {
      changes = this.git.log(since ? `${since.commit}..HEAD` : 'HEAD', this.paths).then(toChanges);
      this.logs.set(key, changes);
    }
    return changes;
  }

  /** Keeps commits already read for `since..HEAD` (without paths) so they are not read again. */
  remember(since: VersionTag, commits: readonly RawCommit[]): void {
    this.logs.set(since.commit, Promise.resolve(toChanges(commits)));
  }
}

function toChanges(commits: readonly RawCommit[]): Change[] {
  return commits.flatMap(parseCommit);
}

/** Whether `ancestor` is in HEAD's history, told by the full log of `ancestor..HEAD`: a commit in it is its child. */
function hasParent(commits: readonly RawCommit[], ancestor: string): boolean {
  return commits.some((commit) => commit.parents.includes(ancestor));
}

/** The highest tag is in HEAD's history: read the log since it meanwhile, or as the very proof of it. */
async function isPrevious(git: Git, history: History, candidate: VersionTag, paths: readonly string[]) {
  if (paths.length === 0) {
    const commits = await git.log(`${candidate.commit}..HEAD`, []);
    if (!hasParent(commits, candidate.commit)) return false;
    history.remember(candidate, commits);
    return true;
  }
  const changes = history.changesSince(candidate);
  changes.catch(() => {});
  return git.isAncestor(candidate.commit, history.head);
}

/**
 * Reads the version tags. When the highest tag of all is a release in HEAD's history it is both the
 * previous version and the last release: checking that replaces listing every merged tag (a walk of the
 * whole history), and the log since it, needed anyway, is that check.
 */
export async function readHistory(
  git: Git,
  prefix: string,
  head: string,
  paths: readonly string[],
  /** `git.tags(prefix, false)` when already started. */
  tagRefs: Promise<TagRef[]> = git.tags(prefix, false),
): Promise<History> {
  const history = new History(git, head, paths);
  const all = versionTags(await tagRefs, prefix);
  history.taken = all.map((tag) => tag.version);
  history.onHead = all.filter((tag) => tag.commit === head);
  const candidate = highest(all.filter((tag) => tag.commit !== head));
  if (
    candidate &&
    candidate.version.prerelease.length === 0 &&
    (await isPrevious(git, history, candidate, paths))
  ) {
    history.earlier = [candidate];
    return history;
  }
  const merged = versionTags(await git.tags(prefix, true), prefix);
  history.earlier = merged.filter((tag) => tag.commit !== head);
  return history;
}

export function latestTag(tags: readonly VersionTag[]): VersionTag | undefined {
  return highest(tags);
}

export function latestRelease(tags: readonly VersionTag[]): VersionTag | undefined {
  return highest(tags.filter((tag) => tag.version.prerelease.length === 0));
}
