// A small stand-in of the runner's results service, faithful to what @actions/artifact 6 and @actions/cache 6
// send (read from their sources): Twirp JSON over POST /twirp/github.actions.results.api.v1.<Service>/<Method>
// with `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`, proto field names (snake_case), int64 as strings,
// wrapper types (StringValue, Int64Value) as bare JSON values; blobs at the signed URL it hands out, written by
// the Azure SDK's block-blob client (one PUT with x-ms-blob-type, or comp=block + comp=blocklist) and read
// with a plain GET. Every request is checked; a malformed one is answered like Twirp does (400 `malformed`)
// and recorded in `violations`, so a test can assert there were none.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpServer } from './http-server.js';

const PREFIX = '/twirp/github.actions.results.api.v1.';

type FieldType = 'string' | 'int64' | 'int32' | 'bool' | 'timestamp' | 'string[]';

/** Request fields per method: the proto field names and their JSON types (from the generated clients). */
const REQUESTS: Record<string, Record<string, FieldType>> = {
  'ArtifactService/CreateArtifact': {
    workflow_run_backend_id: 'string',
    workflow_job_run_backend_id: 'string',
    name: 'string',
    expires_at: 'timestamp',
    version: 'int32',
    mime_type: 'string',
  },
  'ArtifactService/FinalizeArtifact': {
    workflow_run_backend_id: 'string',
    workflow_job_run_backend_id: 'string',
    name: 'string',
    size: 'int64',
    hash: 'string',
  },
  'ArtifactService/ListArtifacts': {
    workflow_run_backend_id: 'string',
    workflow_job_run_backend_id: 'string',
    name_filter: 'string',
    id_filter: 'int64',
  },
  'ArtifactService/GetSignedArtifactURL': {
    workflow_run_backend_id: 'string',
    workflow_job_run_backend_id: 'string',
    name: 'string',
  },
  'ArtifactService/DeleteArtifact': {
    workflow_run_backend_id: 'string',
    workflow_job_run_backend_id: 'string',
    name: 'string',
  },
  'CacheService/CreateCacheEntry': { metadata: 'string', key: 'string', version: 'string' },
  'CacheService/FinalizeCacheEntryUpload': {
    metadata: 'string',
    key: 'string',
    size_bytes: 'int64',
    version: 'string',
  },
  'CacheService/GetCacheEntryDownloadURL': {
    metadata: 'string',
    key: 'string',
    restore_keys: 'string[]',
    version: 'string',
  },
};

/** Required fields per method (what the service needs to do its job). */
const REQUIRED: Record<string, string[]> = {
  'ArtifactService/CreateArtifact': [
    'workflow_run_backend_id',
    'workflow_job_run_backend_id',
    'name',
    'version',
  ],
  'ArtifactService/FinalizeArtifact': [
    'workflow_run_backend_id',
    'workflow_job_run_backend_id',
    'name',
    'size',
  ],
  'ArtifactService/ListArtifacts': ['workflow_run_backend_id', 'workflow_job_run_backend_id'],
  'ArtifactService/GetSignedArtifactURL': ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name'],
  'ArtifactService/DeleteArtifact': ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name'],
  'CacheService/CreateCacheEntry': ['key', 'version'],
  'CacheService/FinalizeCacheEntryUpload': ['key', 'version', 'size_bytes'],
  'CacheService/GetCacheEntryDownloadURL': ['key', 'version'],
};

export interface StoredArtifact {
  id: number;
  run: string;
  job: string;
  name: string;
  mimeType?: string;
  expiresAt?: string;
  size?: string;
  hash?: string;
  finalized: boolean;
  blob: string;
  createdAt: string;
}

export interface StoredCacheEntry {
  id: number;
  key: string;
  version: string;
  size?: string;
  finalized: boolean;
  blob: string;
}

interface Blob {
  data?: Buffer;
  blocks: Map<string, Buffer>;
  contentType?: string;
  sig: string;
}

/** What to get wrong, for fault tests. `match` picks the requests (`CreateArtifact`, `blob-put`, …). */
export type Fault = { kind: 'status'; status: number; match: RegExp } | { kind: 'hang'; match: RegExp };

