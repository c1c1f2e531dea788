import { ActionFailure } from '../../shared/errors.js';
import { type Git, gitError } from './git.js';

export interface RepairRequest {
  /** The commit that carries the release tag already. */
  commit: string;
  /** The floating tags that should point at it. */
  floating: string[];
  push: boolean;
  remote: string;
}

export interface RepairResult {
  moved: string[];
  /** Left alone: moved on the remote meanwhile, or ahead of the commit (a newer release), or the push failed. */
  skipped: string[];
  skippedReason?: string;
}

/** Whether moving a floating tag from `from` to `to` goes forward (a missing tag always may be set). */
async function forward(git: Git, from: string | undefined, to: string): Promise<boolean> {
  if (!from) return true;
  try {
    return await git.isAncestor(from, to);
  } catch (error) {
    // A commit this clone has never seen is no ancestor of one it has.
    if (error instanceof ActionFailure) return false;
    throw error;
  }
}

/**
 * A rerun on a commit that carries its release tag already: a first run can fail between the tag push
 * and the floating-tag push, so the floating tags are checked on the remote and moved when they lag
 * behind. They only ever move forward, under a lease on what the remote showed.
 */
export async function repairFloating(git: Git, request: RepairRequest): Promise<RepairResult> {
  const { commit, floating, remote } = request;
  if (floating.length === 0) return { moved: [], skipped: [] };
  if (!request.push) {
    const moved: string[] = [];
    for (const name of floating) {
      const current = await git.tagCommit(name);
      if (current === commit || !(await forward(git, current, commit))) continue;
      await git.moveTag(name, commit);
      moved.push(name);
    }
    return { moved, skipped: [] };
  }
  const onRemote = await git.remoteTags(remote, floating);
  const stale: string[] = [];
  const ahead: string[] = [];
  for (const name of floating) {
    const current = onRemote.get(name)?.commit;
    if (current === commit) continue;
    if (await forward(git, current, commit)) stale.push(name);
    else ahead.push(name);
  }
  const aheadReason = ahead.length ? 'they point at a commit that is not in its history' : undefined;
  if (stale.length === 0) return { moved: [], skipped: ahead, skippedReason: aheadReason };
  const leases = stale.map((name) => `refs/tags/${name}:${onRemote.get(name)?.object ?? ''}`);
  for (const name of stale) await git.moveTag(name, commit);
  const refspecs = stale.map((name) => `refs/tags/${name}:refs/tags/${name}`);
  const pushed = await git.push(remote, refspecs, { atomic: true, leases });
  if (pushed.exitCode !== 0) {
    return {
      moved: [],
      skipped: [...ahead, ...stale],
      skippedReason: gitError(pushed.stderr) || gitError(pushed.stdout) || `exit ${pushed.exitCode}`,
    };
  }
  return { moved: stale, skipped: ahead, skippedReason: aheadReason };
}
