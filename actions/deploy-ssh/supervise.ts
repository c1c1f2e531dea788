// Runs a script remotely so it can always be stopped. OpenSSH ignores signal requests in some setups
// (sessions of root, forced commands), and closing an exec channel does not stop what runs in it.
// So a small supervisor reads the script up to a NUL byte, runs it with `bash -euo pipefail -s` in
// its own process group, and then watches stdin: end of input (we close it, or the connection dies)
// sends TERM and then KILL to the whole group. The watcher writes nowhere (its `sleep` must not keep the
// channel open after the script is gone), and the job-control notice ("[1]- Terminated …") is not printed.

/** The remote command line: the supervisor and the script both come over stdin. */
export const SUPERVISOR_COMMAND = 'exec bash -s';

// One brace group, so bash has parsed all of it before `read` takes the rest of stdin.
const SUPERVISOR = `{
set +e
IFS= read -r -d '' __script
set -m
printf '%s' "$__script" | bash -euo pipefail -s &
__group=$(jobs -p %1)
unset __script
( IFS= read -r __ || true
  kill -TERM -- "-$__group" 2>/dev/null
  sleep 2
  kill -KILL -- "-$__group" 2>/dev/null ) >/dev/null 2>&1 &
__watch=$!
{ wait %1; } 2>/dev/null
__status=$?
kill "$__watch" 2>/dev/null
if [ "$__status" -gt 128 ] && [ "$__status" -lt 160 ]; then
  trap - "$((__status - 128))"
  kill -s "$((__status - 128))" $$
fi
exit "$__status"
}
`;

/** What to write to the supervisor's stdin (then leave stdin open until the command ends). */
export function supervisedInput(script: string): string {
  return `${SUPERVISOR}${script}\0`;
}
