import { queryOptions } from '@tanstack/react-query';
import { subscriptionPath } from '@/contract/arm-paths';
import { API_VERSIONS } from '@/contract/api-versions';
import { billingSubscriptionSchema } from '@/contract/billing';
import { armFetch } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

export function billingQueryOptions(subscriptionId: string) {
  return queryOptions({
    queryKey: queryKeys.billing(subscriptionId),
    queryFn: ({ signal }) =>
      armFetch({
        path: `${subscriptionPath(subscriptionId)}/providers/Microsoft.Billing/billingSubscriptions/default`,
        apiVersion: API_VERSIONS.billing,
        schema: billingSubscriptionSchema,
        signal,
      }),
  });
}
