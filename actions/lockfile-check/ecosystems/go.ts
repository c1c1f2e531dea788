import { posix, relative, resolve } from 'node:path';
import { FileProblem, leadsOut, perRun, readText, readTextIfPresent, type TextFile } from '../files.js';
import { Problems } from '../problems.js';
import type { CheckContext, Ecosystem } from '../types.js';
import { parseModulesTxt, type VendorList, vendorInconsistencies, vendorsByDefault } from './go-vendor.js';

const FIX = 'go mod tidy';
const VENDOR_FIX = 'go mod vendor';

interface Require {
  path: string;
  version: string;
  line: number;
}

/** A `replace` target: another module version, or null for a local directory (which needs no hashes). */
type Replacement = { path: string; version: string } | null;

/** What go.mod and go.work say: the module path, requirements, replacements and (go.work) the modules used. */
interface GoFile {
  /** The `module` directive; undefined when there is none (Go refuses such a go.mod). */
  module?: string;
  /** The `go` directive. */
  goVersion?: string;
  /** Each `replace` as written: `path [version]` → `path [version]` or a folder. */
  replaceLines: Array<{ old: string; target: string; line: number }>;
  requires: Require[];
  replaces: Map<string, Replacement>;
  /** go.work `use` directories, relative to its folder. */
  uses: string[];
}

/** The directives of a go.mod or go.work (single and block form). */
function parseGoFile(file: TextFile): GoFile {
  const parsed: GoFile = { requires: [], replaces: new Map(), replaceLines: [], uses: [] };
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
    const opening = /^(require|replace|exclude|retract|tool|godebug|ignore|use)\s*\($/.exec(line);
    if (opening) {
      block = opening[1];
      return;
    }
    const single = /^(module|go|require|replace|use)\s+(.*)$/.exec(line);
    if (single) directive(single[1]!, single[2]!, index + 1);
  });
  function directive(kind: string, text: string, line: number): void {
    const parts = text.split(/\s+/).map((part) => part.replace(/^"(.*)"$/, '$1'));
    if (kind === 'module') parsed.module = parts[0];
    else if (kind === 'go') parsed.goVersion = parts[0];
    else if (kind === 'use') parsed.uses.push(parts[0]!.replace(/(.)\/+$/, '$1'));
    else if (kind === 'require') {
      if (parts.length < 2 || !parts[1]!.startsWith('v')) {
        throw new FileProblem(
          file.path,
          line,
          `${file.path}:${line}: invalid go.mod: expected 'require module/path vX.Y.Z', got '${text}'`,
        );
      }
      parsed.requires.push({ path: parts[0]!, version: parts[1]!, line });
    } else if (kind === 'replace') {
      const arrow = parts.indexOf('=>');
      if (arrow < 1)
        throw new FileProblem(
          file.path,
          line,
          `${file.path}:${line}: invalid ${file.path}: replace needs '=>'`,
        );
      const target = parts.slice(arrow + 1);
      const local = target[0]!.startsWith('.') || target[0]!.startsWith('/');
      const key = arrow === 2 ? `${parts[0]} ${parts[1]}` : parts[0]!;
      parsed.replaces.set(key, local ? null : { path: target[0]!, version: target[1] ?? '' });
      parsed.replaceLines.push({ old: key, target: target.join(' '), line });
    }
  }
  return parsed;
}

/**
 * Requirements with `replace` applied. In a Go workspace, as go's replacementFrom applies them: go.work's first
 * (they win), then those of every workspace module, its siblings' too (two that disagree are an error of go's).
 */
function effectiveRequires(mod: GoFile, workspace?: Workspace): Require[] {
  const sources = workspace ? [workspace.work.replaces, ...workspace.moduleReplaces] : [mod.replaces];
  const replaced = (require: Require): Replacement | undefined => {
    for (const replaces of sources) {
      const exact = `${require.path} ${require.version}`;
      if (replaces.has(exact)) return replaces.get(exact);
      if (replaces.has(require.path)) return replaces.get(require.path);
    }
    return undefined;
  };
  return mod.requires.flatMap((require) => {
    const target = replaced(require);
    if (target === null) return [];
    return target ? [{ ...require, ...target }] : [require];
  });
}

