// URLs with credentials in them (`https://deployer:pa55@host/`, `https://x-access-token:TOKEN@github.com/…`):
// the userinfo is registered as a secret before the URL is shown anywhere, and every place that shows a
// URL shows it with the userinfo masked.
import { maskSecret } from './mask.js';

/** `scheme://userinfo@`: the userinfo ends at the last `@` before the path. */
const WITH_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The user name and password of a URL as written (and decoded), without parsing the rest of it. */
export function urlCredentials(url: string): { user: string; password?: string } | undefined {
  const match = WITH_USERINFO.exec(url.trim());
  if (!match) return undefined;
  const userinfo = match[2]!;
  const colon = userinfo.indexOf(':');
  if (colon < 0) return userinfo === '' ? undefined : { user: userinfo };
  return { user: userinfo.slice(0, colon), password: userinfo.slice(colon + 1) };
}

/**
 * Registers the secret part of a URL's userinfo with the runner and the output redaction: the password,
 * or a lone user name (where tokens go: `https://TOKEN@github.com`). Raw and percent-decoded.
 */
export function maskUrlCredentials(url: string): void {
  const credentials = urlCredentials(url);
  if (!credentials) return;
  const secret = credentials.password ?? credentials.user;
  if (secret === '') return;
  maskSecret(secret);
  maskSecret(decoded(secret));
  maskSecret(encodeURIComponent(decoded(secret)));
}

/** Every line of a multi-line input that holds URLs (health-wait `url`). */
export function maskUrlCredentialsIn(text: string): void {
  for (const line of text.split(/\r?\n/)) maskUrlCredentials(line);
}

/** The URL as it may be shown: `https://deployer:***@host/`, `https://***@github.com/…`. */
export function displayUrl(url: string): string {
  const credentials = urlCredentials(url);
  if (!credentials) return url;
  const shown = credentials.password === undefined ? '***' : `${credentials.user}:***`;
  return url.trim().replace(WITH_USERINFO, (_, scheme: string) => `${scheme}${shown}@`);
}

/** Whether the URL carries credentials. */
export function hasUrlCredentials(url: string): boolean {
  return urlCredentials(url) !== undefined;
}
