// A Go module that commits vendor/modules.txt builds from vendor/ (go 1.14 and later), and go refuses a
// vendor/modules.txt that disagrees with go.mod ("inconsistent vendoring"). The rules are cmd/go's
// checkVendorConsistency, for a module on its own (in a Go workspace, go reads the workspace's vendor folder).

/** A module line's key: `path version`, or `path` alone for a replacement of every version. */
type Key = string;

export interface VendorList {
  /** Per module line: whether go.mod requires it (`## explicit`), and what replaces it (`path [version]`). */
  meta: Map<Key, { explicit: boolean; replacement?: string; line: number }>;
  /** Modules that provide packages to the build, in order. */
  withPackages: Key[];
  /** Modules marked as replaced. */
  replaced: Key[];
}

/** What go.mod says, as the vendor check needs it: each require and each replace, with its line. */
export interface VendorInputs {
  module?: string;
  goVersion?: string;
  requires: ReadonlyArray<{ path: string; version: string; line: number }>;
  /** `old` is `path version` or `path`; `target` is `path version` or a folder. */
  replaces: ReadonlyArray<{ old: Key; target: string; line: number }>;
}

export interface VendorProblem {
  file: 'go.mod' | 'vendor/modules.txt';
  line: number;
  module: string;
  kind: 'not-locked' | 'extraneous' | 'spec-mismatch';
  message: string;
}

const VERSION = /^v\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;

/** vendor/modules.txt as cmd/go's readVendorList reads it. */
export function parseModulesTxt(text: string): VendorList {
  const list: VendorList = { meta: new Map(), withPackages: [], replaced: [] };
  let current: Key | undefined;
  const seen = new Set<Key>();
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const meta = (key: Key) => {
      const known = list.meta.get(key);
      if (known) return known;
      const entry: { explicit: boolean; replacement?: string; line: number } = {
        explicit: false,
        line: index + 1,
      };
      list.meta.set(key, entry);
      return entry;
    };
    if (line.startsWith('# ')) {
      let fields = line.trim().split(/\s+/);
      if (fields.length < 3) continue;
      if (VERSION.test(fields[2]!)) {
        current = `${fields[1]} ${fields[2]}`;
        fields = fields.slice(3);
      } else if (fields[2] === '=>') {
        current = fields[1]!;
        fields = fields.slice(2);
      } else {
        current = undefined;
        continue;
      }
      const entry = meta(current);
      if (fields.length >= 2 && fields[0] === '=>') {
        const replacement =
          fields.length === 2
            ? fields[1]
            : fields.length === 3 && VERSION.test(fields[2]!)
              ? fields.slice(1).join(' ')
              : undefined;
        if (replacement !== undefined) {
          entry.replacement = replacement;
          list.replaced.push(current);
        }
      }
      continue;
    }
    if (current === undefined) continue;
    if (line.startsWith('## ')) {
      if (
        line
          .slice(3)
          .split(';')
          .some((part) => part.trim() === 'explicit')
      )
        meta(current).explicit = true;
      continue;
    }
    const fields = line.trim().split(/\s+/);
    if (fields.length === 1 && fields[0] !== '' && !seen.has(current)) {
      seen.add(current);
      list.withPackages.push(current);
    }
  }
  return list;
}

/** `go 1.14`, `go 1.21.0`, `go 1.22rc1` → whether it is 1.14 or later; false when go.mod names none. */
export function vendorsByDefault(goVersion: string | undefined): boolean {
  const match = /^1\.(\d+)/.exec(goVersion ?? '');
  return match !== null && Number(match[1]) >= 14;
}

/** Where go.mod and vendor/modules.txt disagree, in go's words. */
export function vendorInconsistencies(mod: VendorInputs, vendor: VendorList): VendorProblem[] {
  const problems: VendorProblem[] = [];
  const required = new Set(mod.requires.map((require) => `${require.path} ${require.version}`));
  for (const require of mod.requires) {
    if (vendor.meta.get(`${require.path} ${require.version}`)?.explicit) continue;
    problems.push({
      file: 'go.mod',
      line: require.line,
      module: require.path,
      kind: 'not-locked',
      message: `${require.path}@${require.version} is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt`,
    });
  }
  const replacements = new Map<Key, string>();
  for (const replace of mod.replaces) replacements.set(replace.old, replace.target);
  const replacementOf = (key: Key) => replacements.get(key) ?? replacements.get(key.split(' ')[0]!);
  const checked = new Set<Key>();
  for (const replace of mod.replaces) {
    if (checked.has(replace.old)) continue;
    checked.add(replace.old);
    // A replacement of the main module itself replaces nothing.
    if (replace.old.split(' ')[0] === mod.module) continue;
    const target = replacements.get(replace.old)!;
    const marked = vendor.meta.get(replace.old)?.replacement;
    const old = replace.old.replace(' ', '@');
    if (marked === undefined)
      problems.push({
        file: 'go.mod',
        line: replace.line,
        module: old,
        kind: 'spec-mismatch',
        message: `${old} is replaced in go.mod, but not marked as replaced in vendor/modules.txt`,
      });
    else if (marked !== target)
      problems.push({
        file: 'go.mod',
        line: replace.line,
        module: old,
        kind: 'spec-mismatch',
        message: `${old} is replaced by ${target.replace(' ', '@')} in go.mod, but marked as replaced by ${marked.replace(' ', '@')} in vendor/modules.txt`,
      });
  }
  for (const key of vendor.withPackages) {
    const meta = vendor.meta.get(key);
    if (!meta?.explicit || required.has(key)) continue;
    problems.push({
      file: 'vendor/modules.txt',
      line: meta.line,
      module: key.split(' ')[0]!,
      kind: 'extraneous',
      message: `${key.replace(' ', '@')} is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod`,
    });
  }
  for (const key of vendor.replaced) {
    if (replacementOf(key) !== undefined) continue;
    problems.push({
      file: 'vendor/modules.txt',
      line: vendor.meta.get(key)?.line ?? 1,
      module: key.split(' ')[0]!,
      kind: 'extraneous',
      message: `${key.replace(' ', '@')} is marked as replaced in vendor/modules.txt, but not replaced in go.mod`,
    });
  }
  return problems;
}
