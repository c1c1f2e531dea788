// Generated from semver-tag/action.yml by `npm run generate`. Do not edit.

export const Inputs = {
  Bump: { name: 'bump', default: 'auto' },
  DefaultBump: { name: 'default-bump', default: 'patch' },
  ReleaseRules: { name: 'release-rules' },
  Reverts: { name: 'reverts', default: 'true' },
  SquashBodies: { name: 'squash-bodies', default: 'true' },
  Version: { name: 'version' },
  Commit: { name: 'commit', default: 'HEAD' },
  Prefix: { name: 'prefix', default: 'v' },
  Prerelease: { name: 'prerelease' },
  InitialVersion: { name: 'initial-version', default: '0.1.0' },
  Paths: { name: 'paths' },
  FloatingTags: { name: 'floating-tags', default: 'none' },
  Annotated: { name: 'annotated', default: 'true' },
  Message: { name: 'message', default: 'Release {tag}' },
  Push: { name: 'push', default: 'true' },
  Remote: { name: 'remote', default: 'origin' },
  FetchHistory: { name: 'fetch-history', default: 'true' },
  DryRun: { name: 'dry-run', default: 'false' },
  Release: { name: 'release', default: 'false' },
  ReleaseDraft: { name: 'release-draft', default: 'false' },
  NotesSections: { name: 'notes-sections' },
  Token: { name: 'token' },
  BreakingPre1: { name: 'breaking-pre-1', default: 'minor' },
} as const;

export const Outputs = {
  Version: 'version',
  Tag: 'tag',
  PreviousVersion: 'previous-version',
  PreviousTag: 'previous-tag',
  Bump: 'bump',
  Created: 'created',
  Notes: 'notes',
  FloatingTags: 'floating-tags',
} as const;
