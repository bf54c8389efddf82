import type { RouteObject } from 'react-router';

// The cancel wizard, Account Center and Support (`/subscriptions/{id}/cancel`, `/account`, `/support`).
export const cancelRoutes: RouteObject[] = [];
