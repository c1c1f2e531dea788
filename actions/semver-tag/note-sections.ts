import { ConfigError } from '../../shared/errors.js';

/** Where each change of the release notes goes. */
export interface NoteSections {
  /** Title of the first section, every breaking change whatever its type. */
  breaking: string;
  /** Type → section title; null hides the type. */
  byType: ReadonlyMap<string, string | null>;
  /** Section of every other type and of commits that are not Conventional; null hides them. */
  other: string | null;
  /** Titles in the order they are shown. */
  order: readonly string[];
  /** Titles that hold more than one type (their entries keep the type). */
  mixed: ReadonlySet<string>;
}

const DEFAULT_TYPES: ReadonlyArray<[string, string]> = [
  ['feat', 'Features'],
  ['fix', 'Fixes'],
  ['perf', 'Performance'],
  ['revert', 'Reverts'],
];
const BREAKING = 'Breaking changes';
const OTHER = 'Other';

const LINE = /^([a-z][\w-]*|\*|!)[ \t]*:[ \t]*(.*)$/i;
const FORM =
  "type: Section title, or type: - to hide it ('*' for every other type, '!' for breaking changes)";
const CONTROL = /[\x00-\x1f\x7f]/;

function build(breaking: string, byType: Map<string, string | null>, other: string | null, extra: string[]) {
  const order: string[] = [breaking];
  const add = (title: string | null | undefined) => {
    if (title && !order.includes(title)) order.push(title);
  };
  for (const [type] of DEFAULT_TYPES) add(byType.get(type));
  for (const title of extra) add(title);
  add(other);
  const count = new Map<string, number>();
  for (const title of byType.values()) if (title) count.set(title, (count.get(title) ?? 0) + 1);
  const mixed = new Set([...count].filter(([, n]) => n > 1).map(([title]) => title));
  if (other) mixed.add(other);
  return { breaking, byType, other, order, mixed };
}

export function defaultSections(): NoteSections {
  return build(BREAKING, new Map(DEFAULT_TYPES), OTHER, []);
}

/**
 * The `notes-sections` input over the defaults: `docs: Documentation` gives docs a section, `chore: -`
 * hides chores, `*: …` / `*: -` is every other type, `!: …` titles the breaking changes (never hidden).
 */
export function parseNoteSections(text: string, input: string): NoteSections {
  const byType = new Map<string, string | null>(DEFAULT_TYPES);
  let breaking = BREAKING;
  let other: string | null = OTHER;
  const extra: string[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    // A `# comment` may follow a rule, as in YAML.
    const line = raw.replace(/\s#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = LINE.exec(line);
    const title = match?.[2]?.trim() ?? '';
    if (!match || title === '' || CONTROL.test(title) || title.length > 100) {
      throw new ConfigError(
        `input '${input}' line ${index + 1} must be ${FORM}, got '${line.length > 60 ? `${line.slice(0, 57)}...` : line}'`,
      );
    }
    const key = match[1]!.toLowerCase();
    const shown = title === '-' ? null : title;
    if (key === '!') {
      if (!shown)
        throw new ConfigError(`input '${input}' line ${index + 1}: breaking changes cannot be hidden`);
      breaking = shown;
    } else if (key === '*') other = shown;
    else {
      byType.set(key, shown);
      if (shown) extra.push(shown);
    }
  }
  return build(breaking, byType, other, extra);
}
