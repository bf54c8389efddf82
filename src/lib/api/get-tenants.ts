import { queryOptions } from '@tanstack/react-query';
import { API_VERSIONS } from '@/contract/api-versions';
import { tenantListSchema } from '@/contract/tenants';
import { armFetchAll } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

export function tenantsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.tenants(),
    queryFn: ({ signal }) =>
      armFetchAll({
        path: '/tenants',
        apiVersion: API_VERSIONS.subscriptions,
        schema: tenantListSchema,
        signal,
      }),
    staleTime: Infinity,
  });
}
