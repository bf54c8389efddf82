import type { MockStore } from '../store/mock-store';
import type { LatencyMode } from './latency';

export interface HandlerDeps {
  /** Where ARM paths are served: `https://management.azure.com` in the browser, the server's own origin in Node. */
  armBaseUrl: string;
  /** Where `/__demo/*` is served: the page origin in the browser. */
  demoBaseUrl: string;
  store: MockStore;
  /** Default latency; `none` unless the browser worker asks for `realistic`. */
  latency?: LatencyMode;
}
