import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { subscriptionPath } from '@/contract/arm-paths';
import { API_VERSIONS } from '@/contract/api-versions';
import { subscriptionOpResultSchema, type SubscriptionOpResult } from '@/contract/subscriptions';
import { armFetch } from '@/lib/api-client';
import type { ArmError } from '@/lib/api-error';
import { notifyFinished, notifyStarted } from '@/lib/notifications/notify-operation';
import { queryKeys } from '@/lib/api/keys';

export interface EnableSubscriptionInput {
  subscriptionId: string;
  /** For the notification; the API needs only the id. */
  displayName: string;
}

/** R10: self-service reactivation (`POST .../Microsoft.Subscription/enable`). */
export function enableSubscription(subscriptionId: string): Promise<SubscriptionOpResult> {
  return armFetch({
    method: 'POST',
    path: `${subscriptionPath(subscriptionId)}/providers/Microsoft.Subscription/enable`,
    apiVersion: API_VERSIONS.subscriptionOps,
    schema: subscriptionOpResultSchema,
  });
}

/** A reactivation changes the subscription's state, its billing and its resources' writability. */
export function invalidateAfterLifecycleChange(
  queryClient: QueryClient,
  subscriptionId: string,
): Promise<unknown> {
  return Promise.all([
    // Prefix keys: the list and this subscription's own read.
    queryClient.invalidateQueries({ queryKey: queryKeys.subscriptions() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.billingList() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.permissions(subscriptionId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.resources(subscriptionId) }),
    // The cancel wizard's impact preview depends on the subscription being cancellable again.
    queryClient.invalidateQueries({ queryKey: queryKeys.cancelPreview(subscriptionId) }),
  ]);
}

/** Reactivates, with a Notifications entry; disable the trigger while `isPending` (no double send). */
export function useEnableSubscription() {
  const queryClient = useQueryClient();
  return useMutation<
    SubscriptionOpResult,
    ArmError,
    EnableSubscriptionInput,
    { notificationId: string }
  >({
    mutationFn: ({ subscriptionId }) => enableSubscription(subscriptionId),
    onMutate: ({ subscriptionId, displayName }) => ({
      notificationId: notifyStarted({
        operation: 'reactivate',
        target: displayName,
        link: paths.overview.getHref(subscriptionId),
      }),
    }),
    onSuccess: (_result, { subscriptionId }, context) => {
      notifyFinished(context.notificationId);
      return invalidateAfterLifecycleChange(queryClient, subscriptionId);
    },
    onError: (error, _input, context) => {
      if (context) notifyFinished(context.notificationId, error);
    },
  });
}
