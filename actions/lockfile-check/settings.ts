import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../../shared/errors.js';
import { getBool, getEnum, getList, getString } from '../../shared/inputs.js';
import { Inputs } from './inputs.js';
import { ECOSYSTEMS, type EcosystemName, type SecuritySettings } from './types.js';

export type NativeMode = 'never' | 'auto' | 'always';

export interface Settings {
  /** Working directory: problems and annotations use paths relative to it. */
  cwd: string;
  /** Folder to scan, relative to cwd (`.` or `packages/web`), `/`-separated. */
  root: string;
  /** Ecosystems to check; all when `auto`. */
  ecosystems: EcosystemName[];
  native: NativeMode;
  security: SecuritySettings;
  ignore: string[];
}

/** Items of a list input, one per line or separated by commas/spaces. */
function items(values: string[]): string[] {
  return values.flatMap((line) => line.split(/[\s,]+/)).filter(Boolean);
}

function readRoot(cwd: string): string {
  const value = getString(Inputs.Path);
  const absolute = resolve(cwd, value);
  let isDirectory = false;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    throw new ConfigError(`input '${Inputs.Path.name}' must be an existing folder, got '${value}'`);
  }
  if (!isDirectory)
    throw new ConfigError(`input '${Inputs.Path.name}' must be a folder, not a file: '${value}'`);
  const rel = relative(cwd, absolute);
  if (isAbsolute(rel)) return absolute.split(sep).join('/');
  return rel === '' ? '.' : rel.split(sep).join('/');
}

function readEcosystems(): EcosystemName[] {
  const values = items(getList(Inputs.Ecosystems)).map((value) => value.toLowerCase());
  if (values.length === 0 || (values.length === 1 && values[0] === 'auto')) return [...ECOSYSTEMS];
  for (const value of values) {
    if (!(ECOSYSTEMS as readonly string[]).includes(value)) {
      throw new ConfigError(
        `input '${Inputs.Ecosystems.name}' must be auto or a list of ${ECOSYSTEMS.join(', ')}, got '${value}'`,
      );
    }
  }
  return [...new Set(values as EcosystemName[])];
}

function readHosts(): string[] | undefined {
  const hosts = items(getList(Inputs.AllowedHosts)).map((host) =>
    host.replace(/^[a-z+]+:\/\//i, '').replace(/\/.*$/, ''),
  );
  for (const host of hosts) {
    if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host)) {
      throw new ConfigError(
        `input '${Inputs.AllowedHosts.name}' must list host names like registry.npmjs.org or *.example.com, got '${host}'`,
      );
    }
  }
  return hosts.length ? hosts.map((host) => host.replace(/:\d+$/, '')) : undefined;
}

const SOURCES = ['registry', 'tarball', 'git', 'local'] as const;

function readSources(): Array<(typeof SOURCES)[number]> {
  const values = items(getList(Inputs.AllowedSources)).map((value) => value.toLowerCase());
  for (const value of values) {
    if (!(SOURCES as readonly string[]).includes(value)) {
      throw new ConfigError(
        `input '${Inputs.AllowedSources.name}' must list tarball, git or local (registry is always allowed), got '${value}'`,
      );
    }
  }
  return [...new Set(['registry', ...values] as Array<(typeof SOURCES)[number]>)];
}

export function readSettings(cwd = process.cwd()): Settings {
  return {
    cwd,
    root: readRoot(cwd),
    ecosystems: readEcosystems(),
    native: getEnum(Inputs.Native, ['never', 'auto', 'always'] as const),
    security: {
      allowedHosts: readHosts(),
      requireHttps: getBool(Inputs.RequireHttps),
      requireIntegrity: getBool(Inputs.RequireIntegrity),
      allowedSources: readSources(),
    },
    // `none` checks everything, test fixtures included (an empty input takes the default).
    ignore: getList(Inputs.Ignore).filter((pattern) => pattern.toLowerCase() !== 'none'),
  };
}
