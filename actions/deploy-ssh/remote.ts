// The remote side of a deploy, as bash sent over stdin: release layout, lock, switch and cleanup.
import { quotePath, shellQuote } from './script.js';

/** Exit code of the lock script when another deploy still holds the lock at the deadline. */
export const LOCKED_EXIT = 75;
/** Exit code of the lock script when this same deploy holds the lock: another host shares the folder. */
export const SHARED_EXIT = 77;
/** Exit code of the rollback script when there is no older release to go back to. */
export const NO_PREVIOUS_EXIT = 76;
/** Exit code of a script that refused to follow a symbolic link out of `target` or out of a release. */
export const SYMLINK_EXIT = 78;

/**
 * Every script starts here: `T` is the absolute target folder (created when missing; `target` itself
 * may be a link, it is resolved once). The folders ci-kit writes and deletes in must be real folders
 * inside it: through a link there, `rm -rf` of an old release would delete somewhere else.
 */
function base(target: string): string {
  return `T=${quotePath(target)}
mkdir -p -- "$T"
T=$(cd -- "$T" && pwd -P)
for d in .ci-kit releases shared; do
  if [ -L "$T/$d" ]; then
    echo "$T/$d is a symbolic link: ci-kit keeps its folders inside target and never follows a link out of it (mount the other disk there, or point target at it)" >&2
    exit ${SYMLINK_EXIT}
  fi
done
`;
}

/** Takes the deploy lock (waiting up to `waitMs`), then prints `current=<release id or empty>`. */
export function lockScript(target: string, owner: string, waitMs: number): string {
  return `${base(target)}mkdir -p -- "$T/.ci-kit" "$T/releases" "$T/shared"
lock="$T/.ci-kit/lock"
end=$((SECONDS + ${Math.max(1, Math.ceil(waitMs / 1000))}))
waited=0
while ! mkdir -- "$lock" 2>/dev/null; do
  if [ "$(cat "$lock/owner" 2>/dev/null || true)" = ${shellQuote(owner)} ]; then exit ${SHARED_EXIT}; fi
  if [ -n "$(find "$lock" -maxdepth 0 -mmin +60 2>/dev/null)" ]; then
    echo "removing a stale deploy lock (older than 1h) held by $(cat "$lock/owner" 2>/dev/null || echo unknown)" >&2
    rm -rf -- "$lock"
    continue
  fi
  if [ "$SECONDS" -ge "$end" ]; then
    echo "$(cat "$lock/owner" 2>/dev/null || echo unknown)"
    exit ${LOCKED_EXIT}
  fi
  if [ "$waited" = 0 ]; then echo "waiting for the deploy lock held by $(cat "$lock/owner" 2>/dev/null || echo unknown)" >&2; waited=1; fi
  sleep 0.5
done
printf '%s\\n' ${shellQuote(owner)} >"$lock/owner"
cur=$(readlink -- "$T/current" 2>/dev/null || true)
echo "current=\${cur##*/}"
`;
}

export function unlockScript(target: string, owner: string): string {
  return `${base(target)}lock="$T/.ci-kit/lock"
if [ "$(cat "$lock/owner" 2>/dev/null || true)" = ${shellQuote(owner)} ]; then rm -rf -- "$lock"; fi
`;
}

/** The extract command for an upload; run by the login shell, so it holds no secret. */
export function extractCommand(folder: string): string {
  const dir = quotePath(folder);
  return `mkdir -p -- ${dir} && exec tar -x --no-same-owner -f - -C ${dir}`;
}

export function releasePath(target: string, release: string): string {
  return `${target}/releases/${release}`;
}

/**
 * Links each shared path from `target/shared/` into the release, seeding shared/ from the first release.
 * No component of a shared path may be a symbolic link, in the release or in shared/: the release
 * comes from the user's tree, and mkdir, mv and rm -rf through such a link would act outside target.
 */
export function linkSharedScript(target: string, release: string, paths: readonly string[]): string {
  const lines = paths.map((path) => `link ${shellQuote(path)}`);
  return `${base(target)}R="$T/releases/"${shellQuote(release)}
no_link() {
  local path=$1 part parts
  IFS=/ read -r -a parts <<<"$2"
  for part in "\${parts[@]}"; do
    [ -n "$part" ] && [ "$part" != . ] || continue
    path=$path/$part
    if [ -L "$path" ]; then
      echo "shared path '$2': $3 \${path#"$1"/} is a symbolic link, and ci-kit never follows one out of the release" >&2
      exit ${SYMLINK_EXIT}
    fi
    [ -e "$path" ] || return 0
  done
}
link() {
  local shared="$T/shared/$1" inside="$R/$1"
  no_link "$R" "$1" "in the release,"
  no_link "$T/shared" "$1" "in shared/,"
  mkdir -p -- "$(dirname -- "$shared")" "$(dirname -- "$inside")"
  if [ ! -e "$shared" ]; then
    if [ -e "$inside" ]; then mv -- "$inside" "$shared"; else mkdir -p -- "$shared"; fi
  fi
  rm -rf -- "$inside"
  ln -s -- "$shared" "$inside"
}
${lines.join('\n')}
`;
}

/** Points `current` at a release atomically (a new symlink renamed over the old); empty removes it. */
export function switchScript(target: string, release: string): string {
  if (release === '') return `${base(target)}rm -f -- "$T/current"\n`;
  return `${base(target)}test -d "$T/releases/"${shellQuote(release)}
ln -sfn -- releases/${shellQuote(release)} "$T/.current.$$"
mv -Tf -- "$T/.current.$$" "$T/current"
`;
}

export function removeReleaseScript(target: string, release: string): string {
  return `${base(target)}rm -rf -- "$T/releases/"${shellQuote(release)}\n`;
}

/**
 * Keeps the newest `keep` releases, never removing `current` or `previous`. Prints what it removed.
 * `rm -rf` of a release never follows the links inside it (base() made sure releases/ is no link).
 */
export function cleanupScript(target: string, keep: number, current: string, previous: string): string {
  return `${base(target)}ls -1 "$T/releases" | sort -r | tail -n +${keep + 1} | while IFS= read -r old; do
  if [ "$old" != ${shellQuote(current)} ] && [ "$old" != ${shellQuote(previous || '-')} ]; then
    rm -rf -- "$T/releases/$old"
    echo "$old"
  fi
done
`;
}

/** Switches `current` to the release before it; prints `from=… to=…`. */
export function rollbackScript(target: string): string {
  return `${base(target)}cur=$(readlink -- "$T/current" 2>/dev/null || true)
cur=\${cur##*/}
if [ -z "$cur" ]; then echo "no current release to roll back from" >&2; exit ${NO_PREVIOUS_EXIT}; fi
prev=$(ls -1 "$T/releases" | sort | awk -v c="$cur" '$0 < c' | tail -n 1)
if [ -z "$prev" ]; then echo "no release older than $cur to roll back to" >&2; exit ${NO_PREVIOUS_EXIT}; fi
ln -sfn -- "releases/$prev" "$T/.current.$$"
mv -Tf -- "$T/.current.$$" "$T/current"
echo "from=$cur"
echo "to=$prev"
`;
}

/** `key=value` lines printed by the scripts above. */
export function parseKeyValues(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) values[line.slice(0, eq)] = line.slice(eq + 1).trim();
  }
  return values;
}
