import * as core from './core.js';
import { registerSecret } from './redact.js';

function register(secret: string): void {
  registerSecret(secret);
  core.setSecret(secret);
}

/** Registers a secret with the runner; each line too, since the runner masks line by line. */
export function maskSecret(value: string | undefined): void {
  if (!value) return;
  const trimmed = value.trim();
  if (trimmed.length < 3) return;
  register(trimmed);
  const lines = trimmed.split(/\r?\n/).map((line) => line.trim());
  if (lines.length > 1) for (const line of lines) if (line.length >= 3) register(line);
}

const CREDENTIAL_HEADER =
  /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|key|pass|auth|session|signature/i;
const CREDENTIAL_VALUE = /^(bearer|basic|token|digest)\s+\S/i;

/** Whether a header carries a credential (by its name or by the shape of its value). */
export function looksLikeCredential(name: string, value: string): boolean {
  return CREDENTIAL_HEADER.test(name) || CREDENTIAL_VALUE.test(value);
}

/**
 * Masks the credential part of header values; `Bearer abc` masks `abc` as well as the whole value.
 * `all`: every header given is a credential (the caller decided, e.g. from a list of secret names).
 */
export function maskHeaderCredentials(headers: ReadonlyArray<readonly [string, string]>, all = false): void {
  for (const [name, value] of headers) {
    if (!all && !looksLikeCredential(name, value)) continue;
    maskSecret(value);
    const scheme = CREDENTIAL_VALUE.exec(value);
    if (scheme) maskSecret(value.slice(scheme[1]!.length).trim());
  }
}
