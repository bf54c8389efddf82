import type { RouteObject } from 'react-router';
import type { RouteHandle } from '@/app/routes/route-handle';
import { paths } from '@/config/paths';
import { prefetchSubscriptionRows } from '@/features/subscriptions/api/use-subscription-rows';

// The Subscriptions list. Each feature keeps its routes in its own file, lazy-loaded, so the first
// paint only pays for the shell.
export const subscriptionsRoutes: RouteObject[] = [
  {
    path: paths.subscriptions.path,
    handle: { prefetch: prefetchSubscriptionRows } satisfies RouteHandle,
    lazy: async () => {
      const { SubscriptionsBlade } =
        await import('@/features/subscriptions/components/subscriptions-blade');
      return { Component: SubscriptionsBlade };
    },
  },
];
