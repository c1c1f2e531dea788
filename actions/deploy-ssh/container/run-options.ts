// `run-options`: `docker run` flags from an allow-list, each value checked, each one argument.
// Flags that give a container the host (--privileged, --pid=host, --device, …) are not on the list.
import { ConfigError } from '../../../shared/errors.js';

type Check = RegExp | ((value: string) => boolean);

const SIZE = /^\d+(?:\.\d+)?[bkmgBKMG]?$/;
const WORD = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ABSOLUTE_TARGET = (value: string) => {
  const parts = value.split(':');
  return parts.length >= 2 && parts.length <= 3 && parts[1]!.startsWith('/') && parts[0] !== '';
};

const ALLOWED: Record<string, Check | null> = {
  volume: ABSOLUTE_TARGET,
  mount: /^(?:[a-z-]+=[^,]*)(?:,[a-z-]+(?:=[^,]*)?)*$/,
  network: (value) => WORD.test(value) && value !== 'host',
  'network-alias': WORD,
  restart: /^(?:no|always|unless-stopped|on-failure(?::\d+)?)$/,
  label: /^[A-Za-z0-9][A-Za-z0-9_.\-/]*(?:=.*)?$/,
  user: /^[A-Za-z0-9_.-]+(?::[A-Za-z0-9_.-]+)?$/,
  memory: SIZE,
  'memory-reservation': SIZE,
  'memory-swap': /^(?:-1|\d+(?:\.\d+)?[bkmgBKMG]?)$/,
  cpus: /^\d+(?:\.\d+)?$/,
  'pids-limit': /^-?\d+$/,
  'read-only': null,
  init: null,
  tmpfs: /^\/[^\s:]*(?::[a-z0-9=,]+)?$/,
  workdir: /^\/\S*$/,
  hostname: WORD,
  'add-host': /^[A-Za-z0-9.-]+:[0-9a-fA-F.:]+$/,
  'log-driver': WORD,
  'log-opt': /^[a-z0-9_.-]+=.*$/,
  'stop-signal': /^(?:SIG)?[A-Z0-9]+$|^\d+$/,
  'stop-timeout': /^\d+$/,
  ulimit: /^[a-z]+=-?\d+(?::-?\d+)?$/,
  'cap-add': /^[A-Z_]+$/,
  'cap-drop': /^(?:[A-Z_]+|ALL)$/,
  'security-opt': /^(?:no-new-privileges(?::true)?|apparmor=\S+|seccomp=\S+|label=\S+)$/,
};
const SHORT: Record<string, string> = { v: 'volume', l: 'label', u: 'user', m: 'memory', w: 'workdir' };

/** `--flag=value`, `--flag value` or `-v value` per line → `--flag=value` arguments. */
export function parseRunOptions(lines: readonly string[], input: string): string[] {
  return lines.map((line) => {
    const match = /^(--?)([a-z][a-z-]*)(?:[=\s]\s*(.*))?$/s.exec(line.trim());
    const flag = match ? (match[1] === '-' ? SHORT[match[2]!] : match[2]!) : undefined;
    if (!match || !flag || !(flag in ALLOWED)) {
      throw new ConfigError(
        `input '${input}' allows one option per line from: ${Object.keys(ALLOWED).join(', ')}; got '${line.slice(0, 60)}'`,
      );
    }
    const check = ALLOWED[flag]!;
    const value = match[3]?.trim() ?? '';
    if (check === null) {
      if (value && !/^(?:true|false)$/.test(value))
        throw new ConfigError(
          `input '${input}': --${flag} takes no value (or true/false), got '${value.slice(0, 60)}'`,
        );
      return value ? `--${flag}=${value}` : `--${flag}`;
    }
    const ok = typeof check === 'function' ? check(value) : check.test(value);
    if (!value || /[\0\n\r]/.test(value) || !ok)
      throw new ConfigError(
        `input '${input}': --${flag} has a value docker would not accept here: '${value.slice(0, 60)}'`,
      );
    return `--${flag}=${value}`;
  });
}
