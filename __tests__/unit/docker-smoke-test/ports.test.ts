import { describe, expect, it } from '@jest/globals';
import { hostPorts, parsePort } from '../../../actions/docker-smoke-test/ports.js';

describe('ports', () => {
  it('parses container ports with an optional protocol', () => {
    expect(parsePort('8080')).toEqual({ port: 8080, protocol: 'tcp', key: '8080' });
    expect(parsePort('8080/TCP')).toEqual({ port: 8080, protocol: 'tcp', key: '8080' });
    expect(parsePort('53/udp')).toEqual({ port: 53, protocol: 'udp', key: '53/udp' });
    for (const bad of ['0', '70000', '8080:80', '127.0.0.1:80', 'http'])
      expect(parsePort(bad)).toBeUndefined();
  });

  it('maps the engine bindings to host ports, loopback first', () => {
    const specs = [parsePort('8080')!, parsePort('53/udp')!, parsePort('9000')!];
    expect(
      hostPorts(specs, {
        '8080/tcp': [
          { HostIp: '::1', HostPort: '1111' },
          { HostIp: '127.0.0.1', HostPort: '32768' },
        ],
        '53/udp': [{ HostIp: '127.0.0.1', HostPort: '32769' }],
        '9000/tcp': null,
      }),
    ).toEqual({ '8080': 32768, '53/udp': 32769 });
  });
});
