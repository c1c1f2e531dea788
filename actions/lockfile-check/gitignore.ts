// Whether the repository's .gitignore files ignore a lockfile: a project that ignores its lockfile says it does
// not commit one (Rust libraries long did: `cargo new --lib` wrote `Cargo.lock` into .gitignore), so a missing
// lockfile there is deliberate, not forgotten.
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { matchesGlobCached as matchesGlob } from './glob-match.js';

interface Rule {
  pattern: string;
  negated: boolean;
  /** Contains a slash before its end: matched against the path below the .gitignore's folder. */
  anchored: boolean;
}

/** Reads each folder's .gitignore once per run. */
export class GitIgnores {
  private readonly files = new Map<string, Rule[]>();

  constructor(private readonly cwd: string) {}

  /**
   * Whether `path` (a file, relative to the working directory) is ignored by the .gitignore files of `top` and
   * of every folder from there down to the file's own, as git decides it: the last matching pattern wins, a
   * deeper file's over a higher one's, `!` re-includes. Patterns that name only folders (`dir/`) are skipped.
   */
  ignores(top: string, path: string): boolean {
    const dirs = [top];
    const below = top === '.' ? posix.dirname(path) : posix.relative(top, posix.dirname(path));
    if (below !== '.' && below !== '' && !below.startsWith('..')) {
      let dir = top;
      for (const segment of below.split('/')) {
        dir = dir === '.' ? segment : `${dir}/${segment}`;
        dirs.push(dir);
      }
    }
    let ignored = false;
    for (const dir of dirs) {
      const relative = dir === '.' ? path : path.slice(dir.length + 1);
      const name = posix.basename(path);
      for (const rule of this.rules(dir)) {
        if (matchesGlob(rule.anchored ? relative : name, rule.pattern)) ignored = !rule.negated;
      }
    }
    return ignored;
  }

  private rules(dir: string): Rule[] {
    let rules = this.files.get(dir);
    if (rules) return rules;
    rules = [];
    let text = '';
    try {
      text = readFileSync(resolve(this.cwd, dir, '.gitignore'), 'utf8');
    } catch {
      // No .gitignore in this folder.
    }
    for (const raw of text.split(/\r?\n/)) {
      let line = raw.replace(/(?<!\\)\s+$/, '');
      if (line === '' || line.startsWith('#')) continue;
      const negated = line.startsWith('!');
      if (negated) line = line.slice(1);
      line = line.replace(/^\\([#!])/, '$1');
      if (line.endsWith('/')) continue;
      const anchored = line.includes('/');
      rules.push({ pattern: line.replace(/^\//, ''), negated, anchored });
    }
    this.files.set(dir, rules);
    return rules;
  }
}
