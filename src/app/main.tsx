import { launchNamesIdentity } from '@/app/launch-identity';
import type { MockBackend } from '@/app/portal';
import { setPersonaId } from '@/lib/session';
import { ARM_BASE_URL } from '@/config/env';
import { pause } from '@/config/pause';
import { holdMockCallsUntilControlled } from '@/mocks/ready-gate';

// The entry: starts the mock backend, then the portal. Both chunks download together (index.html
// preloads them, scripts/build/first-load-chunks.ts); the mock's smaller one is evaluated first, so its
// handshake with the service worker goes on while the portal's code is evaluated and renders.

// Before anything else, and before the page's `load` event: a call to the mock made as soon as the
// page has loaded waits for the mock's worker instead of going to the network (src/mocks/ready-gate.ts).
holdMockCallsUntilControlled(window, navigator.serviceWorker, ARM_BASE_URL);

// The page's first Intl formatter loads ICU, the browser's locale data: 160-280 ms on a phone's CPU
// (4× slowdown, measured in Chromium), which the portal's code otherwise pays inside its own
// evaluation, one long task before the first rows; its first date format loads calendars (16-49 ms).
// Here each takes a task of its own while the chunks below download, time the page otherwise spends
// waiting on the network.
setTimeout(() => new Intl.NumberFormat('en-US'), 0);
setTimeout(() => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }), 0);

const portal = import('@/app/portal');
// The development server has no bundle to preload: it serves every module on request, and the two
// graphs fetched at once would slow each other down (about 0.4 s later to the first render). There the
// mock's graph is fetched after the portal's, as before this entry existed.
const backend: Promise<MockBackend> = import.meta.env.DEV
  ? portal.then(
      () => import('@/mocks/browser'),
      () => import('@/mocks/browser'),
    )
  : import('@/mocks/browser');
// Each step below starts in a task of its own (`pause`): a chunk's evaluation and the work that
// follows it would otherwise make one long task, which holds back the page's first frames and input
// (Lighthouse counts each such task past 50 ms in its total blocking time).
const signedIn = backend.then(async (mock) => {
  await pause();
  // The mock's saved state says who is signed in, so the blades' reads go out with the demo-state
  // read, not after it (which confirms the token). Read on every start, never kept from before a
  // reload: the persona may have been switched since (another tab, a suite's /__demo/persona), and
  // reads signed with an old token would show the previous persona's rows until the demo state
  // answered.
  if (!launchNamesIdentity(window.location.search)) setPersonaId(mock.signedInPersonaId());
});
const answering = signedIn.then(async () => {
  const mock = await backend;
  await pause();
  await mock.startMockWorker();
  return mock;
});
// Both are reported on the page by the portal (`startPortal`); not unhandled meanwhile.
signedIn.catch(() => undefined);
answering.catch(() => undefined);

portal.then(
  async ({ startPortal }) => {
    await pause();
    startPortal({ answering, signedIn });
  },
  (error: unknown) => {
    // Never a blank page: the portal's own code did not arrive (a new deployment replaced it, say).
    console.error(error);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.style.cssText = 'font: 14px Segoe UI, sans-serif; padding: 24px; color: #a4262c';
    message.textContent = 'The portal could not load its code. Reload the page to try again.';
    document.getElementById('root')?.replaceChildren(message);
  },
);
