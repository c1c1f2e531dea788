import type { SemVer } from 'semver';
import { ConfigError } from '../../shared/errors.js';
import { getBool, getEnum, getList, getString, getText } from '../../shared/inputs.js';
import { maskSecret } from '../../shared/mask.js';
import { displayUrl, hasUrlCredentials, maskUrlCredentials } from '../../shared/url-credentials.js';
import { Inputs } from './inputs.js';
import { type NoteSections, parseNoteSections } from './note-sections.js';
import { parseReleaseRules, type ReleaseRule } from './release-rules.js';
import { type FloatingMode, parseVersion } from './version.js';

export type BumpInput = 'auto' | 'major' | 'minor' | 'patch' | 'none';

export interface Settings {
  bump: BumpInput;
  defaultBump: 'patch' | 'minor' | 'none';
  /** The explicit `version`, which overrides `bump`. */
  version?: SemVer;
  prefix: string;
  prerelease: string;
  initialVersion: SemVer;
  paths: string[];
  floatingTags: FloatingMode;
  annotated: boolean;
  /** The tag message template (`{tag}`, `{version}`). */
  message: string;
  push: boolean;
  remote: string;
  /** The remote as shown (credentials masked). */
  remoteLabel: string;
  /** Extra environment for every git command (a remote given as a URL with credentials). */
  gitEnv: Record<string, string>;
  fetchHistory: boolean;
  dryRun: boolean;
  release: boolean;
  releaseDraft: boolean;
  token: string;
  breakingPre1: 'minor' | 'major';
  releaseRules: ReleaseRule[];
  reverts: boolean;
  /** Read `* feat: …` lines of commit bodies as changes. */
  squashBodies: boolean;
  noteSections: NoteSections;
  /** The commit to tag, as given (`HEAD`, a sha, a branch or tag name). */
  commit: string;
}

function readVersion(spec: typeof Inputs.Version | typeof Inputs.InitialVersion, prefix: string) {
  const text = getString(spec);
  if (text === '') return undefined;
  // `1.2.3` as written first: a prefix is only ever an extra in front of it (`v1.2.3`).
  const version = parseVersion(text) ?? parseVersion(text, prefix);
  if (!version)
    throw new ConfigError(`input '${spec.name}' must be a semantic version like 1.2.3, got '${text}'`);
  return version;
}

function readPrefix(): string {
  const prefix = getString(Inputs.Prefix);
  const name = Inputs.Prefix.name;
  if (!/^[A-Za-z0-9._/-]*$/.test(prefix)) {
    throw new ConfigError(
      `input '${name}' may hold only letters, digits and . _ - / (like v or api-v), got '${prefix}'`,
    );
  }
  // Tag names start with the prefix: one starting with `-` would read as an option to git.
  if (/^[-./]/.test(prefix) || /\.\.|\/\/|\/\.|\.lock(\/|$)/.test(prefix)) {
    throw new ConfigError(
      `input '${name}' must be the start of a valid tag name (not starting with - . or /, no .. or //), got '${prefix}'`,
    );
  }
  if (/\d$/.test(prefix)) {
    throw new ConfigError(
      `input '${name}' must not end in a digit (its tags would read as other versions: ${prefix}1.2.3), got '${prefix}'`,
    );
  }
  return prefix;
}

function readCommit(): string {
  const commit = getString(Inputs.Commit);
  if (!/^[A-Za-z0-9._/@{}^~-]+$/.test(commit) || commit.startsWith('-')) {
    throw new ConfigError(
      `input '${Inputs.Commit.name}' must be a commit: a sha, branch or tag name (like HEAD or main), got '${commit}'`,
    );
  }
  return commit;
}

function readPrerelease(): string {
  const prerelease = getString(Inputs.Prerelease);
  if (prerelease !== '' && (!/^[0-9A-Za-z-]+$/.test(prerelease) || /^\d+$/.test(prerelease))) {
    throw new ConfigError(
      `input '${Inputs.Prerelease.name}' must be an identifier like rc, beta or alpha, got '${prerelease}'`,
    );
  }
  return prerelease;
}

/** The name git uses for a remote given as a URL with credentials (defined through the environment). */
export const CREDENTIAL_REMOTE = 'ci-kit-remote';