/** The `require` lines of a go.mod (single and block form), with `replace` directives applied. */
export function parseGoMod(file: TextFile): Require[] {
  return effectiveRequires(parseGoFile(file));
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

/**
 * The Go workspace a module is part of: the nearest go.work at or above its folder (inside the checked tree) that
 * `use`s it. Its modules are all main modules (their requirements on one another need no hashes), and the
 * hashes go verifies against are those of every module's go.sum and of go.work.sum.
 */
interface Workspace {
  work: GoFile;
  /** The `replace` directives of each workspace module, in go.work's `use` order. */
  moduleReplaces: Array<Map<string, Replacement>>;
  /** Module paths of the workspace's modules. */
  modules: Set<string>;
  sums: Set<string>;
  /** What the hashes were read from, for messages. */
  sumFiles: string[];
}

/** go.work path (with cwd) → the workspace it describes, read once per run. */
const workspaces = perRun<string, Promise<Workspace | undefined>>();

async function workspaceOf(cwd: string, dir: string, boundary: string): Promise<Workspace | undefined> {
  for (let folder = dir; ; folder = posix.dirname(folder)) {
    if (leadsOut(relative(boundary, resolve(cwd, folder)))) return undefined;
    const workPath = posix.join(folder, 'go.work');
    const key = `${cwd}\0${workPath}`;
    let found = workspaces.get(key);
    if (!found) {
      found = readWorkspace(cwd, folder, workPath);
      workspaces.set(key, found);
    }
    const workspace = await found;
    if (workspace) {
      const uses = workspace.work.uses.map((use) => posix.join(folder, use));
      return uses.includes(posix.normalize(dir)) ? workspace : undefined;
    }
    if (folder === '.' || folder === '/' || posix.dirname(folder) === folder) return undefined;
  }
}

async function readWorkspace(cwd: string, folder: string, workPath: string): Promise<Workspace | undefined> {
  const file = await readTextIfPresent(cwd, workPath);
  if (!file) return undefined;
  const work = parseGoFile(file);
  const workspace: Workspace = {
    work,
    moduleReplaces: [],
    modules: new Set(),
    sums: new Set(),
    sumFiles: [],
  };
  const addSums = async (path: string) => {
    const sum = await readTextIfPresent(cwd, path);
    if (!sum) return;
    for (const line of parseGoSum(sum)) workspace.sums.add(line);
    workspace.sumFiles.push(path);
  };
  for (const use of work.uses) {
    const modFolder = posix.join(folder, use);
    const mod = await readTextIfPresent(cwd, posix.join(modFolder, 'go.mod'));
    const parsed = mod ? parseGoFile(mod) : undefined;
    if (parsed?.module) workspace.modules.add(parsed.module);
    if (parsed) workspace.moduleReplaces.push(parsed.replaces);
    await addSums(posix.join(modFolder, 'go.sum'));
  }
  await addSums(posix.join(folder, 'go.work.sum'));
  return workspace;
}

/** The requirements of a go.mod whose hashes are missing from `sums`, each with what is missing. */
function unhashed(requires: Require[], sums: Set<string>, workspace?: Workspace) {
  return requires.flatMap((require) => {
    if (workspace?.modules.has(require.path)) return [];
    const missing = [`${require.version}`, `${require.version}/go.mod`].filter(
      (version) => !sums.has(`${require.path} ${version}`),
    );
    return missing.length ? [{ require, missing }] : [];
  });
}

/** Only the module zip's hash is missing (the /go.mod one is there). */
function zipOnly(missing: string[]): boolean {
  return missing.length === 1 && !missing[0]!.endsWith('/go.mod');
}

async function check(context: CheckContext, problems: Problems): Promise<void> {
  const { cwd, pair } = context;
  const goMod = await readText(cwd, pair.manifest!);
  const goSum = await readText(cwd, pair.lockfile!);
  const mod = parseGoFile(goMod);
  if (mod.module === undefined) {
    // Go itself refuses it ("no module declaration"): a file named go.mod that is data (a syntax-highlighting
    // sample, a rendered snapshot), not a module whose go.sum anything reads.
    problems.warn(
      'parse',
      goMod.path,
      1,
      '',
      `${goMod.path} has no module directive, so it is not a Go module (go refuses it); ${goSum.path} was not checked`,
      `add \`module <path>\` to ${goMod.path}, or ignore its folder`,
    );
    return;
  }
  const workspace = await workspaceOf(cwd, pair.dir, context.boundary ?? resolve(cwd));
  const sums = parseGoSum(goSum);
  for (const line of workspace?.sums ?? []) sums.add(line);
  const others = workspace?.sumFiles.filter((path) => path !== posix.normalize(goSum.path)) ?? [];
  const where = others.length
    ? `${goSum.path} or the rest of its workspace (${others.join(', ')})`
    : goSum.path;
  const vendor = workspace ? undefined : await vendorListOf(cwd, pair.dir, mod);
  for (const { require, missing } of unhashed(effectiveRequires(mod, workspace), sums, workspace)) {
    if (vendor) {
      // go build reads vendor/ and not go.sum; -mod=mod and -mod=readonly (go mod verify, go list -m) read it.
      problems.warn(
        'missing-sum',
        goMod.path,
        require.line,
        require.path,
        `${require.path} ${require.version} has no h1: hash${missing.length === 2 ? ' lines' : ''} in ${where}: go builds this module from vendor/, which does not need it, but -mod=mod and -mod=readonly do`,
      );
      continue;
    }
    if (zipOnly(missing)) {
      // Go hashes a module's zip only when it builds a package of that module: a requirement that provides
      // none (kept for the module graph, or by an older go mod tidy) builds with its /go.mod hash alone.
      problems.warn(
        'missing-sum',
        goMod.path,
        require.line,
        require.path,
        `${require.path} ${require.version} has no module zip h1: hash in ${where}: go needs it only to build a package of that module, and then says "missing go.sum entry"`,
      );
      continue;
    }
    const what =
      missing.length === 2
        ? 'no h1: hash lines'
        : `no ${missing[0]!.endsWith('/go.mod') ? '/go.mod' : 'module zip'} h1: hash`;
    problems.add(
      'missing-sum',
      goMod.path,
      require.line,
      require.path,
      `${require.path} ${require.version} has ${what} in ${where}`,
    );
  }
  if (vendor) checkVendor(pair.dir, goMod, mod, vendor, problems);
}

/**
 * vendor/modules.txt of a module go builds from vendor/ (its go directive 1.14 or later, vendor/modules.txt
 * committed), read; undefined when go does not.
 */
async function vendorListOf(cwd: string, dir: string, mod: GoFile): Promise<VendorList | undefined> {
  if (!vendorsByDefault(mod.goVersion)) return undefined;
  const file = await readTextIfPresent(cwd, posix.join(dir, 'vendor', 'modules.txt'));
  return file ? parseModulesTxt(file.text) : undefined;
}

function checkVendor(
  dir: string,
  goMod: TextFile,
  mod: GoFile,
  vendor: VendorList,
  problems: Problems,
): void {
  const inputs = { module: mod.module, requires: mod.requires, replaces: mod.replaceLines };
  for (const problem of vendorInconsistencies(inputs, vendor)) {
    const file = problem.file === 'go.mod' ? goMod.path : posix.join(dir, 'vendor', 'modules.txt');
    problems.add(problem.kind, file, problem.line, problem.module, problem.message, VENDOR_FIX);
  }
}

export const go: Ecosystem = {
  name: 'go',
  lockfiles: ['go.sum'],
  manifest: 'go.mod',
  fix: FIX,
  defaultHosts: [],
  declaresDependencies(manifest) {
    const mod = parseGoFile(manifest);
    return mod.module !== undefined && effectiveRequires(mod).length > 0;
  },
  /** go builds a module that commits vendor/modules.txt from vendor/, without reading go.sum. */
  async lockfileExpected(manifest, cwd) {
    return (await vendorListOf(cwd, posix.dirname(manifest.path), parseGoFile(manifest))) === undefined;
  },
  /**
   * A module of a Go workspace (go.work) needs no go.sum of its own when the workspace's go.sum files and
   * go.work.sum hold every hash it needs; its requirements on the workspace's own modules need none.
   */
  async pinnedElsewhere(manifest, cwd, boundary) {
    const dir = posix.dirname(manifest.path);
    const workspace = await workspaceOf(cwd, dir, boundary);
    if (!workspace) return false;
    const mod = parseGoFile(manifest);
    return unhashed(effectiveRequires(mod, workspace), workspace.sums, workspace).every(({ missing }) =>
      zipOnly(missing),
    );
  },
  async check(context) {
    const problems = new Problems('go', FIX);
    return problems.guard(() => check(context, problems));
  },
};
