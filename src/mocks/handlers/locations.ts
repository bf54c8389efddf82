import type { HttpHandler } from 'msw';
import { API_VERSIONS } from '@/contract/api-versions';
import { locationsFor } from '../views/location-view';
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
      run: ({ world, url }, access) =>
        armJson({
          value: locationsFor(
            world,
            access.sub.subscriptionId,
            url.searchParams.get('api-version') ?? API_VERSIONS.subscriptions,
          ),
        }),
    }),
  ];
}
