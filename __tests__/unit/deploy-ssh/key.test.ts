import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadClientKey, normalizeKeyText } from '../../../actions/deploy-ssh/key.js';
import { ConfigError } from '../../../shared/errors.js';

function keygen(type: string, passphrase = ''): { key: string; fingerprint: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'ci-kit-key-')), 'id');
  execFileSync('ssh-keygen', ['-q', '-t', type, '-N', passphrase, '-f', file], { stdio: 'pipe' });
  const fingerprint = execFileSync('ssh-keygen', ['-lf', `${file}.pub`])
    .toString()
    .split(' ')[1]!;
  return { key: readFileSync(file, 'utf8'), fingerprint };
}

describe('deploy-ssh private keys', () => {
  const plain = keygen('ed25519');

  it('repairs CRLF, literal \\n, indentation and a missing final newline', () => {
    const clean = normalizeKeyText(plain.key);
    expect(normalizeKeyText(plain.key.replace(/\n/g, '\r\n'))).toBe(clean);
    expect(normalizeKeyText(plain.key.trim().replace(/\n/g, '\\n'))).toBe(clean);
    expect(normalizeKeyText(plain.key.replace(/^/gm, '    ').trim())).toBe(clean);
    expect(loadClientKey(plain.key.replace(/\n/g, '\r\n'), '').fingerprint).toBe(plain.fingerprint);
  });

  it('names the public key it will offer', () => {
    expect(loadClientKey(plain.key, '')).toMatchObject({ fingerprint: plain.fingerprint });
  });

  it('says when the passphrase is missing or wrong', () => {
    const encrypted = keygen('ed25519', 'right');
    expect(loadClientKey(encrypted.key, 'right').fingerprint).toBe(encrypted.fingerprint);
    expect(() => loadClientKey(encrypted.key, '')).toThrow(
      new ConfigError("input 'key' is encrypted: set input 'passphrase' to its passphrase"),
    );
    expect(() => loadClientKey(encrypted.key, 'wrong')).toThrow(
      /does not decrypt input 'key' \(wrong passphrase\?\)/,
    );
  });

  it('reads PKCS#8 keys: rsa, ec, ed25519 and encrypted ones', () => {
    const keys = [
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
      generateKeyPairSync('ed25519').privateKey,
    ];
    for (const key of keys) {
      const pem = key.export({ format: 'pem', type: 'pkcs8' }).toString();
      expect(loadClientKey(pem, '').parsed.isPrivateKey()).toBe(true);
    }
    const { privateKey } = generateKeyPairSync('ed25519');
    const encrypted = privateKey
      .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString();
    expect(loadClientKey(encrypted, 'pw').parsed.type).toBe('ssh-ed25519');
    expect(() => loadClientKey(encrypted, '')).toThrow(/encrypted PKCS#8 key: set input 'passphrase'/);
    expect(() => loadClientKey(encrypted, 'nope')).toThrow(/does not decrypt the PKCS#8 key/);
  });

  it('explains PuTTY v3 keys, public keys and paths', () => {
    expect(() => loadClientKey('PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n', '')).toThrow(
      /PuTTY v3 key .*puttygen key\.ppk -O private-openssh/,
    );
    expect(() => loadClientKey('~/.ssh/id_ed25519', '')).toThrow(/must be the private key text/);
    expect(() => loadClientKey('ssh-ed25519 AAAAC3Nza user@host', '')).toThrow(
      /must be the private key text/,
    );
  });

  it('never puts key material in its errors', () => {
    const broken = plain.key.replace(/[A-Za-z]{20}/, 'x'.repeat(20));
    try {
      loadClientKey(broken, '');
    } catch (error) {
      expect((error as Error).message).not.toContain(broken.split('\n')[1]!.slice(0, 20));
    }
  });
});
