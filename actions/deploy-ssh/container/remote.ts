// The remote side of a container deploy, as bash sent over stdin (never on a command line): state,
// pull, start under a temporary name, health gate, switch, switch back, rollback mode and pruning.
// Every value is quoted; every `docker` argument is one word.
import { shellQuote } from '../script.js';
import type { ContainerSettings } from './settings.js';

/** Exit code of a script that found the host without a usable `docker`. */
export const NO_DOCKER_EXIT = 69;
/** Exit code of the rollback script when there is no kept previous container. */
export const NO_PREVIOUS_EXIT = 76;

export const names = (name: string) => ({
  service: name,
  next: `${name}.next`,
  probe: `${name}.probe`,
  previous: `${name}.previous`,
});

/** How the new container proves it is healthy when the image has no HEALTHCHECK. */
export interface HealthPlan {
  /** User's health-command, run on the host with DEPLOY_CONTAINER / DEPLOY_CONTAINER_IP. */
  command: string;
  /** From health-url: container port and path probed on the container's own address. */
  url?: { port: number; path: string };
  timeoutMs: number;
}

function vars(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}=${shellQuote(String(value))}\n`)
    .join('');
}

const PRELUDE = `command -v docker >/dev/null 2>&1 || { echo "docker is not installed (or not on PATH) for this user" >&2; exit ${NO_DOCKER_EXIT}; }
now_ms() { local t=\${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }
cid() { docker inspect -f '{{.Id}}' "$1" 2>/dev/null || true; }
# docker with its error on one line: the daemon's message, without the "See 'docker run --help'" after it.
dk() {
  local err status=0; err=$(mktemp)
  docker "$@" 2>"$err" || status=$?
  if [ "$status" != 0 ]; then
    echo "docker $1: $(grep -v -e "^See 'docker" -e "^Run 'docker" "$err" | sed 's/^docker: //' | head -n 3 | tr '\n' ' ')" >&2
  fi
  rm -f -- "$err"
  return "$status"
}
`;

/** Prints the host's state as key=value lines and removes what a killed deploy may have left. */
export function stateScript(settings: ContainerSettings): string {
  const n = names(settings.name);
  return `${PRELUDE}${vars({ N: n.service, P: n.previous, NEXT: n.next, PROBE: n.probe, IMAGE: settings.image })}
# One docker call for all four names (missing ones are only complained about).
leftovers=()
while IFS='|' read -r name id image ref running; do
  case "\${name#/}" in
    "$N") echo "current=$id"; echo "current_image=$image"; echo "current_ref=$ref"; echo "current_running=$running" ;;
    "$P") echo "previous=$id" ;;
    "$NEXT"|"$PROBE") leftovers+=("$id") ;;
  esac
