export const ACTIONS = ['health-wait', 'lockfile-check', 'semver-tag', 'deploy-ssh', 'docker-smoke-test'];
