import type { RouteObject } from 'react-router';
import { subscriptionBladeHandle } from '@/app/routes/route-handle';
import { paths } from '@/config/paths';

// A subscription's Overview and its resources (`/subscriptions/{id}`, `/subscriptions/{id}/resources`),
// each lazy-loaded so the list does not pay for them.
export const overviewRoutes: RouteObject[] = [
  {
    path: paths.overview.path,
    handle: subscriptionBladeHandle,
    lazy: async () => {
      const { OverviewBlade } = await import('@/features/overview/components/overview-blade');
      return { Component: OverviewBlade };
    },
  },
  {
    path: paths.resources.path,
    handle: subscriptionBladeHandle,
    lazy: async () => {
      const { ResourcesBlade } = await import('@/features/resources/components/resources-blade');
      return { Component: ResourcesBlade };
    },
  },
];
