import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * The addresses to try for a host. `localhost` is both loopbacks, whatever /etc/hosts says, so a
 * service listening only on ::1 (or only on 127.0.0.1) is found either way.
 */
export async function hostCandidates(host: string): Promise<string[]> {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (bare.toLowerCase() === 'localhost' || bare.toLowerCase().endsWith('.localhost'))
    return ['127.0.0.1', '::1'];
  if (isIP(bare)) return [bare];
  const addresses = await lookup(bare, { all: true, verbatim: true });
  return [...new Set(addresses.map((entry) => entry.address))];
}

export function formatHostPort(address: string, port: number): string {
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.');
}
