import type { HttpHandler } from 'msw';
import { API_VERSIONS } from '@/contract/api-versions';
import { armJson } from './arm-response';
import type { HandlerDeps } from './handler-deps';
import { subscriptionReadRoute } from './subscription-read-route';

/**
 * `GET /subscriptions/{id}/locations` (`az account list-locations`, the SDKs' `list_locations`):
 * the regions the subscription may use, readable by anyone who may read the subscription.
 */
export function locationHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    subscriptionReadRoute(deps, {
      method: 'get',
      path: '/subscriptions/:subscriptionId/locations',
      operation: 'getSubscription',
      family: 'subscriptions',
      run: async ({ world, url }, access) => {
        // The regions' table (1.4 KB gzip) loads on the first call: only the Azure tools ask for
        // it, and the browser's mock would otherwise carry it in every first load of the portal.
        const { locationsFor } = await import('../views/location-view');
        const apiVersion = url.searchParams.get('api-version') ?? API_VERSIONS.subscriptions;
        return armJson({ value: locationsFor(world, access.sub.subscriptionId, apiVersion) });
      },
    }),
  ];
}
