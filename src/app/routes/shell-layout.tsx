import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { AccountBadge } from '@/components/shell/account-badge';
import { PortalShell } from '@/components/shell/portal-shell';
import { StateResetNotice } from '@/components/shell/state-reset-notice';
import { DemoControls } from '@/features/demo/components/demo-controls';
import { GlobalSearch } from '@/features/global-search/components/global-search';
import { NotificationWatcher } from '@/features/notifications/components/notification-watcher';
import { usePresentationSession } from '@/features/presentation/api/presentation-session';
import { NotificationsButton } from '@/features/notifications/components/notifications-button';
import { SettingsButton } from '@/features/settings/components/settings-button';
import { DeferredNotificationToaster } from '@/components/notifications/deferred-notification-toaster';
import { demoStateQueryOptions } from '@/lib/api/get-demo-state';
import { tenantsQueryOptions } from '@/lib/api/get-tenants';
import { usePersonaId } from '@/lib/session';
import { useStarted } from '@/lib/startup';

// The presentation's code loads only when one is asked for (`?present=seed`) or still running.
const Presentation = lazy(() =>
  import('@/features/presentation/components/presentation').then(({ Presentation: P }) => ({
    default: P,
  })),
);

/** The portal chrome around every blade: the signed-in persona and directory come from the mock. */
export function ShellLayout() {
  const demo = useQuery(demoStateQueryOptions());
  const persona = demo.data?.persona;
  // Known from start-up (the mock's saved state, or ?as=) or from the first demo-state read; a
  // failed refetch later keeps it.
  const signedIn = usePersonaId() !== null;
  const started = useStarted();
  const tenants = useQuery({ ...tenantsQueryOptions(), enabled: signedIn });
  const directory = tenants.data?.[0]?.displayName;
  const presentation = usePresentationSession(useLocation());
  return (
    <PortalShell
      starting={started ? undefined : <Loading />}
      search={<GlobalSearch ready={signedIn} />}
      actions={
        <>
          <DemoControls />
          <NotificationsButton />
          <SettingsButton />
          {persona && directory ? (
            <AccountBadge name={persona.displayName} directory={directory} />
          ) : null}
        </>
      }
    >
      {/* Every ARM read carries the signed-in persona's token: blades start once it is known, so
          their first reads are never sent unauthenticated. */}
      {demo.data?.notice ? <StateResetNotice notice={demo.data.notice} /> : null}
      {signedIn ? (
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      ) : demo.error ? (
        <QueryError error={demo.error} onRetry={() => void demo.refetch()} />
      ) : (
        <Loading />
      )}
      <DeferredNotificationToaster />
      {signedIn && <NotificationWatcher />}
      {signedIn && presentation ? (
        <Suspense fallback={null}>
          <Presentation session={presentation} />
        </Suspense>
      ) : null}
    </PortalShell>
  );
}
