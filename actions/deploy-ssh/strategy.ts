// The deploy strategies behind one interface: main.ts picks one and never branches on its details.
import { containerStrategy } from './container/strategy.js';
import { type DeployContext, type DeployOutcome, deploy, rollback } from './deploy.js';
import type { Settings } from './settings.js';

export interface DeployStrategy {
  deploy(ctx: DeployContext): Promise<DeployOutcome>;
  /** `rollback: true`: back to what ran before, on every host. */
  rollback(ctx: DeployContext): Promise<DeployOutcome>;
}

/** Releases and copies (files, scripts) share the release module; `image` selects containers. */
const releaseStrategy: DeployStrategy = { deploy, rollback };

export function strategyFor(settings: Settings): DeployStrategy {
  return settings.container ? containerStrategy : releaseStrategy;
}
