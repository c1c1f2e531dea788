import type { ContainerInfo } from './docker.js';

export interface Endpoint {
  host: string;
  port: number;
  /** Tried instead when `host` cannot be reached at all (not merely refused). */
  fallback?: { host: string; port: number };
}

/** How this machine reaches each container port, for tcp: and http: checks. */
export interface Endpoints {
  /**
   * The container address first: the engine's port proxy accepts connections on a published port even
   * while nothing listens inside, so a connect there proves nothing. The published port is the fallback
   * where container addresses are not routable (rootless engine, a VM).
   */
  tcp(port: number): Endpoint;
  /** The published port on 127.0.0.1 (what users reach); a proxied connection that drops fails the request. */
  http(port: number): Endpoint;
}

export function endpoints(
  info: Pick<ContainerInfo, 'HostConfig' | 'NetworkSettings'> | undefined,
  published: Record<string, number>,
): Endpoints {
  const hostNetwork = info?.HostConfig.NetworkMode === 'host';
  const address = Object.values(info?.NetworkSettings.Networks ?? {}).find((net) => net.IPAddress)?.IPAddress;
  const loopback = (port: number): Endpoint => ({ host: '127.0.0.1', port });
  return {
    tcp(port) {
      const hostPort = published[String(port)];
      if (hostNetwork) return loopback(port);
      if (address) return { host: address, port, ...(hostPort ? { fallback: loopback(hostPort) } : {}) };
      return loopback(hostPort ?? port);
    },
    http(port) {
      const hostPort = published[String(port)];
      if (hostNetwork) return loopback(port);
      if (hostPort) return loopback(hostPort);
      return address ? { host: address, port } : loopback(port);
    },
  };
}
