import { queryOptions } from '@tanstack/react-query';
import { subscriptionPath } from '@/contract/arm-paths';
import { API_VERSIONS } from '@/contract/api-versions';
import { subscriptionSchema } from '@/contract/subscriptions';
import { armFetch } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

export function subscriptionQueryOptions(subscriptionId: string) {
  return queryOptions({
    queryKey: queryKeys.subscription(subscriptionId),
    queryFn: ({ signal }) =>
      armFetch({
        path: subscriptionPath(subscriptionId),
        apiVersion: API_VERSIONS.subscriptions,
        schema: subscriptionSchema,
        signal,
      }),
  });
}
