import { createHash, createHmac } from 'node:crypto';
import { knownHostsName } from './hosts.js';

/** `SHA256:…` (unpadded base64), as `ssh-keygen -l` and OpenSSH print it. */
export function sha256Fingerprint(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** The key type named inside a public key blob (`ssh-ed25519`, `ssh-rsa`, …). */
export function blobKeyType(blob: Buffer): string {
  if (blob.length < 4) return 'unknown';
  const length = blob.readUInt32BE(0);
  return blob.subarray(4, 4 + length).toString('latin1');
}

export interface KnownHostEntry {
  marker?: '@revoked' | '@cert-authority';
  patterns: string;
  keyType: string;
  blob: Buffer;
}

/** known_hosts lines (comments and blank lines skipped); returns the entries and the lines it could not read. */
export function parseKnownHosts(text: string): { entries: KnownHostEntry[]; invalid: string[] } {
  const entries: KnownHostEntry[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(/\s+/);
    const marker = fields[0] === '@revoked' || fields[0] === '@cert-authority' ? fields.shift() : undefined;
    const [patterns, keyType, base64] = fields;
    const blob = base64 && /^[A-Za-z0-9+/]+=*$/.test(base64) ? Buffer.from(base64, 'base64') : undefined;
    if (!patterns || !keyType || !blob || blobKeyType(blob) !== keyType) {
      invalid.push(line);
      continue;
    }
    entries.push({ marker: marker as KnownHostEntry['marker'], patterns, keyType, blob });
  }
  return { entries, invalid };
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

function hashedMatch(pattern: string, name: string): boolean {
  const [, , salt, hash] = pattern.split('|');
  if (!salt || !hash) return false;
  const digest = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
  return digest === hash;
}

/** Whether a known_hosts host field (`a,b,[c]:2222`, wildcards, `!negation`, `|1|…` hashes) names the endpoint. */
export function hostMatches(patterns: string, host: string, port: number): boolean {
  const name = knownHostsName(host, port);
  if (patterns.startsWith('|1|')) return hashedMatch(patterns, name);
  let matched = false;
  for (const pattern of patterns.split(',')) {
    const negated = pattern.startsWith('!');
    const glob = negated ? pattern.slice(1) : pattern;
    if (globToRegExp(glob).test(name)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/** Host key algorithms that can produce each key type: pinning a type negotiates only these. */
const ALGORITHMS: Record<string, string[]> = {
  'ssh-ed25519': ['ssh-ed25519'],
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
};

export interface HostKeyPolicy {
  knownHosts: KnownHostEntry[];
  fingerprints: string[];
  insecure: boolean;
}

export type HostKeyVerdict =
  | { ok: true }
  | { ok: false; reason: 'unpinned' | 'mismatch' | 'revoked'; offered: string; expected: string[] };

/** The pins that apply to one endpoint, and how to check what it offers. */
export class HostKeyCheck {
  private readonly entries: KnownHostEntry[];

  constructor(
    private readonly policy: HostKeyPolicy,
    readonly host: string,
    readonly port: number,
  ) {
    this.entries = policy.knownHosts.filter((entry) => hostMatches(entry.patterns, host, port));
  }

  /** known-hosts names this endpoint only in `@cert-authority` lines (host certificates, not supported). */
  get onlyCertAuthorities(): boolean {
    return this.pinned.length === 0 && this.entries.some((entry) => entry.marker === '@cert-authority');
  }

  private get pinned(): KnownHostEntry[] {
    return this.entries.filter((entry) => entry.marker === undefined);
  }

  /** Host key algorithms to offer, or undefined for ssh2's defaults (fingerprint pins name no type). */
  algorithms(): string[] | undefined {
    if (this.policy.insecure || this.policy.fingerprints.length > 0 || this.pinned.length === 0)
      return undefined;
    const algorithms = this.pinned.flatMap((entry) => ALGORITHMS[entry.keyType] ?? [entry.keyType]);
    return [...new Set(algorithms)];
  }

  verify(blob: Buffer): HostKeyVerdict {
    const offered = `${blobKeyType(blob)} ${sha256Fingerprint(blob)}`;
    const expected = [
      ...this.pinned.map((entry) => `${entry.keyType} ${sha256Fingerprint(entry.blob)}`),
      ...this.policy.fingerprints,
    ];
    if (this.entries.some((entry) => entry.marker === '@revoked' && entry.blob.equals(blob)))
      return { ok: false, reason: 'revoked', offered, expected };
    if (this.policy.insecure) return { ok: true };
    if (expected.length === 0) return { ok: false, reason: 'unpinned', offered, expected };
    if (this.pinned.some((entry) => entry.blob.equals(blob))) return { ok: true };
    if (this.policy.fingerprints.includes(sha256Fingerprint(blob))) return { ok: true };
    return { ok: false, reason: 'mismatch', offered, expected };
  }

  /** The known_hosts line that would pin `blob` for this endpoint. */
  lineFor(blob: Buffer): string {
    return `${knownHostsName(this.host, this.port)} ${blobKeyType(blob)} ${blob.toString('base64')}`;
  }
}
