import type { SemVer } from 'semver';
import * as core from '../../shared/core.js';
import { ConfigError } from '../../shared/errors.js';
import { printForeign } from '../../shared/foreign-output.js';
import type { ActionContext } from '../../shared/run-action.js';
import { setOutputs, writeSummaryMarkdown } from '../../shared/summary.js';
import { Git } from './git.js';
import { type History, latestRelease, latestTag, readHistory } from './history.js';
import { Inputs, Outputs } from './inputs.js';
import { repoLinks } from './links.js';
import { type NotesOptions, renderNotes } from './notes.js';
import { planRelease, releaseKind } from './plan.js';
import { publishTag } from './publish.js';
import { ensureRelease } from './release.js';
import { repairFloating } from './repair-floating.js';
import { readSettings, type Settings } from './settings.js';
import { type ReleaseSummary, renderSummary } from './summary.js';
import { floatingTags, highest, type VersionTag } from './version.js';

export const ACTION = 'semver-tag';

interface Result {
  version: string;
  tag: string;
  previous?: VersionTag;
  bump: string;
  created: boolean;
  notes: string;
  floating: string[];
  state: ReleaseSummary['state'];
  commits: number;
  reason?: string;
}

/** The commit's own tag that already answers this run (a rerun): a release, or a prerelease of the wanted kind. */
function tagOnHead(onHead: readonly VersionTag[], settings: Settings): VersionTag | undefined {
  const wanted = settings.version ? String(settings.version.prerelease[0] ?? '') : settings.prerelease;
  return highest(
    onHead.filter((tag) => {
      const id = tag.version.prerelease[0];
      return id === undefined || (wanted !== '' && String(id) === wanted);
    }),
  );
}

async function report(result: Result, notesOptions: NotesOptions): Promise<void> {
  setOutputs({
    [Outputs.Version]: result.version,
    [Outputs.Tag]: result.tag,
    [Outputs.PreviousVersion]: result.previous?.version.format() ?? '',
    [Outputs.PreviousTag]: result.previous?.name ?? '',
    [Outputs.Bump]: result.bump,
    [Outputs.Created]: result.created,
    [Outputs.Notes]: result.notes,
    [Outputs.FloatingTags]: result.floating.join('\n'),
  });
  await writeSummaryMarkdown(
    renderSummary({
      tag: result.tag,
      state: result.state,
      previous: result.previous?.name,
      bump: result.bump,
      commits: result.commits,
      floating: result.floating,
      notes: result.notes,
      reason: result.reason,
      links: notesOptions.links,
    }),
  );
}

function logNotes(notes: string): void {
  core.startGroup('Release notes');
  // Commit messages are foreign text: shown, never run as workflow commands.
  printForeign(notes);
  core.endGroup();
}

/** The commit to tag (unshallowing the clone first when needed) and how messages name it. */
async function locate(git: Git, settings: Settings, refreshTags: () => void) {
  const inspected = await git.inspect(settings.commit);
  let commit = inspected.commit;
  if (inspected.shallow) {
    if (!settings.fetchHistory) {
      throw new ConfigError(
        'the checkout is shallow, so earlier tags and commits are missing: set fetch-depth: 0 on actions/checkout (or fetch-history: true)',
      );
    }
    core.info(`Shallow checkout: fetching full history and tags from ${settings.remoteLabel}`);
    await git.unshallow(settings.remote);
    refreshTags();
    commit ??= await git.resolve(settings.commit);
  }
  if (!commit) {
    throw new ConfigError(
      settings.commit === 'HEAD'
        ? `cannot read HEAD in ${git.cwd} (no commit yet?)`
        : `input '${Inputs.Commit.name}' names no commit in this clone, got '${settings.commit}' (fetch it first: actions/checkout fetch-depth: 0)`,
    );
  }
  const label = `${settings.commit === commit ? 'commit' : settings.commit} (${commit.slice(0, 7)})`;
  return { commit, label };
}

