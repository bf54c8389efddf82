import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { BillingLifecycle } from '@/contract/billing';
import { isSubscriptionId } from '@/contract/subscriptions';
import { permissionsQueryOptions } from '@/lib/api/get-permissions';
import { billingQueryOptions } from '@/lib/api/get-billing-subscription';
import { demoStateQueryOptions } from '@/lib/api/get-demo-state';
import { useRefetchWhenChanged } from '@/lib/api/refetch-when-changed';
import { subscriptionQueryOptions } from '@/lib/api/get-subscription';
import { lifecyclePollInterval } from '@/lib/poll-policy';

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

function lifecycleOf(billing: { properties: { lifecycle: BillingLifecycle } } | undefined) {
  return billing ? [billing.properties.lifecycle] : undefined;
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
    refetchInterval: (query) => lifecyclePollInterval(lifecycleOf(query.state.data)),
  });
  // The subscription, permissions and resources follow the billing read's pace (poll-policy.ts).
  const refetchInterval = lifecyclePollInterval(lifecycleOf(billing.data));
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
