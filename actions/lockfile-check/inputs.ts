// Generated from lockfile-check/action.yml by `npm run generate`. Do not edit.

export const Inputs = {
  Path: { name: 'path', default: '.' },
  Ecosystems: { name: 'ecosystems', default: 'auto' },
  Native: { name: 'native', default: 'never' },
  AllowedHosts: { name: 'allowed-hosts' },
  AllowedSources: { name: 'allowed-sources', default: 'tarball git local' },
  RequireHttps: { name: 'require-https', default: 'true' },
  RequireIntegrity: { name: 'require-integrity', default: 'true' },
  Ignore: {
    name: 'ignore',
    default: '**/fixtures/**\n**/__fixtures__/**\n**/fixture/**\n**/testdata/**\n**/fuzz/**',
  },
} as const;

export const Outputs = {
  Status: 'status',
  Problems: 'problems',
  Lockfiles: 'lockfiles',
} as const;
