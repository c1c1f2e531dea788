// Real git repositories for the semver-tag tests: a bare "remote" and clones of it in a temp dir.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...IDENTITY, GIT_TERMINAL_PROMPT: '0' },
    stdio: ['pipe', 'pipe', 'pipe'],
  }).trim();
}

export class Clone {
  private counter = 0;
  constructor(readonly dir: string) {}

  git(...args: string[]): string {
    return git(this.dir, args);
  }

  /** Commits (`files` written as given, or a fresh file) and returns the sha. */
  commit(message: string, files?: Record<string, string>): string {
    const changes = files ?? { [`file-${this.counter++}.txt`]: `${message}\n` };
    for (const [path, content] of Object.entries(changes)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), content);
    }
    this.git('add', '--all');
    git(this.dir, ['commit', '--quiet', '--file=-'], message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  tag(name: string, options: { at?: string; annotated?: boolean } = {}): void {
    const at = options.at ?? 'HEAD';
    if (options.annotated === false) this.git('tag', name, at);
    else this.git('tag', '--annotate', '--message', `Release ${name}`, name, at);
  }

  push(...refs: string[]): void {
    this.git('push', '--quiet', 'origin', ...(refs.length ? refs : ['HEAD']));
  }

  /** Local tags → the commit each points at. */
  tags(): Record<string, string> {
    const out = this.git(
      'for-each-ref',
      '--format=%(refname:strip=2) %(objectname) %(*objectname)',
      'refs/tags',
    );
    return parseTagLines(out);
  }
}

function parseTagLines(out: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [name, object, peeled] = line.split(' ');
    tags[name!] = peeled || object!;
  }
  return tags;
}

/** A temp dir with `remote.git` (bare) and a first clone `work` on branch main. */
export class TestRepos {
  readonly root = mkdtempSync(join(tmpdir(), 'semver-tag-'));
  readonly remote = join(this.root, 'remote.git');
  readonly work: Clone;

  constructor() {
    git(this.root, ['init', '--quiet', '--bare', '--initial-branch=main', this.remote]);
    const dir = join(this.root, 'work');
    git(this.root, ['init', '--quiet', '--initial-branch=main', dir]);
    git(dir, ['remote', 'add', 'origin', this.remote]);
    this.work = new Clone(dir);
  }

  /** Another clone of the remote; `depth` makes it shallow like actions/checkout's default. */
  clone(name: string, depth?: number): Clone {
    const dir = join(this.root, name);
    const args = ['clone', '--quiet'];
    if (depth) args.push('--depth', String(depth), '--no-tags', `file://${this.remote}`, dir);
    else args.push(this.remote, dir);
    git(this.root, args);
    return new Clone(dir);
  }

  /** Tags on the remote → the commit each points at. */
  remoteTags(): Record<string, string> {
    return parseTagLines(
      git(this.remote, [
        'for-each-ref',
        '--format=%(refname:strip=2) %(objectname) %(*objectname)',
        'refs/tags',
      ]),
    );
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