export interface ResultsService {
  url: string;
  port: number;
  /** The ACTIONS_RUNTIME_TOKEN the service accepts (a JWT with the Actions.Results scope, unsigned). */
  token: string;
  runId: string;
  jobId: string;
  /** Environment a step needs to use this service (GITHUB_SERVER_URL like github.com, cache v2 on). */
  env: Record<string, string>;
  artifacts: StoredArtifact[];
  caches: StoredCacheEntry[];
  /** Every request, `METHOD path-without-query` or the Twirp method name. */
  log: string[];
  violations: string[];
  faults: Fault[];
  /** The bytes of an artifact's or cache entry's blob. */
  blob(path: string): Buffer | undefined;
  /** Replaces a blob's bytes: what a crafted upload through the API would have stored. */
  setBlob(path: string, data: Buffer): void;
  close(): Promise<void>;
}

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A JWT shaped like the runner's: the libraries decode its payload and never check the signature. */
export function runtimeToken(runId: string, jobId: string): string {
  const payload = {
    scp: `Actions.ExampleScope Actions.Results:${runId}:${jobId}`,
    iat: Math.floor(Date.now() / 1000),
    exp: Math.floor(Date.now() / 1000) + 3600,
  };
  return `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(payload)}.${base64url('not-checked')}`;
}

