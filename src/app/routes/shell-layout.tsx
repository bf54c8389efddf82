import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '@/components/feedback/loading';
import { AccountBadge } from '@/components/shell/account-badge';
import { PortalShell } from '@/components/shell/portal-shell';
import { demoStateQueryOptions } from '@/lib/queries/demo-state';
import { tenantsQueryOptions } from '@/lib/queries/tenants';

/** The portal chrome around every blade: the signed-in persona and directory come from the mock. */
export function ShellLayout() {
  const demo = useQuery(demoStateQueryOptions());
  const tenants = useQuery({ ...tenantsQueryOptions(), enabled: demo.isSuccess });
  const persona = demo.data?.persona;
  const directory = tenants.data?.[0]?.displayName;
  return (
    <PortalShell actions={persona && directory ? <AccountBadge name={persona.displayName} directory={directory} /> : null}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </PortalShell>
  );
}
