import type { HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { IndexedHandlers } from './handler-index';
import { createHandlers } from './handlers/create-handlers';
import { browserLatencyMode } from './handlers/latency';
import { browserStorage } from './store/browser-storage';
import { createMockStore, STORAGE_KEY, type MockStore } from './store/mock-store';
import { sharedWorldApi, sharedWorldHandlers } from './shared-world';

// The in-browser mock backend. Handlers run in the page (MSW's worker only forwards requests), so
// the store lives here, saved in localStorage and reloaded when another tab saves (`storage` event).

const ARM_BASE_URL = import.meta.env.VITE_ARM_BASE_URL ?? 'https://management.azure.com';

let worker: SetupWorker | undefined;
let store: MockStore | undefined;

/** public/mock-worker.js: MSW's worker plus the portal's claim message and static routes (see that file). */
const WORKER_URL = `${import.meta.env.BASE_URL}mock-worker.js`;
const WORKER_SCOPE = import.meta.env.BASE_URL;

function startOptions(): Parameters<SetupWorker['start']>[0] {
  return {
    serviceWorker: { url: WORKER_URL, options: { scope: WORKER_SCOPE } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  };
}

function createBrowserStore(): MockStore {
  const created = createMockStore({ storage: browserStorage() });
  window.addEventListener('storage', (event) => {
    // Another tab committed a change (or reset): adopt its state so both tabs answer alike.
    if (event.key === STORAGE_KEY) created.reloadFromStorage();
  });
  return created;
}

/** How long the worker may take to install and take control of the page. */
const CLAIM_TIMEOUT_MS = 10_000;

/**
 * index.html registers the worker early (vite.config.ts). MSW reloads a page that a registered
 * worker does not control: wait until the worker controls this page instead, asking an active
 * worker to claim it (public/mock-worker.js). Past the timeout MSW's own handling applies.
 */
async function whenControlled(): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller !== null) return;
  const registration = await container.getRegistration(WORKER_SCOPE);
  if (registration === undefined) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, CLAIM_TIMEOUT_MS);
    container.addEventListener('controllerchange', done);
    // It may have taken control while the registration was being looked up.
    if (container.controller !== null) {
      done();
      return;
    }
    // An installing worker claims the page when it activates; an active one is asked to.
    if (registration.active?.state === 'activated') registration.active.postMessage('PORTAL_CLAIM');
  });
}

/** The API server whose world this page shares (`--shared-world`), or null: its own world. */
const SHARED_WORLD_API = sharedWorldApi();

/**
 * Who the mock says is signed in, read from its saved state (the store loads it now if the worker has
 * not started yet). The app takes it as its token at every start, so that the blades' reads need not
 * wait for the demo-state read to learn it (src/app/main.tsx). In a shared world the server's demo
 * state names the persona: null until that read.
 */
export function signedInPersonaId(): string | null {
  if (SHARED_WORLD_API !== null) return null;
  store ??= createBrowserStore();
  return store.settings().personaId;
}

/** The mock's handlers: a shared world's, or this page's own over its store. */
function handlerList(): HttpHandler[] {
  if (SHARED_WORLD_API !== null) {
    return sharedWorldHandlers(SHARED_WORLD_API, ARM_BASE_URL, window.location.origin);
  }
  return createHandlers({
    armBaseUrl: ARM_BASE_URL,
    demoBaseUrl: window.location.origin,
    store: (store ??= createBrowserStore()),
    latency: browserLatencyMode(),
  });
}

/** The mock's handlers behind their index (./handler-index.ts), which MSW sees as one handler. */
function mockHandlers(): IndexedHandlers {
  return withoutCallSites(() => new IndexedHandlers(handlerList()));
}

/**
 * MSW notes where each handler was declared, for its debugging output, by building an Error and
 * formatting its stack: for every one of the mock's handlers, on every page load (a median of 14 ms
 * of the mock's start under a test runner on this machine, 8 ms without, docs/performance.md).
 * Nothing here prints those call sites; without stack frames to read, MSW leaves them out.
 */
function withoutCallSites<T>(create: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Starts the worker once; resolves when it intercepts requests, so calls may go out. */
export async function startMockWorker(): Promise<void> {
  if (worker !== undefined) return;
  // Private windows of some browsers, and insecure origins, have no service workers at all.
  if (!('serviceWorker' in navigator) || navigator.serviceWorker === undefined) {
    throw new Error('this browser window does not allow service workers (a private window?)');
  }
  worker = setupWorker(mockHandlers());
  await whenControlled();
  await worker.start(startOptions());
}

/** How long a stopped worker may take to wake up and confirm before the full restart is tried. */
const REACTIVATE_TIMEOUT_MS = 3_000;

/**
 * A worker that Chromium stopped starts again on the next request with an empty list of mocked
 * tabs, so it lets every request through. Telling it this tab is mocked again is enough: the page's
 * half of MSW never stopped. This is the message `worker.start()` itself sends
 * (public/mockServiceWorker.js, `MOCK_ACTIVATE`); the worker confirms with `MOCKING_ENABLED`.
 */
function reactivate(): Promise<boolean> {
  const controller = navigator.serviceWorker.controller;
  if (controller === null) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      navigator.serviceWorker.removeEventListener('message', onMessage);
      resolve(ok);
    };
    const onMessage = (event: MessageEvent<unknown>): void => {
      const data = event.data;
      if (typeof data === 'object' && data !== null && 'type' in data) {
        if (data.type === 'MOCKING_ENABLED') done(true);
      }
    };
    const timer = setTimeout(() => done(false), REACTIVATE_TIMEOUT_MS);
    navigator.serviceWorker.addEventListener('message', onMessage);
    controller.postMessage('MOCK_ACTIVATE');
  });
}

/**
 * Chromium may stop the service worker (fetches then fail with `TypeError: Failed to fetch`, or go
 * to the real network): make it mock this tab again. `worker.stop()` + `worker.start()` is the last
 * resort only (index.html registered the worker, so the restart finds it).
 */
export async function restartMockWorker(): Promise<void> {
  if (worker === undefined) {
    await startMockWorker();
    return;
  }
  if (await reactivate()) return;
  worker.stop();
  await worker.start(startOptions());
}

export { STORAGE_KEY as MOCK_STORAGE_KEY };

/** Calls `listener` after every change to the mock's state, this tab's or another's (e.g. to refetch). */
export function onMockStateChange(listener: () => void): () => void {
  if (store === undefined) throw new Error('Start the mock worker first.');
  return store.subscribe(listener);
}