done < <(docker inspect -f '{{.Name}}|{{.Id}}|{{.Image}}|{{.Config.Image}}|{{.State.Running}}' "$N" "$P" "$NEXT" "$PROBE" 2>/dev/null || true)
[ \${#leftovers[@]} -eq 0 ] || docker rm -f "\${leftovers[@]}" >/dev/null 2>&1 || true
${settings.source === 'upload' ? `echo "have=$(docker image inspect -f '{{.Id}}' "$IMAGE" 2>/dev/null || true)"\n` : ''}`;
}

/** Pulls the image (logging in first through a throw-away docker config); prints `image=<id>`. */
export function pullScript(settings: ContainerSettings): string {
  const login = settings.registryUsername
    ? `export DOCKER_CONFIG="$(mktemp -d)"
trap 'docker logout "$REGISTRY" >/dev/null 2>&1 || true; rm -rf -- "$DOCKER_CONFIG"' EXIT
printf '%s' ${shellQuote(settings.registryPassword)} | dk login --username ${shellQuote(settings.registryUsername)} --password-stdin "$REGISTRY" >/dev/null
`
    : '';
  return `${PRELUDE}${vars({ IMAGE: settings.image, REGISTRY: settings.registry === 'docker.io' ? '' : settings.registry })}${login}# A digest names one image forever: when the host has it there is nothing to pull.
case "$IMAGE" in *@sha256:*) docker image inspect "$IMAGE" >/dev/null 2>&1 || dk pull -q "$IMAGE" >/dev/null ;; *) dk pull -q "$IMAGE" >/dev/null ;; esac
echo "image=$(docker image inspect -f '{{.Id}}' "$IMAGE")"
`;
}

/** The command an upload's `docker save` stream is piped into. Holds no secret: run by the login shell. */
export const LOAD_COMMAND = 'docker load -q';

// Waits until container $1 is healthy: its HEALTHCHECK when it has one, else the health-command,
// else the URL on its own address, else still running after a short settle. Prints health_ms.
const HEALTH = `
fail_with_logs() {
  local why=$1
  local logs; logs=$(docker logs --tail 5 "$C" 2>&1 | tr '\\n' '|' | cut -c1-400 || true)
  echo "$why\${logs:+; last output: $logs}" >&2
  exit 1
}
http_ok() {
  timeout 5 bash -c 'exec 3<>"/dev/tcp/$1/$2" || exit 1
    printf "GET %s HTTP/1.0\\r\\nHost: %s\\r\\nConnection: close\\r\\n\\r\\n" "$3" "$1" >&3
    IFS=" " read -r _ code _ <&3 || exit 1
    [ "$code" -ge 200 ] 2>/dev/null && [ "$code" -lt 400 ]' _ "$@" 2>/dev/null
}
wait_healthy() {
  C=$1
  local started; started=$(now_ms)
  local end=$((started + HEALTH_TIMEOUT_MS)) settle_until=$((started + 2000)) last=""
  while :; do
    # One docker call per round: state, exit code, restarts, health and the container's address.
    local s; s=$(docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}' "$C" 2>/dev/null || echo "gone 0 0 none")
    set -- $s
    local ip=\${5:-}
    case "$1" in
      exited|dead|gone) fail_with_logs "container $C exited with code $2 before it was healthy" ;;
      restarting) fail_with_logs "container $C keeps restarting (exit code $2)" ;;
    esac
    [ "$3" -gt 0 ] && fail_with_logs "container $C restarted $3 time(s) before it was healthy"
    local ok=""
    case "$4" in
      healthy) ok=1 ;;
      unhealthy) fail_with_logs "container $C is unhealthy (its HEALTHCHECK failed)" ;;
      starting) last="its HEALTHCHECK still says starting" ;;
      none)
        if [ -n "$HEALTH_COMMAND" ]; then
          if last=$(DEPLOY_CONTAINER=$C DEPLOY_CONTAINER_IP=$ip bash -c "$HEALTH_COMMAND" </dev/null 2>&1); then ok=1
          else last="health-command: \${last//$'\\n'/ | }"; fi
        elif [ -n "$HEALTH_PORT" ]; then
          if [ -n "$ip" ] && http_ok "$ip" "$HEALTH_PORT" "$HEALTH_PATH"; then ok=1
          else last="no 2xx/3xx answer on port $HEALTH_PORT$HEALTH_PATH"; fi
        elif [ "$(now_ms)" -ge "$settle_until" ]; then ok=1
        fi ;;
    esac
    if [ -n "$ok" ]; then echo "health_ms=$(( $(now_ms) - started ))"; return 0; fi
    if [ "$(now_ms)" -ge "$end" ]; then
      fail_with_logs "container $C not healthy within $((HEALTH_TIMEOUT_MS / 1000))s\${last:+ ($last)}"
    fi
    sleep 0.1
  done
}
`;

function healthVars(plan: HealthPlan): string {
  return vars({
    HEALTH_TIMEOUT_MS: plan.timeoutMs,
    HEALTH_COMMAND: plan.command,
    HEALTH_PORT: plan.url?.port ?? '',
    HEALTH_PATH: plan.url?.path ?? '/',
  });
}

/** The `docker run`/`docker create` arguments shared by every container of this deploy. */
function runArgs(settings: ContainerSettings, withPorts: boolean): string {
  const args = [
    '--label',
    `ci-kit.deploy=${settings.name}`,
    ...settings.runOptions,
    ...(withPorts
      ? settings.ports.flatMap((port) => ['-p', publishSpec(settings, port.spec, port.containerPort)])
      : []),
  ];
  return `${args.map(shellQuote).join(' ')} --env-file "$ENVF"`;
}

/** Behind a proxy the port is published on an ephemeral loopback port, so old and new never collide. */
function publishSpec(settings: ContainerSettings, spec: string, containerPort: number): string {
  return settings.proxy ? `127.0.0.1::${containerPort}` : spec;
}

/**
 * Zero-downtime mode: \`point_proxy <container>\` rewrites the upstream file (atomically) with the
 * container's published port and reloads the proxy, which keeps serving throughout.
 */
function proxyFunctions(settings: ContainerSettings): string {
  if (!settings.proxy) return 'point_proxy() { :; }\n';
  const { file, template, reload } = settings.proxy;
  return `${vars({ PROXY_FILE: file, PROXY_TEMPLATE: template, PROXY_RELOAD: reload, PROXY_CPORT: settings.ports[0]!.containerPort })}
