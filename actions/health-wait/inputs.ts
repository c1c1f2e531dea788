// Generated from health-wait/action.yml by `npm run generate`. Do not edit.

export const Inputs = {
  Url: { name: 'url', required: true },
  Timeout: { name: 'timeout', default: '2m' },
  Interval: { name: 'interval', default: '1s' },
  RequestTimeout: { name: 'request-timeout', default: '5s' },
  Delay: { name: 'delay', default: '0s' },
  Method: { name: 'method', default: 'GET' },
  Headers: { name: 'headers' },
  SecretHeaders: { name: 'secret-headers' },
  ExpectStatus: { name: 'expect-status', default: '200-299' },
  ExpectBody: { name: 'expect-body' },
  ExpectJson: { name: 'expect-json' },
  FollowRedirects: { name: 'follow-redirects', default: 'true' },
  ConsecutiveSuccesses: { name: 'consecutive-successes', default: '1' },
  Insecure: { name: 'insecure', default: 'false' },
  CaCert: { name: 'ca-cert' },
  WaitFor: { name: 'wait-for', default: 'up' },
} as const;

export const Outputs = {
  Ready: 'ready',
  ElapsedMs: 'elapsed-ms',
  Attempts: 'attempts',
  Status: 'status',
  Results: 'results',
} as const;