function typeOk(type: FieldType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'int64':
      return typeof value === 'string' && /^-?\d+$/.test(value);
    case 'int32':
      return typeof value === 'number' && Number.isInteger(value);
    case 'bool':
      return typeof value === 'boolean';
    case 'timestamp':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startResultsService(): Promise<ResultsService> {
  const runId = `run-${randomBytes(4).toString('hex')}`;
  const jobId = `${randomBytes(4).toString('hex')}-job`;
  const token = runtimeToken(runId, jobId);
  const blobs = new Map<string, Blob>();
  const artifacts: StoredArtifact[] = [];
  const caches: StoredCacheEntry[] = [];
  const log: string[] = [];
  const violations: string[] = [];
  const faults: Fault[] = [];
  const hung = new Set<ServerResponse>();
  let nextId = 1000;
  let origin = '';

  const twirpError = (response: ServerResponse, status: number, code: string, msg: string) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ code, msg }));
  };

  function signedUrl(path: string, contentType?: string): string {
    const sig = randomBytes(12).toString('base64url');
    blobs.set(path, { blocks: new Map(), sig, contentType });
    const expiry = new Date(Date.now() + 3600_000).toISOString();
    return `${origin}/blob/${path}?sv=2023-11-03&se=${encodeURIComponent(expiry)}&sr=b&sp=rcw&sig=${sig}`;
  }

  function faultFor(name: string): Fault | undefined {
    return faults.find((fault) => fault.match.test(name));
  }

  async function twirp(method: string, request: IncomingMessage, response: ServerResponse) {
    const fields = REQUESTS[method];
    if (!fields) return twirpError(response, 404, 'bad_route', `no handler for ${method}`);
    const problems: string[] = [];
    if (request.method !== 'POST') problems.push(`${request.method} instead of POST`);
    if (request.headers.authorization !== `Bearer ${token}`)
      problems.push(`Authorization is not 'Bearer <runtime token>'`);
    if (!String(request.headers['content-type']).startsWith('application/json'))
      problems.push(`Content-Type ${request.headers['content-type']}`);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse((await readBody(request)).toString('utf8')) as Record<string, unknown>;
    } catch {
      problems.push('body is not JSON');
    }
    for (const [field, value] of Object.entries(body)) {
      const type = fields[field];
      if (!type) problems.push(`unknown field ${field}`);
      else if (!typeOk(type, value)) problems.push(`${field} is not a ${type}: ${JSON.stringify(value)}`);
    }
    for (const field of REQUIRED[method] ?? [])
      if (body[field] === undefined || body[field] === '') problems.push(`missing ${field}`);
    if (method.startsWith('ArtifactService/') && body.workflow_run_backend_id !== undefined) {
      if (body.workflow_run_backend_id !== runId || body.workflow_job_run_backend_id !== jobId)
        problems.push('backend ids are not the ones in the token');
    }
    if (problems.length) {
      violations.push(`${method}: ${problems.join('; ')}`);
      return twirpError(response, 400, 'malformed', problems.join('; '));
    }
    const reply = (value: object) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    const str = (name: string) => body[name] as string;
    switch (method) {
      case 'ArtifactService/CreateArtifact': {
        if (artifacts.some((a) => a.run === runId && a.name === str('name') && a.finalized))
          return twirpError(response, 409, 'already_exists', 'an artifact with this name already exists');
        const path = `artifacts/${runId}/${nextId}/${encodeURIComponent(str('name'))}.zip`;
        artifacts.push({
          id: nextId++,
          run: runId,
          job: jobId,
          name: str('name'),
          mimeType: str('mime_type'),
          expiresAt: str('expires_at'),
          finalized: false,
          blob: path,
          createdAt: new Date().toISOString(),
        });
        return reply({ ok: true, signed_upload_url: signedUrl(path) });
      }
      case 'ArtifactService/FinalizeArtifact': {
        const artifact = artifacts.find((a) => a.name === str('name') && !a.finalized);
        if (!artifact) return twirpError(response, 404, 'not_found', 'no artifact being uploaded');
        const data = blobs.get(artifact.blob)?.data;
        if (!data) return twirpError(response, 400, 'failed_precondition', 'nothing was uploaded');
        if (String(data.length) !== str('size'))
          violations.push(`FinalizeArtifact: size ${str('size')} but the blob has ${data.length} bytes`);
        const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
        if (body.hash !== undefined && body.hash !== digest)
          violations.push(`FinalizeArtifact: hash ${String(body.hash)} but the blob is ${digest}`);
        Object.assign(artifact, { finalized: true, size: str('size'), hash: str('hash') });
        return reply({ ok: true, artifact_id: String(artifact.id) });
      }
      case 'ArtifactService/ListArtifacts': {
        const list = artifacts.filter(
          (a) =>
            a.finalized &&
            a.run === runId &&
            (body.name_filter === undefined || a.name === body.name_filter) &&
            (body.id_filter === undefined || String(a.id) === body.id_filter),
        );
        return reply({
          artifacts: list.map((a) => ({
            workflow_run_backend_id: a.run,
            workflow_job_run_backend_id: a.job,
            database_id: String(a.id),
            name: a.name,
            size: a.size,
            created_at: a.createdAt,
            ...(a.hash ? { digest: a.hash } : {}),
          })),
        });
      }
      case 'ArtifactService/GetSignedArtifactURL': {
        const artifact = artifacts.find((a) => a.finalized && a.name === str('name'));
        if (!artifact) return twirpError(response, 404, 'not_found', 'artifact not found');
        const blob = blobs.get(artifact.blob)!;
        return reply({
          signed_url: `${origin}/blob/${artifact.blob}?sv=2023-11-03&sr=b&sp=r&sig=${blob.sig}`,
        });
      }
      case 'ArtifactService/DeleteArtifact': {
        const index = artifacts.findIndex((a) => a.finalized && a.name === str('name'));
        if (index < 0) return twirpError(response, 404, 'not_found', 'artifact not found');
        const [gone] = artifacts.splice(index, 1);
        return reply({ ok: true, artifact_id: String(gone!.id) });
      }
      case 'CacheService/CreateCacheEntry': {
        // A key already saved, or reserved by an upload not finalized yet, is a Twirp 409 (not `ok: false`).
        if (caches.some((c) => c.key === str('key') && c.version === str('version')))
          return twirpError(
            response,
            409,
            'already_exists',
            'cache entry with the same key, version, and scope already exists',
          );
        const path = `caches/${nextId}/${encodeURIComponent(str('key'))}`;
        caches.push({ id: nextId++, key: str('key'), version: str('version'), finalized: false, blob: path });
        return reply({ ok: true, signed_upload_url: signedUrl(path) });
      }
      case 'CacheService/FinalizeCacheEntryUpload': {
        const entry = caches.find(
          (c) => c.key === str('key') && c.version === str('version') && !c.finalized,
        );
        if (!entry) return reply({ ok: false, message: 'no cache entry being uploaded' });
        const data = blobs.get(entry.blob)?.data;
        if (!data) return reply({ ok: false, message: 'nothing was uploaded' });
        if (String(data.length) !== str('size_bytes'))
          violations.push(
            `FinalizeCacheEntryUpload: size_bytes ${str('size_bytes')} but ${data.length} bytes`,
          );
        Object.assign(entry, { finalized: true, size: str('size_bytes') });
        return reply({ ok: true, entry_id: String(entry.id) });
      }
      case 'CacheService/GetCacheEntryDownloadURL': {
        const keys = [str('key'), ...((body.restore_keys as string[] | undefined) ?? [])];
        for (const [index, key] of keys.entries()) {
          const entry = caches.find(
            (c) =>
              c.finalized &&
              c.version === str('version') &&
              (index === 0 ? c.key === key : c.key.startsWith(key)),
          );
          if (entry) {
            const blob = blobs.get(entry.blob)!;
            return reply({
              ok: true,
              signed_download_url: `${origin}/blob/${entry.blob}?sv=2023-11-03&sr=b&sp=r&sig=${blob.sig}`,
              matched_key: entry.key,
            });
          }
        }
        return reply({ ok: false });
      }
    }
  }

  /** The Azure block-blob REST calls the SDK makes against a SAS URL, and the plain GET of a download. */
  async function blob(url: URL, request: IncomingMessage, response: ServerResponse) {
    const path = decodeURIComponent(url.pathname.slice('/blob/'.length));
    const entry = blobs.get(path) ?? blobs.get(url.pathname.slice('/blob/'.length));
    const azureError = (status: number, code: string) => {
      response.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
      response.end(
        `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
      );
    };
    if (!entry || url.searchParams.get('sig') !== entry.sig) {
      violations.push(`${request.method} ${url.pathname}: no such blob or a wrong signature`);
      return azureError(403, 'AuthenticationFailed');
    }
    const headers = {
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': randomBytes(8).toString('hex'),
      'x-ms-version': '2023-11-03',
      'x-ms-request-server-encrypted': 'true',
    };
    if (request.method === 'PUT') {
      const data = await readBody(request);
      if (request.headers.authorization)
        violations.push(`PUT ${url.pathname}: an Authorization header went to blob storage`);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const id = url.searchParams.get('blockid');
        if (!id) {
          violations.push(`PUT ${url.pathname}: comp=block without blockid`);
          return azureError(400, 'InvalidQueryParameterValue');
        }
        entry.blocks.set(id, data);
      } else if (comp === 'blocklist') {
        const ids = [...data.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map(
          (match) => match[2]!,
        );
        const missing = ids.filter((id) => !entry.blocks.has(id));
        if (missing.length) {
          violations.push(`PUT ${url.pathname}: block list names unknown blocks`);
          return azureError(400, 'InvalidBlockList');
        }
        entry.data = Buffer.concat(ids.map((id) => entry.blocks.get(id)!));
        entry.contentType = request.headers['x-ms-blob-content-type'] as string | undefined;
      } else if (comp === null) {
        if (request.headers['x-ms-blob-type'] !== 'BlockBlob') {
          violations.push(`PUT ${url.pathname}: x-ms-blob-type is ${request.headers['x-ms-blob-type']}`);
          return azureError(400, 'MissingRequiredHeader');
        }
        entry.data = data;
        entry.contentType = request.headers['x-ms-blob-content-type'] as string | undefined;
      } else {
        violations.push(`PUT ${url.pathname}: comp=${comp}`);
        return azureError(400, 'InvalidQueryParameterValue');
      }
      response.writeHead(201, { ...headers, 'content-length': '0' });
      return response.end();
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (!entry.data) return azureError(404, 'BlobNotFound');
      const contentType = entry.contentType ?? 'application/octet-stream';
      response.writeHead(200, {
        ...headers,
        'content-type': contentType,
        'content-length': String(entry.data.length),
        'x-ms-blob-type': 'BlockBlob',
      });
      return response.end(request.method === 'HEAD' ? undefined : entry.data);
    }
    return azureError(405, 'UnsupportedHttpVerb');
  }

  const server = await startHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const name = url.pathname.startsWith(PREFIX)
      ? url.pathname.slice(PREFIX.length)
      : `blob-${request.method?.toLowerCase()}${url.searchParams.get('comp') ? `-${url.searchParams.get('comp')}` : ''}`;
    log.push(name);
    const fault = faultFor(name);
    if (fault?.kind === 'hang') {
      hung.add(response);
      request.resume();
      return;
    }
    if (fault?.kind === 'status') {
      request.resume();
      return twirpError(response, fault.status, 'internal', 'injected fault');
    }
    const handle = url.pathname.startsWith(PREFIX)
      ? twirp(url.pathname.slice(PREFIX.length), request, response)
      : url.pathname.startsWith('/blob/')
        ? blob(url, request, response)
        : Promise.resolve(twirpError(response, 404, 'bad_route', 'unknown path'));
    handle.catch((error: Error) => {
      violations.push(`handler error: ${error.message}`);
      if (!response.headersSent) twirpError(response, 500, 'internal', error.message);
    });
  });
  origin = server.url;

  return {
    url: server.url,
    port: server.port,
    token,
    runId,
    jobId,
    env: {
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: `${server.url}/`,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      GITHUB_SERVER_URL: 'https://github.com',
    },
    artifacts,
    caches,
    log,
    violations,
    faults,
    blob: (path) => blobs.get(path)?.data,
    setBlob: (path, data) => {
      const entry = blobs.get(path);
      if (!entry) throw new Error(`no blob at ${path}`);
      entry.data = data;
    },
    close: async () => {
      for (const response of hung) response.destroy();
      await server.close();
    },
  };
}
