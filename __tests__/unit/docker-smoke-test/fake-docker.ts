import { DockerCli } from '../../../actions/docker-smoke-test/docker.js';
import type { CommandOptions, CommandResult } from '../../../shared/exec.js';

const result = (stdout = '', exitCode: number | null = 0): CommandResult => ({
  exitCode,
  signal: null,
  stdout,
  stderr: '',
  durationMs: 0,
  timedOut: false,
});

/**
 * A docker CLI for unit tests: `events` and `logs --follow` are streams the test writes to,
 * `container inspect` answers with `state`, `exec` with `execExitCode`.
 */
export class FakeDocker extends DockerCli {
  readonly streams = new Map<string, CommandOptions>();
  readonly calls: string[][] = [];
  state = { Status: 'running', Running: true, ExitCode: 0, OOMKilled: false };
  execExitCode = 1;

  override exec(args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
    this.calls.push([...args]);
    if (args[0] === 'events' || (args[0] === 'logs' && args.includes('--follow'))) {
      this.streams.set(args[0], options);
      return new Promise((resolve) =>
        options.signal?.addEventListener('abort', () => resolve(result('', null)), { once: true }),
      );
    }
    if (args[0] === 'container' && args[1] === 'inspect') {
      const info = {
        Id: args[2],
        RestartCount: 0,
        State: this.state,
        Config: {},
        NetworkSettings: {},
        HostConfig: {},
      };
      return Promise.resolve(result(JSON.stringify([info])));
    }
    if (args[0] === 'exec') return Promise.resolve(result('', this.execExitCode));
    return Promise.resolve(result());
  }

  emit(action: string, timeNano: string, attributes: Record<string, string> = {}): void {
    const event = { status: action, Action: action, Actor: { Attributes: attributes } };
    this.streams.get('events')!.onStdout!(`${JSON.stringify(event).slice(0, -1)},"timeNano":${timeNano}}\n`);
  }

  log(text: string): void {
    this.streams.get('logs')!.onStdout!(text);
  }
}
