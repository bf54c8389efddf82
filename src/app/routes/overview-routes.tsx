import type { RouteObject } from 'react-router';
import { lazyBladeRoute } from '@/app/routes/lazy-blade';
import { subscriptionBladeHandle } from '@/app/routes/route-handle';
import { paths } from '@/config/paths';

// A subscription's Overview and its resources (`/subscriptions/{id}`, `/subscriptions/{id}/resources`),
// each lazy-loaded so the list does not pay for them.
export const overviewRoutes: RouteObject[] = [
  lazyBladeRoute(
    paths.overview.path,
    () => import('@/features/overview/components/overview-blade').then((m) => m.OverviewBlade),
    subscriptionBladeHandle,
  ),
  lazyBladeRoute(
    paths.resources.path,
    () => import('@/features/resources/components/resources-blade').then((m) => m.ResourcesBlade),
    subscriptionBladeHandle,
  ),
];
