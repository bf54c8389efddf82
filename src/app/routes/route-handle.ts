import type { QueryClient } from '@tanstack/react-query';

/** What a route may declare in its `handle` (React Router passes it through untouched). */
export interface RouteHandle {
  /**
   * Starts the blade's first reads without waiting for its code or its render (they are sent once
   * the mock answers, signed with the tab's persona): `prefetchRouteData` calls it at start-up.
   */
  prefetch?: (queryClient: QueryClient) => void;
}
