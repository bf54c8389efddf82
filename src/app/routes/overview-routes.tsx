import type { RouteObject } from 'react-router';

// A subscription's Overview and its resources (`/subscriptions/{id}`, `/subscriptions/{id}/resources`),
// each lazy-loaded so the list does not pay for them.
export const overviewRoutes: RouteObject[] = [
  {
    path: 'subscriptions/:subscriptionId',
    lazy: async () => {
      const { OverviewBlade } = await import('@/features/overview/components/overview-blade');
      return { Component: OverviewBlade };
    },
  },
  {
    path: 'subscriptions/:subscriptionId/resources',
    lazy: async () => {
      const { ResourcesBlade } = await import('@/features/resources/components/resources-blade');
      return { Component: ResourcesBlade };
    },
  },
];
