// npm `overrides` of the root package.json, read the way @npmcli/arborist's OverrideSet reads them: a rule
// `name` or `name@range` replaces the spec of the dependency edges it matches; an object value scopes its rules
// to the dependency subtree of the package it names (`"."` overrides that package itself); `"$name"` stands for
// the root package's own spec of `name`.
import { isRecord } from '../files.js';
import type { Semver } from './semver.js';

export interface OverrideRule {
  name: string;
  /** The range of the key (`ms@^2` → `^2`), `*` when the key has none. */
  keySpec: string;
  /**
   * The spec that replaces a matching edge's. An object without `"."` stands for its key's own range, as in
   * arborist (`"a@^1": {…}` makes an edge `a@^1.2.0` `a@^1`); undefined when that key has no range.
   */
  value?: string;
  children: OverrideRule[];
  /** Undefined for the root set (the `overrides` object itself). */
  parent?: OverrideRule;
}

const ROOT_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** The root override set, or undefined when package.json has no `overrides`. */
export function parseOverrides(pkg: Record<string, unknown>): OverrideRule | undefined {
  if (!isRecord(pkg.overrides) || Object.keys(pkg.overrides).length === 0) return undefined;
  const reference = (value: string): string => {
    if (!value.startsWith('$')) return value;
    for (const field of ROOT_FIELDS) {
      const deps = pkg[field];
      if (isRecord(deps) && typeof deps[value.slice(1)] === 'string') return deps[value.slice(1)] as string;
    }
    return value;
  };
  const build = (object: Record<string, unknown>, parent: OverrideRule): OverrideRule[] => {
    const rules: OverrideRule[] = [];
    for (const [key, value] of Object.entries(object)) {
      if (key === '.') continue;
      const at = key.indexOf('@', key.startsWith('@') ? 1 : 0);
      const rule: OverrideRule = {
        name: at === -1 ? key : key.slice(0, at),
        keySpec: at === -1 || key.slice(at + 1) === '' ? '*' : key.slice(at + 1),
        children: [],
        parent,
      };
      if (typeof value === 'string') rule.value = reference(value);
      else if (isRecord(value)) {
        if (typeof value['.'] === 'string') rule.value = reference(value['.']);
        else if (rule.keySpec !== '*') rule.value = rule.keySpec;
        rule.children = build(value, rule);
      } else continue;
      rules.push(rule);
    }
    return rules;
  };
  const root: OverrideRule = { name: '', keySpec: '*', children: [] };
  root.children = build(pkg.overrides, root);
  return root;
}

/** The rules in force in a set: its own children, then its own rule, then each ancestor's, nearest first. */
function ruleset(set: OverrideRule): OverrideRule[] {
  const rules = new Map<string, OverrideRule>();
  for (let current: OverrideRule | undefined = set; current; current = current.parent) {
    for (const kid of current.children) {
      const key = `${kid.name}@${kid.keySpec}`;
      if (!rules.has(key)) rules.set(key, kid);
    }
    if (current.parent) {
      const key = `${current.name}@${current.keySpec}`;
      if (!rules.has(key)) rules.set(key, current);
    }
  }
  return [...rules.values()];
}

const rulesets = new WeakMap<OverrideRule, OverrideRule[]>();

function rulesOf(set: OverrideRule): OverrideRule[] {
  let rules = rulesets.get(set);
  if (!rules) {
    rules = ruleset(set);
    rulesets.set(set, rules);
  }
  return rules;
}

/** The range of a spec for matching a rule key: an `npm:name@range` alias by its range. */
function rangeOf(spec: string): string {
  if (!spec.startsWith('npm:')) return spec;
  const at = spec.lastIndexOf('@');
  return at > 4 ? spec.slice(at + 1) : '*';
}

/** The rule that replaces the spec of an edge `name@spec` from a node in `set`, if any. */
export function edgeRule(
  set: OverrideRule,
  name: string,
  spec: string,
  semver: Semver,
): OverrideRule | undefined {
  for (const rule of rulesOf(set)) {
    if (rule.name !== name) continue;
    if (rule.keySpec === '*') return rule;
    const range = rangeOf(spec);
    try {
      if (semver.validRange(range) && semver.intersects(range, rule.keySpec)) return rule;
    } catch {}
  }
  return undefined;
}

/** The override set a node `name@version` reached from a node in `set` carries to its own edges. */
export function nodeSet(set: OverrideRule, name: string, version: string, semver: Semver): OverrideRule {
  for (const rule of rulesOf(set)) {
    if (rule.name !== name) continue;
    if (rule.keySpec === '*' || semver.satisfies(version, rule.keySpec, { includePrerelease: true }))
      return rule;
  }
  return set;
}
