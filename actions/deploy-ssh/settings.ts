import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { ConfigError } from '../../shared/errors.js';
import { getBool, getDuration, getEnum, getInt, getList, getString, getText } from '../../shared/inputs.js';
import { displayUrl, maskUrlCredentials } from '../../shared/url-credentials.js';
import { type ContainerSettings, readContainerSettings } from './container/settings.js';
import { type HostKeyPolicy, parseKnownHosts } from './host-keys.js';
import { type HostSpec, parseHostSpec } from './hosts.js';
import { Inputs } from './inputs.js';
import { type ClientKey, loadClientKey } from './key.js';
import { parseEnv } from './script.js';

export type Strategy = 'release' | 'copy';

export interface Settings {
  hosts: HostSpec[];
  proxyJump?: HostSpec;
  key?: ClientKey;
  password?: string;
  /** Secrets to mask before anything can print them. */
  secrets: string[];
  hostKeys: HostKeyPolicy;
  connectTimeoutMs: number;
  commandTimeoutMs: number;
  script: string;
  env: Array<[string, string]>;
  /** Absolute local path. */
  source?: string;
  /** Upload links in `source` that lead out of it instead of refusing them. */
  allowExternalSymlinks: boolean;
  /** Name of an artifact of this run to deploy instead of `source` (downloaded into `source` by main). */
  artifact?: string;
  target: string;
  strategy: Strategy;
  keepReleases: number;
  sharedPaths: string[];
  healthCommand: string;
  healthUrl: string;
  rollback: boolean;
  maxParallel: number;
  failFast: boolean;
  /** Set by `image`: the container strategy runs instead of release/copy. */
  container?: ContainerSettings;
}

function readHost(line: string, spec: { name: string }, defaults: { user: string; port: number }): HostSpec {
  const host = parseHostSpec(line, defaults);
  if (typeof host === 'string') throw new ConfigError(`input '${spec.name}' ${host}`);
  return host;
}

function readHostKeys(): HostKeyPolicy {
  const { entries, invalid } = parseKnownHosts(getText(Inputs.KnownHosts));
  if (invalid.length) {
    throw new ConfigError(
      `input '${Inputs.KnownHosts.name}' has a line that is not 'host key-type base64-key': '${invalid[0]!.slice(0, 60)}'`,
    );
  }
  const fingerprints = getList(Inputs.Fingerprint).flatMap((line) => line.split(/[\s,]+/));
  for (const fingerprint of fingerprints) {
    if (!/^SHA256:[A-Za-z0-9+/]{43}$/.test(fingerprint)) {
      throw new ConfigError(
        `input '${Inputs.Fingerprint.name}' must hold SHA256 fingerprints like 'SHA256:' + 43 base64 characters (ssh-keygen -lf key.pub), got '${fingerprint.slice(0, 60)}'`,
      );
    }
  }
  return { knownHosts: entries, fingerprints, insecure: getBool(Inputs.InsecureIgnoreHostKey) };
}

function readTarget(): string {
  const target = getString(Inputs.Target).replace(/(.)\/+$/, '$1');
  if (/[\n\0]/.test(target)) throw new ConfigError(`input '${Inputs.Target.name}' must be one path`);
  return target;
}

function readStrategy(source: string | undefined): Strategy {
  if (getString(Inputs.Strategy) === '') return source ? 'release' : 'copy';
  return getEnum(Inputs.Strategy, ['release', 'copy'] as const);
}

function readSharedPaths(): string[] {
  return getList(Inputs.SharedPaths).map((path) => {
    const clean = path.replace(/\/+$/, '');
    if (clean === '' || clean.startsWith('/') || clean.split('/').includes('..'))
      throw new ConfigError(
        `input '${Inputs.SharedPaths.name}' must hold paths relative to the release, got '${path}'`,
      );
    return clean;
  });
}

function readHealthUrl(): string {
  const url = getString(Inputs.HealthUrl);
  // Registered before the URL can appear anywhere; it is shown with its password masked.
  maskUrlCredentials(url);
  if (url && !/^https?:\/\/[^\s/]+/.test(url))
    throw new ConfigError(
      `input '${Inputs.HealthUrl.name}' must be an http:// or https:// URL, got '${displayUrl(url)}'`,
    );
  return url;
}