export async function run({ signal }: ActionContext): Promise<void> {
  const settings = readSettings();
  if (process.env.GITHUB_ACTIONS !== 'true') {
    // Run by hand in a checkout with every default, it would tag and push that checkout.
    throw new ConfigError('runs only as a workflow step (GITHUB_ACTIONS=true); locally use the ci-kit CLI');
  }
  const git = new Git(process.cwd(), signal, settings.gitEnv);
  // Listed while the commit is read: two process start-ups in the time of one (again after an unshallow).
  let tagRefs = git.tags(settings.prefix);
  tagRefs.catch(() => {});
  const { commit, label } = await locate(git, settings, () => {
    tagRefs = git.tags(settings.prefix);
    tagRefs.catch(() => {});
  });
  const history = await readHistory(
    git,
    settings.prefix,
    commit,
    { paths: settings.paths, parse: { squash: settings.squashBodies }, reverts: settings.reverts },
    tagRefs,
  );
  const notesOptions: NotesOptions = { sections: settings.noteSections, links: repoLinks(process.env) };
  const done = tagOnHead(history.onHead, settings);
  const earlier = done ? history.earlier : [...history.earlier, ...history.onHead];
  const previous = latestTag(earlier);
  const stable = latestRelease(earlier);
  core.info(
    previous
      ? `Previous version: ${previous.name}${stable && stable !== previous ? ` (last release ${stable.name})` : ''}`
      : `No tag with prefix '${settings.prefix}' in the history of ${label} yet`,
  );
  if (done) {
    await rerun({ settings, git, history, done, previous, stable, label, notesOptions, signal });
    return;
  }

  const range = await history.changesSince(stable);
  const plan = planRelease({ settings, previous, stable, taken: history.taken, changes: range.changes });
  if (!plan.release) {
    core.info(`Nothing to release: ${plan.reason}`);
    await report(
      {
        version: '',
        tag: '',
        previous,
        bump: 'none',
        created: false,
        notes: '',
        floating: [],
        state: 'none',
        commits: range.commits,
        reason: plan.reason,
      },
      notesOptions,
    );
    return;
  }
  const notesRange =
    plan.version.prerelease.length && previous !== stable ? await history.changesSince(previous) : range;
  const notes = renderNotes(notesRange.changes, notesOptions);
  const floating = floatingTags(plan.version, settings.floatingTags, settings.prefix, [
    ...history.taken,
    plan.version,
  ]);
  core.info(`Next version: ${plan.tag} (${plan.bump}, from ${plan.from === 'auto' ? 'commits' : plan.from})`);
  logNotes(notes);
  const base = resultOf(plan.version, plan.tag, previous, plan.bump, notes, notesRange.commits);

  if (settings.dryRun) {
    core.info(
      `Dry run: would create ${plan.tag}${floating.length ? ` and move ${floating.join(', ')}` : ''}`,
    );
    await report({ ...base, floating, state: 'dry-run' }, notesOptions);
    return;
  }

  const message = settings.message
    .replaceAll('{tag}', plan.tag)
    .replaceAll('{version}', plan.version.format());
  const published = await publishTag(git, {
    head: commit,
    label,
    tag: plan.tag,
    annotation: settings.annotated ? message : undefined,
    floating,
    push: settings.push,
    remote: settings.remote,
    remoteLabel: settings.remoteLabel,
  });
  if (published.created) {
    core.info(
      `Created ${plan.tag} at ${commit.slice(0, 7)}${settings.push ? ` and pushed it to ${settings.remoteLabel}` : ''}`,
    );
  } else {
    core.info(
      `${plan.tag} was pushed to ${settings.remoteLabel} by another run for this same commit: nothing to do`,
    );
  }
  for (const name of published.floating) core.info(`Moved ${name} to ${plan.tag}`);
  if (published.skippedFloating.length) {
    core.warning(
      `${ACTION}: did not move ${published.skippedFloating.join(', ')} on ${settings.remoteLabel}: ${published.skippedReason ?? 'push rejected'}`,
    );
  }
  if (settings.push && published.created) {
    core.warning(
      `${ACTION}: tags pushed with the workflow's GITHUB_TOKEN do not start other workflows (on: push: tags); push with a PAT or GitHub App token (actions/checkout token:) when they must run`,
    );
  }
  if (settings.release) await release(settings, plan.tag, plan.version, notes, signal);
  await report(
    {
      ...base,
      created: published.created,
      floating: published.floating,
      state: published.created ? 'created' : 'existing',
    },
    notesOptions,
  );
}

interface Rerun {
  settings: Settings;
  git: Git;
  history: History;
  done: VersionTag;
  previous?: VersionTag;
  stable?: VersionTag;
  label: string;
  notesOptions: NotesOptions;
  signal: AbortSignal;
}

/** The commit carries the release already: describe it, and finish what a failed first run left undone. */
async function rerun({ settings, git, history, done, previous, stable, label, notesOptions, signal }: Rerun) {
  const since = done.version.prerelease.length ? previous : stable;
  const range = await history.changesSince(since);
  const notes = renderNotes(range.changes, notesOptions);
  core.info(`${label} already carries ${done.name}: nothing to tag (an existing tag is never moved)`);
  let floating: string[] = [];
  const wanted = floatingTags(done.version, settings.floatingTags, settings.prefix, history.taken);
  if (wanted.length && !settings.dryRun) {
    const repaired = await repairFloating(git, {
      commit: done.commit,
      floating: wanted,
      push: settings.push,
      remote: settings.remote,
    });
    for (const name of repaired.moved) core.info(`Moved ${name} to ${done.name} (it lagged behind)`);
    if (repaired.skipped.length) {
      core.warning(
        `${ACTION}: did not move ${repaired.skipped.join(', ')} on ${settings.remoteLabel}: ${repaired.skippedReason ?? 'push rejected'}`,
      );
    }
    floating = repaired.moved;
  }
  if (settings.release && !settings.dryRun) await release(settings, done.name, done.version, notes, signal);
  await report(
    {
      version: done.version.format(),
      tag: done.name,
      previous,
      bump: releaseKind(stable?.version, done.version),
      created: false,
      notes,
      floating,
      state: 'existing',
      commits: range.commits,
    },
    notesOptions,
  );
}

function resultOf(
  version: SemVer,
  tag: string,
  previous: VersionTag | undefined,
  bump: string,
  notes: string,
  commits: number,
): Result {
  return {
    version: version.format(),
    tag,
    previous,
    bump,
    created: false,
    notes,
    floating: [],
    state: 'created',
    commits,
  };
}

async function release(settings: Settings, tag: string, version: SemVer, notes: string, signal: AbortSignal) {
  const result = await ensureRelease({
    token: settings.token,
    tag,
    notes,
    draft: settings.releaseDraft,
    prerelease: version.prerelease.length > 0,
    signal,
  });
  if (result.created) core.info(`Created the GitHub release ${result.url}`);
  else core.info(`The GitHub release for ${tag} exists already${result.url ? `: ${result.url}` : ''}`);
}
