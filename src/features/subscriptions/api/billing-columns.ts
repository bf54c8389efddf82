import { queryOptions } from '@tanstack/react-query';
import { built, z } from '@/contract/zod';
import { API_VERSIONS } from '@/contract/api-versions';
import { armListSchema } from '@/contract/arm-list';
import { billingPropertiesSchema, type BillingProperty } from '@/contract/billing';
import { armFetchAll } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

/**
 * What the list shows of each billing read (offer, cost) and what tells it to poll (lifecycle).
 * `$select` leaves invoices, plans and periods out: half the bytes for 5,000 subscriptions, and the
 * mock computes no invoices.
 */
const COLUMNS = [
  'offerName',
  'offerId',
  'monthToDateCharges',
  'lifecycle',
] as const satisfies readonly BillingProperty[];

const billingColumnsListSchema = armListSchema(
  z.lazy(() =>
    z.object({
      properties: z.pick(built(billingPropertiesSchema), {
        subscriptionId: true,
        offerName: true,
        offerId: true,
        monthToDateCharges: true,
        lifecycle: true,
      }),
    }),
  ),
);

export type BillingColumns = z.infer<
  typeof billingColumnsListSchema
>['value'][number]['properties'];

export function billingColumnsQueryOptions() {
  return queryOptions({
    // Under the billing list's key, so whatever refreshes the billing list refreshes this too.
    queryKey: [...queryKeys.billingList(), 'list-columns'] as const,
    queryFn: async ({ signal }) => {
      const items = await armFetchAll({
        path: '/providers/Microsoft.Billing/billingSubscriptions',
        apiVersion: API_VERSIONS.billing,
        query: { $select: COLUMNS.join(',') },
        schema: billingColumnsListSchema,
        signal,
      });
      return items.map((item) => item.properties);
    },
    // Every poll brings new costs for thousands of rows: comparing them deeply first only adds work.
    structuralSharing: false,
  });
}
