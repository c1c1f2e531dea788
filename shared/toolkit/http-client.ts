// The real @actions/http-client, a file of its own in dist/toolkit/, loaded on demand by oidc-http-client.ts.
export * from '@actions/http-client';
export * from '@actions/http-client/lib/auth';
export type { RequestOptions } from '@actions/http-client/lib/interfaces';
