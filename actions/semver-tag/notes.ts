import type { Change } from './commits.js';
import { commitUrl, pullUrl, type RepoLinks } from './links.js';
import { defaultSections, type NoteSections } from './note-sections.js';

export interface NotesOptions {
  sections: NoteSections;
  /** Links each entry to its commit and `(#12)` to its pull request; plain text without. */
  links?: RepoLinks;
}

/** GitHub refuses a release body over 125,000 characters; the notes stop short of it. */
export const MAX_NOTES_CHARS = 120_000;

/** Control characters (a lone CR could start a log line of its own) become spaces. */
const CONTROL = /[\x00-\x1f\x7f]/g;
const PULL = /\(#(\d+)\)/g;

function sectionOf(change: Change, sections: NoteSections): string | null | undefined {
  if (change.breaking) return sections.breaking;
  // "Merge pull request #3 from …" says nothing the merged commits do not.
  if (change.merge && !change.type) return undefined;
  if (change.type !== undefined) {
    const title = sections.byType.get(change.type);
    if (title !== undefined) return title;
  }
  return sections.other;
}

function line(change: Change, section: string, options: NotesOptions): string {
  const { sections, links } = options;
  const scope = change.scope ? `**${change.scope.replace(CONTROL, ' ')}:** ` : '';
  const showType =
    change.type !== undefined &&
    (section === sections.breaking
      ? change.type !== 'feat' && change.type !== 'fix'
      : sections.mixed.has(section));
  const type = showType ? `${change.type}: ` : '';
  let description = change.description.replace(CONTROL, ' ');
  if (links) description = description.replace(PULL, (_, n: string) => `([#${n}](${pullUrl(links, n)}))`);
  const note =
    change.breakingNote && change.breakingNote !== change.description
      ? ` — ${change.breakingNote.replace(CONTROL, ' ')}`
      : '';
  const short = change.sha.slice(0, 7);
  const sha = links ? `[${short}](${commitUrl(links, change.sha)})` : short;
  return `- ${scope}${type}${description}${note} (${sha})`;
}

/**
 * Release notes: breaking changes first (with their `BREAKING CHANGE:` text), then a section per type
 * (Features, Fixes, Performance, Reverts, …, Other), newest first within each.
 */
export function renderNotes(
  changes: readonly Change[],
  options: NotesOptions = { sections: defaultSections() },
): string {
  const groups = new Map<string, string[]>();
  for (const change of changes) {
    const section = sectionOf(change, options.sections);
    if (!section) continue;
    const group = groups.get(section);
    if (group) group.push(line(change, section, options));
    else groups.set(section, [line(change, section, options)]);
  }
  if (groups.size === 0) return 'No changes.';
  const parts: string[] = [];
  let length = 0;
  let left = 0;
  for (const title of options.sections.order) {
    const entries = groups.get(title);
    if (!entries) continue;
    const heading = `### ${title}\n`;
    let shown = 0;
    for (const entry of entries) {
      if (left || length + heading.length + entry.length + 2 > MAX_NOTES_CHARS - 200) break;
      if (shown === 0) {
        parts.push(`${parts.length ? '\n\n' : ''}${heading}`);
        length += heading.length + 2;
      }
      parts.push(`\n${entry}`);
      length += entry.length + 1;
      shown++;
    }
    left += entries.length - shown;
  }
  const text = parts.join('');
  return left
    ? `${text}\n\n… and ${left} more ${left === 1 ? 'change' : 'changes'} (the notes stop at ${MAX_NOTES_CHARS} characters)`
    : text;
}
