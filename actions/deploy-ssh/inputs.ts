// Generated from deploy-ssh/action.yml by `npm run generate`. Do not edit.

export const Inputs = {
  Host: { name: 'host', required: true },
  Port: { name: 'port', default: '22' },
  Username: { name: 'username' },
  Key: { name: 'key' },
  Passphrase: { name: 'passphrase' },
  Password: { name: 'password' },
  KnownHosts: { name: 'known-hosts' },
  Fingerprint: { name: 'fingerprint' },
  InsecureIgnoreHostKey: { name: 'insecure-ignore-host-key', default: 'false' },
  ProxyJump: { name: 'proxy-jump' },
  ConnectTimeout: { name: 'connect-timeout', default: '30s' },
  CommandTimeout: { name: 'command-timeout', default: '10m' },
  Script: { name: 'script' },
  Env: { name: 'env' },
  Source: { name: 'source' },
  AllowExternalSymlinks: { name: 'allow-external-symlinks', default: 'false' },
  Target: { name: 'target' },
  Strategy: { name: 'strategy' },
  KeepReleases: { name: 'keep-releases', default: '5' },
  SharedPaths: { name: 'shared-paths' },
  HealthCommand: { name: 'health-command' },
  HealthUrl: { name: 'health-url' },
  Rollback: { name: 'rollback', default: 'false' },
  MaxParallel: { name: 'max-parallel', default: '5' },
  FailFast: { name: 'fail-fast', default: 'true' },
} as const;

export const Outputs = {
  Release: 'release',
  PreviousRelease: 'previous-release',
  RolledBack: 'rolled-back',
  Results: 'results',
  Stdout: 'stdout',
} as const;
