import { subscriptionScope } from '@/contract/arm-paths';
import { useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  billingColumnsQueryOptions,
  type BillingColumns,
} from '@/features/subscriptions/api/billing-columns';
import type { ListRow } from '@/features/subscriptions/list-rows';
import { roleAssignmentsQueryOptions } from '@/lib/api/get-role-assignments';
import { commonMessages, offerDisplayName } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { useRefetchWhenChanged } from '@/lib/api/refetch-when-changed';
import { subscriptionsQueryOptions } from '@/lib/api/get-subscriptions';
import { lifecyclePollInterval } from '@/lib/poll-policy';

export type SubscriptionRow = ListRow;

/** The list polls quickly while the billing read says any row is about to change (R5, R11). */
function pollInterval(billing: BillingColumns[] | undefined): number | false {
  return lifecyclePollInterval(billing?.map((item) => item.lifecycle));
}

/**
 * Starts the blade's three reads before the blade renders (src/app/portal.tsx, at start-up): they go
 * out as soon as the mock answers instead of when the blade's first render commits, and the blade
 * finds them cached or on their way. Same query options, so nothing is read twice.
 */
export function prefetchSubscriptionRows(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(subscriptionsQueryOptions());
  void queryClient.prefetchQuery(roleAssignmentsQueryOptions());
  void queryClient.prefetchQuery(billingColumnsQueryOptions());
}

/** The blade's rows: ARM's subscription list joined with the caller's roles and the billing read. */
export function useSubscriptionRows() {
  const queryClient = useQueryClient();
  const common = useMessages(commonMessages);
  // Both list reads follow the billing read's pace, so Status turns Disabled without a reload (R5).
  const interval = () =>
    pollInterval(queryClient.getQueryData(billingColumnsQueryOptions().queryKey));
  const [subscriptions, roles, billing] = useQueries({
    queries: [
      { ...subscriptionsQueryOptions(), refetchInterval: interval },
      roleAssignmentsQueryOptions(),
      { ...billingColumnsQueryOptions(), refetchInterval: interval },
    ],
  });

  const rows = useMemo<SubscriptionRow[] | undefined>(() => {
    if (!subscriptions.data) return undefined;
    const roleByScope = new Map(
      (roles.data ?? []).map((assignment) => [
        assignment.properties.scope.toLowerCase(),
        assignment.properties.roleDefinitionName,
      ]),
    );
    const billingById = new Map((billing.data ?? []).map((item) => [item.subscriptionId, item]));
    return subscriptions.data.map((subscription) => {
      const bill = billingById.get(subscription.subscriptionId);
      return {
        subscriptionId: subscription.subscriptionId,
        displayName: subscription.displayName,
        state: subscription.state,
        role: roleByScope.get(subscriptionScope(subscription.subscriptionId).toLowerCase()),
        // The offer in the portal's language, so the column, its filter and its sort read as the sentences do.
        offerName: offerDisplayName(common, bill?.offerId, bill?.offerName),
        offerId: bill?.offerId,
        cost: bill?.monthToDateCharges,
      };
    });
  }, [subscriptions.data, roles.data, billing.data, common]);
  // The billing read may notice a change first; it also slows both polls once nothing is pending, so
  // the list's Status follows it at once instead of up to a minute later.
  const phases = useMemo(
    () => billing.data?.map((item) => item.lifecycle.phase).join(','),
    [billing.data],
  );
  useRefetchWhenChanged(phases, () => {
    void subscriptions.refetch();
  });

  const failed = [subscriptions, roles, billing].find((query) => query.error);
  return {
    rows,
    isPending: subscriptions.isPending,
    isFetching: subscriptions.isFetching || roles.isFetching || billing.isFetching,
    error: failed?.error ?? null,
    retry: () => {
      void subscriptions.refetch();
      void roles.refetch();
      void billing.refetch();
    },
  };
}
