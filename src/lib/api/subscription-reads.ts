import { useQuery, type QueryClient } from '@tanstack/react-query';
import { isSubscriptionId } from '@/contract/subscriptions';
import { permissionsQueryOptions } from '@/lib/api/get-permissions';
import { billingQueryOptions } from '@/lib/api/get-billing-subscription';
import { demoStateQueryOptions } from '@/lib/api/get-demo-state';
import { useRefetchWhenChanged } from '@/lib/api/refetch-when-changed';
import type { LifecyclePhase } from '@/contract/billing';
import { subscriptionQueryOptions } from '@/lib/api/get-subscription';

const LIVE_POLL_MS = 5_000;
const IDLE_POLL_MS = 60_000;

/**
 * How often a blade re-reads a subscription's state, billing, permissions and resources: every ~5 s
 * while a change is on its way (R5 cancellation showing, R11 reactivation by support), so the page
 * turns without a reload; otherwise once a minute.
 */
export function lifecyclePollInterval(phase: LifecyclePhase | undefined): number {
  return phase === 'cancellation-pending' || phase === 'reactivation-pending'
    ? LIVE_POLL_MS
    : IDLE_POLL_MS;
}

/**
 * The reads below, started before the blade's code has loaded (a route's `handle.prefetch`, at
 * start-up: a deep link's reads leave with the mock's first answer). A malformed id sends nothing.
 */
export function prefetchSubscriptionReads(queryClient: QueryClient, subscriptionId: string): void {
  if (!isSubscriptionId(subscriptionId)) return;
  void queryClient.prefetchQuery(billingQueryOptions(subscriptionId));
  void queryClient.prefetchQuery(subscriptionQueryOptions(subscriptionId));
  void queryClient.prefetchQuery(permissionsQueryOptions(subscriptionId));
}

/**
 * The reads every subscription blade starts from: billing (which says whether a change is pending),
 * the subscription and the caller's permissions, all polling fast while a change is on its way (R5,
 * R11). A malformed id sends nothing; reads wait for the signed-in persona so none goes unsigned.
 */
export function useSubscriptionReads(subscriptionId: string) {
  const valid = isSubscriptionId(subscriptionId);
  const session = useQuery(demoStateQueryOptions());
  const ready = valid && session.isSuccess;
  const billing = useQuery({
    ...billingQueryOptions(subscriptionId),
    enabled: ready,
    refetchInterval: (query) => lifecyclePollInterval(query.state.data?.properties.lifecycle.phase),
  });
  const refetchInterval = lifecyclePollInterval(billing.data?.properties.lifecycle.phase);
  const subscription = useQuery({
    ...subscriptionQueryOptions(subscriptionId),
    enabled: ready,
    refetchInterval,
  });
  const permissions = useQuery({
    ...permissionsQueryOptions(subscriptionId),
    enabled: ready,
    refetchInterval,
  });
  // The billing read notices a change first (it says when it shows, R5): the subscription's state and
  // what the caller may do follow at once, not at their own next poll.
  useRefetchWhenChanged(billing.data?.properties.lifecycle.phase, () => {
    void subscription.refetch();
    void permissions.refetch();
  });
  return { valid, ready, session, billing, subscription, permissions, refetchInterval };
}
