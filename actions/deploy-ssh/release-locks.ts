import * as core from '../../shared/core.js';
import { errorMessage } from '../../shared/errors.js';
import { Connection } from './connection.js';
import { unlockScript } from './remote.js';
import { readSettings } from './settings.js';

/** Post step: connects to every host again and removes the locks this run still holds. */
export async function releaseLocks(owner: string): Promise<void> {
  const settings = readSettings();
  if (!settings.target) return;
  await Promise.all(
    settings.hosts.map(async (spec) => {
      try {
        const connection = await Connection.open(spec, {
          credentials: { key: settings.key, password: settings.password },
          hostKeys: settings.hostKeys,
          timeoutMs: Math.min(settings.connectTimeoutMs, 15_000),
          proxyJump: settings.proxyJump,
        });
        try {
          await connection.script(unlockScript(settings.target, owner), { timeoutMs: 10_000 });
          core.info(`${spec.label}: released the deploy lock left by the main step`);
        } finally {
          connection.close();
        }
      } catch (error) {
        core.warning(`${spec.label}: could not release the deploy lock: ${errorMessage(error)}`);
      }
    }),
  );
}
