// Which images the container strategy's prune removes, run by bash against a fake `docker` that
// answers from a table: the deployed image and newer ones stay, ties within a second are told apart
// by the full creation time, only the repository's own references are removed.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { pruneScript } from '../../../actions/deploy-ssh/container/remote.js';
import type { ContainerSettings } from '../../../actions/deploy-ssh/container/settings.js';

const settings: ContainerSettings = {
  image: 'registry.example.com/app:d',
  repository: 'registry.example.com/app',
  registry: 'registry.example.com',
  name: 'app',
  ports: [],
  source: 'pull',
  registryUsername: '',
  registryPassword: '',
  runOptions: [],
  healthTimeoutMs: 5000,
  rolling: 0,
};

// images: id|reference|created; containers: name|image id. `docker rmi` logs to `removed`.
const FAKE_DOCKER = `#!/bin/bash
dir=$(dirname "$0")
case "$1 $2" in
  "inspect -f")
    shift 3; found=1
    for name in "$@"; do
      line=$(grep -m 1 -F -- "$name|" "$dir/containers") && { echo "\${line#*|}"; continue; }
      found=0
    done
    [ "$found" = 1 ] ;;
  "images --no-trunc")
    repo=\${!#}
    while IFS='|' read -r id ref _; do
      [ "\${ref%:*}" = "$repo" ] && echo "$id|$ref"
    done <"$dir/images"; exit 0 ;;
  "image inspect")
    shift 4
    for id in "$@"; do grep -F -- "$id|" "$dir/images" | head -n 1 | awk -F'|' '{print $1 "|" $3}'; done ;;
  "rmi "*)
    echo "$2" >>"$dir/removed"; grep -v -F -- "|$2|" "$dir/images" >"$dir/images.new"; mv "$dir/images.new" "$dir/images" ;;
  *) echo "unexpected: docker $*" >&2; exit 2 ;;
esac
`;

const id = (letter: string) => `sha256:${letter.repeat(64)}`;

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function prune(images: string[][], containers: string[][], keep: number): string[] {
  dir = mkdtempSync(join(tmpdir(), 'ci-kit-prune-'));
  writeFileSync(join(dir, 'docker'), FAKE_DOCKER);
  chmodSync(join(dir, 'docker'), 0o755);
  writeFileSync(join(dir, 'images'), images.map((row) => `${row.join('|')}\n`).join(''));
  writeFileSync(join(dir, 'containers'), containers.map((row) => `${row.join('|')}\n`).join(''));
  writeFileSync(join(dir, 'removed'), '');
  // As the strategy sends it: the lock is released after the prune, in the same command.
  const printed = execFileSync('bash', ['-euo', 'pipefail', '-s'], {
    input: `${pruneScript(settings, keep)}echo unlocked\n`,
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
    encoding: 'utf8',
  });
  expect(printed.trim().split('\n').at(-1)).toBe('unlocked');
  const removed = readFileSync(join(dir, 'removed'), 'utf8').split('\n').filter(Boolean);
  expect(printed.trim().split('\n').slice(0, -1)).toEqual(removed);
  return removed;
}

const repo = settings.repository;

describe('container prune', () => {
  it('keeps every image newer than the deployed one, ranked by the full creation time', () => {
    // Six images built within two seconds; ids in an order unrelated to their age.
    const images = [
      [id('f'), `${repo}:old1`, '2026-12-02T04:21:32.9Z'],
      [id('0'), `${repo}:old2`, '2026-12-02T04:21:33.1Z'],
      // No fraction: older than 33.2, though "33Z" sorts after "33.2Z" as text.
      [id('e'), `${repo}:old3`, '2026-12-02T04:21:33Z'],
      [id('1'), `${repo}:d`, '2026-12-02T04:21:33.2Z'],
      [id('2'), `${repo}:newer`, '2026-12-02T04:21:33.300000001Z'],
      [id('3'), `${repo}:newest`, '2026-12-02T04:21:34Z'],
    ];
    const containers = [
      ['app', id('1')],
      ['app.previous', id('f')],
    ];
    // keep 2: the deployed one and old2 (the newest older one); old3 goes, old1 is the kept
    // container's; newer and newest are not older than what was deployed.
    expect(prune(images, containers, 2)).toEqual([`${repo}:old3`]);
  });

  it('removes nothing that is as new as the deployed image, and nothing when keep covers the rest', () => {
    const images = [
      [id('a'), `${repo}:twin`, '2026-12-02T04:21:33.5Z'],
      [id('1'), `${repo}:d`, '2026-12-02T04:21:33.5Z'],
      [id('b'), `${repo}:old`, '2026-12-02T04:21:30Z'],
    ];
    expect(prune(images, [['app', id('1')]], 1)).toEqual([`${repo}:old`]);
    expect(prune(images, [['app', id('1')]], 5)).toEqual([]);
  });

  it('removes only references of the repository, and nothing when the deployed image is unknown', () => {
    const images = [
      [id('1'), `${repo}:d`, '2026-12-02T04:21:33Z'],
      [id('b'), `${repo}:old`, '2026-12-02T04:21:30Z'],
      [id('b'), 'registry.example.com/other:keep', '2026-12-02T04:21:30Z'],
    ];
    expect(prune(images, [['app', id('1')]], 1)).toEqual([`${repo}:old`]);
    expect(prune(images, [], 1)).toEqual([]);
  });
});
