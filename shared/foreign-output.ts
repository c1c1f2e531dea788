// Text from outside the action (container logs, command output, HTTP bodies, commit messages, file names)
// must never become a workflow command. The runner's own mechanism is used: between `::stop-commands::<token>`
// and `::<token>::` it prints lines as they are and runs none of them; the token is random per block, so the
// foreign text cannot end the block early.
import * as core from './core.js';
import { nodeCrypto } from './node-crypto.js';

export { oneLine } from './one-line.js';

function token(avoid: string): string {
  for (;;) {
    const candidate = `ci-kit-${nodeCrypto().randomBytes(12).toString('hex')}`;
    if (!avoid.includes(candidate)) return candidate;
  }
}

/** Prints a block of foreign text, line by line, with workflow commands in it switched off. */
export function printForeign(text: string): void {
  const body = text.replace(/\r?\n$/, '');
  if (body === '') return;
  const stop = token(body);
  core.info(`::stop-commands::${stop}`);
  core.info(body);
  core.info(`::${stop}::`);
}

/**
 * Foreign output that arrives in chunks (a build log, remote stdout): whole lines are printed as they
 * come, each batch inside its own stop-commands block; a last partial line on `end()`.
 */
export class ForeignStream {
  private pending = '';

  write(chunk: string): void {
    this.pending += chunk;
    const cut = this.pending.lastIndexOf('\n');
    if (cut < 0) return;
    printForeign(this.pending.slice(0, cut));
    this.pending = this.pending.slice(cut + 1);
  }

  end(): void {
    if (this.pending !== '') printForeign(this.pending);
    this.pending = '';
  }
}
