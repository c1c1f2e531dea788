import { ConfigError } from '../../shared/errors.js';
import type { Bump, Change } from './commits.js';

/** One line of `release-rules`: `type[(scope)][!]: major|minor|patch|none`. */
export interface ReleaseRule {
  /** Lower-cased type, or `*` for any type. */
  type: string;
  /** Lower-cased scope; undefined (or `*`) matches any scope, none included. */
  scope?: string;
  /** A `!` rule matches only breaking changes, any other rule only changes that are not breaking. */
  breaking: boolean;
  bump: Bump;
}

export interface BumpRules {
  /** Tried in order before the defaults; the first that matches decides. */
  rules: readonly ReleaseRule[];
  /** Whether a revert (of a change released earlier) releases a patch by default. */
  reverts: boolean;
}

export const DEFAULT_RULES: BumpRules = { rules: [], reverts: true };

const RULE = /^([a-z][\w-]*|\*)(?:\(([^()\s]+)\))?(!)?[ \t]*:[ \t]*(\S*)$/i;
const BUMPS: readonly Bump[] = ['major', 'minor', 'patch', 'none'];
const FORM = 'type[(scope)][!]: major|minor|patch|none (like docs(readme): patch)';

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The rules of the `release-rules` input, one a line; blank lines and `# comments` are skipped. */
export function parseReleaseRules(text: string, input: string): ReleaseRule[] {
  const rules: ReleaseRule[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    // A `# comment` may follow a rule, as in YAML.
    const line = raw.replace(/\s#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const where = `input '${input}' line ${index + 1}`;
    const match = RULE.exec(line);
    if (!match) throw new ConfigError(`${where} must be ${FORM}, got '${clip(line)}'`);
    const bump = match[4]!.toLowerCase() as Bump;
    if (!BUMPS.includes(bump)) {
      throw new ConfigError(
        `${where} must end in major, minor, patch or none, got '${clip(match[4]! || line)}'`,
      );
    }
    rules.push({
      type: match[1]!.toLowerCase(),
      scope: match[2]?.toLowerCase(),
      breaking: match[3] === '!',
      bump,
    });
  }
  return rules;
}

function matches(rule: ReleaseRule, change: Change): boolean {
  // A commit that is not Conventional has no type for a rule to name, not even `*`.
  if (change.type === undefined || rule.breaking !== change.breaking) return false;
  if (rule.type !== '*' && rule.type !== change.type) return false;
  if (rule.scope === undefined || rule.scope === '*') return true;
  return change.scope !== undefined && rule.scope === change.scope.toLowerCase();
}

/** breaking → major, feat → minor, fix/perf → patch, revert → patch (unless off); else none. */
export function defaultBump(change: Change, reverts: boolean): Bump {
  if (change.breaking) return 'major';
  switch (change.type) {
    case 'feat':
      return 'minor';
    case 'fix':
    case 'perf':
      return 'patch';
    case 'revert':
      return reverts ? 'patch' : 'none';
    default:
      return 'none';
  }
}

/** The bump of one change: the first matching rule, else the defaults. */
export function changeBump(change: Change, config: BumpRules = DEFAULT_RULES): Bump {
  for (const rule of config.rules) if (matches(rule, change)) return rule.bump;
  return defaultBump(change, config.reverts);
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The largest bump any change asks for. */
export function releaseBump(changes: readonly Change[], config: BumpRules = DEFAULT_RULES): Bump {
  let bump: Bump = 'none';
  for (const change of changes) {
    bump = maxBump(bump, changeBump(change, config));
    if (bump === 'major') break;
  }
  return bump;
}
