import { fileURLToPath } from 'node:url';
import { displayUrl } from '../../shared/url-credentials.js';

export type Target =
  | { kind: 'http'; raw: string; url: URL }
  | { kind: 'tcp'; raw: string; host: string; port: number }
  | { kind: 'unix'; raw: string; path: string }
  | { kind: 'file'; raw: string; path: string };

const SCHEMES = 'http://, https://, tcp://host:port, unix:///path.sock or file:///path';

const TCP_FORMAT = (raw: string) => `must be tcp://host:port with a port from 1 to 65535, got '${raw}'`;

/** Parses one `url` line; returns the reason (no input name) when it is not a target. */
export function parseTarget(line: string): Target | string {
  // What is shown of the target everywhere (log, outputs, summary): its password masked.
  const raw = displayUrl(line);
  const bareHostPort = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):(\d+)(\/.*)?$/i.exec(raw);
  if (bareHostPort && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    return `needs a scheme: '${raw}' (did you mean http://${raw} or tcp://${bareHostPort[1]}:${bareHostPort[2]}?)`;
  }
  let url: URL;
  try {
    url = new URL(line);
  } catch {
    if (/^tcp:/i.test(raw)) return TCP_FORMAT(raw);
    return `must be a URL like http://localhost:8080/health (${SCHEMES}), got '${raw}'`;
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      if (!url.hostname) return `has no host: '${raw}'`;
      return { kind: 'http', raw, url };
    case 'tcp:': {
      const port = Number(url.port);
      if (!url.hostname || !url.port || !(port > 0 && port < 65536)) {
        return TCP_FORMAT(raw);
      }
      return { kind: 'tcp', raw, host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
    }
    case 'unix:': {
      const path = decodeURIComponent(url.pathname);
      if (url.hostname || !path.startsWith('/')) return `must be unix:///absolute/path.sock, got '${raw}'`;
      return { kind: 'unix', raw, path };
    }
    case 'file:':
      if (url.hostname) return `must be file:///absolute/path, got '${raw}'`;
      return { kind: 'file', raw, path: fileURLToPath(url) };
    default:
      return `has unsupported scheme '${url.protocol}' in '${raw}' (expected ${SCHEMES})`;
  }
}
