import type { RouteObject } from 'react-router';
import { subscriptionBladeHandle } from '@/app/routes/route-handle';

// A subscription's Overview and its resources (`/subscriptions/{id}`, `/subscriptions/{id}/resources`),
// each lazy-loaded so the list does not pay for them.
export const overviewRoutes: RouteObject[] = [
  {
    path: 'subscriptions/:subscriptionId',
    handle: subscriptionBladeHandle,
    lazy: async () => {
      const { OverviewBlade } = await import('@/features/overview/components/overview-blade');
      return { Component: OverviewBlade };
    },
  },
  {
    path: 'subscriptions/:subscriptionId/resources',
    handle: subscriptionBladeHandle,
    lazy: async () => {
      const { ResourcesBlade } = await import('@/features/resources/components/resources-blade');
      return { Component: ResourcesBlade };
    },
  },
];
