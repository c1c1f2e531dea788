import type { SecuritySettings } from './types.js';

/** What is wrong with where a package resolves from; kinds map onto `Problem.kind`. */
export interface SecurityFinding {
  kind: 'host' | 'https' | 'integrity' | 'name-mismatch';
  message: string;
}

/** The verdicts of an allowed-host list by host name: a lockfile has thousands of URLs and a few hosts. */
const verdictsOf = new WeakMap<readonly string[], Map<string, boolean>>();

/** `registry.npmjs.org` matches itself; `*.example.com` matches any subdomain. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  let verdicts = verdictsOf.get(allowed);
  if (!verdicts) {
    verdicts = new Map();
    verdictsOf.set(allowed, verdicts);
  }
  let verdict = verdicts.get(host);
  if (verdict === undefined) {
    const wanted = host.toLowerCase();
    verdict = allowed.some((entry) => {
      const pattern = entry
        .toLowerCase()
        .replace(/^[a-z+]+:\/\//, '')
        .replace(/\/.*$/, '');
      if (pattern.startsWith('*.')) return wanted.endsWith(pattern.slice(1));
      return wanted === pattern;
    });
    verdicts.set(host, verdict);
  }
  return verdict;
}

interface UrlParts {
  protocol: string;
  hostname: string;
  pathname: string;
}

// `https://registry.npmjs.org/@scope/name/-/name-1.0.0.tgz`: lower-case host names whose last label starts with a
// letter, paths of letters, digits and -._~@+ without dot segments. The WHATWG parser returns these unchanged,
// so they are split here (parsing thousands of them was most of the security checks' time on a big lockfile);
// anything it could normalise (case, ports, credentials, escapes, IDNA, IPv4 forms, queries) goes to URL.
const PLAIN_URL = /^(https?:)\/\/((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(\/[A-Za-z0-9\-._~@+/]*)$/;

/** The last URL split: checkUrl and checkTarballName look at the same one in turn. */
let lastUrl: string | undefined;
let lastParts: UrlParts | undefined;

/** `new URL(url)`'s protocol, hostname and pathname, or undefined when it throws. */
export function urlParts(url: string): UrlParts | undefined {
  if (url === lastUrl) return lastParts;
  let parts: UrlParts | undefined;
  const match = PLAIN_URL.exec(url);
  if (
    match &&
    !match[2]!.includes('xn--') &&
    !(match[3]!.includes('/.') && /\/\.\.?(?:\/|$)/.test(match[3]!))
  )
    parts = { protocol: match[1]!, hostname: match[2]!, pathname: match[3]! };
  else {
    try {
      const parsed = new URL(url);
      parts = { protocol: parsed.protocol, hostname: parsed.hostname, pathname: parsed.pathname };
    } catch {}
  }
  lastUrl = url;
  lastParts = parts;
  return parts;
}

/** Checks an URL a package resolves to: allowed host and https. Non-URL specs (file:, git+ssh…) are skipped. */
export function checkUrl(
  url: string,
  security: SecuritySettings,
  defaultHosts: readonly string[],
): SecurityFinding[] {
  const parsed = urlParts(url);
  if (!parsed) return [];
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
  if (typeof integrity !== 'string') return false;
  return integrity.startsWith('sha512-') || integrity.split(/\s+/).some((hash) => hash.startsWith('sha512-'));
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
  const parsed = urlParts(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return [];
  let path = parsed.pathname;
  try {
    if (path.includes('%')) path = decodeURIComponent(path);
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
