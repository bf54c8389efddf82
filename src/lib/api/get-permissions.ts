import { queryOptions } from '@tanstack/react-query';
import { subscriptionPath } from '@/contract/arm-paths';
import { API_VERSIONS } from '@/contract/api-versions';
import { permissionListSchema } from '@/contract/authorization';
import { armFetch } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

export function permissionsQueryOptions(subscriptionId: string) {
  return queryOptions({
    queryKey: queryKeys.permissions(subscriptionId),
    queryFn: ({ signal }) =>
      armFetch({
        path: `${subscriptionPath(subscriptionId)}/providers/Microsoft.Authorization/permissions`,
        apiVersion: API_VERSIONS.authorization,
        schema: permissionListSchema,
        signal,
      }).then((list) => list.value),
  });
}
