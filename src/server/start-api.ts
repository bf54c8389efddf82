import { startMockApi, type MockApi, type MockApiOptions } from '@/mocks/http-server';
import { createSignIn } from './identity/sign-in';
import { reachableHost } from './reachable-host';
import type { TlsMaterial } from './tls';

// The mock ARM API as the command and `npm run mock-api` start it: plain HTTP as always, or with
// `--tls` over HTTPS with the sign-in endpoints and signed tokens that the Azure CLI and SDKs need
// (docs/azure-tools.md).

export interface ApiStartOptions {
  port: number;
  host: string;
  scenario: string;
  allowOrigins?: readonly string[];
  /** HTTPS with this certificate, and sign-in; absent = plain HTTP, `persona:<id>` only. */
  tls?: TlsMaterial;
}

export interface StartedApi {
  api: MockApi;
  /** The API's origin as a client on this machine reaches it (a wildcard host becomes loopback). */
  origin: string;
}

/** Starts the API; rejects as `listen` does (EADDRINUSE, ...). */
export async function startApi(options: ApiStartOptions): Promise<StartedApi> {
  const { tls } = options;
  const base: MockApiOptions = {
    port: options.port,
    host: options.host,
    scenario: options.scenario,
    ...(options.allowOrigins !== undefined && { allowOrigins: options.allowOrigins }),
  };
  if (tls === undefined) {
    const api = await startMockApi(base);
    return { api, origin: `http://${reachableHost(options.host)}:${api.port}` };
  }
  const signIn = await createSignIn(tls.signingKey);
  const api = await startMockApi({
    ...base,
    tls: { cert: tls.cert, key: tls.key },
    preRoutes: signIn.preRoutes,
    verifyToken: signIn.verifyToken,
  });
  const origin = `https://${reachableHost(options.host)}:${api.port}`;
  signIn.bind(api, origin);
  return { api, origin };
}
