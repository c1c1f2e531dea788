/** The job run's backend id from the runtime token's `scp` claim (`Actions.Results:<run>:<job>`), if any. */
export function jobRunId(token = process.env.ACTIONS_RUNTIME_TOKEN ?? ''): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown };
    if (typeof claims.scp !== 'string') return undefined;
    for (const scope of claims.scp.split(' ')) {
      const parts = scope.split(':');
      if (parts[0] === 'Actions.Results' && parts.length === 3) return parts[2];
    }
  } catch {
    // not a JWT: the name simply has no job id
  }
  return undefined;
}

/** Characters an artifact name may not contain (the service rejects them), and anything odd. */
function clean(part: string): string {
  return part.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');
}

/**
 * An artifact name unique per job and attempt: job id, step id and attempt for people, plus the start of the
 * job run's backend id, which tells matrix legs (same GITHUB_JOB) apart.
 */
export function uniqueArtifactName(prefix: string, env: NodeJS.ProcessEnv = process.env): string {
  const job = jobRunId(env.ACTIONS_RUNTIME_TOKEN)?.replace(/-/g, '').slice(0, 8);
  const parts = [prefix, env.GITHUB_JOB, env.GITHUB_ACTION, `attempt${env.GITHUB_RUN_ATTEMPT ?? '1'}`, job];
  return parts
    .filter((part): part is string => Boolean(part))
    .map(clean)
    .filter(Boolean)
    .join('-')
    .slice(0, 200);
}
