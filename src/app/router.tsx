import { createBrowserRouter, type RouteObject } from 'react-router';
import { cancelRoutes } from '@/app/routes/cancel-routes';
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

export function createAppRouter() {
  return createBrowserRouter(routes, { basename: BASE_PATH.replace(/\/$/, '') || '/' });
}
