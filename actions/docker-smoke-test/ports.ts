/** A container port to publish: `8080`, `8080/tcp` or `53/udp`. */
export interface PortSpec {
  port: number;
  protocol: 'tcp' | 'udp' | 'sctp';
  /** Key in the `ports` output: `8080` for tcp, `53/udp` otherwise. */
  key: string;
}

export function parsePort(raw: string): PortSpec | undefined {
  const match = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/i.exec(raw);
  if (!match) return undefined;
  const port = Number(match[1]);
  if (!(port > 0 && port < 65536)) return undefined;
  const protocol = (match[2]?.toLowerCase() ?? 'tcp') as PortSpec['protocol'];
  return { port, protocol, key: protocol === 'tcp' ? String(port) : `${port}/${protocol}` };
}

/** `docker inspect` NetworkSettings.Ports → host port per spec (127.0.0.1 bindings first). */
export function hostPorts(
  specs: readonly PortSpec[],
  bindings: Record<string, Array<{ HostIp: string; HostPort: string }> | null> | undefined,
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const spec of specs) {
    const list = bindings?.[`${spec.port}/${spec.protocol}`] ?? [];
    const binding = list.find((entry) => entry.HostIp === '127.0.0.1') ?? list[0];
    if (binding) result[spec.key] = Number(binding.HostPort);
  }
  return result;
}
