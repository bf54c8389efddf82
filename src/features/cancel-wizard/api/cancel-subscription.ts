import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { paths } from '@/config/paths';
import { subscriptionPath } from '@/contract/arm-paths';
import { API_VERSIONS } from '@/contract/api-versions';
import {
  subscriptionOpResultSchema,
  type CancelRequest,
  type SubscriptionOpResult,
} from '@/contract/cancel';
import { armFetch } from '@/lib/api-client';
import { isArmError, type ArmError } from '@/lib/api-error';
import { addNotification } from '@/lib/notifications/notifications-store';
import { queryKeys } from '@/lib/api/keys';

export interface CancelSubscriptionInput {
  subscriptionId: string;
  displayName: string;
  body: CancelRequest;
}

export function cancelSubscription(
  subscriptionId: string,
  body: CancelRequest,
): Promise<SubscriptionOpResult> {
  return armFetch({
    method: 'POST',
    path: `${subscriptionPath(subscriptionId)}/providers/Microsoft.Subscription/cancel`,
    apiVersion: API_VERSIONS.subscriptionOps,
    body,
    schema: subscriptionOpResultSchema,
  });
}

/**
 * An answer that leaves open whether the request reached Azure (a lost connection, a 5xx, a
 * timeout): the cancellation may have been accepted, so a retry that then hears 409 "already
 * cancelled" is our own first request showing through (R14), not someone else's.
 */
function outcomeUnknown(error: unknown): boolean {
  return !isArmError(error) || error.retryable;
}

function isAlreadyCancelled(error: unknown): boolean {
  return isArmError(error) && error.status === 409 && error.code === 'SubscriptionAlreadyCanceled';
}

/**
 * R3/R5/R14: sends the cancel request once. On success the subscription still reads `Enabled` for up
 * to 10 minutes, so the Notifications entry stays "in progress" and watches for `Disabled`.
 */
export function useCancelSubscription(onDone: (subscriptionId: string) => void) {
  const queryClient = useQueryClient();
  const mayHaveBeenAccepted = useRef(false);
  return useMutation<SubscriptionOpResult, ArmError, CancelSubscriptionInput>({
    mutationFn: async ({ subscriptionId, body }) => {
      try {
        return await cancelSubscription(subscriptionId, body);
      } catch (error) {
        if (mayHaveBeenAccepted.current && isAlreadyCancelled(error)) return { subscriptionId };
        if (outcomeUnknown(error)) mayHaveBeenAccepted.current = true;
        throw error;
      }
    },
    onSuccess: (_result, { subscriptionId, displayName }) => {
      addNotification({
        operation: 'cancel',
        target: displayName,
        status: 'in-progress',
        link: paths.overview.getHref(subscriptionId),
        watch: { subscriptionId, state: 'Disabled' },
      });
      // Leave the wizard first: once the reads refresh, this subscription is no longer cancellable here.
      onDone(subscriptionId);
      return Promise.all(
        [
          queryKeys.subscriptions(),
          queryKeys.billingList(),
          queryKeys.permissions(subscriptionId),
          queryKeys.resources(subscriptionId),
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
