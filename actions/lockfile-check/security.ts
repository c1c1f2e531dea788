import {
  isAbsolute as isAbsolutePath,
  sep as pathSep,
  relative as relativePath,
  resolve as resolvePath,
} from 'node:path';
import { leadsOut } from './files.js';
import type { SecuritySettings } from './types.js';

/** What is wrong with where a package resolves from; kinds map onto `Problem.kind`. */
export interface SecurityFinding {
  kind: 'host' | 'https' | 'integrity' | 'name-mismatch' | 'source';
  message: string;
  /** Reported without failing the step (a sha1-only hash the registry offers nothing better for). */
  warning?: boolean;
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

/**
 * sha512 is expected. An entry with only a sha1 hash (packages published before npm 5, old yarn) is a warning:
 * `npm ci` accepts it and the registry has nothing better for it. No hash at all fails.
 */
export function checkIntegrity(
  integrity: unknown,
  security: SecuritySettings,
  accept: readonly string[] = [],
): SecurityFinding[] {
  if (!security.requireIntegrity || hasSha512(integrity)) return [];
  const hashes = typeof integrity === 'string' ? integrity.split(/\s+/).filter(Boolean) : [];
  if (hashes.some((hash) => accept.some((prefix) => hash.startsWith(prefix)))) return [];
  if (hashes.length && hashes.every((hash) => hash.startsWith('sha1-'))) {
    return [
      {
        kind: 'integrity',
        warning: true,
        message: 'has only a sha1 integrity hash (the registry offers nothing stronger for old packages)',
      },
    ];
  }
  const what = hashes.length ? `a weak integrity hash (${hashes[0]!.split('-')[0]})` : 'no integrity hash';
  return [
    {
      kind: 'integrity',
      message: `has ${what}; expected sha512 (delete the entry and reinstall to have the package manager record it)`,
    },
  ];
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

/**
 * Where a locked package comes from. Every resolved source of every ecosystem is one of these and is judged by
 * one policy (checkSource): registry and tarball by host, https and integrity; git by host and scheme (https or
 * ssh; the commit pins it); local (file:, link:, directories) by staying inside the repository.
 */
export type SourceKind = 'registry' | 'tarball' | 'git' | 'local';
export const SOURCE_KINDS: readonly SourceKind[] = ['registry', 'tarball', 'git', 'local'];

const GIT_SCHEME = /^(?:git\+[a-z]+:|git:|ssh:|github:|gitlab:|bitbucket:|gist:)/i;
/** `git@github.com:user/repo.git`: scp-like ssh. */
const SCP_LIKE = /^[\w.-]+@([\w.-]+):(?!\/\/)/;
const LOCAL = /^(?:file:|link:|portal:|workspace:|\.{1,2}(?:\/|$)|\/)/;

/** The kind of a resolved location: an URL, a git reference or a path. */
export function classifySource(location: string): SourceKind {
  if (GIT_SCHEME.test(location) || SCP_LIKE.test(location)) return 'git';
  if (LOCAL.test(location)) return 'local';
  const parts = urlParts(location);
  if (parts && /\/-\/[^/]+\.tgz$/.test(parts.pathname)) return 'registry';
  if (isGitArchive(location)) return 'git';
  return 'tarball';
}

/** An https archive of a git commit, as yarn v1 and pnpm record a GitHub dependency (codeload.github.com). */
function isGitArchive(location: string): boolean {
  return archiveForge(location) !== undefined;
}

/** The forge whose commit an archive URL holds (`github.com` for codeload.github.com), if it is one. */
function archiveForge(location: string): string | undefined {
  const parts = /^https?:/i.test(location) ? urlParts(location) : undefined;
  if (!parts) return undefined;
  return GIT_ARCHIVE.find(([host, path]) => parts.hostname === host && path.test(parts.pathname))?.[2];
}

/**
 * Archives of a git commit that yarn and pnpm record for a git dependency (pinned by the commit in the URL): the
 * host serving it, its path, and the forge whose repository it is.
 */
const GIT_ARCHIVE: ReadonlyArray<[string, RegExp, string]> = [
  ['codeload.github.com', /^\/[^/]+\/[^/]+\/tar\.gz\/[0-9a-f]{40}$/, 'github.com'],
  // What npm records for a `https://github.com/<o>/<r>/tarball/<commit>` (or `/archive/<commit>.tar.gz`) spec.
  ['github.com', /^\/[^/]+\/[^/]+\/(?:tarball\/[0-9a-f]{40}|archive\/[0-9a-f]{40}\.tar\.gz)$/, 'github.com'],
  ['gitlab.com', /\/-\/archive\/[0-9a-f]{40}\//, 'gitlab.com'],
  ['bitbucket.org', /^\/[^/]+\/[^/]+\/get\/[0-9a-f]{40}\.tar\.gz$/, 'bitbucket.org'],
];

const SHORTCUT_HOSTS: Record<string, string> = {
  'github:': 'github.com',
  'gitlab:': 'gitlab.com',
  'bitbucket:': 'bitbucket.org',
  'gist:': 'gist.github.com',
};

/** Host and scheme of a git reference (`git+ssh://git@host/…`, `git@host:…`, `github:u/r`). */
export function gitLocation(location: string): { host: string; scheme: string } | undefined {
  const shortcut = /^([a-z]+:)(?!\/\/)/i.exec(location);
  if (shortcut && SHORTCUT_HOSTS[shortcut[1]!.toLowerCase()])
    return { host: SHORTCUT_HOSTS[shortcut[1]!.toLowerCase()]!, scheme: 'https' };
  const scp = SCP_LIKE.exec(location);
  if (scp) return { host: scp[1]!.toLowerCase(), scheme: 'ssh' };
  try {
    const url = new URL(location.replace(/^git\+/i, ''));
    return { host: url.hostname.toLowerCase(), scheme: url.protocol.slice(0, -1).toLowerCase() };
  } catch {
    return undefined;
  }
}

export interface LocalBoundary {
  /** Absolute folder the path is relative to (the lockfile's folder). */
  base: string;
  /** Absolute folder a local source must stay inside (the repository). */
  root: string;
  /** The base's folders below the root, when the caller knows them without resolving (null: not below it). */
  segments?: readonly string[] | null;
}

export interface SourceCheck {
  kind: SourceKind;
  location: string;
  /** The integrity hash recorded for it (registry and tarball sources should have one). */
  integrity?: unknown;
  /** Whether the lockfile format records a hash for this kind of entry at all (yarn berry: checksum). */
  hashExpected?: boolean;
  /** Extra hash prefixes accepted besides sha512 (`sha256-` for runtime binaries). */
  acceptHashes?: readonly string[];
  boundary?: LocalBoundary;
  /** Git: whether a commit pins it (read from the location when undefined). */
  pinned?: boolean;
}

/** Git hosts allowed by default for sources fetched with git (pinned to a commit). */
export const GIT_FORGES = ['github.com', 'gitlab.com', 'bitbucket.org'];

/** The folders of absolute `dir` below absolute `root` (null when it is not below it). */
export function segmentsBelow(root: string, dir: string): string[] | null {
  const rel = relativePath(root, dir);
  return leadsOut(rel) ? null : rel.split(pathSep).filter(Boolean);
}

/** The base folder's path below the boundary's root, as segments (null when outside it), per base. */
const baseSegments = new Map<string, { root: string; segments: string[] | null }>();

/**
 * Whether a local path, relative to the boundary's base, resolves outside its root. A relative `/`-path is walked
 * segment by segment from the base (a workspace lockfile holds thousands of `link:../x`); others go to node:path.
 */
export function leavesBoundary(boundary: LocalBoundary, path: string): boolean {
  let segments = boundary.segments;
  if (segments === undefined) {
    let known = baseSegments.get(boundary.base);
    if (known?.root !== boundary.root) {
      known = { root: boundary.root, segments: segmentsBelow(boundary.root, boundary.base) };
      baseSegments.set(boundary.base, known);
    }
    segments = known.segments;
  }
  if (segments && !isAbsolutePath(path) && !path.includes('\\')) {
    // Above the root, a later segment may come back in by name (`../repo/x`): node:path decides those.
    let depth = segments.length;
    for (const segment of path.split('/')) {
      if (segment === '..') depth--;
      else if (segment !== '' && segment !== '.') depth++;
      if (depth < 0) break;
    }
    if (depth >= 0) return false;
  }
  return leadsOut(relativePath(boundary.root, resolvePath(boundary.base, path)));
}

/** Every finding of a resolved source under the one policy; warnings are marked. */
export function checkSource(
  source: SourceCheck,
  security: SecuritySettings,
  defaultHosts: readonly string[],
): SecurityFinding[] {
  const allowed = security.allowedSources ?? SOURCE_KINDS;
  const findings: SecurityFinding[] = [];
  if (source.kind !== 'registry' && !allowed.includes(source.kind)) {
    findings.push({
      kind: 'source',
      message: `is a ${source.kind} dependency (${source.location}), which allowed-sources does not allow`,
    });
    return findings;
  }
  if (source.kind === 'local') {
    const path = source.location.replace(/^(?:file|link|portal):/, '');
    if (source.boundary && !source.location.startsWith('workspace:') && leavesBoundary(source.boundary, path))
      findings.push({
        kind: 'source',
        message: `resolves to ${source.location}, a local path outside the repository`,
      });
    return findings;
  }
  if (source.kind === 'git') {
    const where = gitLocation(source.location);
    if (!where)
      return [{ kind: 'source', message: `has a git source that cannot be read: ${source.location}` }];
    if (security.requireHttps && where.scheme !== 'https' && where.scheme !== 'ssh') {
      findings.push({
        kind: 'https',
        message: `resolves from git over plain ${where.scheme}: ${source.location}`,
      });
    }
    // Fetched with git, the commit hash verifies what arrives: the public forges are allowed by default. An
    // archive of the commit downloaded over https (codeload.github.com) is verified only by an integrity hash the
    // lockfile pins (pnpm records a sha512 of it): with one, it is as good as the commit fetched from its forge and
    // is judged as that forge; without one, nothing checks what arrives, and its own host must be allowed like any
    // tarball's.
    const forge = archiveForge(source.location);
    const archive = forge !== undefined;
    const verified = archive && hasSha512(source.integrity);
    const pinned = source.pinned ?? /(?:#|#commit=|\/)[0-9a-f]{40}(?:$|[#/?.])/i.test(source.location);
    if (!pinned && !archive) {
      findings.push({
        kind: 'integrity',
        message: `is a git dependency not pinned to a commit: ${source.location}`,
      });
    }
    const hosts =
      security.allowedHosts ??
      (archive && !verified ? defaultHosts : [...new Set([...defaultHosts, ...GIT_FORGES])]);
    if (!hostAllowed(where.host, hosts) && !(verified && hostAllowed(forge, hosts))) {
      findings.push({
        kind: 'host',
        message: archive
          ? `resolves from an archive of a git commit at ${where.host}${verified ? '' : ' with no integrity hash to verify it'}, which is not an allowed host (${hosts.join(', ')})`
          : `resolves from git at ${where.host || 'a local path'}, which is not an allowed host (${hosts.join(', ')})`,
      });
    }
    return findings;
  }
  const parts = urlParts(source.location);
  if (!parts || (parts.protocol !== 'https:' && parts.protocol !== 'http:')) {
    findings.push({
      kind: 'source',
      message: `resolves from an URL this action cannot judge: ${source.location}`,
    });
    return findings;
  }
  findings.push(...checkUrl(source.location, security, defaultHosts));
  if (source.hashExpected !== false)
    findings.push(...checkIntegrity(source.integrity, security, source.acceptHashes));
  return findings;
}
