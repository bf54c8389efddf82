import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
import type { RouteHandle } from '@/app/routes/route-handle';
import { cancelRoutes } from '@/app/routes/cancel-routes';
import { NotFound } from '@/app/routes/not-found';
import { BladeErrorBoundary } from '@/app/routes/route-error';
import { overviewRoutes } from '@/app/routes/overview-routes';
import { ShellLayout } from '@/app/routes/shell-layout';
import { subscriptionsRoutes } from '@/app/routes/subscriptions-routes';
import { BASE_PATH } from '@/config/env';
import { HomePage } from '@/features/home/home-page';

export const routes: RouteObject[] = [
  {
    element: <ShellLayout />,
    children: [
      {
        element: <BladeErrorBoundary />,
        children: [
          { index: true, element: <HomePage /> },
          ...subscriptionsRoutes,
          ...overviewRoutes,
          ...cancelRoutes,
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

// Keep the base's trailing slash: with it, links to Home read `/portal/`, not `/portal`, which lies
// outside the mock worker's scope and which static hosts (and `vite preview`) answer with 404.
export const basename = BASE_PATH;

/**
 * The portal's routes, under the `BrowserRouter` of portal.tsx. React Router's declarative mode:
 * the routes load no data (the blades read through TanStack Query), so its data router had nothing
 * to do but lazy routes and an error boundary, which lazy-blade.tsx and route-error.tsx do here. It
 * cost 16.6 KB gzip more before the list shows (30.0 against 13.4 KB, measured in a bare build).
 */
export function AppRoutes() {
  return useRoutes(routes);
}

/**
 * Starts the first reads of the blade at `pathname` (its route's `handle.prefetch`) now. Call it only
 * once the tab knows its persona: a read that waits for start-up is signed when it leaves, and one
 * without a token would be refused.
 */
export function prefetchRouteData(pathname: string, queryClient: QueryClient): void {
  for (const { route, params } of matchRoutes(routes, pathname, basename) ?? []) {
    (route.handle as RouteHandle | undefined)?.prefetch?.(queryClient, params);
  }
}

/**
 * Starts downloading the blade of `pathname` now (while the mock starts, or when a link to it is
 * hovered or focused, route-prefetch.ts) instead of when the blade is first shown. Once per route: a
 * failed download is forgotten, so a later call (another link to the same blade) tries again.
 */
export function preloadRoute(pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname, basename) ?? []) {
    (route.handle as RouteHandle | undefined)?.preload?.();
  }
}
