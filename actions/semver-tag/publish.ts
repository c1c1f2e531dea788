import { ActionFailure } from '../../shared/errors.js';
import { type Git, gitError } from './git.js';

export interface PublishRequest {
  /** The commit to tag. */
  head: string;
  /** How messages name it: `HEAD (abc1234)`. */
  label: string;
  tag: string;
  /** Tag message for an annotated tag; undefined for a lightweight one. */
  annotation?: string;
  /** Floating tags to point at the commit once the version tag is in place. */
  floating: string[];
  push: boolean;
  remote: string;
  /** The remote as shown in messages (a URL's credentials masked); default: `remote`. */
  remoteLabel?: string;
}

export interface PublishResult {
  /** This run created the tag (false when a concurrent run pushed the same tag first). */
  created: boolean;
  /** Floating tags moved to the commit. */
  floating: string[];
  /** Floating tags not moved on the remote (changed there meanwhile, or the push failed) and why. */
  skippedFloating: string[];
  skippedReason?: string;
}

const short = (sha: string) => sha.slice(0, 7);

/**
 * Creates the tag, pushes exactly it (`--atomic`, never `--tags`), then moves the floating tags in a
 * separate forced push. An existing tag is never moved: losing a race is fine when the winner tagged the
 * same commit, and a clear failure otherwise.
 */
export async function publishTag(git: Git, request: PublishRequest): Promise<PublishResult> {
  const { head, tag, remote, label } = request;
  const shown = request.remoteLabel ?? remote;
  const existing = await git.tagCommit(tag);
  if (existing && existing !== head) {
    throw new ActionFailure(
      `tag ${tag} already exists at ${short(existing)}, not at ${label}; an existing tag is never moved`,
    );
  }
  if (!existing) await git.createTag(tag, head, request.annotation);
  if (!request.push) {
    for (const name of request.floating) await git.moveTag(name, head);
    return { created: !existing, floating: request.floating, skippedFloating: [] };
  }

  const pushed = await git.push(remote, [`refs/tags/${tag}:refs/tags/${tag}`], { atomic: true });
  if (pushed.exitCode !== 0) {
    // When the remote cannot even be listed (credentials, network), git push's own error says more.
    const onRemote = await git.remoteTagCommit(remote, tag).catch((error: unknown) => {
      if (error instanceof ActionFailure) return undefined;
      throw error;
    });
    if (onRemote === head) {
      // Another run released this very commit a moment earlier: same answer, nothing left to do.
      await git.fetchTag(remote, tag);
      return { created: false, floating: [], skippedFloating: [] };
    }
    if (!existing) await git.deleteTag(tag);
    if (onRemote) {
      throw new ActionFailure(
        `tag ${tag} already exists on ${shown} at ${short(onRemote)}, not at ${label}: another release took this version; rerun on the newest commit`,
      );
    }
    throw new ActionFailure(
      `git push of ${tag} to ${shown} failed: ${gitError(pushed.stderr) || `exit ${pushed.exitCode}`}`,
    );
  }

  // `=` in git's porcelain output: the remote had this very tag object already (an identical annotated
  // tag made by a concurrent run in the same second), so this run did not create it.
  if (/^=\t/m.test(pushed.stdout)) return { created: false, floating: [], skippedFloating: [] };
  if (request.floating.length === 0) return { created: true, floating: [], skippedFloating: [] };
  // The lease is what this clone last saw of each floating tag: a concurrent newer release is not undone.
  const leases: string[] = [];
  for (const name of request.floating) {
    leases.push(`refs/tags/${name}:${await git.refValue(`refs/tags/${name}`)}`);
    await git.moveTag(name, head);
  }
  const refspecs = request.floating.map((name) => `refs/tags/${name}:refs/tags/${name}`);
  const moved = await git.push(remote, refspecs, { atomic: true, leases });
  if (moved.exitCode !== 0) {
    return {
      created: true,
      floating: [],
      skippedFloating: request.floating,
      skippedReason: gitError(moved.stderr) || gitError(moved.stdout),
    };
  }
  return { created: true, floating: request.floating, skippedFloating: [] };
}
