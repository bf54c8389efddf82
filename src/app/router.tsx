import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import type { RouteHandle } from '@/app/routes/route-handle';
import { cancelRoutes } from '@/app/routes/cancel-routes';
import { Loading } from '@/components/feedback/loading';
import { NotFound } from '@/app/routes/not-found';
import { RouteError } from '@/app/routes/route-error';
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
        errorElement: <RouteError />,
        // The first blade's code may still be downloading when the app first renders.
        hydrateFallbackElement: <Loading />,
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
const basename = BASE_PATH;

export function createAppRouter() {
  return createBrowserRouter(routes, { basename });
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
 * hovered or focused, route-prefetch.ts) instead of when the router needs it: the router asks for the
 * same modules later and gets them from the module cache. Once per route.
 */
const preloaded = new WeakSet<RouteObject>();

export function preloadRoute(pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname, basename) ?? []) {
    if (typeof route.lazy === 'function' && !preloaded.has(route)) {
      preloaded.add(route);
      // A failed download is the router's to report when it asks again; forgotten here, so a later
      // call (another link to the same blade) may try again.
      void Promise.resolve(route.lazy()).catch(() => preloaded.delete(route));
    }
  }
}
