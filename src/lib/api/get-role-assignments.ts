import { queryOptions } from '@tanstack/react-query';
import { API_VERSIONS } from '@/contract/api-versions';
import { roleAssignmentListSchema } from '@/contract/authorization';
import { armFetchAll } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

export function roleAssignmentsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.roleAssignments(),
    queryFn: ({ signal }) =>
      armFetchAll({
        path: '/providers/Microsoft.Authorization/roleAssignments',
        apiVersion: API_VERSIONS.authorization,
        schema: roleAssignmentListSchema,
        signal,
      }),
  });
}
