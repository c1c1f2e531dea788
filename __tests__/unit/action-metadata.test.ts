// Every action.yml is what the runner and our code expect: node24, files present, inputs declared and read.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ACTIONS } from '../../cli/actions.js';
import { findRoot, readActionYml } from '../../cli/runner.js';

const root = findRoot();

function pascal(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, char: string) => char.toUpperCase());
}

function actionSources(action: string): string {
  const dir = join(root, 'actions', action);
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && entry.name !== 'inputs.ts')
        files.push(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files.join('\n');
}

const isPlaceholder = (action: string) => actionSources(action).includes('is not implemented yet');

describe.each(ACTIONS)('%s/action.yml', (action) => {
  const yml = readActionYml(action, root);

  it('runs on node24 with bundles that exist', () => {
    expect(yml.runs.using).toBe('node24');
    expect(yml.runs.main).toBe(`../dist/${action}/index.js`);
    expect(existsSync(resolve(root, action, yml.runs.main))).toBe(true);
    if (yml.runs.post) {
      expect(yml.runs.post).toBe(`../dist/${action}/post.js`);
      expect(existsSync(resolve(root, action, yml.runs.post))).toBe(true);
      expect(existsSync(join(root, 'actions', action, 'post.ts'))).toBe(true);
    }
  });

  it('has a name, description, branding and described kebab-case inputs and outputs', () => {
    expect(yml.name).toMatch(/^ci-kit /);
    expect(yml.description.length).toBeGreaterThan(20);
    expect(yml.branding?.icon).toBeTruthy();
    expect(yml.branding?.color).toBeTruthy();
    for (const [name, spec] of [...Object.entries(yml.inputs ?? {}), ...Object.entries(yml.outputs ?? {})]) {
      expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(spec.description?.length ?? 0).toBeGreaterThan(5);
    }
    for (const spec of Object.values(yml.inputs ?? {})) {
      if (spec.required) expect(spec.default).toBeUndefined();
    }
  });

  /** Names the code uses as `Inputs.X` / `Outputs.X` must be declared; an action in use must use them all. */
  function expectDeclaredAndUsed(kind: 'Inputs' | 'Outputs', declaredNames: string[]): void {
    const used = new Set(
      [...actionSources(action).matchAll(new RegExp(`\\b${kind}\\.([A-Za-z0-9]+)`, 'g'))].map((m) => m[1]),
    );
    const declared = declaredNames.map(pascal);
    for (const name of used) expect(declared).toContain(name);
    if (isPlaceholder(action)) return;
    for (const name of declared)
      expect({ [kind]: name, used: used.has(name) }).toEqual({ [kind]: name, used: true });
  }

  it('declares every input the code reads, and the code reads every declared input', () => {
    expectDeclaredAndUsed('Inputs', Object.keys(yml.inputs ?? {}));
  });

  it('sets only declared outputs, and every one of them', () => {
    expectDeclaredAndUsed('Outputs', Object.keys(yml.outputs ?? {}));
  });

  it('has an index.ts that only hands run() to runAction', () => {
    const index = readFileSync(join(root, 'actions', action, 'index.ts'), 'utf8');
    expect(index).toContain('await runAction(ACTION, run);');
  });
});
