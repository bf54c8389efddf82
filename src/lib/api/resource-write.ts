import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import type { GenericResource } from '@/contract/resources';
import { subscriptionIdOfResource } from '@/contract/resource-id';
import type { ArmError } from '@/lib/api-error';
import { queryKeys } from '@/lib/api/keys';
import { notifyFinished, notifyStarted } from '@/lib/notifications/notify-operation';
import type { NotificationOperation } from '@/lib/notifications/notifications-store';

// What every resource write shares, whether the Resources blade or the cancel wizard (R2) sends it.
// Every write is refused with 409 ReadOnlyDisabledSubscription while the subscription is Disabled
// (R6); the caller shows ARM's message.

export type ResourceRef = Pick<GenericResource, 'id' | 'name'>;

export interface ResourceMutationOptions {
  /** Extra reads the caller shows that this write changes, e.g. the cancel wizard's impact preview. */
  alsoInvalidate?: readonly QueryKey[];
}

/**
 * One resource write with a Notifications entry, then a refetch of the subscription's resources.
 * Triggers must be disabled while `isPending` so a double click never sends twice.
 */
export function useResourceWrite<Input extends { resource: ResourceRef }, Result>(
  run: (input: Input) => Promise<Result>,
  operationOf: (input: Input) => NotificationOperation,
  options: ResourceMutationOptions,
) {
  const queryClient = useQueryClient();
  return useMutation<Result, ArmError, Input, { notificationId: string }>({
    mutationFn: run,
    onMutate: (input) => ({
      notificationId: notifyStarted({
        operation: operationOf(input),
        target: input.resource.name,
        link: paths.resources.getHref(subscriptionIdOfResource(input.resource.id)),
      }),
    }),
    onSuccess: (_result, input, context) => {
      notifyFinished(context.notificationId);
      const keys = [
        queryKeys.resources(subscriptionIdOfResource(input.resource.id)),
        ...(options.alsoInvalidate ?? []),
      ];
      return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (error, _input, context) => {
      if (context) notifyFinished(context.notificationId, error);
    },
  });
}
