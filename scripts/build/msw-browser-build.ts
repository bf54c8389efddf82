import type { Plugin } from 'vite';

// What the production build changes in MSW's browser code, and why. Each change looks for the exact
// code it replaces: if an MSW upgrade changes that code, the build stops here (and the unit tests
// fail) instead of silently going back to the slower or larger start.

/** MSW's browser build, as the bundler resolves `msw/browser`. */
export const MSW_BROWSER_MODULE = /[\\/]msw[\\/]lib[\\/]browser[\\/]index\.mjs$/;

function changed(what: string): Error {
  return new Error(
    `msw-browser-build: MSW’s browser code has changed (${what}); see scripts/build/msw-browser-build.ts`,
  );
}

/** `code` with `find` replaced by `by`, which must match exactly `count` times. */
function replaceExactly(code: string, find: RegExp, by: string, count: number, what: string) {
  const everywhere = new RegExp(find.source, 'g');
  const found = code.match(everywhere)?.length ?? 0;
  if (found !== count) throw changed(`expected ${String(count)} × ${what}, found ${String(found)}`);
  return code.replace(everywhere, by);
}

/**
 * MSW's `worker.start()` talks to its service worker twice before it answers anything: it asks for the
 * worker script's checksum (`INTEGRITY_CHECK_REQUEST`), waits for the answer, and only then asks to be
 * served (`MOCK_ACTIVATE`) and waits again. The checksum only decides whether to print a warning about a
 * stale `mockServiceWorker.js`, yet each answer waits for a free moment on the page's main thread, which
 * the first load keeps busy: the first wait cost 15–100 ms of every load (docs/performance.md).
 *
 * The production build sends both messages at once: the check still runs and still warns, but the
 * start no longer waits for it. The worker answers the messages in the order they were sent, so the
 * page is still served only after `MOCK_ACTIVATE`, as before.
 */
export function startWithoutWaitingForIntegrity(code: string): string {
  return replaceExactly(
    code,
    /await this\.#checkWorkerIntegrity\(\)\.catch\(/,
    'void this.#checkWorkerIntegrity().catch(',
    1,
    'awaited integrity check',
  );
}

/** What the page says if MSW is started where a service worker cannot run. */
export const NO_FALLBACK_MESSAGE =
  'MSW’s fallback mode (mocking without a service worker) is left out of this build: the mock needs a service worker';

/**
 * MSW's browser build carries two ways of mocking that the portal never uses, 7.9 KB gzip of its
 * first load (docs/performance.md):
 * - its fallback mode, for a page without a service worker, which patches `fetch` and
 *   `XMLHttpRequest` in the page instead. The portal's mock refuses to start without a service
 *   worker before it asks MSW (src/mocks/browser.ts): the contract says the worker answers every call;
 * - its WebSocket interception. The mock has no WebSocket handlers, so MSW would let every socket
 *   through anyway.
 *
 * The build starts MSW with its service-worker source alone, and the fallback throws a clear error
 * instead. The interceptors' classes set their identifying symbol in a static block, which the
 * bundler must keep as a side effect; written as static fields with the same pure value, the
 * bundler drops the unused classes with everything only they use.
 */
export function serviceWorkerSourceOnly(code: string): string {
  let patched = replaceExactly(
    code,
    /static \{\s*this\.symbol = (\/\* @__PURE__ \*\/ Symbol\.for\("(?:fetch|xhr|websocket)-interceptor"\));\s*\}/,
    'static symbol = $1;',
    3,
    'interceptor symbol set in a static block',
  );
  patched = replaceExactly(
    patched,
    /: new FallbackHttpSource\(\{\s*quiet: options\?\.quiet\s*\}\)/,
    `: (() => { throw new Error(${JSON.stringify(NO_FALLBACK_MESSAGE)}); })()`,
    1,
    'fallback source',
  );
  return replaceExactly(
    patched,
    /,\s*new InterceptorSource2\(\{\s*interceptors: \[new WebSocketInterceptor\(\)\]\s*\}\)/,
    '',
    1,
    'WebSocket source',
  );
}

/** The build's side of it (the dev server serves MSW pre-bundled, unchanged). */
export function mswBrowserBuild(): Plugin {
  return {
    name: 'msw-browser-build',
    apply: 'build',
    transform: (code, id) =>
      MSW_BROWSER_MODULE.test(id)
        ? { code: serviceWorkerSourceOnly(startWithoutWaitingForIntegrity(code)), map: null }
        : null,
  };
}
