// Generated from docker-smoke-test/action.yml by `npm run generate`. Do not edit.

export const Inputs = {
  Image: { name: 'image' },
  Context: { name: 'context' },
  Dockerfile: { name: 'dockerfile' },
  BuildArgs: { name: 'build-args' },
  Target: { name: 'target' },
  Ports: { name: 'ports' },
  Env: { name: 'env' },
  Command: { name: 'command' },
  Entrypoint: { name: 'entrypoint' },
  Network: { name: 'network' },
  Options: { name: 'options' },
  WaitFor: { name: 'wait-for' },
  ExpectStatus: { name: 'expect-status', default: '200-299' },
  ExpectBody: { name: 'expect-body' },
  ExpectExitCode: { name: 'expect-exit-code', default: '0' },
  ExpectLogs: { name: 'expect-logs' },
  RejectLogs: { name: 'reject-logs' },
  Exec: { name: 'exec' },
  Timeout: { name: 'timeout', default: '2m' },
  StableFor: { name: 'stable-for', default: '2s' },
  LogLines: { name: 'log-lines', default: '100' },
  Cleanup: { name: 'cleanup', default: 'always' },
  RemoveImage: { name: 'remove-image', default: 'false' },
  Cache: { name: 'cache', default: 'false' },
  Diagnostics: { name: 'diagnostics', default: 'on-failure' },
} as const;

export const Outputs = {
  ImageId: 'image-id',
  ContainerId: 'container-id',
  Ports: 'ports',
  ReadyMs: 'ready-ms',
  ExitCode: 'exit-code',
  Logs: 'logs',
} as const;