/** The `username` input: a login name as useradd accepts it (a trailing `$` for machine accounts). */
function readUsername(): string {
  const name = getString(Inputs.Username);
  if (name && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}\$?$/.test(name)) {
    throw new ConfigError(
      `input '${Inputs.Username.name}' must be a user name (up to 64 letters, digits, '.', '_' or '-', not starting with '-' or '.'), got ${JSON.stringify(name)}`,
    );
  }
  return name;
}

export function readSettings(): Settings {
  const port = getInt(Inputs.Port, { min: 1, max: 65535 });
  const user = readUsername() || process.env.USER || userInfo().username;
  const hosts = getList(Inputs.Host).map((line) => readHost(line, Inputs.Host, { user, port }));
  if (hosts.length === 0) throw new ConfigError(`input '${Inputs.Host.name}' is required`);
  const labels = hosts.map((host) => `${host.user}@${host.host}:${host.port}`);
  const twice = labels.find((label, index) => labels.indexOf(label) !== index);
  if (twice) throw new ConfigError(`input '${Inputs.Host.name}' names ${twice} twice`);
  const proxyText = getString(Inputs.ProxyJump);
  const proxyJump = proxyText ? readHost(proxyText, Inputs.ProxyJump, { user, port: 22 }) : undefined;

  const keyText = getText(Inputs.Key);
  const passphrase = getText(Inputs.Passphrase).trim();
  const password = getText(Inputs.Password);
  const secrets = [keyText, passphrase, password].filter((secret) => secret.trim() !== '');
  const key = keyText.trim() ? loadClientKey(keyText, passphrase, Inputs.Key.name) : undefined;
  if (!key && !password)
    throw new ConfigError(`input '${Inputs.Key.name}' or '${Inputs.Password.name}' is required`);

  const env = parseEnv(getText(Inputs.Env));
  if (typeof env === 'string') throw new ConfigError(`input '${Inputs.Env.name}' ${env}`);
  secrets.push(...env.map(([, value]) => value));

  const sourceText = getString(Inputs.Source);
  const source = sourceText ? resolve(sourceText) : undefined;
  if (source && !existsSync(source))
    throw new ConfigError(`input '${Inputs.Source.name}' names '${sourceText}', which does not exist`);
  const artifact = getString(Inputs.Artifact) || undefined;
  if (artifact && sourceText)
    throw new ConfigError(`input '${Inputs.Artifact.name}' replaces 'source': set only one of them`);
  const deploys = source ?? artifact;
  const container = readContainerSettings(env);
  if (container) {
    secrets.push(container.registryPassword);
    for (const input of [Inputs.Source, Inputs.Artifact, Inputs.Script, Inputs.Strategy, Inputs.SharedPaths])
      if (getString(input))
        throw new ConfigError(`input '${input.name}' cannot be used with '${Inputs.Image.name}'`);
  }
  // The container strategy keeps only its deploy lock in a folder.
  const target = readTarget() || (container ? `~/.ci-kit/containers/${container.name}` : '');
  const strategy = readStrategy(deploys);
  const rollback = getBool(Inputs.Rollback);
  if ((strategy === 'release' || rollback || deploys) && !target)
    throw new ConfigError(
      `input '${Inputs.Target.name}' is required with 'source', 'artifact', 'strategy: release' or 'rollback'`,
    );
  const script = getText(Inputs.Script);
  if (!rollback && !deploys && !container && script.trim() === '')
    throw new ConfigError(`input '${Inputs.Script.name}' or '${Inputs.Source.name}' is required`);

  return {
    hosts,
    proxyJump,
    key,
    password: password || undefined,
    secrets,
    hostKeys: readHostKeys(),
    connectTimeoutMs: getDuration(Inputs.ConnectTimeout, { min: 100 }),
    commandTimeoutMs: getDuration(Inputs.CommandTimeout, { min: 100 }),
    script,
    env,
    source,
    allowExternalSymlinks: getBool(Inputs.AllowExternalSymlinks),
    artifact,
    target,
    strategy,
    keepReleases: getInt(Inputs.KeepReleases, { min: 1, max: 1000 }),
    sharedPaths: readSharedPaths(),
    healthCommand: getText(Inputs.HealthCommand).trim(),
    healthUrl: readHealthUrl(),
    rollback,
    maxParallel: getInt(Inputs.MaxParallel, { min: 1, max: 256 }),
    failFast: getBool(Inputs.FailFast),
    container,
  };
}
