import { queryOptions } from '@tanstack/react-query';
import { API_VERSIONS } from '@/contract/api-versions';
import { subscriptionListSchema } from '@/contract/subscriptions';
import { armFetchAll } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

export function subscriptionsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.subscriptions(),
    queryFn: ({ signal }) =>
      armFetchAll({
        path: '/subscriptions',
        apiVersion: API_VERSIONS.subscriptions,
        schema: subscriptionListSchema,
        signal,
      }),
  });
}
