import type { SecuritySettings } from './types.js';

/** What is wrong with where a package resolves from; kinds map onto `Problem.kind`. */
export interface SecurityFinding {
  kind: 'host' | 'https' | 'integrity' | 'name-mismatch';
  message: string;
}

/** `registry.npmjs.org` matches itself; `*.example.com` matches any subdomain. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const wanted = host.toLowerCase();
  return allowed.some((entry) => {
    const pattern = entry
      .toLowerCase()
      .replace(/^[a-z+]+:\/\//, '')
      .replace(/\/.*$/, '');
    if (pattern.startsWith('*.')) return wanted.endsWith(pattern.slice(1));
    return wanted === pattern;
  });
}

/** Checks an URL a package resolves to: allowed host and https. Non-URL specs (file:, git+ssh…) are skipped. */
export function checkUrl(
  url: string,
  security: SecuritySettings,
  defaultHosts: readonly string[],
): SecurityFinding[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const findings: SecurityFinding[] = [];
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  if (security.requireHttps && parsed.protocol === 'http:') {
    findings.push({ kind: 'https', message: `resolves over plain http: ${url}` });
  }
  const hosts = security.allowedHosts ?? defaultHosts;
  if (web && !hostAllowed(parsed.hostname, hosts)) {
    findings.push({
      kind: 'host',
      message: `resolves from ${parsed.hostname}, which is not an allowed host (${hosts.join(', ')})`,
    });
  }
  return findings;
}

/** A sha512 Subresource Integrity value (`sha512-…`); several space-separated hashes are allowed. */
export function hasSha512(integrity: unknown): boolean {
  return typeof integrity === 'string' && integrity.split(/\s+/).some((hash) => hash.startsWith('sha512-'));
}

export function checkIntegrity(integrity: unknown, security: SecuritySettings): SecurityFinding[] {
  if (!security.requireIntegrity || hasSha512(integrity)) return [];
  const what =
    typeof integrity === 'string' && integrity
      ? `a weak integrity hash (${integrity.split('-')[0]})`
      : 'no integrity hash';
  return [{ kind: 'integrity', message: `has ${what}; expected sha512` }];
}

/**
 * An npm-style tarball URL must carry the package's own name (`/<name>/-/<base>-<version>.tgz`), else a
 * lockfile entry can install a different package than it claims (name confusion).
 */
export function checkTarballName(name: string, url: string): SecurityFinding[] {
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return [];
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return [];
  }
  if (!path.includes('/-/') && !path.endsWith('.tgz')) return [];
  const base = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
  const expected = `/${name}/-/${base}-`;
  if (path.includes(expected)) return [];
  return [
    {
      kind: 'name-mismatch',
      message: `is named ${name} but resolves to a tarball of another package: ${url}`,
    },
  ];
}
