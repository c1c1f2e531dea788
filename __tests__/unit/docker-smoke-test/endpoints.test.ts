import { describe, expect, it } from '@jest/globals';
import { endpoints } from '../../../actions/docker-smoke-test/endpoints.js';

const container = (mode: string, address = '') => ({
  HostConfig: { NetworkMode: mode },
  NetworkSettings: { Networks: address ? { bridge: { IPAddress: address } } : ({} as Record<string, never>) },
});

describe('endpoints', () => {
  it('connects to the container address for tcp, the published port as fallback', () => {
    const where = endpoints(container('bridge', '172.17.0.2'), { '5432': 32768 });
    expect(where.tcp(5432)).toEqual({
      host: '172.17.0.2',
      port: 5432,
      fallback: { host: '127.0.0.1', port: 32768 },
    });
    expect(where.tcp(6379)).toEqual({ host: '172.17.0.2', port: 6379 });
  });

  it('sends http to the published port on 127.0.0.1', () => {
    const where = endpoints(container('bridge', '172.17.0.2'), { '8080': 32770 });
    expect(where.http(8080)).toEqual({ host: '127.0.0.1', port: 32770 });
    expect(where.http(9090)).toEqual({ host: '172.17.0.2', port: 9090 });
  });

  it('uses the container port on 127.0.0.1 with the host network', () => {
    const where = endpoints(container('host'), {});
    expect(where.tcp(80)).toEqual({ host: '127.0.0.1', port: 80 });
    expect(where.http(80)).toEqual({ host: '127.0.0.1', port: 80 });
  });

  it('falls back to the published port when the container has no address', () => {
    const where = endpoints(container('none'), { '80': 32771 });
    expect(where.tcp(80)).toEqual({ host: '127.0.0.1', port: 32771 });
  });
});
