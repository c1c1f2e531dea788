import { describe, expect, it } from '@jest/globals';
import { jobRunId, uniqueArtifactName } from '../../../shared/artifact-name.js';

const jwt = (payload: object) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

describe('uniqueArtifactName', () => {
  it('reads the job run id from the Actions.Results scope of the runtime token', () => {
    expect(jobRunId(jwt({ scp: 'Actions.GenericRead:1 Actions.Results:run-1:job-2' }))).toBe('job-2');
    expect(jobRunId(jwt({ scp: 'Actions.GenericRead:1' }))).toBeUndefined();
    expect(jobRunId('not a token')).toBeUndefined();
    expect(jobRunId('a.%%%.c')).toBeUndefined();
  });

  it('names the job, step and attempt, plus the job run id that tells matrix legs apart', () => {
    const env = {
      GITHUB_JOB: 'smoke',
      GITHUB_ACTION: '__org_ci-kit',
      GITHUB_RUN_ATTEMPT: '3',
      ACTIONS_RUNTIME_TOKEN: jwt({ scp: 'Actions.Results:ce7f54c7:ca395085-040a-526b-2ce8-bdc85f692774' }),
    };
    expect(uniqueArtifactName('diag', env)).toBe('diag-smoke-org_ci-kit-attempt3-ca395085');
    const leg = { ...env, ACTIONS_RUNTIME_TOKEN: jwt({ scp: 'Actions.Results:ce7f54c7:0b1c2d3e-ffff' }) };
    expect(uniqueArtifactName('diag', leg)).not.toBe(uniqueArtifactName('diag', env));
  });

  it('keeps only characters artifact names allow', () => {
    const name = uniqueArtifactName('diag', { GITHUB_JOB: 'a:b/c"d', GITHUB_RUN_ATTEMPT: '1' });
    expect(name).toBe('diag-a-b-c-d-attempt1');
    expect(name).not.toMatch(/[":<>|*?\\/\r\n]/);
  });
});
