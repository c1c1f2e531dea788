// The container strategy's inputs → one validated object. Every value that reaches `docker` on a host
// is checked here and later passed as one quoted argument: nothing the user writes becomes shell.
import { ConfigError } from '../../../shared/errors.js';
import { getDuration, getEnum, getInt, getList, getString, getText } from '../../../shared/inputs.js';
import { Inputs } from '../inputs.js';
import { parseRunOptions } from './run-options.js';

export interface PortMapping {
  /** The `-p` argument as written. */
  spec: string;
  /** Published host port (the first of a range), or undefined when docker picks one. */
  hostPort?: number;
  containerPort: number;
}

export interface ContainerSettings {
  image: string;
  /** The image's repository without tag or digest (what pruning is limited to). */
  repository: string;
  /** The registry host for `docker login` (`docker.io` when the reference names none). */
  registry: string;
  name: string;
  ports: PortMapping[];
  source: 'pull' | 'upload';
  registryUsername: string;
  registryPassword: string;
  /** `docker run` arguments, each one argument (quoted when sent). */
  runOptions: string[];
  healthTimeoutMs: number;
  /** Hosts switched at a time (0: as many as max-parallel allows). */
  rolling: number;
  /** Zero-downtime mode: a reverse proxy on the host is pointed at the new container. */
  proxy?: ProxySettings;
}

export interface ProxySettings {
  /** Remote file rewritten with `template` (`{port}` → the container's host port). */
  file: string;
  template: string;
  reload: string;
}

// docker's reference grammar, slightly simplified: [registry[:port]/]path[:tag][@digest]
const REFERENCE =
  /^(?:(?<registry>[a-zA-Z0-9.-]+(?::\d+)?|\[[0-9a-fA-F:]+\](?::\d+)?)\/)?(?<path>[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::(?<tag>[\w][\w.-]{0,127}))?(?:@(?<digest>sha256:[a-f0-9]{64}))?$/;
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$/;
const PORT =
  /^(?:(?<ip>\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):)?(?:(?<host>\d{1,5})(?:-\d{1,5})?:|:)?(?<container>\d{1,5})(?:-\d{1,5})?(?:\/(?:tcp|udp|sctp))?$/;

export function parseImageReference(
  image: string,
): { repository: string; registry: string; tag?: string } | undefined {
  const match = REFERENCE.exec(image);
  if (!match?.groups) return undefined;
  let registry: string | undefined = match.groups.registry;
  let path = match.groups.path!;
  // `name/x` where name has no dot, colon and is not localhost is a Docker Hub user, not a registry.
  if (registry && !/[.:[]/.test(registry) && registry !== 'localhost') {
    path = `${registry}/${path}`;
    registry = undefined;
  }
  return {
    repository: registry ? `${registry}/${path}` : path,
    registry: registry ?? 'docker.io',
    tag: match.groups.tag,
  };
}

export function parsePort(line: string): PortMapping | undefined {
  const match = PORT.exec(line);
  if (!match?.groups) return undefined;
  const hostPort = match.groups.host === undefined ? undefined : Number(match.groups.host);
  const containerPort = Number(match.groups.container);
  if (containerPort < 1 || containerPort > 65535) return undefined;
  if (hostPort !== undefined && (hostPort < 1 || hostPort > 65535)) return undefined;
  return { spec: line, hostPort, containerPort };
}

/** Undefined unless `image` is set: then the container strategy runs. */
export function readContainerSettings(
  env: ReadonlyArray<readonly [string, string]>,
): ContainerSettings | undefined {
  const image = getString(Inputs.Image);
  if (!image) return undefined;
  const reference = parseImageReference(image);
  if (!reference)
    throw new ConfigError(
      `input '${Inputs.Image.name}' must be an image reference like registry.example.com/app:1.2 or app@sha256:…, got '${image.slice(0, 80)}'`,
    );
  const name = getString(Inputs.Container) || reference.repository.split('/').pop()!;
  if (!CONTAINER_NAME.test(name))
    throw new ConfigError(
      `input '${Inputs.Container.name}' must be a container name (letters, digits, _ . -), got '${name.slice(0, 80)}'`,
    );
  const ports = getList(Inputs.Ports).map((line) => {
    const port = parsePort(line);
    if (!port)
      throw new ConfigError(
        `input '${Inputs.Ports.name}' must have publish lines like 8080:80 or 127.0.0.1:8080:80/tcp, got '${line.slice(0, 60)}'`,
      );
    return port;
  });
  for (const [key, value] of env) {
    // docker's --env-file has one line per variable: a value cannot span lines.
    if (/[\n\r\0]/.test(value))
      throw new ConfigError(
        `input '${Inputs.Env.name}' has a multi-line value for ${key}, which a container's environment file cannot hold`,
      );
  }
  const registryUsername = getString(Inputs.RegistryUsername);
  const registryPassword = getText(Inputs.RegistryPassword).trim();
  if (Boolean(registryUsername) !== Boolean(registryPassword))
    throw new ConfigError(
      `inputs '${Inputs.RegistryUsername.name}' and '${Inputs.RegistryPassword.name}' must be set together`,
    );
  if (/[\s\0]/.test(registryUsername))
    throw new ConfigError(`input '${Inputs.RegistryUsername.name}' must be one word`);
  const proxy = readProxy(ports);
  return {
    proxy,
    image,
    repository: reference.repository,
    registry: reference.registry,
    name,
    ports,
    source: getEnum(Inputs.ImageSource, ['pull', 'upload'] as const),
    registryUsername,
    registryPassword,
    runOptions: parseRunOptions(getList(Inputs.RunOptions), Inputs.RunOptions.name),
    healthTimeoutMs: getDuration(Inputs.HealthTimeout, { min: 1000 }),
    rolling: getInt(Inputs.Rolling, { min: 0, max: 256 }),
  };
}

function readProxy(ports: PortMapping[]): ProxySettings | undefined {
  const file = getString(Inputs.ProxyUpstreamFile);
  if (!file) return undefined;
  if (/[\n\0]/.test(file)) throw new ConfigError(`input '${Inputs.ProxyUpstreamFile.name}' must be one path`);
  if (ports.length !== 1 || ports[0]!.hostPort !== undefined)
    throw new ConfigError(
      `input '${Inputs.Ports.name}' must be one container port (like 8080) with '${Inputs.ProxyUpstreamFile.name}': the host port is picked for each container and given to the proxy`,
    );
  const template = getString(Inputs.ProxyUpstreamTemplate);
  if (!template.includes('{port}'))
    throw new ConfigError(
      `input '${Inputs.ProxyUpstreamTemplate.name}' must contain {port}, got '${template.slice(0, 60)}'`,
    );
  const reload = getText(Inputs.ProxyReloadCommand).trim();
  if (!reload)
    throw new ConfigError(
      `input '${Inputs.ProxyReloadCommand.name}' is required with '${Inputs.ProxyUpstreamFile.name}'`,
    );
  return { file, template, reload };
}
