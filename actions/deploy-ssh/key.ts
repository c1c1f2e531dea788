import { createPrivateKey, type KeyObject } from 'node:crypto';
import { ConfigError } from '../../shared/errors.js';
import { sha256Fingerprint } from './host-keys.js';
import { type ParsedKey, sshUtils } from './ssh2.js';

export interface ClientKey {
  /** Text handed to ssh2 (OpenSSH or PEM), decrypted when it was a PKCS#8 key. */
  text: string;
  passphrase?: string;
  parsed: ParsedKey;
  /** `SHA256:…` of the public half, to name the key in auth errors. */
  fingerprint: string;
}

/**
 * Repairs the usual copy-paste damage to a key held in a secret: CRLF line ends, literal `\n`
 * sequences instead of line breaks, indentation, a missing final newline.
 */
export function normalizeKeyText(text: string): string {
  let key = text.trim();
  if (!key.includes('\n') && key.includes('\\n')) key = key.replace(/\\r\\n|\\n/g, '\n');
  key = key
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
  return `${key}\n`;
}

function sshString(data: Buffer | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** An unencrypted `openssh-key-v1` file for an Ed25519 key, which ssh2 reads but cannot take as PKCS#8. */
function ed25519ToOpenSsh(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  const seed = Buffer.from(jwk.d!, 'base64url');
  const pub = Buffer.from(jwk.x!, 'base64url');
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = Buffer.alloc(4, 0x2a);
  let secret = Buffer.concat([
    check,
    check,
    sshString('ssh-ed25519'),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString(''),
  ]);
  const padding = Buffer.from(Array.from({ length: (8 - (secret.length % 8)) % 8 }, (_, i) => i + 1));
  secret = Buffer.concat([secret, padding]);
  const count = Buffer.alloc(4);
  count.writeUInt32BE(1);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    count,
    sshString(publicBlob),
    sshString(secret),
  ]);
  const lines = body.toString('base64').match(/.{1,70}/g)!;
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

/** PKCS#8 (`BEGIN PRIVATE KEY`, `BEGIN ENCRYPTED PRIVATE KEY`) → a format ssh2 reads. */
function fromPkcs8(text: string, passphrase: string | undefined, input: string): string {
  const encrypted = text.includes('BEGIN ENCRYPTED PRIVATE KEY');
  if (encrypted && !passphrase)
    throw new ConfigError(`input '${input}' is an encrypted PKCS#8 key: set input 'passphrase'`);
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: text, format: 'pem', passphrase });
  } catch {
    throw new ConfigError(
      encrypted
        ? `input 'passphrase' does not decrypt the PKCS#8 key in input '${input}' (wrong passphrase?)`
        : `input '${input}' holds a PKCS#8 key that cannot be read`,
    );
  }
  if (key.asymmetricKeyType === 'rsa') return key.export({ format: 'pem', type: 'pkcs1' }).toString();
  if (key.asymmetricKeyType === 'ec') return key.export({ format: 'pem', type: 'sec1' }).toString();
  if (key.asymmetricKeyType === 'ed25519') return ed25519ToOpenSsh(key);
  throw new ConfigError(
    `input '${input}' holds a ${key.asymmetricKeyType} PKCS#8 key; use an ed25519, ecdsa or rsa key`,
  );
}

/** Reads a private key from its text, with one clear line for each way it usually goes wrong. */
export function loadClientKey(raw: string, passphrase: string | undefined, input = 'key'): ClientKey {
  let text = normalizeKeyText(raw);
  if (/^PuTTY-User-Key-File-3:/m.test(text)) {
    throw new ConfigError(
      `input '${input}' is a PuTTY v3 key (.ppk): convert it with 'puttygen key.ppk -O private-openssh -o key'`,
    );
  }
  if (!text.includes('-----BEGIN') && !text.startsWith('PuTTY-User-Key-File-')) {
    throw new ConfigError(
      `input '${input}' must be the private key text (-----BEGIN OPENSSH PRIVATE KEY-----…), not a path or a public key`,
    );
  }
  let usedPassphrase = passphrase || undefined;
  if (/-----BEGIN (ENCRYPTED )?PRIVATE KEY-----/.test(text)) {
    text = fromPkcs8(text, usedPassphrase, input);
    usedPassphrase = undefined;
  }
  const parsed = sshUtils.parseKey(text, usedPassphrase);
  if (parsed instanceof Error) {
    const message = parsed.message;
    if (/no passphrase given/.test(message))
      throw new ConfigError(`input '${input}' is encrypted: set input 'passphrase' to its passphrase`);
    if (/bad passphrase/i.test(message))
      throw new ConfigError(`input 'passphrase' does not decrypt input '${input}' (wrong passphrase?)`);
    throw new ConfigError(`input '${input}' cannot be read as a private key (${message})`);
  }
  const key = Array.isArray(parsed) ? parsed[0]! : parsed;
  if (!key.isPrivateKey())
    throw new ConfigError(`input '${input}' holds a public key; it needs the private key`);
  return {
    text,
    passphrase: usedPassphrase,
    parsed: key,
    fingerprint: sha256Fingerprint(key.getPublicSSH()),
  };
}
