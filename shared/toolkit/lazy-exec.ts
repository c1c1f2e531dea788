// @actions/core imports @actions/exec (with @actions/io, child_process and assert: ~15 ms of start-up) only for
// `platform.getDetails()`, which no action of ours calls. The toolkit build points core's import here: the same
// functions, with the real module (dist/toolkit/exec.js) loaded on their first call.
import type * as RealExec from './exec.js';

let real: Promise<typeof RealExec> | undefined;
const load = () => {
  real ??= import(/* webpackIgnore: true */ './exec.js');
  return real;
};

export async function exec(...args: Parameters<typeof RealExec.exec>): ReturnType<typeof RealExec.exec> {
  return (await load()).exec(...args);
}

export async function getExecOutput(
  ...args: Parameters<typeof RealExec.getExecOutput>
): ReturnType<typeof RealExec.getExecOutput> {
  return (await load()).getExecOutput(...args);
}
