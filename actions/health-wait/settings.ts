import { formatDuration } from '../../shared/duration.js';
import { ConfigError } from '../../shared/errors.js';
import {
  getBool,
  getCertificates,
  getDuration,
  getEnum,
  getHeaders,
  getInt,
  getList,
  getRegex,
  getStatusSet,
  getString,
} from '../../shared/inputs.js';
import { looksLikeCredential, maskHeaderCredentials } from '../../shared/mask.js';
import { type JsonExpectation, parseJsonExpectation } from '../../shared/probes/expect.js';
import type { StatusSet } from '../../shared/status-ranges.js';
import { maskUrlCredentialsIn } from '../../shared/url-credentials.js';
import { Inputs } from './inputs.js';
import { parseTarget, type Target } from './targets.js';

export type WaitFor = 'up' | 'down';

export interface HttpSettings {
  method: string;
  headers: Array<[string, string]>;
  /** Header names the user marked as credentials (`secret-headers`). */
  secretHeaders: string[];
  expectStatus: StatusSet;
  expectBody?: RegExp;
  expectJson: JsonExpectation[];
  followRedirects: boolean;
  insecure: boolean;
  ca?: string;
}

export interface Settings {
  targets: Target[];
  timeoutMs: number;
  intervalMs: number;
  requestTimeoutMs: number;
  delayMs: number;
  consecutiveSuccesses: number;
  waitFor: WaitFor;
  http: HttpSettings;
  /** Inputs that only apply to http(s) targets but were set with none: worth a warning. */
  unusedHttpInputs: string[];
}

function readTargets(): Target[] {
  // Registered before a URL can appear in any message: `http://user:password@host/` shows as `user:***`.
  maskUrlCredentialsIn(getString(Inputs.Url));
  return getList(Inputs.Url).map((line) => {
    const target = parseTarget(line);
    if (typeof target === 'string') throw new ConfigError(`input '${Inputs.Url.name}' ${target}`);
    return target;
  });
}

function readJsonExpectations(): JsonExpectation[] {
  return getList(Inputs.ExpectJson).map((line) => {
    const expectation = parseJsonExpectation(line);
    if (!expectation) {
      throw new ConfigError(
        `input '${Inputs.ExpectJson.name}' must have lines like 'checks.db=ok' or 'items[0].state=ready', got '${line}'`,
      );
    }
    return expectation;
  });
}

export function readSettings(): Settings {
  const targets = readTargets();
  if (targets.length === 0) throw new ConfigError(`input '${Inputs.Url.name}' is required`);
  const timeoutMs = getDuration(Inputs.Timeout, { min: 1 });
  const delayMs = getDuration(Inputs.Delay);
  if (delayMs >= timeoutMs) {
    throw new ConfigError(
      `input '${Inputs.Delay.name}' (${formatDuration(delayMs)}) must be shorter than '${Inputs.Timeout.name}' (${formatDuration(timeoutMs)})`,
    );
  }
  const method = getString(Inputs.Method).toUpperCase();
  if (!/^[A-Z]+$/.test(method)) {
    throw new ConfigError(
      `input '${Inputs.Method.name}' must be an HTTP method like GET or HEAD, got '${method}'`,
    );
  }
  const secretHeaders = getList(Inputs.SecretHeaders);
  const secret = new Set(secretHeaders.map((name) => name.toLowerCase()));
  // Credential values are masked before the lines are checked, so not even an error can show one.
  const headers = getHeaders(Inputs.Headers, (name, value) => {
    if (secret.has(name.toLowerCase()) || looksLikeCredential(name, value))
      maskHeaderCredentials([[name, value]], true);
  });
  const http: HttpSettings = {
    method,
    headers,
    secretHeaders,
    expectStatus: getStatusSet(Inputs.ExpectStatus),
    expectBody: getRegex(Inputs.ExpectBody),
    expectJson: readJsonExpectations(),
    followRedirects: getBool(Inputs.FollowRedirects),
    insecure: getBool(Inputs.Insecure),
    ca: getCertificates(Inputs.CaCert),
  };
  const unusedHttpInputs: string[] = [];
  if (!targets.some((target) => target.kind === 'http')) {
    const setByUser = [
      Inputs.Headers,
      Inputs.SecretHeaders,
      Inputs.ExpectBody,
      Inputs.ExpectJson,
      Inputs.CaCert,
    ].filter((spec) => getString(spec) !== '');
    unusedHttpInputs.push(...setByUser.map((spec) => spec.name));
  }
  return {
    targets,
    timeoutMs,
    intervalMs: getDuration(Inputs.Interval, { min: 10 }),
    requestTimeoutMs: getDuration(Inputs.RequestTimeout, { min: 1 }),
    delayMs,
    consecutiveSuccesses: getInt(Inputs.ConsecutiveSuccesses, { min: 1, max: 1000 }),
    waitFor: getEnum(Inputs.WaitFor, ['up', 'down'] as const),
    http,
    unusedHttpInputs,
  };
}
