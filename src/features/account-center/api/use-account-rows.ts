import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BillingSubscription } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';
import { billingListQueryOptions } from '@/lib/api/get-billing-subscriptions';
import { subscriptionsQueryOptions } from '@/lib/api/get-subscriptions';

export interface AccountRow {
  subscriptionId: string;
  displayName: string;
  /** ARM state, for Status; absent only while the subscription list is still loading. */
  state: SubscriptionState | undefined;
  billing: BillingSubscription['properties'];
}

/** Poll while something is about to change by itself (R5 propagation, R11 support resolution). */
const PENDING_POLL_MS = 30_000;

function changesByItself(billing: BillingSubscription['properties']): boolean {
  const { phase, pendingReactivation } = billing.lifecycle;
  return (
    phase === 'cancellation-pending' ||
    phase === 'reactivation-pending' ||
    pendingReactivation !== undefined
  );
}

/** Every subscription's billing read joined with its ARM state. */
export function useAccountRows() {
  const billing = useQuery({
    ...billingListQueryOptions(),
    refetchInterval: (query) =>
      (query.state.data ?? []).some((b) => changesByItself(b.properties)) ? PENDING_POLL_MS : false,
  });
  const polling = (billing.data ?? []).some((b) => changesByItself(b.properties));
  const subscriptions = useQuery({
    ...subscriptionsQueryOptions(),
    refetchInterval: polling ? PENDING_POLL_MS : false,
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
