import type { SemVer } from 'semver';
import * as core from '../../shared/core.js';
import { ConfigError } from '../../shared/errors.js';
import { printForeign } from '../../shared/foreign-output.js';
import type { ActionContext } from '../../shared/run-action.js';
import { setOutputs, writeSummaryTable } from '../../shared/summary.js';
import { Git } from './git.js';
import { latestRelease, latestTag, readHistory } from './history.js';
import { Outputs } from './inputs.js';
import { renderNotes } from './notes.js';
import { planRelease, releaseKind } from './plan.js';
import { publishTag } from './publish.js';
import { ensureRelease } from './release.js';
import { readSettings, type Settings } from './settings.js';
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
}

/** HEAD's own tag that already answers this run (a rerun): a release, or a prerelease of the wanted kind. */
function tagOnHead(onHead: readonly VersionTag[], settings: Settings): VersionTag | undefined {
  const wanted = settings.version ? String(settings.version.prerelease[0] ?? '') : settings.prerelease;
  return highest(
    onHead.filter((tag) => {
      const id = tag.version.prerelease[0];
      return id === undefined || (wanted !== '' && String(id) === wanted);
    }),
  );
}

async function report(result: Result, settings: Settings): Promise<void> {
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
  const heading = result.tag
    ? `semver-tag: ${result.tag}${result.created ? ' created' : settings.dryRun ? ' (dry run)' : ' (already tagged)'}`
    : 'semver-tag: nothing to release';
  await writeSummaryTable({
    heading,
    columns: ['field', 'value'],
    rows: [
      ['tag', result.tag || '—'],
      ['previous', result.previous?.name ?? '—'],
      ['bump', result.bump],
      ['created', String(result.created)],
      ['floating tags', result.floating.join(', ') || '—'],
    ],
  });
}

function logNotes(notes: string): void {
  core.startGroup('Release notes');
  // Commit messages are foreign text: shown, never run as workflow commands.
  printForeign(notes);
  core.endGroup();
}

export async function run({ signal }: ActionContext): Promise<void> {
  const settings = readSettings();
  if (process.env.GITHUB_ACTIONS !== 'true') {
    // Run by hand in a checkout with every default, it would tag and push that checkout.
    throw new ConfigError('runs only as a workflow step (GITHUB_ACTIONS=true); locally use the ci-kit CLI');
  }
  const git = new Git(process.cwd(), signal, settings.gitEnv);
  // Listed while HEAD is read: two process start-ups in the time of one (again after an unshallow).
  let tagRefs = git.tags(settings.prefix, false);
  tagRefs.catch(() => {});
  const { head, shallow } = await git.inspect();
  if (shallow) {
    if (!settings.fetchHistory) {
      throw new ConfigError(
        'the checkout is shallow, so earlier tags and commits are missing: set fetch-depth: 0 on actions/checkout (or fetch-history: true)',
      );
    }
    core.info(`Shallow checkout: fetching full history and tags from ${settings.remoteLabel}`);
    await git.unshallow(settings.remote);
    tagRefs = git.tags(settings.prefix, false);
  }

  const history = await readHistory(git, settings.prefix, head, settings.paths, tagRefs);
  const done = tagOnHead(history.onHead, settings);
  const earlier = done ? history.earlier : [...history.earlier, ...history.onHead];
  const previous = latestTag(earlier);
  const stable = latestRelease(earlier);
  core.info(
    previous
      ? `Previous version: ${previous.name}${stable && stable !== previous ? ` (last release ${stable.name})` : ''}`
      : `No tag with prefix '${settings.prefix}' in HEAD's history yet`,
  );

  if (done) {
    const since = done.version.prerelease.length ? previous : stable;
    const notes = renderNotes(await history.changesSince(since));
    core.info(`HEAD already carries ${done.name}: nothing to tag (an existing tag is never moved)`);
    const result: Result = {
      version: done.version.format(),
      tag: done.name,
      previous,
      bump: releaseKind(stable?.version, done.version),
      created: false,
      notes,
      floating: [],
    };
    if (settings.release && !settings.dryRun) await release(settings, done.name, done.version, notes, signal);
    await report(result, settings);
    return;
  }

  const changes = await history.changesSince(stable);
  const plan = planRelease({ settings, previous, stable, taken: history.taken, changes });
  if (!plan.release) {
    core.info(`Nothing to release: ${plan.reason}`);
    await report(
      { version: '', tag: '', previous, bump: 'none', created: false, notes: '', floating: [] },
      settings,
    );
    return;
  }
  const notesChanges =
    plan.version.prerelease.length && previous !== stable ? await history.changesSince(previous) : changes;
  const notes = renderNotes(notesChanges);
  const floating = floatingTags(plan.version, settings.floatingTags, settings.prefix, [
    ...history.taken,
    plan.version,
  ]);
  core.info(`Next version: ${plan.tag} (${plan.bump}, from ${plan.from === 'auto' ? 'commits' : plan.from})`);
  logNotes(notes);

  if (settings.dryRun) {
    core.info(
      `Dry run: would create ${plan.tag}${floating.length ? ` and move ${floating.join(', ')}` : ''}`,
    );
    await report({ ...resultOf(plan.version, plan.tag, previous, plan.bump, notes), floating }, settings);
    return;
  }

  const message = settings.message
    .replaceAll('{tag}', plan.tag)
    .replaceAll('{version}', plan.version.format());
  const published = await publishTag(git, {
    head,
    tag: plan.tag,
    annotation: settings.annotated ? message : undefined,
    floating,
    push: settings.push,
    remote: settings.remote,
    remoteLabel: settings.remoteLabel,
  });
  if (published.created) {
    core.info(
      `Created ${plan.tag} at ${head.slice(0, 7)}${settings.push ? ` and pushed it to ${settings.remoteLabel}` : ''}`,
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
      ...resultOf(plan.version, plan.tag, previous, plan.bump, notes),
      created: published.created,
      floating: published.floating,
    },
    settings,
  );
}

function resultOf(
  version: SemVer,
  tag: string,
  previous: VersionTag | undefined,
  bump: string,
  notes: string,
): Result {
  return { version: version.format(), tag, previous, bump, created: false, notes, floating: [] };
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
