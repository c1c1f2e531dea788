/** Quotes any string for bash: `'…'` with each `'` written as `'\''`. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `env` lines `KEY=value`. A line that does not start with `NAME=` continues the value above it,
 * so multi-line values (certificates, JSON) can be passed as they are. A line starting with `#` is a
 * comment wherever it is, never part of a value.
 */
export function parseEnv(text: string): Array<[string, string]> | string {
  const entries: Array<[string, string]> = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trimStart().startsWith('#')) continue;
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match) {
      entries.push([match[1]!, match[2]!]);
      continue;
    }
    if (entries.length === 0) {
      if (line.trim() === '') continue;
      // Never quoted: the line may hold a secret, and a cut copy of it would not be masked.
      return `line ${index + 1} must be KEY=value (the line is not shown: it may hold a secret)`;
    }
    const last = entries[entries.length - 1]!;
    last[1] = `${last[1]}\n${line}`;
  }
  // A trailing newline of the block is not part of the last value.
  for (const entry of entries) entry[1] = entry[1].replace(/\n+$/, '');
  return entries;
}

export function isEnvName(name: string): boolean {
  return NAME.test(name);
}

/** `export KEY='value'` lines; exported in the script itself, so the server's AcceptEnv does not matter. */
export function exportLines(env: ReadonlyArray<readonly [string, string]>): string {
  return env.map(([key, value]) => `export ${key}=${shellQuote(value)}\n`).join('');
}

/**
 * The text sent to `bash -euo pipefail -s`. The user's script is one brace group read whole before
 * anything runs (a syntax error runs nothing) and with stdin from /dev/null, so a command that reads
 * stdin cannot swallow the rest of the script.
 */
export function buildScript(options: {
  script: string;
  env?: ReadonlyArray<readonly [string, string]>;
  cwd?: string;
}): string {
  const parts = [exportLines(options.env ?? [])];
  if (options.cwd) parts.push(`cd -- ${quotePath(options.cwd)}\n`);
  parts.push(`{\n${options.script.replace(/\r\n?/g, '\n')}\n} </dev/null\n`);
  return parts.join('');
}

/** Quotes a remote path, keeping a leading `~/` working (it becomes `"$HOME"/…`). */
export function quotePath(path: string): string {
  if (path === '~') return '"$HOME"';
  if (path.startsWith('~/')) return `"$HOME"/${shellQuote(path.slice(2))}`;
  return shellQuote(path);
}
