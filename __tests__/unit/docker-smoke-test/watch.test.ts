import { describe, expect, it } from '@jest/globals';
import { ContainerWatch } from '../../../actions/docker-smoke-test/watch.js';
import { FakeDocker } from './fake-docker.js';

const event = (action: string, timeNano: string, attributes: Record<string, string> = {}) =>
  `{"status":"${action}","Action":"${action}","Actor":{"Attributes":${JSON.stringify(attributes)}},"timeNano":${timeNano}}\n`;

describe('ContainerWatch', () => {
  it('learns of a start, an OOM kill and the exit from the event stream', async () => {
    const docker = new FakeDocker();
    const watch = new ContainerWatch(docker, 'c1');
    watch.followEvents(Date.now());
    const events = docker.streams.get('events')!;
    const woken = watch.changed(10_000, new AbortController().signal);
    events.onStdout!(event('start', '1700000000000000000'));
    await woken;
    events.onStdout!(
      event('oom', '1700000000100000000') +
        event('die', '1700000000250000000', { exitCode: '137' }).slice(0, 20),
    );
    expect(watch.death).toBeUndefined();
    events.onStdout!(event('die', '1700000000250000000', { exitCode: '137' }).slice(20));
    expect(watch.death).toMatchObject({ exitCode: 137, oom: true, ranMs: 250 });
    await watch.close();
  });

  it('tracks health and the log text, waking waiters at each change', async () => {
    const docker = new FakeDocker();
    const watch = new ContainerWatch(docker, 'c2');
    watch.followEvents(Date.now());
    watch.followLogs('abc');
    const signal = new AbortController().signal;
    let woken = watch.changed(10_000, signal);
    docker.streams.get('logs')!.onStderr!('listening on 8080\n');
    await woken;
    expect(watch.logs).toBe('listening on 8080\n');
    woken = watch.changed(10_000, signal);
    docker.streams.get('events')!.onStdout!(event('health_status: healthy', '1'));
    await woken;
    expect(watch.health).toBe('healthy');
    await watch.close();
  });

  it('stops waiting when cancelled', async () => {
    const watch = new ContainerWatch(new FakeDocker(), 'c3');
    const controller = new AbortController();
    const waiting = watch.changed(10_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
