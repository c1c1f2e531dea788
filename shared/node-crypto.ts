// node:crypto costs ~5 ms of start-up to load, so code that needs it only now and then loads it on first use.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function nodeCrypto(): typeof import('node:crypto') {
  return require('node:crypto') as typeof import('node:crypto');
}
