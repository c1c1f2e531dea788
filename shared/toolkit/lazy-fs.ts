// @actions/core's summary module takes `fs.promises` apart as it loads (`const { access, appendFile, writeFile } =
// promises`): that getter loads node:fs/promises, and with it Node's streams, readline and REPL history, at the
// start of every action (~20M instructions, a sixth of an action's own start-up), though ours write the summary
// synchronously (shared/summary.ts). The toolkit build points core's `fs` import here: the same functions, with
// fs.promises reached on a call. __tests__/unit/shared/lazy-fs.test.ts holds this list to what core imports.
import * as fs from 'node:fs';

type Promises = typeof fs.promises;

export const { appendFileSync, constants, existsSync } = fs;

export const promises = {
  access: (...args: Parameters<Promises['access']>) => fs.promises.access(...args),
  appendFile: (...args: Parameters<Promises['appendFile']>) => fs.promises.appendFile(...args),
  writeFile: (...args: Parameters<Promises['writeFile']>) => fs.promises.writeFile(...args),
};
