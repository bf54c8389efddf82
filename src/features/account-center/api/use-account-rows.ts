import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BillingSubscription } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';
import { billingListQueryOptions } from '@/lib/api/get-billing-subscriptions';
import { subscriptionsQueryOptions } from '@/lib/api/get-subscriptions';
import { lifecyclePollInterval } from '@/lib/poll-policy';

export interface AccountRow {
  subscriptionId: string;
  displayName: string;
  /** ARM state, for Status; absent only while the subscription list is still loading. */
  state: SubscriptionState | undefined;
  billing: BillingSubscription['properties'];
}

type BillingList = readonly BillingSubscription[] | undefined;

/** Quick while any subscription is about to change by itself (R5, R11): poll-policy.ts decides. */
const pollInterval = (list: BillingList) =>
  lifecyclePollInterval(list?.map((b) => b.properties.lifecycle));

/** Every subscription's billing read joined with its ARM state. */
export function useAccountRows() {
  const billing = useQuery({
    ...billingListQueryOptions(),
    refetchInterval: (query) => pollInterval(query.state.data),
  });
  const subscriptions = useQuery({
    ...subscriptionsQueryOptions(),
    refetchInterval: pollInterval(billing.data),
  });
  const rows = useMemo<AccountRow[] | undefined>(() => {
    if (!billing.data) return undefined;
    const states = new Map(
      (subscriptions.data ?? []).map((s) => [s.subscriptionId.toLowerCase(), s.state]),
    );
    return billing.data.map((b) => ({
      subscriptionId: b.properties.subscriptionId,
      displayName: b.properties.displayName,
      state: states.get(b.properties.subscriptionId.toLowerCase()),
      billing: b.properties,
    }));
  }, [billing.data, subscriptions.data]);
  const failed = [billing, subscriptions].find((query) => query.error);
  return {
    rows,
    isPending: billing.isPending,
    error: failed?.error ?? null,
    retry: () => {
      void billing.refetch();
      void subscriptions.refetch();
    },
  };
}
