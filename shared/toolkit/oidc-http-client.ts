// @actions/core imports @actions/http-client (with undici, ~1 MB to load) only to fetch an OIDC token, which no
// action of ours asks for. The toolkit build points core's import here: the same constructor and getJson, with the
// real client (dist/toolkit/http-client.js) loaded only when a token is actually requested.
import type { OutgoingHttpHeaders } from 'node:http';
import type * as RealClient from './http-client.js';

let real: Promise<typeof RealClient> | undefined;

export class BearerCredentialHandler {
  constructor(readonly token: string) {}
}

export class HttpClient {
  constructor(
    private readonly userAgent?: string,
    private readonly handlers: BearerCredentialHandler[] = [],
    private readonly options?: RealClient.RequestOptions,
  ) {}

  async getJson<T>(url: string, headers?: OutgoingHttpHeaders) {
    real ??= import(/* webpackIgnore: true */ './http-client.js');
    const client = await real;
    const handlers = this.handlers.map((handler) => new client.BearerCredentialHandler(handler.token));
    return new client.HttpClient(this.userAgent, handlers, this.options).getJson<T>(url, headers);
  }
}
