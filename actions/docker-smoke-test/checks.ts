/** One `wait-for` line. */
export type WaitCheck =
  | { kind: 'healthy'; raw: string }
  | { kind: 'running'; raw: string }
  | { kind: 'exit'; raw: string }
  | { kind: 'log'; raw: string; pattern: RegExp }
  | { kind: 'tcp'; raw: string; port: number }
  | { kind: 'http'; raw: string; port: number; path: string; tls: boolean };

export const WAIT_FOR_FORMS =
  'healthy, running, exit, log:<regex>, tcp:<port>, http:<port>/<path> or https:<port>/<path>';

function port(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const value = Number(text);
  return value > 0 && value < 65536 ? value : undefined;
}

/** Parses one `wait-for` line; returns the reason (no input name) when it is not a check. */
export function parseWaitCheck(raw: string): WaitCheck | string {
  const lower = raw.toLowerCase();
  if (lower === 'healthy' || lower === 'running' || lower === 'exit') return { kind: lower, raw };
  const colon = raw.indexOf(':');
  const kind = colon < 0 ? '' : raw.slice(0, colon).toLowerCase();
  const rest = raw.slice(colon + 1);
  switch (kind) {
    case 'log':
      if (rest === '') return `needs a regular expression after 'log:', got '${raw}'`;
      try {
        return { kind: 'log', raw, pattern: new RegExp(rest, 'm') };
      } catch (error) {
        return `has an invalid regular expression in '${raw}' (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`;
      }
    case 'tcp': {
      const value = port(rest);
      if (value === undefined) return `must be tcp:<container port from 1 to 65535>, got '${raw}'`;
      return { kind: 'tcp', raw, port: value };
    }
    case 'http':
    case 'https': {
      const match = /^(\d{1,5})(\/.*)?$/.exec(rest);
      const value = match ? port(match[1]!) : undefined;
      if (value === undefined)
        return `must be ${kind}:<container port>/<path> like ${kind}:8080/health, got '${raw}'`;
      return { kind: 'http', raw, port: value, path: match![2] ?? '/', tls: kind === 'https' };
    }
    default:
      return `must be one of ${WAIT_FOR_FORMS}, got '${raw}'`;
  }
}
