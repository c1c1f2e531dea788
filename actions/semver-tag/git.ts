import { ActionFailure, ConfigError } from '../../shared/errors.js';
import { type CommandResult, runCommand } from '../../shared/exec.js';
import type { RawCommit } from './commits.js';

/** Local git commands; a repository with a long history still answers in well under this. */
const LOCAL_TIMEOUT_MS = 120_000;
/** fetch and push talk to the remote. */
const NETWORK_TIMEOUT_MS = 300_000;
/** `git log` of a long history is large; the command helper keeps only a tail by default. */
const MAX_OUTPUT_BYTES = 2 ** 30;

/** The identity GitHub shows for tags made by workflows, used when git has none configured. */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

export interface TagRef {
  name: string;
  /** The commit the tag points at (peeled for annotated tags). */
  commit: string;
}

export interface RemoteTag {
  /** The object the ref holds (a tag object for an annotated tag). */
  object: string;
  /** The commit it points at. */
  commit: string;
}

interface RunOptions {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Return a failed result instead of throwing. */
  allowFailure?: boolean;
}

/** The line of git's output that says what went wrong: the first `fatal:` / `error:` one, else the last. */
export function gitError(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /^(fatal|error):/.test(line)) ?? lines[lines.length - 1] ?? '';
}

/** git in one working tree, never interactive, every command bounded in time. */
export class Git {
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    readonly cwd: string,
    private readonly signal: AbortSignal,
    extraEnv: Record<string, string> = {},
  ) {
    this.env = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extraEnv };
  }

  async run(args: string[], options: RunOptions = {}): Promise<CommandResult> {
    let result: CommandResult;
    try {
      result = await runCommand('git', args, {
        cwd: this.cwd,
        env: options.env ? { ...this.env, ...options.env } : this.env,
        signal: this.signal,
        input: options.input,
        timeoutMs: options.timeoutMs ?? LOCAL_TIMEOUT_MS,
        maxOutputBytes: MAX_OUTPUT_BYTES,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ConfigError('git is not installed or not on PATH');
      }
      throw error;
    }
    if (result.timedOut) {
      throw new ActionFailure(
        `git ${args[0]} did not finish within ${(options.timeoutMs ?? LOCAL_TIMEOUT_MS) / 1000}s`,
      );
    }
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw new ActionFailure(
        `git ${args[0]} failed: ${gitError(result.stderr) || `exit ${result.exitCode}`}`,
      );
    }
    return result;
  }

  /**
   * Whether the clone is shallow and the commit `rev` names (undefined when this clone has no such
   * commit), in one call.
   */
  async inspect(rev: string): Promise<{ commit?: string; shallow: boolean }> {
    const result = await this.run(
      ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
      { allowFailure: true },
    );
    if (result.exitCode !== 0 && result.exitCode !== 1) {
      if (/not a git repository/i.test(result.stderr)) {
        throw new ConfigError(`${this.cwd} is not a git repository; run actions/checkout first`);
      }
      throw new ConfigError(
        `cannot read ${rev} in ${this.cwd}: ${gitError(result.stderr) || `exit ${result.exitCode}`}`,
      );
    }
    const [shallow, commit] = result.stdout.trim().split('\n');
    return {
      shallow: shallow?.trim() === 'true',
      commit: result.exitCode === 0 ? commit?.trim() : undefined,
    };
  }

  /** The commit `rev` names, or undefined. */
  async resolve(rev: string): Promise<string | undefined> {
    const result = await this.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
      {
        allowFailure: true,
      },
    );
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  }

  /** Full history and every tag from the remote (what `fetch-depth: 0` would have given). */
  async unshallow(remote: string): Promise<void> {
    await this.run(['fetch', '--unshallow', '--tags', '--quiet', remote], { timeoutMs: NETWORK_TIMEOUT_MS });
  }

  /** Tags under `refs/tags/<prefix>`, with the commit each points at; only those in `merged`'s history when given. */
  async tags(prefix: string, merged?: string): Promise<TagRef[]> {
    const args = ['for-each-ref', '--format=%(refname:strip=2) %(objectname) %(*objectname)'];
    if (merged) args.push('--merged', merged);
    args.push(`refs/tags/${prefix}*`);
    const { stdout } = await this.run(args);
    const tags: TagRef[] = [];
    for (const line of stdout.split('\n')) {
      if (!line) continue;
      const [name, object, peeled] = line.split(' ');
      tags.push({ name: name!, commit: peeled || object! });
    }
    return tags;
  }

  /** Whether `ancestor` is in the history of `commit` (cheaper than listing every merged tag). */
  async isAncestor(ancestor: string, commit: string): Promise<boolean> {
    const result = await this.run(['merge-base', '--is-ancestor', ancestor, commit], { allowFailure: true });
    if (result.exitCode === 0 || result.exitCode === 1) return result.exitCode === 0;
    throw new ActionFailure(`git merge-base failed: ${gitError(result.stderr) || `exit ${result.exitCode}`}`);
  }

  /** Commits in `range` (newest first), only those touching `paths` when given. */
  async log(range: string, paths: readonly string[]): Promise<RawCommit[]> {
    const args = ['log', '-z', '--format=%H%x1f%P%x1f%B', range];
    if (paths.length) args.push('--full-history', '--', ...paths);
    const { stdout } = await this.run(args);
    const commits: RawCommit[] = [];
    for (const record of stdout.split('\0')) {
      if (!record) continue;
      const first = record.indexOf('\x1f');
      const second = record.indexOf('\x1f', first + 1);
      const parents = record.slice(first + 1, second).trim();
      commits.push({
        sha: record.slice(0, first).trim(),
        parents: parents ? parents.split(' ') : [],
        message: record.slice(second + 1).trimEnd(),
      });
    }
    return commits;
  }

  /** The commit a local tag points at, or undefined when there is no such tag. */
  async tagCommit(name: string): Promise<string | undefined> {
    const result = await this.run(['rev-parse', '--quiet', '--verify', `refs/tags/${name}^{commit}`], {
      allowFailure: true,
    });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  }

  /** The commit a tag points at on the remote (peeled), or undefined when the remote has no such tag. */
  async remoteTagCommit(remote: string, name: string): Promise<string | undefined> {
    // The peeled line (`^{}`) of an annotated tag is listed only when asked for by name.
    const { stdout } = await this.run(
      ['ls-remote', '--tags', remote, `refs/tags/${name}`, `refs/tags/${name}^{}`],
      {
        timeoutMs: NETWORK_TIMEOUT_MS,
      },
    );
    let direct: string | undefined;
    for (const line of stdout.split('\n')) {
      const [sha, ref] = line.trim().split('\t');
      if (ref === `refs/tags/${name}^{}`) return sha;
      if (ref === `refs/tags/${name}`) direct = sha;
    }
    return direct;
  }

  /** Tags on the remote by name: the object each ref holds (what a push lease compares) and its commit. */
  async remoteTags(remote: string, names: readonly string[]): Promise<Map<string, RemoteTag>> {
    const patterns = names.flatMap((name) => [`refs/tags/${name}`, `refs/tags/${name}^{}`]);
    const { stdout } = await this.run(['ls-remote', '--tags', remote, ...patterns], {
      timeoutMs: NETWORK_TIMEOUT_MS,
    });
    const tags = new Map<string, RemoteTag>();
    for (const line of stdout.split('\n')) {
      const [sha, ref] = line.trim().split('\t');
      if (!sha || !ref?.startsWith('refs/tags/')) continue;
      const peeled = ref.endsWith('^{}');
      const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined);
      if (!names.includes(name)) continue;
      const tag = tags.get(name) ?? { object: '', commit: '' };
      if (peeled) tag.commit = sha;
      else {
        tag.object = sha;
        tag.commit ||= sha;
      }
      tags.set(name, tag);
    }
    return tags;
  }

  /** The object a ref names, unpeeled (what a push lease compares), or '' when it does not exist. */
  async refValue(ref: string): Promise<string> {
    const result = await this.run(['rev-parse', '--quiet', '--verify', ref], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : '';
  }

  /** Creates a tag at `commit`; annotated tags get the bot identity when git has none configured. */
  async createTag(name: string, commit: string, annotation?: string): Promise<void> {
    if (annotation === undefined) {
      await this.run(['tag', '--end-of-options', name, commit]);
      return;
    }
    await this.run(
      ['tag', '--annotate', '--file=-', '--cleanup=verbatim', '--end-of-options', name, commit],
      {
        env: await this.taggerEnv(),
        input: annotation,
      },
    );
  }

  async moveTag(name: string, commit: string): Promise<void> {
    await this.run(['tag', '--force', '--end-of-options', name, commit]);
  }

  async deleteTag(name: string): Promise<void> {
    await this.run(['tag', '--delete', '--end-of-options', name], { allowFailure: true });
  }

  /** Pushes refspecs; returns git's result so the caller can tell a rejection from success. */
  async push(
    remote: string,
    refspecs: string[],
    options: { atomic?: boolean; leases?: string[] } = {},
  ): Promise<CommandResult> {
    const args = ['push', '--porcelain'];
    if (options.atomic) args.push('--atomic');
    for (const lease of options.leases ?? []) args.push(`--force-with-lease=${lease}`);
    args.push(remote, ...refspecs);
    return this.run(args, { timeoutMs: NETWORK_TIMEOUT_MS, allowFailure: true });
  }

  /** Replaces a local tag with the remote's copy (after another run won the race for it). */
  async fetchTag(remote: string, name: string): Promise<void> {
    await this.run(['fetch', '--quiet', '--no-tags', remote, `+refs/tags/${name}:refs/tags/${name}`], {
      timeoutMs: NETWORK_TIMEOUT_MS,
      allowFailure: true,
    });
  }

  private async taggerEnv(): Promise<NodeJS.ProcessEnv | undefined> {
    const ident = await this.run(['var', 'GIT_COMMITTER_IDENT'], { allowFailure: true });
    if (ident.exitCode === 0) return undefined;
    return { GIT_COMMITTER_NAME: BOT_NAME, GIT_COMMITTER_EMAIL: BOT_EMAIL };
  }
}
