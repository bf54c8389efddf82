import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import { prefetchSubscriptionReads } from '@/lib/api/subscription-reads';

/** What a route may declare in its `handle` (React Router keeps it on the route, untouched). */
export interface RouteHandle {
  /**
   * Starts the blade's first reads without waiting for its code or its render (they are sent once
   * the mock answers, signed with the tab's persona): `prefetchRouteData` calls it at start-up, for
   * the address the tab opened on. The same reads the blade makes, under the same keys: only sooner.
   */
  prefetch?: (queryClient: QueryClient, params: Params) => void;
  /** Starts downloading the blade's code (lazy-blade.tsx); a failure is left to the blade's opening. */
  preload?: () => void;
}

/** The handle of a blade that starts from one subscription's reads (Overview, resources, cancel wizard). */
export const subscriptionBladeHandle: RouteHandle = {
  prefetch: (queryClient, { subscriptionId = '' }) =>
    prefetchSubscriptionReads(queryClient, subscriptionId),
};
