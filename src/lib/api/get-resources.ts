import { queryOptions } from '@tanstack/react-query';
import { subscriptionPath } from '@/contract/arm-paths';
import { API_VERSIONS } from '@/contract/api-versions';
import { EXPAND_PROPERTIES, expandedResourceListSchema } from '@/contract/resources';
import { armFetchAll } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

/**
 * A subscription's resources, with the effective state (R6 already applied by the API). ARM's list
 * leaves each resource's `properties` out; the portal asks for them, as docs/contract.md says.
 */
export function resourcesQueryOptions(subscriptionId: string) {
  return queryOptions({
    queryKey: queryKeys.resources(subscriptionId),
    queryFn: ({ signal }) =>
      armFetchAll({
        path: `${subscriptionPath(subscriptionId)}/resources`,
        apiVersion: API_VERSIONS.resources,
        query: { $expand: EXPAND_PROPERTIES },
        schema: expandedResourceListSchema,
        signal,
      }),
  });
}
