// deploy-ssh against real OpenSSH servers: host key pinning, keys and connection errors.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';
import { runInProcess } from '../fixtures/deploy-ssh/run-in-process.js';
import { startSilentServer } from '../support/http-server.js';
import { describeWithService, sshdUnavailable } from '../support/services.js';
import { startSshd } from '../support/sshd.js';
import { useSshd } from '../support/sshd-suite.js';

function keygen(type: string, passphrase: string, format?: string): { key: string; pub: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'ci-kit-key-')), 'id');
  const args = ['-q', '-t', type, '-N', passphrase, '-C', 'test', '-f', file];
  if (format) args.push('-m', format);
  execFileSync('ssh-keygen', args, { stdio: 'pipe' });
  return { key: readFileSync(file, 'utf8'), pub: readFileSync(`${file}.pub`, 'utf8') };
}

function fingerprintOf(knownHostsLine: string): string {
  return execFileSync('ssh-keygen', ['-lf', '-'], { input: knownHostsLine.split(' ').slice(1).join(' ') })
    .toString()
    .split(' ')[1]!;
}

describeWithService('deploy-ssh connecting to a real sshd', sshdUnavailable(), () => {
  const ed25519 = keygen('ed25519', 'correct horse');
  const rsa = keygen('rsa', 'battery staple');
  const rsaPem = keygen('rsa', 'pem pass', 'PEM');
  const pkcs8 = keygen('rsa', '', 'PKCS8');

  // Pinned with its ed25519 key, the first of its host key types.
  const sshd = useSshd({
    hostKeyTypes: ['ed25519', 'rsa'],
    authorizedKeys: [ed25519.pub, rsa.pub, rsaPem.pub, pkcs8.pub],
    defaults: { script: 'echo "hello from $(hostname)"', 'connect-timeout': '10s' },
  });
  const inputs = sshd.inputs;

  it('runs the script on a host pinned by known-hosts (ed25519 pinned while the server also offers rsa)', async () => {
    const step = await runInProcess(inputs());
    expect(step.error).toBeUndefined();
    expect(step.outputs.stdout).toMatch(/^hello from /);
    expect(step.log).toContain('hello from ');
    const results = JSON.parse(step.outputs.results!);
    expect(results).toEqual([
      expect.objectContaining({ host: `${sshd.user}@127.0.0.1:${sshd.port}`, exitCode: 0, signal: null }),
    ]);
    expect(step.outputs['rolled-back']).toBe('false');
  });

  it('accepts only the rsa key when only rsa is pinned, and a SHA256 fingerprint pin', async () => {
    expect((await runInProcess(inputs({ 'known-hosts': sshd.hostKeyLines.rsa! }))).error).toBeUndefined();
    const pinned = await runInProcess(
      inputs({ 'known-hosts': '', fingerprint: fingerprintOf(sshd.hostKeyLines.ed25519!) }),
    );
    expect(pinned.error).toBeUndefined();
  });

  it('accepts a hashed known_hosts entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-kit-kh-'));
    const file = join(dir, 'known_hosts');
    execFileSync('sh', [
      '-c',
      `printf '%s\\n' "$1" > "$2" && ssh-keygen -q -H -f "$2"`,
      'sh',
      sshd.knownHostsLine,
      file,
    ]);
    const hashed = readFileSync(file, 'utf8');
    expect(hashed).toMatch(/^\|1\|/);
    expect((await runInProcess(inputs({ 'known-hosts': hashed }))).error).toBeUndefined();
  });

  it('refuses a host whose key does not match the pin, showing expected and offered', async () => {
    const other = keygen('ed25519', '').pub.split(' ').slice(0, 2).join(' ');
    const step = await runInProcess(inputs({ 'known-hosts': `[127.0.0.1]:${sshd.port} ${other}` }));
    expect(step.error?.message).toMatch(
      /HOST KEY MISMATCH for 127\.0\.0\.1:\d+: expected ssh-ed25519 SHA256:\S+, offered ssh-ed25519 SHA256:/,
    );
    expect(step.error?.message).toContain(fingerprintOf(sshd.hostKeyLines.ed25519!));
    expect(step.outputs.stdout ?? '').toBe('');
  });

  it('refuses to connect without any pin and prints the line to add', async () => {
    const step = await runInProcess(inputs({ 'known-hosts': '' }));
    expect(step.error?.message).toContain('no pinned host key');
    expect(step.error?.message).toContain(`[127.0.0.1]:${sshd.port} ssh-`);
    const caOnly = await runInProcess(
      inputs({
        'known-hosts': `@cert-authority *.example.com,[127.0.0.1]:${sshd.port} ${sshd.knownHostsLine.split(' ').slice(1).join(' ')}`,
      }),
    );
    expect(caOnly.error?.message).toContain(
      'only in @cert-authority lines, and host certificates are not supported',
    );
    expect(caOnly.error?.message).toContain(`[127.0.0.1]:${sshd.port} ssh-ed25519`);
    const insecure = await runInProcess(inputs({ 'known-hosts': '', 'insecure-ignore-host-key': 'true' }));
    expect(insecure.error).toBeUndefined();
    expect(insecure.commands.some((c) => c.command === 'warning' && /NOT verified/.test(c.message))).toBe(
      true,
    );
  });

  it.each([
    ['ed25519', ed25519, 'correct horse'],
    ['rsa', rsa, 'battery staple'],
    ['rsa PEM', rsaPem, 'pem pass'],
  ])(
    'uses an encrypted %s key with its passphrase, and says what is wrong without it',
    async (_, pair, pass) => {
      expect((await runInProcess(inputs({ key: pair.key, passphrase: pass }))).error).toBeUndefined();
      const missing = await runInProcess(inputs({ key: pair.key }));
      expect(missing.error?.message).toBe(
        "input 'key' is encrypted: set input 'passphrase' to its passphrase",
      );
      const wrong = await runInProcess(inputs({ key: pair.key, passphrase: 'nope' }));
      expect(wrong.error?.message).toBe(
        "input 'passphrase' does not decrypt input 'key' (wrong passphrase?)",
      );
    },
  );

  it('repairs keys pasted with CRLF or literal \\n, and reads PKCS#8 keys', async () => {
    const crlf = sshd.clientKey.replace(/\n/g, '\r\n');
    expect((await runInProcess(inputs({ key: crlf }))).error).toBeUndefined();
    const escaped = sshd.clientKey.trim().replace(/\n/g, '\\n');
    expect((await runInProcess(inputs({ key: escaped }))).error).toBeUndefined();
    expect(pkcs8.key).toContain('BEGIN PRIVATE KEY');
    expect((await runInProcess(inputs({ key: pkcs8.key }))).error).toBeUndefined();
  });

  it('names the methods and the key fingerprint when authentication is refused', async () => {
    const stranger = keygen('ed25519', '');
    const fingerprint = execFileSync('ssh-keygen', ['-lf', '-'], { input: stranger.pub })
      .toString()
      .split(' ')[1];
    const step = await runInProcess(inputs({ key: stranger.key }));
    expect(step.error?.message).toContain(`authentication refused by ${sshd.user}@127.0.0.1:${sshd.port}`);
    expect(step.error?.message).toContain(`tried publickey (ssh-ed25519 ${fingerprint})`);
  });

  it('reaches a host through proxy-jump, checking both host keys', async () => {
    const pub = execFileSync('ssh-keygen', ['-y', '-f', sshd.clientKeyPath]).toString();
    const inner = await startSshd({ authorizedKeys: [pub] });
    try {
      const through = {
        host: `${inner.user}@127.0.0.1:${inner.port}`,
        'proxy-jump': `${sshd.user}@127.0.0.1:${sshd.port}`,
      };
      const step = await runInProcess(
        inputs({ ...through, 'known-hosts': `${sshd.knownHostsLine}\n${inner.knownHostsLine}` }),
      );
      expect(step.error).toBeUndefined();
      expect(step.outputs.stdout).toMatch(/^hello from /);
      const unpinned = await runInProcess(inputs({ ...through, 'known-hosts': sshd.knownHostsLine }));
      expect(unpinned.error?.message).toContain(`no pinned host key`);
      expect(unpinned.error?.message).toContain(`[127.0.0.1]:${inner.port} ssh-ed25519`);
    } finally {
      await inner.stop();
    }
  });

  it('gives up at connect-timeout on a server that never answers', async () => {
    const silent = await startSilentServer();
    try {
      const started = Date.now();
      const step = await runInProcess(
        inputs({ host: `root@127.0.0.1:${silent.port}`, 'connect-timeout': '1s' }),
      );
      expect(step.error?.message).toContain('connection timed out after 1s (connect-timeout)');
      expect(Date.now() - started).toBeLessThan(8000);
    } finally {
      await silent.close();
    }
  });
});
