import { ensureMockAnswering, recoverMockNetwork, setNetworkRecovery } from '@/lib/api-client';

/** What the mock's worker sends when it holds a call from this tab that it no longer mocks. */
export const MOCK_NEEDED_MESSAGE = 'PORTAL_MOCK_NEEDED';

/**
 * Keeps the in-browser mock answering for the life of the tab. Chromium stops idle service
 * workers, and a restarted worker no longer knows this tab, so it lets every call through to the
 * real network; MSW also stops mocking a tab hidden for about five minutes. Three ways back:
 * - a call that fails with `TypeError: Failed to fetch`, or
 * - a call answered without the mock's mark (it reached the real network):
 *   the API client restarts the worker once for all such calls and repeats them (`api-client.ts`);
 * - the tab becoming visible again (or restored from the back-forward cache): the mock is asked a
 *   harmless read first and restarted when it does not answer, before the user clicks anything;
 * - the worker itself asking: it holds a call to the mock from a tab it does not know (it was
 *   stopped and started again) and asks the tab to re-activate mocking (public/mock-worker.js), so
 *   that calls the app does not make (a test suite's own `fetch`) are answered too.
 *
 * Returns a function that removes the listeners.
 */
export function installWorkerRecovery(restart: () => Promise<void>): () => void {
  setNetworkRecovery(restart);
  const probeUrl = `${window.location.origin}/__demo/state`;
  const check = (): void => {
    if (document.visibilityState !== 'visible') return;
    // A failed check needs no handling of its own: the next call recovers the same way.
    ensureMockAnswering(probeUrl).catch(() => undefined);
  };
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) check();
  };
  const onWorkerMessage = (event: MessageEvent<unknown>): void => {
    const data = event.data;
    if (typeof data !== 'object' || data === null || !('type' in data)) return;
    // One restart however many held calls ask (recoverMockNetwork is single-flight).
    if (data.type === MOCK_NEEDED_MESSAGE) recoverMockNetwork().catch(() => undefined);
  };
  const workers =
    typeof navigator !== 'undefined' && 'serviceWorker' in navigator
      ? navigator.serviceWorker
      : undefined;
  document.addEventListener('visibilitychange', check);
  window.addEventListener('pageshow', onPageShow);
  workers?.addEventListener('message', onWorkerMessage);
  return () => {
    document.removeEventListener('visibilitychange', check);
    window.removeEventListener('pageshow', onPageShow);
    workers?.removeEventListener('message', onWorkerMessage);
  };
}
