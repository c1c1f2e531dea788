/** Web addresses of the repository on its server (github.com or a GitHub Enterprise host). */
export interface RepoLinks {
  /** `https://github.com/owner/repo`. */
  base: string;
}

const SERVER = /^https?:\/\/[^\s/?#@]+(?:\/[^\s?#@]*)?$/;
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;

/** From the runner's GITHUB_SERVER_URL and GITHUB_REPOSITORY; undefined when either is missing or odd. */
export function repoLinks(env: NodeJS.ProcessEnv): RepoLinks | undefined {
  const server = env.GITHUB_SERVER_URL ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!SERVER.test(server) || !REPOSITORY.test(repository)) return undefined;
  return { base: `${server.replace(/\/+$/, '')}/${repository}` };
}

export const commitUrl = (links: RepoLinks, sha: string) => `${links.base}/commit/${sha}`;
export const pullUrl = (links: RepoLinks, number: string) => `${links.base}/pull/${number}`;
/** Tag names are limited to `[A-Za-z0-9._/+-]` (prefix rules, semver), nothing to escape in a path. */
export const compareUrl = (links: RepoLinks, from: string, to: string) =>
  `${links.base}/compare/${from}...${to}`;
export const commitsUrl = (links: RepoLinks, tag: string) => `${links.base}/commits/${tag}`;
