import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { applyLaunchParams } from '@/app/launch-params';
import { AppProviders } from '@/app/providers';
import { createAppRouter, preloadRoute } from '@/app/router';
import { installWorkerRecovery } from '@/app/worker-recovery';
import { setNetworkRecovery } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { demoStateQueryOptions } from '@/lib/queries/demo-state';
import '@/app/global.css';

// The mock backend must be answering before the first call, in development and in the production build.
async function bootstrap(): Promise<void> {
  // The blade's code downloads while the mock starts (it needs no mock), not after.
  preloadRoute(window.location.pathname);
  const { startMockWorker, restartMockWorker, MOCK_STORAGE_KEY } = await import('@/mocks/browser');
  await startMockWorker();
  setNetworkRecovery(restartMockWorker);
  installWorkerRecovery(restartMockWorker);
  await applyLaunchParams();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  const queryClient = createQueryClient();
  // Who is signed in must be known before the first ARM read, or that read goes out without a token.
  await queryClient.fetchQuery(demoStateQueryOptions());
  // Another tab's cancellation (or a demo reset) changes what ARM answers: refetch what is on screen.
  // Only other tabs' saves: this tab's own writes (fault counters included) must not loop into refetches.
  window.addEventListener('storage', (event) => {
    if (event.key === MOCK_STORAGE_KEY) void queryClient.invalidateQueries();
  });
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={createAppRouter()} />
      </AppProviders>
    </StrictMode>,
  );
}

// Never a blank page: if the mock cannot start (no service worker support, a blocked script), say so.
bootstrap().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (!root) return;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.style.cssText = 'font: 14px Segoe UI, sans-serif; padding: 24px; color: #a4262c';
  message.textContent = `The portal could not start its mock backend: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
  root.replaceChildren(message);
  console.error(error);
});
