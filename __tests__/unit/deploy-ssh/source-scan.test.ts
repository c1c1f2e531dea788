import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { linkStaysInside, scanSource } from '../../../actions/deploy-ssh/source-scan.js';

const tree = () => mkdtempSync(join(tmpdir(), 'ci-kit-scan-'));

describe('source scan', () => {
  it('resolves links through the links of the tree, as the server will', async () => {
    const root = tree();
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    symlinkSync('.', join(root, 'here'));
    symlinkSync('a/b', join(root, 'deep'));
    expect(await linkStaysInside(root, [], 'a/b/../../x')).toBe(true);
    expect(await linkStaysInside(root, ['a'], '../../x')).toBe(false);
    expect(await linkStaysInside(root, [], 'here/../x')).toBe(false);
    // deep is a/b, so deep/.. is a: still inside.
    expect(await linkStaysInside(root, [], 'deep/../../x')).toBe(true);
    expect(await linkStaysInside(root, [], 'deep/../../../x')).toBe(false);
    expect(await linkStaysInside(root, [], '/abs')).toBe(false);
    expect(await linkStaysInside(root, [], 'missing/../../x')).toBe(false);
  });

  it('gives up on link loops instead of spinning', async () => {
    const root = tree();
    symlinkSync('b', join(root, 'a'));
    symlinkSync('a', join(root, 'b'));
    expect((await scanSource(root)).externalLinks.sort()).toEqual(['a -> b', 'b -> a']);
  });

  it('sorts FIFOs, sockets and outward links, and vets a single-file source alone', async () => {
    const root = tree();
    writeFileSync(join(root, 'file'), 'x');
    execFileSync('mkfifo', [join(root, 'fifo')]);
    symlinkSync('file', join(root, 'ok-link'));
    symlinkSync('/etc', join(root, 'etc'));
    const scan = await scanSource(root);
    expect(scan.special).toEqual(['a FIFO (named pipe) at fifo']);
    expect(scan.externalLinks).toEqual(['etc -> /etc']);
    expect(await scanSource(join(root, 'file'))).toEqual({ externalLinks: [], special: [], sockets: [] });
    // Uploaded alone, even a link to its neighbour points at nothing the server gets.
    expect((await scanSource(join(root, 'ok-link'))).externalLinks).toEqual(['ok-link -> file']);
  });
});
