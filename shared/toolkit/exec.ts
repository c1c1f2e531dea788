// The real @actions/exec, a file of its own in dist/toolkit/, loaded on demand by lazy-exec.ts.
export * from '@actions/exec';
