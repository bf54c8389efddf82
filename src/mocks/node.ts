import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers } from './handlers/create-handlers';
import { createMemoryStorage } from './store/key-value-storage';
import { createMockStore, type MockStore } from './store/mock-store';

/** The ARM base the Node setup answers on, as the app's client uses by default. */
export const TEST_ARM_BASE_URL = 'https://management.azure.com';
/** The origin `/__demo/*` is served on in Node (tests have no page origin). */
export const TEST_DEMO_BASE_URL = 'http://localhost';

export interface MockServer {
  server: SetupServer;
  store: MockStore;
}

export interface MockServerOptions {
  scenario?: string;
  /** The system clock the store reads (the demo offset is added to it). Defaults to `Date.now`. */
  systemNow?: () => number;
  armBaseUrl?: string;
  demoBaseUrl?: string;
}

/** A fresh in-memory store and an `msw/node` server over the same handlers as the browser. */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const store = createMockStore({
    storage: createMemoryStorage(),
    scenario: options.scenario ?? 'default',
    fresh: true,
    ...(options.systemNow === undefined ? {} : { systemNow: options.systemNow }),
  });
  const server = setupServer(
    ...createHandlers({
      armBaseUrl: options.armBaseUrl ?? TEST_ARM_BASE_URL,
      demoBaseUrl: options.demoBaseUrl ?? TEST_DEMO_BASE_URL,
      store,
      latency: 'none',
    }),
  );
  return { server, store };
}

/** @public Documented in docs/contract.md for suites that call the mock from Node. Headers of a call made as `personaId` (contract §1: `Authorization: Bearer persona:<id>`). */
export function personaHeaders(personaId: string): Record<string, string> {
  return { Authorization: `Bearer persona:${personaId}` };
}
