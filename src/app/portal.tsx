import type { QueryClient } from '@tanstack/react-query';
import type * as MockModule from '@/mocks/browser';
import { startTransition, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import {
  applyLaunchRequest,
  readLaunchParams,
  withoutLaunchParams,
  type LaunchRequest,
} from '@/app/launch-params';
import { AppProviders } from '@/app/providers';
import { installRoutePrefetch } from '@/app/route-prefetch';
import { AppRoutes, basename, prefetchRouteData, preloadRoute } from '@/app/router';
import { installWorkerRecovery } from '@/app/worker-recovery';
import { pause } from '@/config/pause';
import { createQueryClient } from '@/lib/query-client';
import { getPersonaId } from '@/lib/session';
import { setStartupGate } from '@/lib/startup';

/** The in-browser mock backend (`src/mocks/browser.ts`), which `main.tsx` starts before the portal. */
export type MockBackend = typeof MockModule;

/**
 * The portal renders at once and the mock backend starts beside it. Until the mock answers and the
 * address's scenario and persona are applied, every call waits (`lib/startup.ts`) and the shell keeps
 * its blade area busy; blades also wait for the signed-in persona (shell-layout.tsx), so no ARM read
 * goes out without a token.
 */
async function startMock(
  mock: Promise<MockBackend>,
  launch: LaunchRequest,
  queryClient: QueryClient,
): Promise<void> {
  const { restartMockWorker, MOCK_STORAGE_KEY } = await mock;
  performance.mark('portal:mock-answering');
  installWorkerRecovery(restartMockWorker);
  await applyLaunchRequest(launch);
  dropLaunchParams();
  // Another tab's cancellation (or a demo reset) changes what ARM answers: refetch what is on screen.
  // Only other tabs' saves: this tab's own writes (fault counters included) must not loop into refetches.
  window.addEventListener('storage', (event) => {
    if (event.key === MOCK_STORAGE_KEY) void queryClient.invalidateQueries();
  });
}

/**
 * Applied launch parameters leave the address bar (contract §3). Always before the router reads the
 * address: a start with parameters for the mock renders once they are applied (`startPortal`), and
 * one with none (a language alone) drops them before its first render.
 */
function dropLaunchParams(): void {
  const search = withoutLaunchParams(window.location.search);
  if (search === null) return;
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
}

/** Never a blank page: if the mock cannot start (no service worker support, a blocked script), say so. */
function reportStartFailure(root: Root, error: unknown): void {
  console.error(error);
  const reason = error instanceof Error ? error.message : String(error);
  // Rendered by the same root, which replaces the portal (whatever it was rendering) with this.
  root.render(
    <p role="alert" style={{ font: '14px Segoe UI, sans-serif', padding: 24, color: '#a4262c' }}>
      The portal could not start its mock backend: {reason}. Reload the page to try again.
    </p>,
  );
}

export interface MockStart {
  /** Resolves when the mock answers (`startMockWorker`). */
  answering: Promise<MockBackend>;
  /** Resolves once the persona is known, or known to come from the demo state. */
  signedIn: Promise<void>;
}

/** Renders the portal at once; `main.tsx` has already started the mock. */
export function startPortal(mock: MockStart): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  // The blade's code downloads while the mock starts (it needs no mock), not after.
  preloadRoute(window.location.pathname);
  // And the blade of any link the user points at or tabs to.
  installRoutePrefetch(preloadRoute);
  // Before the first render: the language applies at once, the token names the asked persona.
  const launch = readLaunchParams(window.location.search);
  const queryClient = createQueryClient();
  // The landing blade's reads leave when the mock answers, not when the blade has rendered. Without
  // a persona yet (a launch scenario without one), the blade reads once the demo state names it.
  // In a task of their own: the mock has usually answered by now, and the three calls would
  // otherwise join the portal's set-up in one long task.
  void mock.signedIn.then(pause).then(
    () => {
      if (getPersonaId() !== null) prefetchRouteData(window.location.pathname, queryClient);
    },
    () => undefined, // the mock did not load: `startMock` reports it
  );
  const started = startMock(mock.answering, launch, queryClient);
  setStartupGate(started);
  const root = createRoot(container);
  started.catch((error: unknown) => reportStartFailure(root, error));
  const render = () => {
    performance.mark('portal:render');
    startTransition(() => {
      root.render(
        <StrictMode>
          <AppProviders queryClient={queryClient}>
            {/* Without transitions: a route change renders at once, as a keystroke in the list's
                search box does when it writes the URL. */}
            <BrowserRouter basename={basename} useTransitions={false}>
              <AppRoutes />
            </BrowserRouter>
          </AppProviders>
        </StrictMode>,
      );
    });
  };
  // A launch request (a suite's `?scenario=…&as=…`, a share link) changes the world before any blade
  // can read, and the portal shows only a spinner until it is applied. Rendered meanwhile, the first
  // render's slices delay each step of the mock's answer to it (reading the body, digesting it,
  // saving): 200-300 ms for a reset instead of about 60. So then the portal renders once it is
  // applied, the page's own frame showing until then; every other start renders at once, beside the
  // mock's.
  if (Object.values(launch).some((value) => value !== undefined)) {
    void started.then(render, () => undefined);
  } else {
    dropLaunchParams();
    render();
  }
}
