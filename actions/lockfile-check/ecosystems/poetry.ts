import { resolve } from 'node:path';
import { nodeCrypto } from '../../../shared/node-crypto.js';
import { findLine, isRecord, parseTomlText, readText, type TextFile, tomlPackageLine } from '../files.js';
import { Problems } from '../problems.js';
import { checkSource, checkUrl } from '../security.js';
import type { CheckContext, Ecosystem } from '../types.js';
import { pythonLockfileExpected } from './python-deps.js';
import { pythonJsonDumps } from './python-json.js';

const FIX = 'poetry lock';
const HOSTS = ['pypi.org', 'files.pythonhosted.org'];
/** Poetry reads lock-version 1.x and 2.x (`_READ_VERSION_RANGE = ">=1,<3"`). */
const READABLE = /^[12](\.\d+)?$/;

const LEGACY_KEYS = ['dependencies', 'source', 'extras', 'dev-dependencies'];
const POETRY_KEYS = [...LEGACY_KEYS, 'group'];
const PROJECT_KEYS = ['requires-python', 'dependencies', 'optional-dependencies'];

/**
 * The `content-hash` candidates of a pyproject.toml, computed as Poetry's Locker does: sha256 of the
 * relevant sections dumped by `json.dumps(sort_keys=True)`. Poetry 1.x hashes [tool.poetry] keys only;
 * 2.x nests them under `tool.poetry` next to [project] when [project] has relevant keys; newer 2.x
 * also hashes [dependency-groups]. Any match means the lock was made from this pyproject.
 */
export function poetryContentHashes(pyproject: Record<string, unknown>): string[] {
  const project = isRecord(pyproject.project) ? pyproject.project : {};
  const tool = isRecord(pyproject.tool) && isRecord(pyproject.tool.poetry) ? pyproject.tool.poetry : {};
  const relevantProject: Record<string, unknown> = {};
  for (const key of PROJECT_KEYS) if (project[key] !== undefined) relevantProject[key] = project[key];
  const hasProject = Object.keys(relevantProject).length > 0;
  // Poetry's Locker._get_content_hash, with `[dependency-groups]` (2.3.0 and later) and without (the hash a
  // lock written by an older Poetry holds, which is_fresh still accepts).
  const groups = isRecord(pyproject['dependency-groups']) ? pyproject['dependency-groups'] : {};
  const variants: unknown[] = [];
  for (const group of Object.keys(groups).length > 0 ? [groups, undefined] : [undefined]) {
    const relevantPoetry: Record<string, unknown> = {};
    for (const key of POETRY_KEYS) {
      const value = tool[key];
      if (value === undefined && (!LEGACY_KEYS.includes(key) || hasProject || group)) continue;
      relevantPoetry[key] = value ?? null;
    }
    const content: Record<string, unknown> = {};
    if (hasProject) content.project = relevantProject;
    if (group) content['dependency-groups'] = group;
    variants.push(
      Object.keys(content).length > 0 ? { ...content, tool: { poetry: relevantPoetry } } : relevantPoetry,
    );
  }
  // Only a poetry.lock needs node:crypto.
  const { createHash } = nodeCrypto();
  return variants.map((content) => createHash('sha256').update(pythonJsonDumps(content)).digest('hex'));
}

async function check(context: CheckContext, problems: Problems): Promise<void> {
  const { cwd, pair } = context;
  const lockFile = await readText(cwd, pair.lockfile!);
  const lock = await parseTomlText(lockFile);
  const manifest = await readText(cwd, pair.manifest!);
  const pyproject = await parseTomlText(manifest, true);
  const metadata = isRecord(lock.metadata) ? lock.metadata : undefined;
  const lockVersion = metadata?.['lock-version'];
  if (!metadata || (lockVersion !== undefined && !READABLE.test(String(lockVersion)))) {
    problems.add(
      'unsupported-format',
      lockFile.path,
      findLine(lockFile.text, /^\[metadata\]/, /^lock-version/),
      '',
      `${lockFile.path} has ${metadata ? `lock-version ${String(lockVersion)}` : 'no [metadata]'}, which this action does not know (expected 1.x or 2.x); refusing to pass it unchecked`,
    );
    return;
  }
  const recorded = metadata['content-hash'];
  const expected = poetryContentHashes(pyproject);
  if (typeof recorded !== 'string' || !expected.includes(recorded)) {
    problems.add(
      'content-hash',
      manifest.path,
      dependencyLine(manifest),
      '',
      `${manifest.path} changed since ${lockFile.path} was written: its content-hash is ${String(recorded).slice(0, 12)}…, the dependency sections now hash to ${expected[0]!.slice(0, 12)}…`,
    );
  }
  checkSources(problems, lock, lockFile, context);
}

/** Where the dependency sections start, for the annotation. */
function dependencyLine(manifest: TextFile): number {
  for (const section of [/^\[project\]/, /^\[tool\.poetry\.dependencies\]/, /^\[tool\.poetry\]/]) {
    const line = findLine(manifest.text, section);
    if (section.test(manifest.text.split('\n')[line - 1] ?? '')) return line;
  }
  return 1;
}

/** Packages from a package index must come from an allowed host over https. */
function checkSources(
  problems: Problems,
  lock: Record<string, unknown>,
  lockFile: TextFile,
  context: CheckContext,
): void {
  const packages = Array.isArray(lock.package) ? lock.package : [];
  for (const entry of packages) {
    if (!isRecord(entry) || !isRecord(entry.source)) continue;
    const { type, url } = entry.source;
    if (typeof url !== 'string') continue;
    const name = String(entry.name ?? '');
    const line = tomlPackageLine(lockFile.text, name);
    // legacy: a package index; git (pinned by resolved_reference); url: an archive (hashed in `files`);
    // file and directory: local paths.
    const findings =
      type === 'legacy'
        ? checkUrl(url, context.security, HOSTS)
        : type === 'git' || type === 'url' || type === 'file' || type === 'directory'
          ? checkSource(
              {
                kind: type === 'git' ? 'git' : type === 'url' ? 'tarball' : 'local',
                location: type === 'file' || type === 'directory' ? `file:${url}` : url,
                hashExpected: false,
                pinned: type === 'git' ? typeof entry.source.resolved_reference === 'string' : undefined,
                boundary: {
                  base: resolve(context.cwd, context.pair.dir),
                  root: context.boundary ?? resolve(context.cwd),
                },
              },
              context.security,
              HOSTS,
            )
          : [];
    for (const finding of findings)
      problems.finding(finding, lockFile.path, line, name, `${name} ${entry.version ?? ''}`.trim());
  }
}

export const poetry: Ecosystem = {
  name: 'poetry',
  lockfiles: ['poetry.lock'],
  manifest: 'pyproject.toml',
  fix: FIX,
  defaultHosts: HOSTS,
  async lockfileExpected(manifest) {
    return pythonLockfileExpected(await parseTomlText(manifest));
  },
  async declaresDependencies(manifest) {
    const pyproject = await parseTomlText(manifest);
    const project = isRecord(pyproject.project) ? pyproject.project : {};
    const tool = isRecord(pyproject.tool) && isRecord(pyproject.tool.poetry) ? pyproject.tool.poetry : {};
    const poetryDeps = isRecord(tool.dependencies)
      ? Object.keys(tool.dependencies).filter((name) => name !== 'python')
      : [];
    return (
      (Array.isArray(project.dependencies) && project.dependencies.length > 0) ||
      poetryDeps.length > 0 ||
      isRecord(tool.group)
    );
  },
  async check(context) {
    const problems = new Problems('poetry', FIX);
    return problems.guard(() => check(context, problems));
  },
};
