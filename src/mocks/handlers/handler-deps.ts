import type { MockStore } from '../store/mock-store';
import type { LatencyMode } from './latency';

/**
 * What a bearer token other than `persona:<id>` proves: the persona it was issued to, or why ARM
 * refuses it (`code` and `message` as ARM words them, answered with 401).
 */
export type TokenCheck =
  { ok: true; personaId: string } | { ok: false; code: string; message: string };

export interface HandlerDeps {
  /** Where ARM paths are served: `https://management.azure.com` in the browser, the server's own origin in Node. */
  armBaseUrl: string;
  /** Where `/__demo/*` is served: the page origin in the browser. */
  demoBaseUrl: string;
  store: MockStore;
  /** Default latency; `none` unless the browser worker asks for `realistic`. */
  latency?: LatencyMode;
  /**
   * Checks a signed token (the HTTP server over TLS, src/server/identity/). Absent in the browser,
   * where only `persona:<id>` is accepted: the signing code stays out of the page's bundle.
   */
  verifyToken?: (token: string) => Promise<TokenCheck>;
}
