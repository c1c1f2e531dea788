import type { Ecosystem, EcosystemName } from '../types.js';
import { cargo } from './cargo.js';
import { go } from './go.js';
import { npm } from './npm.js';
import { pnpm } from './pnpm.js';
import { poetry } from './poetry.js';
import { uv } from './uv.js';
import { yarn } from './yarn.js';

export const ECOSYSTEM_CHECKS: Record<EcosystemName, Ecosystem> = { npm, pnpm, yarn, uv, poetry, cargo, go };