interface Remote {
  /** What git is given: a remote name or URL (never one holding a password: see gitEnv). */
  remote: string;
  /** What is shown: the name, or the URL with its credentials masked. */
  remoteLabel: string;
  /** Extra environment for git: defines CREDENTIAL_REMOTE, keeping the token out of every argv. */
  gitEnv: Record<string, string>;
}

function readRemote(): Remote {
  const remote = getString(Inputs.Remote);
  // A token in the URL is registered before the URL can appear in any message.
  maskUrlCredentials(remote);
  const label = displayUrl(remote);
  if (remote === '' || /\s/.test(remote) || remote.startsWith('-')) {
    throw new ConfigError(
      `input '${Inputs.Remote.name}' must be a git remote name like origin or a URL, got '${label}'`,
    );
  }
  if (!hasUrlCredentials(remote)) return { remote, remoteLabel: label, gitEnv: {} };
  // git reads extra configuration from GIT_CONFIG_COUNT/KEY_n/VALUE_n (git 2.31+): the URL stays out of
  // the process list, where any user of the machine could read the token.
  const count = Number(process.env.GIT_CONFIG_COUNT) || 0;
  return {
    remote: CREDENTIAL_REMOTE,
    remoteLabel: label,
    gitEnv: {
      GIT_CONFIG_COUNT: String(count + 1),
      [`GIT_CONFIG_KEY_${count}`]: `remote.${CREDENTIAL_REMOTE}.url`,
      [`GIT_CONFIG_VALUE_${count}`]: remote,
    },
  };
}

export function readSettings(): Settings {
  const prefix = readPrefix();
  const token = getString(Inputs.Token);
  maskSecret(token);
  const settings: Settings = {
    bump: getEnum(Inputs.Bump, ['auto', 'major', 'minor', 'patch', 'none'] as const),
    defaultBump: getEnum(Inputs.DefaultBump, ['patch', 'minor', 'none'] as const),
    version: readVersion(Inputs.Version, prefix),
    prefix,
    prerelease: readPrerelease(),
    initialVersion: readVersion(Inputs.InitialVersion, prefix)!,
    paths: getList(Inputs.Paths),
    floatingTags: getEnum(Inputs.FloatingTags, ['none', 'major', 'major-minor'] as const),
    annotated: getBool(Inputs.Annotated),
    message: getString(Inputs.Message),
    push: getBool(Inputs.Push),
    ...readRemote(),
    fetchHistory: getBool(Inputs.FetchHistory),
    dryRun: getBool(Inputs.DryRun),
    release: getBool(Inputs.Release),
    releaseDraft: getBool(Inputs.ReleaseDraft),
    token,
    breakingPre1: getEnum(Inputs.BreakingPre1, ['minor', 'major'] as const),
    releaseRules: parseReleaseRules(getText(Inputs.ReleaseRules), Inputs.ReleaseRules.name),
    reverts: getBool(Inputs.Reverts),
    squashBodies: getBool(Inputs.SquashBodies),
    noteSections: parseNoteSections(getText(Inputs.NotesSections), Inputs.NotesSections.name),
    commit: readCommit(),
  };
  if (!settings.initialVersion) {
    throw new ConfigError(`input '${Inputs.InitialVersion.name}' must be a semantic version like 0.1.0`);
  }
  if (settings.annotated && settings.message === '') {
    throw new ConfigError(`input '${Inputs.Message.name}' must not be empty for an annotated tag`);
  }
  if (settings.version && settings.prerelease) {
    throw new ConfigError(
      `inputs '${Inputs.Version.name}' and '${Inputs.Prerelease.name}' cannot be combined: put the prerelease in the version (1.3.0-rc.0)`,
    );
  }
  if (settings.release && !settings.push && !settings.dryRun) {
    throw new ConfigError(
      `input '${Inputs.Release.name}' needs push: true (a release is made for the pushed tag)`,
    );
  }
  if (settings.release && !settings.token) {
    throw new ConfigError(`input '${Inputs.Token.name}' is required when release is true`);
  }
  for (const path of settings.paths) {
    if (path.startsWith('/') || path.split('/').includes('..')) {
      throw new ConfigError(
        `input '${Inputs.Paths.name}' must hold paths inside the repository, got '${path}'`,
      );
    }
  }
  return settings;
}
