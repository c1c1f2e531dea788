import { getOctokit } from '@actions/github';
import { ActionFailure, ConfigError, errorMessage } from '../../shared/errors.js';

/** Each API call; the release API answers in well under a second. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface ReleaseRequest {
  token: string;
  tag: string;
  notes: string;
  draft: boolean;
  prerelease: boolean;
  signal: AbortSignal;
}

export interface ReleaseResult {
  url: string;
  /** False when a release for the tag already existed (a rerun, or another run was first). */
  created: boolean;
}

function repository(): { owner: string; repo: string } {
  const [owner, repo, extra] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new ConfigError(
      `GITHUB_REPOSITORY must be owner/repo to create a release, got '${process.env.GITHUB_REPOSITORY ?? ''}'`,
    );
  }
  return { owner, repo };
}

function status(error: unknown): number | undefined {
  return typeof (error as { status?: unknown }).status === 'number'
    ? (error as { status: number }).status
    : undefined;
}

/**
 * Creates the GitHub release of a pushed tag, unless one exists already: reruns and a run that lost
 * the race for the tag end with the one release.
 */
export async function ensureRelease(request: ReleaseRequest): Promise<ReleaseResult> {
  const { owner, repo } = repository();
  const signal = () => AbortSignal.any([request.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]);
  const octokit = getOctokit(request.token);
  try {
    const existing = await octokit.rest.repos.getReleaseByTag({
      owner,
      repo,
      tag: request.tag,
      request: { signal: signal() },
    });
    return { url: existing.data.html_url, created: false };
  } catch (error) {
    if (status(error) !== 404) throw failure('look up', request, error);
  }
  try {
    const release = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: request.tag,
      name: request.tag,
      body: request.notes,
      draft: request.draft,
      prerelease: request.prerelease,
      request: { signal: signal() },
    });
    return { url: release.data.html_url, created: true };
  } catch (error) {
    if (
      status(error) === 422 &&
      /already_exists/.test(JSON.stringify((error as { response?: unknown }).response ?? ''))
    ) {
      return { url: '', created: false };
    }
    throw failure('create', request, error);
  }
}

function failure(what: string, request: ReleaseRequest, error: unknown): Error {
  if (request.signal.aborted) return error as Error;
  const tag = request.tag;
  const code = status(error);
  const hint = code === 403 || code === 404 ? ' (does the token have contents: write permission?)' : '';
  return new ActionFailure(
    `could not ${what} the release for ${tag}: ${code ? `HTTP ${code} ` : ''}${errorMessage(error)}${hint}`,
  );
}
