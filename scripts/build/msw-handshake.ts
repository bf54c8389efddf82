import type { Plugin } from 'vite';

/**
 * MSW's `worker.start()` talks to its service worker twice before it answers anything: it asks for the
 * worker script's checksum (`INTEGRITY_CHECK_REQUEST`), waits for the answer, and only then asks to be
 * served (`MOCK_ACTIVATE`) and waits again. The checksum only decides whether to print a warning about a
 * stale `mockServiceWorker.js`, yet each answer waits for a free moment on the page's main thread, which
 * the first load keeps busy: the first wait cost 15–100 ms of every load (docs/performance.md).
 *
 * The production build sends both messages at once: the check still runs and still warns, but the
 * start no longer waits for it. The worker answers the messages in the order they were sent, so the
 * page is still served only after `MOCK_ACTIVATE`, as before. If an MSW upgrade changes this code, the
 * build stops here (and its unit test fails) instead of silently going back to two round trips.
 */
const AWAITED = 'await this.#checkWorkerIntegrity().catch(';
const NOT_AWAITED = 'void this.#checkWorkerIntegrity().catch(';

/** MSW's browser build, as the bundler resolves `msw/browser`. */
export const MSW_BROWSER_MODULE = /[\\/]msw[\\/]lib[\\/]browser[\\/]index\.mjs$/;

/** MSW's browser code with the integrity check sent alongside the activation instead of before it. */
export function startWithoutWaitingForIntegrity(code: string): string {
  const at = code.indexOf(AWAITED);
  if (at === -1 || code.indexOf(AWAITED, at + 1) !== -1) {
    throw new Error(
      'msw-handshake: MSW’s start-up code has changed (expected one awaited integrity check); ' +
        'see scripts/build/msw-handshake.ts',
    );
  }
  return code.slice(0, at) + NOT_AWAITED + code.slice(at + AWAITED.length);
}

/** The build's side of it (the dev server serves MSW pre-bundled and keeps the two round trips). */
export function mswHandshakeInOneRoundTrip(): Plugin {
  return {
    name: 'msw-handshake-in-one-round-trip',
    apply: 'build',
    transform: (code, id) =>
      MSW_BROWSER_MODULE.test(id)
        ? { code: startWithoutWaitingForIntegrity(code), map: null }
        : null,
  };
}
