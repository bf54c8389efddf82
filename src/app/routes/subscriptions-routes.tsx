import type { RouteObject } from 'react-router';

// The Subscriptions list. Each feature keeps its routes in its own file, lazy-loaded, so the first
// paint only pays for the shell.
export const subscriptionsRoutes: RouteObject[] = [
  {
    path: 'subscriptions',
    lazy: async () => {
      const { SubscriptionsBlade } =
        await import('@/features/subscriptions/components/subscriptions-blade');
      return { Component: SubscriptionsBlade };
    },
  },
];
