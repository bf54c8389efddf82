import type { RouteObject } from 'react-router';
import { lazyBladeRoute } from '@/app/routes/lazy-blade';
import { paths } from '@/config/paths';
import { prefetchSubscriptionRows } from '@/features/subscriptions/api/use-subscription-rows';

// The Subscriptions list. Each feature keeps its routes in its own file, lazy-loaded, so the first
// paint only pays for the shell.
export const subscriptionsRoutes: RouteObject[] = [
  lazyBladeRoute(
    paths.subscriptions.path,
    () =>
      import('@/features/subscriptions/components/subscriptions-blade').then(
        (m) => m.SubscriptionsBlade,
      ),
    { prefetch: prefetchSubscriptionRows },
  ),
];