point_proxy() {
  local port; port=$(docker port "$1" "$PROXY_CPORT/tcp" | head -n 1 | sed 's/.*://')
  [ -n "$port" ] || { echo "container $1 publishes no port for $PROXY_CPORT" >&2; return 1; }
  local file=$PROXY_FILE; case "$file" in "~/"*) file="$HOME/\${file:2}" ;; esac
  mkdir -p -- "$(dirname -- "$file")"
  printf '%s\\n' "\${PROXY_TEMPLATE//\\{port\\}/$port}" >"$file.ci-kit.$$"
  mv -f -- "$file.ci-kit.$$" "$file"
  # nginx workers (pid:master) before the reload: when one of them exits, its master has started new
  # workers on the new upstream, and when all of that master's old ones are gone, no request can
  # still reach the old container. Other proxies (Caddy) get a fixed 2 s.
  local before; before=$(ps -eo pid=,ppid=,args= 2>/dev/null | awk '$3 == "nginx:" && $4 == "worker" {print $1 ":" $2}' || true)
  bash -c "$PROXY_RELOAD" </dev/null >&2 || { echo "proxy-reload-command failed" >&2; return 1; }
  local start; start=$(now_ms)
  local master="" w left
  while [ "$(now_ms)" -lt $((start + 30000)) ]; do
    if [ -z "$master" ]; then
      for w in $before; do [ -d "/proc/\${w%%:*}" ] || { master=\${w#*:}; break; }; done
    fi
    if [ -n "$master" ]; then
      left=""
      for w in $before; do [ "\${w#*:}" != "$master" ] || [ ! -d "/proc/\${w%%:*}" ] || left=1; done
      [ -n "$left" ] || break
    elif [ "$(now_ms)" -ge $((start + 2000)) ]; then break
    fi
    sleep 0.05
  done
  echo "proxy_port=$port"
}
`;
}

/** Writes the 0600 env file (removed when the script ends, whatever happens). */
function envFile(env: ReadonlyArray<readonly [string, string]>, folder: string): string {
  const lines = env.map(([key, value]) => `printf '%s=%s\\n' ${shellQuote(key)} ${shellQuote(value)}`);
  return `ENVF="$(cd -- ${folder} && pwd -P)/env.$$"
trap 'rm -f -- "$ENVF"' EXIT
( umask 077; : >"$ENVF"
${lines.join('\n')}
) >"$ENVF"
`;
}

/**
 * Prepares the new container beside the live one: `N.next`, health-gated and running when it can run
 * beside the old one; when it must bind the live container's host ports, a `N.probe` without ports
 * is health-gated and removed, and `N.next` is only created (started at the switch).
 * Prints next=<id>, started=true|false, health_ms.
 */
export function prepareScript(
  settings: ContainerSettings,
  env: ReadonlyArray<readonly [string, string]>,
  lockFolder: string,
  plan: HealthPlan,
  portsBusy: boolean,
): string {
  const n = names(settings.name);
  const head = `${PRELUDE}${vars({ IMAGE: settings.image, NEXT: n.next, PROBE: n.probe })}${healthVars(plan)}${HEALTH}${envFile(env, lockFolder)}`;
  if (!portsBusy) {
    return `${head}dk run -d --name "$NEXT" ${runArgs(settings, true)} "$IMAGE" >/dev/null
rm -f -- "$ENVF"
echo "next=$(cid "$NEXT")"
echo started=true
wait_healthy "$NEXT"
`;
  }
  // The real container is created while the probe is being checked; the probe is removed after the
  // switch (switchScript), off the path to the new version serving.
  return `${head}dk run -d --name "$PROBE" ${runArgs(settings, false)} "$IMAGE" >/dev/null
trap 'rm -f -- "$ENVF"; docker rm -f "$PROBE" "$NEXT" >/dev/null 2>&1 || true' EXIT
dk create --name "$NEXT" ${runArgs(settings, true)} "$IMAGE" >/dev/null &
creating=$!
wait_healthy "$PROBE"
wait "$creating"
trap 'rm -f -- "$ENVF"' EXIT
rm -f -- "$ENVF"
echo "next=$(cid "$NEXT")"
echo started=false
`;
}

/**
 * Switches the service to N.next and health-gates it. Beside: renames (old → N.previous, next → N)
 * then stops the old one. Same host ports: stops the old one, starts the new one at once, and
 * measures the gap from the port closing to it accepting again. Prints gap_ms, stop_ms, health_ms.
 */
export function switchScript(
  settings: ContainerSettings,
  plan: HealthPlan,
  started: boolean,
  oldId: string,
): string {
  const n = names(settings.name);
  const probePorts = settings.ports
    .filter((port) => port.hostPort !== undefined)
    .map((port) => {
      const ip = /^(\d{1,3}(?:\.\d{1,3}){3}):/.exec(port.spec)?.[1];
      return `${ip && ip !== '0.0.0.0' ? ip : '127.0.0.1'}/${port.hostPort}`;
    });
  const head = `${PRELUDE}${vars({ N: n.service, NEXT: n.next, P: n.previous, PROBE: n.probe, old: oldId })}${healthVars(plan)}${HEALTH}`;
  if (started) {
    // Behind a proxy: the proxy moves to the new container (and its old workers drain) before the old one stops.
    const proxy = settings.proxy ? 'point_proxy "$NEXT"\n' : '';
    return `${head}${proxyFunctions(settings)}echo "switched=1"
docker rm -f "$P" >/dev/null 2>&1 || true
${proxy}[ -z "$old" ] || docker rename "$old" "$P"
docker rename "$NEXT" "$N"
t0=$(now_ms)
[ -z "$old" ] || docker stop "$old" >/dev/null
echo "stop_ms=$(( $(now_ms) - t0 ))"
echo "gap_ms=0"
wait_healthy "$N"
`;
  }
  const first = probePorts[0];
  // The gap is measured as a client sees it: from the old container having stopped (its port closed)
  // to the new one answering on it (HTTP 2xx/3xx on the health-url path when there is one, else a TCP
  // accept). The new container is created in advance, so this is `docker start` plus its boot time.
  const ready = first
    ? plan.url
      ? `http_ok ${shellQuote(first.split('/')[0]!)} ${shellQuote(first.split('/')[1]!)} "$HEALTH_PATH"`
      : `(exec 3<>${shellQuote(`/dev/tcp/${first}`)}) 2>/dev/null`
    : 'true';
  // Nothing but the stop and the start between the two timestamps: the rest waits until after.
  return `${head}t0=$(now_ms)
[ -z "$old" ] || docker stop "$old" >/dev/null
t1=$(now_ms)
echo "switched=1"
dk start "$NEXT" >/dev/null
end=$((t1 + HEALTH_TIMEOUT_MS)) check=0
until ${ready}; do
  [ "$(now_ms)" -lt "$end" ] || break
  # A container that died will not answer: look every 20th round (a docker call is slow).
  if [ $((check++ % 20)) = 19 ] && [ "$(docker inspect -f '{{.State.Running}}' "$NEXT")" != true ]; then break; fi
  sleep 0.005
done
echo "stop_ms=$(( t1 - t0 ))"
echo "gap_ms=$(( $(now_ms) - t1 ))"
[ -z "$old" ] || { docker rm -f "$P" >/dev/null 2>&1 || true; docker rename "$old" "$P"; }
docker rename "$NEXT" "$N"
wait_healthy "$N"
docker rm -f "$PROBE" >/dev/null 2>&1 || true
`;
}

/** Puts the host back as it was: the new container removed, the old one under its name and running. */
export function switchBackScript(
  settings: ContainerSettings,
  newId: string,
  oldId: string,
  oldRunning: boolean,
): string {
  const n = names(settings.name);
  if (settings.proxy) {
    // The old container starts and takes the proxy back before the new one goes.
    return `${PRELUDE}${vars({ N: n.service, NEW: newId, OLD: oldId })}${proxyFunctions(settings)}
docker rm -f ${shellQuote(n.next)} ${shellQuote(n.probe)} >/dev/null 2>&1 || true
if [ -n "$OLD" ]; then
  [ -z "$NEW" ] || docker rename "$NEW" ${shellQuote(`${n.service}.failed`)} >/dev/null 2>&1 || true
  name=$(docker inspect -f '{{.Name}}' "$OLD")
  [ "\${name#/}" = "$N" ] || docker rename "$OLD" "$N"
  ${oldRunning ? 'docker start "$OLD" >/dev/null\n  point_proxy "$OLD" >/dev/null' : ':'}
fi
[ -z "$NEW" ] || docker rm -f "$NEW" >/dev/null 2>&1 || true
`;
  }
  return `${PRELUDE}${vars({ N: n.service, NEW: newId, OLD: oldId })}
[ -z "$NEW" ] || docker rm -f "$NEW" >/dev/null 2>&1 || true
docker rm -f ${shellQuote(n.next)} ${shellQuote(n.probe)} >/dev/null 2>&1 || true
if [ -n "$OLD" ]; then
  name=$(docker inspect -f '{{.Name}}' "$OLD")
  [ "\${name#/}" = "$N" ] || docker rename "$OLD" "$N"
  ${oldRunning ? 'docker start "$OLD" >/dev/null' : ':'}
fi
`;
}

/** Removes what prepare made on a host that will not switch. */
export function discardScript(settings: ContainerSettings, newId: string): string {
  const n = names(settings.name);
  return `${PRELUDE}docker rm -f ${[newId, n.next, n.probe].filter(Boolean).map(shellQuote).join(' ')} >/dev/null 2>&1 || true\n`;
}

/**
 * Rollback mode: the kept N.previous becomes N again and N becomes N.previous (a second rollback
 * goes forward again). Prints from=<image ref> to=<image ref>, gap_ms, health_ms.
 */
export function rollbackScript(settings: ContainerSettings, plan: HealthPlan): string {
  const n = names(settings.name);
  const busy = settings.ports.length > 0 && !settings.proxy;
  return `${PRELUDE}${vars({ N: n.service, P: n.previous, TMP: `${n.service}.rollback` })}${healthVars(plan)}${HEALTH}${proxyFunctions(settings)}
cur=$(cid "$N"); prev=$(cid "$P")
if [ -z "$prev" ]; then echo "no previous container $P kept to roll back to" >&2; exit ${NO_PREVIOUS_EXIT}; fi
echo "from=$(docker inspect -f '{{.Config.Image}}' "$N" 2>/dev/null || true)"
echo "from_image=$(docker inspect -f '{{.Image}}' "$N" 2>/dev/null || true)"
echo "to=$(docker inspect -f '{{.Config.Image}}' "$P")"
echo "to_image=$(docker inspect -f '{{.Image}}' "$P")"
finished=""
trap '[ -n "$finished" ] || { docker stop "$P" >/dev/null 2>&1 || true; [ -z "$cur" ] || { docker start "$cur" >/dev/null 2>&1; point_proxy "$cur" >/dev/null 2>&1; } || true; }' EXIT
t1=$(now_ms)
${busy ? '[ -z "$cur" ] || docker stop "$N" >/dev/null\n' : ''}dk start "$P" >/dev/null
wait_healthy "$P"
${settings.proxy ? 'point_proxy "$P"\n' : ''}echo "gap_ms=${busy ? '$(( $(now_ms) - t1 ))' : '0'}"
[ -z "$cur" ] || { docker stop "$N" >/dev/null 2>&1 || true; docker rename "$N" "$TMP"; }
docker rename "$P" "$N"
[ -z "$cur" ] || docker rename "$TMP" "$P"
echo "container=$(cid "$N")"
finished=1
`;
}

/**
 * Keeps the deployed image, every image of the repository newer than it (another deploy may be about to
 * run one, or a rollback go forward to it) and the newest `keep` (counting the deployed one) of the
 * older ones; removes the rest of that repository only, by reference, so a tag elsewhere keeps its
 * image. Ranked by the full-precision creation time, then id: images built in the same second never
 * tie. Defines a function (the lock is released after it in the same command). Prints the removed
 * references.
 */
export function pruneScript(settings: ContainerSettings, keep: number): string {
  const n = names(settings.name);
  return `${PRELUDE}${vars({ REPO: settings.repository, N: n.service, P: n.previous, KEEP: keep })}
# A sortable creation time: RFC 3339 in UTC with nine fraction digits.
created_key() {
  if [[ $1 =~ ^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(\\.([0-9]{1,9}))?Z$ ]]; then
    local fraction="\${BASH_REMATCH[3]}000000000"
    echo "\${BASH_REMATCH[1]}.\${fraction:0:9}"
  else
    date -u -d "$1" +%Y-%m-%dT%H:%M:%S.%N 2>/dev/null || echo "$1"
  fi
}
prune_images() {
  local LC_ALL=C
  local deployed; deployed=$(docker inspect -f '{{.Image}}' "$N" 2>/dev/null) || return 0
  [ -n "$deployed" ] || return 0
  local refs; refs=$(docker images --no-trunc --format '{{.ID}}|{{.Repository}}:{{.Tag}}' "$REPO")
  local ids; ids=$(printf '%s\\n' "$refs" | cut -d'|' -f1 | awk 'NF && !seen[$0]++')
  [ -n "$ids" ] || return 0
  local rows="" mine="" id created key
  while IFS='|' read -r id created; do
    [ -n "$id" ] || continue
    key=$(created_key "$created")
    [ "$id" != "$deployed" ] || mine=$key
    rows+="$key|$id"$'\\n'
  done < <(docker image inspect -f '{{.Id}}|{{.Created}}' $ids "$deployed" 2>/dev/null || true)
  # Without the deployed image's age nothing can be told apart from what is newer: remove nothing.
  [ -n "$mine" ] || return 0
  local used=" $deployed $(docker inspect -f '{{.Image}}' "$P" 2>/dev/null || true) " count=0 ref
  while IFS='|' read -r key id; do
    [ -n "$id" ] || continue
    # Newer than the deployed image: kept, and not counted.
    [[ "$key" > "$mine" ]] && continue
    count=$((count + 1))
    # The newest KEEP, and whatever is as old as the deployed image, stay.
    [ "$count" -gt "$KEEP" ] && [[ "$key" < "$mine" ]] || continue
    case "$used" in *" $id "*) continue ;; esac
    while IFS='|' read -r _ ref; do
      case "$ref" in *'<none>'*) ref=$id ;; esac
      docker rmi "$ref" >/dev/null 2>&1 && echo "$ref" || true
    done < <(printf '%s\\n' "$refs" | grep -F -- "$id|")
  done < <(printf '%s' "$rows" | sort -r | awk 'NF && !seen[$0]++')
  return 0
}
prune_images
`;
}
