import { oneLine } from '../../shared/one-line.js';
import type { Change } from './commits.js';
import { escapeInlineHtml } from './inline-html.js';
import { commitUrl, pullUrl, type RepoLinks } from './links.js';
import { defaultSections, type NoteSections } from './note-sections.js';

export interface NotesOptions {
  sections: NoteSections;
  /** Links each entry to its commit and `(#12)` to its pull request; plain text without. */
  links?: RepoLinks;
}

/** GitHub refuses a release body over 125,000 characters; the notes stop short of it. */
export const MAX_NOTES_CHARS = 120_000;

/**
 * Line breaks (a lone CR could start a log line of its own) and other control characters become spaces;
 * HTML becomes text.
 */
const CONTROL = /[\x00-\x1f\x7f]/g;
const HAS_CONTROL = /[\x00-\x1f\x7f\u0085\u2028\u2029]/;

function clean(text: string): string {
  return escapeInlineHtml(HAS_CONTROL.test(text) ? oneLine(text).replace(CONTROL, ' ') : text);
}

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
  const scope = change.scope ? `**${clean(change.scope)}:** ` : '';
  const showType =
    change.type !== undefined &&
    (section === sections.breaking
      ? change.type !== 'feat' && change.type !== 'fix'
      : sections.mixed.has(section));
  const type = showType ? `${change.type}: ` : '';
  let description = clean(change.description);
  if (links) description = description.replace(PULL, (_, n: string) => `([#${n}](${pullUrl(links, n)}))`);
  const note =
    change.breakingNote && change.breakingNote !== change.description
      ? ` — ${clean(change.breakingNote)}`
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
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const section = sectionOf(change, options.sections);
    if (!section) continue;
    const group = groups.get(section);
    if (group) group.push(change);
    else groups.set(section, [change]);
  }
  if (groups.size === 0) return 'No changes.';
  const parts: string[] = [];
  const budget = MAX_NOTES_CHARS - 200;
  let length = 0;
  let left = 0;
  for (const title of options.sections.order) {
    const group = groups.get(title);
    if (!group) continue;
    if (left) {
      left += group.length;
      continue;
    }
    const heading = `${parts.length ? '\n\n' : ''}### ${title}\n`;
    for (const [index, change] of group.entries()) {
      // Lines are made only while they fit: a first release of a long history lists thousands.
      const entry = `\n${line(change, title, options)}`;
      const extra = index === 0 ? heading.length : 0;
      if (length + extra + entry.length > budget) {
        left += group.length - index;
        break;
      }
      if (index === 0) parts.push(heading);
      parts.push(entry);
      length += extra + entry.length;
    }
  }
  const text = parts.join('');
  if (!left) return text;
  return `${text}\n\n… and ${left} more ${left === 1 ? 'change' : 'changes'} (the notes stop at ${MAX_NOTES_CHARS} characters)`;
}
