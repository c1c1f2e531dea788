// What pnpm resolves with besides the manifests: `overrides` (package.json `pnpm.overrides` and
// pnpm-workspace.yaml), catalogs, and how an override rewrites a project's own dependency spec.
import { isRecord, stringMap, type TextFile } from '../files.js';
import type { Semver } from './semver.js';

export type Catalogs = Record<string, Record<string, string>>;

export interface OverrideRule {
  /** The key as written (`a@<2`, `p>a`), which is also how pnpm records it in the lockfile. */
  key: string;
  name: string;
  /** `a@<2` → `<2`. */
  range?: string;
  /** `p>a`: the rule only applies to dependencies of p. */
  parent?: string;
  /** The spec as pnpm writes it to the lockfile: `$name` and `catalog:` resolved; `-` removes the dependency. */
  value: string;
}

/** `pnpm-workspace.yaml`'s `catalog` (the default one) and `catalogs`. */
export function readCatalogs(workspace: Record<string, unknown>): Catalogs {
  const catalogs: Catalogs = {};
  if (isRecord(workspace.catalogs)) {
    for (const [name, entries] of Object.entries(workspace.catalogs)) catalogs[name] = stringMap(entries);
  }
  if (isRecord(workspace.catalog))
    catalogs.default = { ...catalogs.default, ...stringMap(workspace.catalog) };
  return catalogs;
}

/** `catalog:` / `catalog:name` → the catalog's spec for `name`; undefined when it names nothing. */
export function catalogSpec(catalogs: Catalogs, name: string, spec: string): string | undefined {
  if (!spec.startsWith('catalog:')) return undefined;
  return catalogs[spec.slice('catalog:'.length).trim() || 'default']?.[name];
}

function splitSelector(selector: string): { name: string; range?: string } {
  const at = selector.indexOf('@', selector.startsWith('@') ? 1 : 0);
  if (at === -1) return { name: selector };
  return { name: selector.slice(0, at), range: selector.slice(at + 1) || undefined };
}

/** The override rules with their values resolved as pnpm writes them to the lockfile's `overrides`. */
export function readOverrides(
  overrides: Record<string, string>,
  rootPkg: Record<string, unknown>,
  catalogs: Catalogs,
): OverrideRule[] {
  const rootSpec = (name: string): string | undefined => {
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      const spec = stringMap(rootPkg[field])[name];
      if (spec !== undefined) return spec;
    }
    return undefined;
  };
  return Object.entries(overrides).map(([key, raw]) => {
    const arrow = key.lastIndexOf('>');
    const target = splitSelector(arrow === -1 ? key : key.slice(arrow + 1));
    let value = raw;
    if (value.startsWith('$')) value = rootSpec(value.slice(1)) ?? value;
    value = catalogSpec(catalogs, target.name, value) ?? value;
    return {
      key,
      ...target,
      parent: arrow === -1 ? undefined : splitSelector(key.slice(0, arrow)).name,
      value,
    };
  });
}

/**
 * The rule that rewrites a project's own dependency `name@spec`, as pnpm's versions overrider picks it: rules
 * with a range (which must contain the spec) before the plain one; `parent>name` rules never apply to a project.
 */
export function projectOverride(
  rules: readonly OverrideRule[],
  name: string,
  spec: string,
  semver: Semver | undefined,
): OverrideRule | undefined {
  let plain: OverrideRule | undefined;
  for (const rule of rules) {
    if (rule.name !== name || rule.parent !== undefined) continue;
    if (rule.range === undefined) {
      plain ??= rule;
      continue;
    }
    if (spec === rule.range) return rule;
    try {
      if (semver?.validRange(spec) && semver.validRange(rule.range) && semver.subset(spec, rule.range))
        return rule;
    } catch {}
  }
  return plain;
}

/** Whether the rules need node-semver (any of them has a range). */
export function overridesNeedSemver(rules: readonly OverrideRule[]): boolean {
  return rules.some((rule) => rule.range !== undefined);
}

/** `text` cut into YAML documents at `---` lines, each padded so that its lines keep their numbers. */
export function yamlDocuments(file: TextFile): TextFile[] {
  if (!/^---[ \t]*$/m.test(file.text)) return [file];
  const documents: TextFile[] = [];
  const lines = file.text.split('\n');
  let start = 0;
  const flush = (end: number) => {
    const body = lines.slice(start, end).join('\n');
    if (body.trim()) documents.push({ path: file.path, text: '\n'.repeat(start) + body });
  };
  for (let index = 0; index < lines.length; index++) {
    if (/^---[ \t]*\r?$/.test(lines[index]!)) {
      flush(index);
      start = index + 1;
    }
  }
  flush(lines.length);
  return documents.length ? documents : [file];
}
