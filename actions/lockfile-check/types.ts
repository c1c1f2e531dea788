import type { TextFile } from './files.js';

export const ECOSYSTEMS = ['npm', 'pnpm', 'yarn', 'uv', 'poetry', 'cargo', 'go'] as const;
export type EcosystemName = (typeof ECOSYSTEMS)[number];

/** What a problem means for the step: the lockfile needs regenerating, is unsafe, or could not be checked. */
export type Category = 'stale' | 'unsafe' | 'error';

export interface Problem {
  /** Path relative to the working directory, `/`-separated (what annotations need). */
  file: string;
  line: number;
  ecosystem: EcosystemName;
  /** `not-locked`, `unsatisfied`, `host`, `integrity`, `parse`, … (see KIND_CATEGORY). */
  kind: Kind;
  package: string;
  message: string;
  fix: string;
  /** Warnings are reported but do not fail the step (drift the package manager itself tolerates). */
  severity: 'error' | 'warning';
}

export const KIND_CATEGORY = {
  'missing-lockfile': 'stale',
  'not-locked': 'stale',
  unsatisfied: 'stale',
  'spec-mismatch': 'stale',
  extraneous: 'stale',
  'dependency-type': 'stale',
  workspace: 'stale',
  'content-hash': 'stale',
  'requires-python': 'stale',
  'missing-sum': 'stale',
  native: 'stale',
  host: 'unsafe',
  https: 'unsafe',
  integrity: 'unsafe',
  'name-mismatch': 'unsafe',
  source: 'unsafe',
  symlink: 'unsafe',
  parse: 'error',
  'unsupported-format': 'error',
  'outdated-format': 'error',
  'multiple-lockfiles': 'error',
  'native-missing': 'error',
} as const satisfies Record<string, Category>;

export type Kind = keyof typeof KIND_CATEGORY;

/** One manifest and the lockfile that pins it (either may be missing). */
export interface LockfilePair {
  ecosystem: EcosystemName;
  /** Folder relative to the working directory (`.` for the top). */
  dir: string;
  /** Paths relative to the working directory, or undefined when absent. */
  manifest?: string;
  lockfile?: string;
  /** A manifest without a lockfile in a tree where that family's lockfiles exist elsewhere. */
  lockfileElsewhere?: boolean;
  /** A manifest or lockfile that is a symlink leading out of the checked tree (not read). */
  escapes?: string;
}

export interface SecuritySettings {
  /** Hosts allowed by the user; undefined means each ecosystem's official registry. */
  allowedHosts?: string[];
  requireHttps: boolean;
  requireIntegrity: boolean;
  /** Source kinds allowed besides the registry (git, tarball, local); undefined: all, each judged by the policy. */
  allowedSources?: ReadonlyArray<'registry' | 'tarball' | 'git' | 'local'>;
}

/** Everything an ecosystem check needs; files are read relative to `cwd`. */
export interface CheckContext {
  pair: LockfilePair;
  cwd: string;
  security: SecuritySettings;
  /** Absolute folder local sources (file:, link:) and followed symlinks must stay inside; default: cwd. */
  boundary?: string;
}

export interface Ecosystem {
  name: EcosystemName;
  /** File names of lockfiles this ecosystem writes, most specific first. */
  lockfiles: readonly string[];
  manifest: string;
  /** The command that regenerates the lockfile. */
  fix: string;
  defaultHosts: readonly string[];
  /** Whether a manifest asks for packages at all (a lockfile is only required then). */
  declaresDependencies(manifest: TextFile): boolean | Promise<boolean>;
  /**
   * Whether a project of this ecosystem is expected to commit a lockfile even when no other lockfile of its
   * family is in the tree: an application (JS: private, workspaces or packageManager; Python: no build
   * backend, `package = false`, `package-mode = false`; cargo: a package that builds a binary), or always
   * (go). Default: always. `cwd` resolves the manifest's path (cargo looks for `src/main.rs`).
   */
  lockfileExpected?(manifest: TextFile, cwd: string): boolean | Promise<boolean>;
  /**
   * Whether another lockfile pins this manifest (a Go workspace's go.sum files): then it needs none of its own.
   * `boundary`: the absolute folder the search stays inside (the repository, as CheckContext.boundary).
   */
  pinnedElsewhere?(manifest: TextFile, cwd: string, boundary: string): boolean | Promise<boolean>;
  /**
   * Whether the project's configuration tells the package manager to write no lockfile (npm's
   * `package-lock=false`): then none is expected. `boundary` as for pinnedElsewhere.
   */
  lockfileSwitchedOff?(manifest: TextFile, cwd: string, boundary: string): boolean | Promise<boolean>;
  /**
   * Whether a lockfile in `dir` with no manifest beside it is still a project's, checked without one (a pnpm
   * workspace root needs only its pnpm-workspace.yaml). Default: no, it is a leftover.
   */
  rootWithoutManifest?(dir: string, cwd: string): boolean | Promise<boolean>;
  check(context: CheckContext): Promise<Problem[]>;
}
