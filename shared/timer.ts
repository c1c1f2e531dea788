// The one place durations become Node timers. setTimeout takes at most 2^31-1 ms (~24.8 days) and fires a
// longer delay after 1 ms instead: a `timeout: 30d` would end a wait at once. Every timer of the actions
// goes through here, and every duration input is capped far below (see MAX_DURATION_MS).

/** The longest delay setTimeout honours. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A delay setTimeout honours: negative and NaN become 0, longer ones the maximum (never 1 ms). */
export function timerDelay(ms: number): number {
  if (!(ms > 0)) return 0;
  return Math.min(Math.ceil(ms), MAX_TIMER_MS);
}

/** setTimeout with the delay made safe; returns the usual handle (clearTimeout, unref). */
export function setTimer(callback: () => void, ms: number): NodeJS.Timeout {
  return setTimeout(callback, timerDelay(ms));
}
