import { queryOptions } from '@tanstack/react-query';
import { API_VERSIONS } from '@/contract/api-versions';
import { billingSubscriptionListSchema } from '@/contract/billing';
import { armFetchAll } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

export function billingListQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.billingList(),
    queryFn: ({ signal }) =>
      armFetchAll({
        path: '/providers/Microsoft.Billing/billingSubscriptions',
        apiVersion: API_VERSIONS.billing,
        schema: billingSubscriptionListSchema,
        signal,
      }),
  });
}
