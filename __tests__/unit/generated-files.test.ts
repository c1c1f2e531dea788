import { describe, expect, it } from '@jest/globals';
// @ts-expect-error plain JavaScript build script without types
import { staleFiles } from '../../scripts/generate.js';

describe('generated files', () => {
  it('inputs.ts and action-docs are up to date with action.yml (npm run generate)', () => {
    expect((staleFiles() as Array<{ path: string }>).map((file) => file.path)).toEqual([]);
  });
});
