// The runner protocol, through @actions/core: workflow commands, file commands (outputs, state) and the job
// summary. Actions reach it only through shared/ (this file, summary.ts, mask.ts, run-action.ts), so the
// package stays replaceable in one place.
export type { AnnotationProperties } from '@actions/core';
export {
  endGroup,
  error,
  getState,
  info,
  isDebug,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning,
} from '@actions/core';

/** Raw text to the step's log (a stream passed through as it comes); @actions/core writes there too. */
export const output = {
  write(text: string): void {
    process.stdout.write(text);
  },
};
