import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { RoleDefinitionName } from '@/contract/authorization';
import type { BillingSubscription } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';
import { roleAssignmentsQueryOptions } from '@/lib/queries/authorization';
import { billingListQueryOptions } from '@/lib/queries/billing';
import { subscriptionsQueryOptions } from '@/lib/queries/subscriptions';

export interface SubscriptionRow {
  subscriptionId: string;
  displayName: string;
  state: SubscriptionState;
  role: RoleDefinitionName | undefined;
  offerName: string | undefined;
  offerId: string | undefined;
  billing: BillingSubscription['properties'] | undefined;
}

/** The blade's rows: ARM's subscription list joined with the caller's roles and the billing read. */
export function useSubscriptionRows() {
  const [subscriptions, roles, billing] = useQueries({
    queries: [subscriptionsQueryOptions(), roleAssignmentsQueryOptions(), billingListQueryOptions()],
  });
  const rows = useMemo<SubscriptionRow[] | undefined>(() => {
    if (!subscriptions.data) return undefined;
    const roleByScope = new Map(
      (roles.data ?? []).map((assignment) => [assignment.properties.scope.toLowerCase(), assignment.properties.roleDefinitionName]),
    );
    const billingById = new Map((billing.data ?? []).map((item) => [item.properties.subscriptionId, item.properties]));
    return subscriptions.data.map((subscription) => {
      const bill = billingById.get(subscription.subscriptionId);
      return {
        subscriptionId: subscription.subscriptionId,
        displayName: subscription.displayName,
        state: subscription.state,
        role: roleByScope.get(`/subscriptions/${subscription.subscriptionId}`.toLowerCase()),
        offerName: bill?.offerName,
        offerId: bill?.offerId,
        billing: bill,
      };
    });
  }, [subscriptions.data, roles.data, billing.data]);
  const failed = [subscriptions, roles, billing].find((query) => query.error);
  return {
    rows,
    isPending: subscriptions.isPending,
    error: failed?.error ?? null,
    retry: () => {
      void subscriptions.refetch();
      void roles.refetch();
      void billing.refetch();
    },
  };
}
