// Generated from lockfile-check/action.yml by `npm run generate`. Do not edit.

export const Inputs = {
  Path: { name: 'path', default: '.' },
  Ecosystems: { name: 'ecosystems', default: 'auto' },
  Native: { name: 'native', default: 'never' },
  AllowedHosts: { name: 'allowed-hosts' },
  RequireHttps: { name: 'require-https', default: 'true' },
  RequireIntegrity: { name: 'require-integrity', default: 'true' },
  Ignore: { name: 'ignore' },
} as const;

export const Outputs = {
  Status: 'status',
  Problems: 'problems',
  Lockfiles: 'lockfiles',
} as const;
