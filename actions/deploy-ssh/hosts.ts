/** One SSH endpoint from `[user@]host[:port]` (IPv6 as `[::1]:22`). */
export interface HostSpec {
  user: string;
  host: string;
  port: number;
  /** As written by the user, for logs and results. */
  label: string;
}

/** Parses `[user@]host[:port]`, or returns why it cannot. */
export function parseHostSpec(text: string, defaults: { user: string; port: number }): HostSpec | string {
  const raw = text.trim();
  const at = raw.lastIndexOf('@');
  const user = at >= 0 ? raw.slice(0, at) : defaults.user;
  let rest = at >= 0 ? raw.slice(at + 1) : raw;
  let port = defaults.port;
  let host: string;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(rest);
  if (bracketed) {
    host = bracketed[1]!;
    if (bracketed[2]) port = Number(bracketed[2]);
  } else {
    const colon = rest.lastIndexOf(':');
    if (colon >= 0 && rest.indexOf(':') === colon) {
      const portText = rest.slice(colon + 1);
      if (!/^\d+$/.test(portText)) return `has a bad port in '${raw}'`;
      port = Number(portText);
      rest = rest.slice(0, colon);
    }
    host = rest;
  }
  if (!host || /[\s/]/.test(host)) return `must have lines like 'deploy@web1.example.com:22', got '${raw}'`;
  if (at >= 0 && !/^[A-Za-z0-9._-]+$/.test(user)) return `has a bad user name in '${raw}'`;
  if (!user) return `needs a user for '${raw}': write 'user@${host}' or set input 'username'`;
  if (port < 1 || port > 65535) return `has a port outside 1-65535 in '${raw}'`;
  return { user, host, port, label: port === 22 ? `${user}@${host}` : `${user}@${host}:${port}` };
}

/** The name known_hosts uses for an endpoint: `host`, or `[host]:port` off port 22. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}
