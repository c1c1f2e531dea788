import { commitsUrl, compareUrl, type RepoLinks } from './links.js';

/** What a run did, as the job summary tells it. */
export interface ReleaseSummary {
  /** The tag made or found; '' when there is nothing to release. */
  tag: string;
  state: 'created' | 'dry-run' | 'existing' | 'none';
  previous?: string;
  bump: string;
  /** Commits since the previous release (or the previous tag for a prerelease). */
  commits: number;
  floating: string[];
  notes: string;
  /** Why nothing is released. */
  reason?: string;
  links?: RepoLinks;
}

const STATE: Record<ReleaseSummary['state'], string> = {
  created: 'created',
  'dry-run': '(dry run)',
  existing: '(already tagged)',
  none: '',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The job summary in markdown: the release at a glance, a compare link, then its notes. */
export function renderSummary(summary: ReleaseSummary): string {
  const { tag, previous, links } = summary;
  if (!tag) {
    return [
      '### semver-tag: nothing to release',
      '',
      `${plural(summary.commits, 'commit')} since ${previous ?? 'the start'}; ${summary.reason ?? 'none asks for a release'}.`,
      '',
    ].join('\n');
  }
  const facts = [`${previous ? `${previous} → ` : ''}**${tag}** (${summary.bump})`];
  facts.push(`${plural(summary.commits, 'commit')}${previous ? ` since ${previous}` : ''}`);
  if (links) {
    facts.push(
      previous
        ? `[compare ${previous}...${tag}](${compareUrl(links, previous, tag)})`
        : `[history of ${tag}](${commitsUrl(links, tag)})`,
    );
  }
  const lines = [`### semver-tag: ${tag} ${STATE[summary.state]}`, '', facts.join(' · '), ''];
  if (summary.floating.length) {
    const verb = summary.state === 'dry-run' ? 'would move' : 'moved';
    lines.push(`Floating tags ${verb}: ${summary.floating.map((name) => `\`${name}\``).join(', ')}`, '');
  }
  lines.push('#### Release notes', '', summary.notes, '');
  return lines.join('\n');
}
