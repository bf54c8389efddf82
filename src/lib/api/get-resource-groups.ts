import { queryOptions } from '@tanstack/react-query';
import { subscriptionPath } from '@/contract/arm-paths';
import { API_VERSIONS } from '@/contract/api-versions';
import { resourceGroupListSchema } from '@/contract/resources';
import { armFetchAll } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

export function resourceGroupsQueryOptions(subscriptionId: string) {
  return queryOptions({
    queryKey: queryKeys.resourceGroups(subscriptionId),
    queryFn: ({ signal }) =>
      armFetchAll({
        path: `${subscriptionPath(subscriptionId)}/resourcegroups`,
        apiVersion: API_VERSIONS.resources,
        schema: resourceGroupListSchema,
        signal,
      }),
  });
}
