import type { RouteObject } from 'react-router';

// A subscription's Overview and its resources (`/subscriptions/{id}`, `/subscriptions/{id}/resources`).
export const overviewRoutes: RouteObject[] = [];
