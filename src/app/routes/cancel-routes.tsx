import type { RouteObject } from 'react-router';
import { subscriptionBladeHandle } from '@/app/routes/route-handle';
import { paths } from '@/config/paths';

// The cancel wizard, moving resources, Account Center and Support, each lazy-loaded with its feature.
export const cancelRoutes: RouteObject[] = [
  {
    path: paths.cancel.path,
    handle: subscriptionBladeHandle,
    lazy: async () => {
      const { CancelWizardBlade } =
        await import('@/features/cancel-wizard/components/cancel-wizard-blade');
      return { Component: CancelWizardBlade };
    },
  },
  {
    path: paths.moveResources.path,
    lazy: async () => {
      const { MoveBlade } = await import('@/features/move-resources/components/move-blade');
      return { Component: MoveBlade };
    },
  },
  {
    path: paths.accountCenter.path,
    lazy: async () => {
      const { AccountCenterBlade } =
        await import('@/features/account-center/components/account-center-blade');
      return { Component: AccountCenterBlade };
    },
  },
  {
    path: paths.support.path,
    lazy: async () => {
      const { SupportListBlade } = await import('@/features/support/components/support-list-blade');
      return { Component: SupportListBlade };
    },
  },
  {
    path: paths.newSupportRequest.path,
    lazy: async () => {
      const { NewSupportRequestBlade } =
        await import('@/features/support/components/new-support-request-blade');
      return { Component: NewSupportRequestBlade };
    },
  },
];
