import { oneLine } from '../../shared/one-line.js';
import type { Change } from './commits.js';

const SECTIONS = ['Breaking changes', 'Features', 'Fixes', 'Other'] as const;
type Section = (typeof SECTIONS)[number];

function sectionOf(change: Change): Section | undefined {
  if (change.breaking) return 'Breaking changes';
  if (change.type === 'feat') return 'Features';
  if (change.type === 'fix' || change.type === 'perf') return 'Fixes';
  // "Merge pull request #3 from …" says nothing the merged commits do not.
  if (change.merge && !change.type) return undefined;
  return 'Other';
}

function line(change: Change): string {
  const scope = change.scope ? `**${oneLine(change.scope)}:** ` : '';
  const type = change.type && !['feat', 'fix'].includes(change.type) ? `${change.type}: ` : '';
  const note =
    change.breakingNote && change.breakingNote !== change.description ? ` — ${change.breakingNote}` : '';
  return `- ${scope}${type}${oneLine(change.description)}${oneLine(note)} (${change.sha.slice(0, 7)})`;
}

/** Release notes: changes grouped under Breaking changes, Features, Fixes and Other, newest first. */
export function renderNotes(changes: readonly Change[]): string {
  const groups = new Map<Section, string[]>();
  for (const change of changes) {
    const section = sectionOf(change);
    if (!section) continue;
    if (!groups.has(section)) groups.set(section, []);
    groups.get(section)!.push(line(change));
  }
  if (groups.size === 0) return 'No changes.';
  return SECTIONS.filter((section) => groups.has(section))
    .map((section) => `### ${section}\n\n${groups.get(section)!.join('\n')}`)
    .join('\n\n');
}
