import type { RouteObject } from 'react-router';
import { lazyBladeRoute } from '@/app/routes/lazy-blade';
import { subscriptionBladeHandle } from '@/app/routes/route-handle';
import { paths } from '@/config/paths';

// The cancel wizard, moving resources, Account Center and Support, each lazy-loaded with its feature.
export const cancelRoutes: RouteObject[] = [
  lazyBladeRoute(
    paths.cancel.path,
    () =>
      import('@/features/cancel-wizard/components/cancel-wizard-blade').then(
        (m) => m.CancelWizardBlade,
      ),
    subscriptionBladeHandle,
  ),
  lazyBladeRoute(paths.moveResources.path, () =>
    import('@/features/move-resources/components/move-blade').then((m) => m.MoveBlade),
  ),
  lazyBladeRoute(paths.accountCenter.path, () =>
    import('@/features/account-center/components/account-center-blade').then(
      (m) => m.AccountCenterBlade,
    ),
  ),
  lazyBladeRoute(paths.support.path, () =>
    import('@/features/support/components/support-list-blade').then((m) => m.SupportListBlade),
  ),
  lazyBladeRoute(paths.newSupportRequest.path, () =>
    import('@/features/support/components/new-support-request-blade').then(
      (m) => m.NewSupportRequestBlade,
    ),
  ),
];
