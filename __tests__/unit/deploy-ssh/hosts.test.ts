import { describe, expect, it } from '@jest/globals';
import { knownHostsName, parseHostSpec } from '../../../actions/deploy-ssh/hosts.js';

const defaults = { user: 'deploy', port: 22 };

describe('deploy-ssh host lines', () => {
  it.each([
    ['web1', { user: 'deploy', host: 'web1', port: 22, label: 'deploy@web1' }],
    ['app@web1:2222', { user: 'app', host: 'web1', port: 2222, label: 'app@web1:2222' }],
    ['10.0.0.5:2200', { user: 'deploy', host: '10.0.0.5', port: 2200, label: 'deploy@10.0.0.5:2200' }],
    ['[::1]:2222', { user: 'deploy', host: '::1', port: 2222, label: 'deploy@::1:2222' }],
    ['root@[fe80::1]', { user: 'root', host: 'fe80::1', port: 22, label: 'root@fe80::1' }],
  ])('reads %s', (line, expected) => {
    expect(parseHostSpec(line, defaults)).toEqual(expected);
  });

  it.each([
    ['web1:ssh', /bad port/],
    ['web1:70000', /outside 1-65535/],
    ['bad user@web1', /bad user name|must have lines/],
    ['web 1', /must have lines/],
  ])('rejects %s', (line, message) => {
    expect(parseHostSpec(line, defaults)).toMatch(message);
  });

  it('needs a user from the line or the username input', () => {
    expect(parseHostSpec('web1', { user: '', port: 22 })).toMatch(/set input 'username'/);
  });

  it('names endpoints the way known_hosts does', () => {
    expect(knownHostsName('web1', 22)).toBe('web1');
    expect(knownHostsName('127.0.0.1', 2222)).toBe('[127.0.0.1]:2222');
  });
});
