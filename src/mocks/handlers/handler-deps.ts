import type { MockStore } from '../store/mock-store';
import type { LatencyMode } from './latency';

/** What a bearer token that is not `persona:<id>` (a signed sign-in token) turned out to be. */
export type TokenCheck =
  | { ok: true; personaId: string }
  | { ok: false; code: string; message: string };

export interface HandlerDeps {
  /** Where ARM paths are served: `https://management.azure.com` in the browser, the server's own origin in Node. */
  armBaseUrl: string;
  /** Where `/__demo/*` is served: the page origin in the browser. */
  demoBaseUrl: string;
  store: MockStore;
  /** Default latency; `none` unless the browser worker asks for `realistic`. */
  latency?: LatencyMode;
  /**
   * Checks a bearer token that is not `persona:<id>`: the HTTP server's sign-in tokens. Absent in the
   * browser, where such a token answers 401 as any unknown one does.
   */
  verifyToken?: (token: string) => Promise<TokenCheck>;
}
