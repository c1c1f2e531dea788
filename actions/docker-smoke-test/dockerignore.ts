// .dockerignore as the Docker engine reads it (moby/patternmatcher): one pattern per line, `#` comments,
// `!` re-includes, paths cleaned and relative to the context, `**` any number of folders, `*` and `?` within
// one name, `[…]` classes; a pattern that matches a folder matches everything in it; the last match wins.
import { posix } from 'node:path';

interface Pattern {
  regex: RegExp;
  exclusion: boolean;
}

function toRegex(pattern: string): RegExp {
  let out = '^';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        // `**/` may match no folder at all; a trailing `**` matches everything below.
        if (pattern[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else out += '.*';
      } else out += '[^/]*';
    } else if (char === '?') out += '[^/]';
    else if (char === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('^') || body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (char === '\\' && i + 1 < pattern.length) {
      out += pattern[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else out += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`${out}$`);
}

export function parseDockerignore(text: string): Pattern[] {
  const patterns: Pattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const exclusion = line.startsWith('!');
    if (exclusion) line = line.slice(1).trim();
    line = posix.normalize(line.replace(/^\/+/, ''));
    if (line === '.' || line === '') continue;
    patterns.push({ regex: toRegex(line.replace(/\/+$/, '')), exclusion });
  }
  return patterns;
}

export class Dockerignore {
  private readonly patterns: Pattern[];

  constructor(text: string) {
    this.patterns = parseDockerignore(text);
  }

  /** Whether some `!` pattern could bring back a file inside an ignored folder. */
  get hasExclusions(): boolean {
    return this.patterns.some((pattern) => pattern.exclusion);
  }

  /** Whether `path` (relative, `/`-separated) is left out of the build context. */
  ignores(path: string): boolean {
    const parents: string[] = [];
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) parents.push(parts.slice(0, i).join('/'));
    let ignored = false;
    for (const pattern of this.patterns) {
      if (parents.some((candidate) => pattern.regex.test(candidate))) ignored = !pattern.exclusion;
    }
    return ignored;
  }
}
