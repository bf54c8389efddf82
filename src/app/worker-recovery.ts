import { ensureMockAnswering, setNetworkRecovery } from '@/lib/api-client';

/**
 * Keeps the in-browser mock answering for the life of the tab. Chromium stops idle service
 * workers, and a restarted worker no longer knows this tab, so it lets every call through to the
 * real network; MSW also stops mocking a tab hidden for about five minutes. Three ways back:
 * - a call that fails with `TypeError: Failed to fetch`, or
 * - a call answered without the mock's mark (it reached the real network):
 *   the API client restarts the worker once for all such calls and repeats them (`api-client.ts`);
 * - the tab becoming visible again (or restored from the back-forward cache): the mock is asked a
 *   harmless read first and restarted when it does not answer, before the user clicks anything.
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
  document.addEventListener('visibilitychange', check);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    document.removeEventListener('visibilitychange', check);
    window.removeEventListener('pageshow', onPageShow);
  };
}
