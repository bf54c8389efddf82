// Ready at any moment (docs/contract.md, "Readiness"): from the moment `page.goto()` resolves, a call
// to the mock is answered by the mock, whoever makes it. Once a service worker controls the page, the
// worker holds such a call until the page's mock answers (public/mock-worker.js). Before that, on a
// first visit, the page is not controlled yet and a call would go straight to the network: this gate,
// installed by the entry before the page's `load` event, holds it until the worker takes control, then
// sends it as it was, so it still passes through the worker and shows as a request to a test suite.

/** Past this the call goes out as it is, as it did before the gate (no worker is coming). */
export const CONTROL_WAIT_MS = 15_000;

/** A call the mock answers: an ARM call on `armBaseUrl`'s origin, or `/__demo/*` on the page's. */
export function isMockCall(url: URL, armOrigin: string, pageOrigin: string): boolean {
  if (url.origin === armOrigin) return true;
  return url.origin === pageOrigin && url.pathname.startsWith('/__demo/');
}

function urlOf(input: RequestInfo | URL, base: string): URL | null {
  try {
    if (input instanceof URL) return input;
    return new URL(typeof input === 'string' ? input : input.url, base);
  } catch {
    return null;
  }
}

interface GateTarget {
  fetch: typeof fetch;
  location: { origin: string; href: string };
  setTimeout: (handler: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
}

/**
 * Wraps `target.fetch` while `container` (the page's `navigator.serviceWorker`) has no controller.
 * A page already controlled (a warm visit) is left alone: the worker does the waiting.
 */
export function holdMockCallsUntilControlled(
  target: GateTarget,
  container: ServiceWorkerContainer | undefined,
  armBaseUrl: string,
): void {
  if (container === undefined || container.controller !== null) return;
  const original = target.fetch.bind(target);
  const armOrigin = new URL(armBaseUrl).origin;
  let controlled: Promise<void> | null = null;
  const whenControlled = (): Promise<void> =>
    (controlled ??= new Promise<void>((resolve) => {
      const done = (): void => {
        target.clearTimeout(timer as never);
        container.removeEventListener('controllerchange', done);
        resolve();
      };
      const timer = target.setTimeout(done, CONTROL_WAIT_MS);
      container.addEventListener('controllerchange', done);
    }));
  target.fetch = (input, init) => {
    if (container.controller !== null) return original(input, init);
    const url = urlOf(input, target.location.href);
    if (url === null || !isMockCall(url, armOrigin, target.location.origin)) {
      return original(input, init);
    }
    return whenControlled().then(() => original(input, init));
  };
}
