import { FileProblem, readText, type TextFile } from '../files.js';
import { Problems } from '../problems.js';
import type { CheckContext, Ecosystem } from '../types.js';

const FIX = 'go mod tidy';

interface Require {
  path: string;
  version: string;
  line: number;
}

/** The `require` lines of a go.mod (single and block form), with `replace` directives applied. */
export function parseGoMod(file: TextFile): Require[] {
  const requires: Require[] = [];
  const replaces = new Map<string, { path: string; version: string } | null>();
  let block: string | undefined;
  file.text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line === '') return;
    if (block) {
      if (line === ')') {
        block = undefined;
        return;
      }
      directive(block, line, index + 1);
      return;
    }
    const opening = /^(require|replace|exclude|retract|tool|godebug|ignore)\s*\($/.exec(line);
    if (opening) {
      block = opening[1];
      return;
    }
    const single = /^(require|replace)\s+(.*)$/.exec(line);
    if (single) directive(single[1]!, single[2]!, index + 1);
  });
  function directive(kind: string, text: string, line: number): void {
    const parts = text.split(/\s+/).map((part) => part.replace(/^"(.*)"$/, '$1'));
    if (kind === 'require') {
      if (parts.length < 2 || !parts[1]!.startsWith('v')) {
        throw new FileProblem(
          file.path,
          line,
          `${file.path}:${line}: invalid go.mod: expected 'require module/path vX.Y.Z', got '${text}'`,
        );
      }
      requires.push({ path: parts[0]!, version: parts[1]!, line });
    } else if (kind === 'replace') {
      const arrow = parts.indexOf('=>');
      if (arrow < 1)
        throw new FileProblem(file.path, line, `${file.path}:${line}: invalid go.mod: replace needs '=>'`);
      const target = parts.slice(arrow + 1);
      const local = target[0]!.startsWith('.') || target[0]!.startsWith('/');
      const key = arrow === 2 ? `${parts[0]} ${parts[1]}` : parts[0]!;
      replaces.set(key, local ? null : { path: target[0]!, version: target[1] ?? '' });
    }
  }
  return requires.flatMap((require) => {
    const replaced = replaces.has(`${require.path} ${require.version}`)
      ? replaces.get(`${require.path} ${require.version}`)
      : replaces.get(require.path);
    if (replaced === null) return [];
    return replaced ? [{ ...require, ...replaced }] : [require];
  });
}

/** `module version h1:hash` and `module version/go.mod h1:hash` lines of a go.sum. */
export function parseGoSum(file: TextFile): Set<string> {
  const lines = new Set<string>();
  file.text.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const parts = text.split(/\s+/);
    if (parts.length !== 3 || !/^h\d+:[A-Za-z0-9+/=]+$/.test(parts[2]!)) {
      const line = index + 1;
      throw new FileProblem(
        file.path,
        line,
        `${file.path}:${line}: invalid go.sum line: expected 'module version h1:hash'`,
      );
    }
    lines.add(`${parts[0]} ${parts[1]}`);
  });
  return lines;
}

async function check(context: CheckContext, problems: Problems): Promise<void> {
  const { cwd, pair } = context;
  const goMod = await readText(cwd, pair.manifest!);
  const goSum = await readText(cwd, pair.lockfile!);
  const requires = parseGoMod(goMod);
  const sums = parseGoSum(goSum);
  for (const require of requires) {
    const missing = [`${require.version}`, `${require.version}/go.mod`].filter(
      (version) => !sums.has(`${require.path} ${version}`),
    );
    if (missing.length === 0) continue;
    const what =
      missing.length === 2
        ? 'no h1: hash lines'
        : `no ${missing[0]!.endsWith('/go.mod') ? '/go.mod' : 'module zip'} h1: hash`;
    problems.add(
      'missing-sum',
      goMod.path,
      require.line,
      require.path,
      `${require.path} ${require.version} has ${what} in ${goSum.path}`,
    );
  }
}

export const go: Ecosystem = {
  name: 'go',
  lockfiles: ['go.sum'],
  manifest: 'go.mod',
  fix: FIX,
  defaultHosts: [],
  declaresDependencies(manifest) {
    return parseGoMod(manifest).length > 0;
  },
  async check(context) {
    const problems = new Problems('go', FIX);
    return problems.guard(() => check(context, problems));
  },
};
