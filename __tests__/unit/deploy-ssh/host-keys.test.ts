import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  blobKeyType,
  HostKeyCheck,
  hostMatches,
  parseKnownHosts,
  sha256Fingerprint,
} from '../../../actions/deploy-ssh/host-keys.js';

function sshString(data: Buffer | string): Buffer {
  const bytes = Buffer.from(data);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function ed25519Blob(): Buffer {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return Buffer.concat([sshString('ssh-ed25519'), sshString(raw)]);
}

function hashed(name: string): string {
  const salt = randomBytes(20);
  return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
}

const policy = (text: string, fingerprints: string[] = [], insecure = false) => ({
  knownHosts: parseKnownHosts(text).entries,
  fingerprints,
  insecure,
});

describe('deploy-ssh host key pins', () => {
  const key = ed25519Blob();
  const other = ed25519Blob();
  const line = (hosts: string, blob = key) => `${hosts} ssh-ed25519 ${blob.toString('base64')}`;

  it('computes OpenSSH-style fingerprints and key types', () => {
    expect(sha256Fingerprint(key)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(blobKeyType(key)).toBe('ssh-ed25519');
  });

  it('reads known_hosts lines, skipping comments and reporting broken ones', () => {
    const { entries, invalid } = parseKnownHosts(
      `# comment\n\n${line('web1')} comment here\n@revoked * ${line('x').split(' ').slice(1).join(' ')}\nweb2 ssh-rsa !!!\n`,
    );
    expect(entries.map((entry) => [entry.marker, entry.patterns, entry.keyType])).toEqual([
      [undefined, 'web1', 'ssh-ed25519'],
      ['@revoked', '*', 'ssh-ed25519'],
    ]);
    expect(invalid).toEqual(['web2 ssh-rsa !!!']);
  });

  it('matches plain, bracketed, wildcard, negated and hashed host fields', () => {
    expect(hostMatches('web1,web2', 'web2', 22)).toBe(true);
    expect(hostMatches('web1', 'web1', 2222)).toBe(false);
    expect(hostMatches('[web1]:2222', 'web1', 2222)).toBe(true);
    expect(hostMatches('*.example.com,!db.example.com', 'app.example.com', 22)).toBe(true);
    expect(hostMatches('*.example.com,!db.example.com', 'db.example.com', 22)).toBe(false);
    expect(hostMatches(hashed('[127.0.0.1]:2222'), '127.0.0.1', 2222)).toBe(true);
    expect(hostMatches(hashed('[127.0.0.1]:2222'), '127.0.0.1', 22)).toBe(false);
  });

  it('accepts the pinned key, refuses another and says which was expected', () => {
    const check = new HostKeyCheck(policy(line('[h]:2222')), 'h', 2222);
    expect(check.verify(key)).toEqual({ ok: true });
    expect(check.verify(other)).toEqual({
      ok: false,
      reason: 'mismatch',
      offered: `ssh-ed25519 ${sha256Fingerprint(other)}`,
      expected: [`ssh-ed25519 ${sha256Fingerprint(key)}`],
    });
    expect(check.algorithms()).toEqual(['ssh-ed25519']);
  });

  it('offers every rsa signature algorithm for a pinned rsa key', () => {
    const rsa = `h ssh-rsa ${Buffer.concat([sshString('ssh-rsa'), sshString('e'), sshString('n')]).toString('base64')}`;
    expect(new HostKeyCheck(policy(rsa), 'h', 22).algorithms()).toEqual([
      'rsa-sha2-512',
      'rsa-sha2-256',
      'ssh-rsa',
    ]);
  });

  it('accepts fingerprint pins for any host, and refuses when nothing is pinned', () => {
    const byFingerprint = new HostKeyCheck(policy('', [sha256Fingerprint(key)]), 'any', 22);
    expect(byFingerprint.verify(key)).toEqual({ ok: true });
    expect(byFingerprint.algorithms()).toBeUndefined();
    const none = new HostKeyCheck(policy(line('elsewhere')), 'h', 22);
    expect(none.verify(key)).toMatchObject({ ok: false, reason: 'unpinned' });
    expect(none.lineFor(key)).toBe(line('h'));
    expect(none.onlyCertAuthorities).toBe(false);
    const ca = new HostKeyCheck(policy(`@cert-authority h ssh-ed25519 ${key.toString('base64')}`), 'h', 22);
    expect(ca.verify(key)).toMatchObject({ ok: false, reason: 'unpinned' });
    expect(ca.onlyCertAuthorities).toBe(true);
  });

  it('refuses a revoked key even when host keys are ignored', () => {
    const revoked = `@revoked * ssh-ed25519 ${key.toString('base64')}`;
    expect(new HostKeyCheck(policy(revoked, [], true), 'h', 22).verify(key)).toMatchObject({
      ok: false,
      reason: 'revoked',
    });
    expect(new HostKeyCheck(policy('', [], true), 'h', 22).verify(key)).toEqual({ ok: true });
  });
});
