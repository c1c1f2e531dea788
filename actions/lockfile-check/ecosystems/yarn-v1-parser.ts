import { FileProblem, type TextFile } from '../files.js';

/** One entry of a yarn v1 lockfile: the `name@range` keys it satisfies and its fields. */
export interface YarnV1Entry {
  keys: string[];
  line: number;
  fields: Record<string, string>;
  dependencies: Record<string, string>;
}

function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('"')) {
    try {
      return JSON.parse(trimmed) as string;
    } catch {
      return trimmed.slice(1, -1);
    }
  }
  return trimmed;
}

/** Splits `key value` where either side may be quoted. */
function splitPair(text: string): [string, string] {
  const match = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.*)$/.exec(text);
  if (!match) return [unquote(text), ''];
  return [unquote(match[1]!), unquote(match[2]!)];
}

/** Parses the yarn v1 lockfile format (its own syntax, not YAML); errors name the line. */
export function parseYarnV1(file: TextFile): YarnV1Entry[] {
  const entries: YarnV1Entry[] = [];
  let current: YarnV1Entry | undefined;
  let section: string | undefined;
  const lines = file.text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (indent === 0) {
      if (!text.endsWith(':'))
        throw new FileProblem(
          file.path,
          line,
          `${file.path}:${line}: invalid yarn.lock: expected 'name@range:'`,
        );
      const keys = text
        .slice(0, -1)
        .split(/,\s*/)
        .map((key) => unquote(key));
      current = { keys, line, fields: {}, dependencies: {} };
      section = undefined;
      entries.push(current);
      return;
    }
    if (!current)
      throw new FileProblem(
        file.path,
        line,
        `${file.path}:${line}: invalid yarn.lock: indented line outside an entry`,
      );
    if (indent === 2) {
      if (text.endsWith(':')) {
        section = unquote(text.slice(0, -1));
        return;
      }
      section = undefined;
      const [key, value] = splitPair(text);
      current.fields[key] = value;
      return;
    }
    if (section === 'dependencies' || section === 'optionalDependencies') {
      const [name, range] = splitPair(text);
      current.dependencies[name] = range;
    }
  });
  return entries;
}
