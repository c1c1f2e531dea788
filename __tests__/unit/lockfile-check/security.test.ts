import { isAbsolute, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { leavesBoundary, urlParts } from '../../../actions/lockfile-check/security.js';

function viaUrl(url: string): object | undefined {
  try {
    const parsed = new URL(url);
    return { protocol: parsed.protocol, hostname: parsed.hostname, pathname: parsed.pathname };
  } catch {
    return undefined;
  }
}

describe('urlParts', () => {
  it('splits a URL exactly as the WHATWG parser does', () => {
    const hosts = ['registry.npmjs.org', 'npm.pkg.github.com', 'localhost', 'a-b.example', 'x.y-', '1.2.3.4'];
    hosts.push(
      '0x7f.1',
      'Registry.NPMJS.org',
      'xn--nxasmq6b.com',
      'xn--a.com',
      'example.com.',
      'ex_ample.com',
    );
    hosts.push('user@host.com', 'host.com:8080', 'host.com:443', 'h.123', 'h.0x1', '', 'bücher.de', '[::1]');
    const paths = [
      '/',
      '/a/-/a-1.0.0.tgz',
      '/@scope/name/-/name-1.0.0.tgz',
      '/@scope%2fname/-/name-1.0.0.tgz',
    ];
    paths.push(
      '/a/./b',
      '/a/../b',
      '/a/..',
      '/a/.',
      '/a/%2e%2e/b',
      '/a/.%2E/b',
      '/a b',
      '/a\\b',
      '/a?x=1',
      '/a#x',
    );
    paths.push(
      '//a',
      '/a~b+c_d.e',
      '/a/.b/..c/...',
      '',
      '/a\tb',
      '/ä',
      "/a'b",
      '/a"b',
      '/{x}',
      '/a|b',
      '/a^b',
    );
    const schemes = [
      'https://',
      'http://',
      'HTTPS://',
      'https:/',
      'https:///',
      'git+ssh://',
      'file://',
      ' https://',
    ];
    // URL constructions by urlParts: the plain registry URLs must not need one.
    const RealUrl = globalThis.URL;
    let constructed = 0;
    globalThis.URL = class extends RealUrl {
      constructor(url: string | URL, base?: string | URL) {
        constructed++;
        super(url, base);
      }
    } as typeof URL;
    let plain = 0;
    try {
      for (const scheme of schemes) {
        for (const host of hosts) {
          for (const path of paths) {
            const url = `${scheme}${host}${path}`;
            const before = constructed;
            const parts = urlParts(url);
            if (constructed === before) plain++;
            expect({ url, parts }).toEqual({ url, parts: viaUrl(url) });
            expect(urlParts(url)).toBe(parts);
          }
        }
      }
    } finally {
      globalThis.URL = RealUrl;
    }
    expect(plain).toBeGreaterThan(50);
  });
});

describe('leavesBoundary', () => {
  it('says what resolving the path with node:path says, for every base and path', () => {
    const root = '/repo';
    const bases = ['/repo', '/repo/a', '/repo/a/b/c', '/elsewhere', '/repo-other', '/'];
    const paths = ['', '.', 'x', '..', '../..', '../x', '../../x', '../../../x', 'a/../../..', './../b/..'];
    paths.push('a//..//..', 'a/b/../../..', '/repo/x', '/etc', '../repo/x', '../../repo/a', 'x/./y/../..');
    for (const base of bases) {
      for (const path of paths) {
        const rel = relative(root, resolve(base, path));
        const expected = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
        expect({ base, path, leaves: leavesBoundary({ base, root }, path) }).toEqual({
          base,
          path,
          leaves: expected,
        });
      }
    }
  });
});
