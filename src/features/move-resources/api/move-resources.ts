import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { postMoveAction } from '@/features/move-resources/api/move-request';
import type { MovePlan } from '@/features/move-resources/move-plan';
import type { ArmError } from '@/lib/api-error';
import { queryKeys } from '@/lib/api/keys';
import { addNotification } from '@/lib/notifications/notifications-store';

export function moveResources(plan: MovePlan): Promise<void> {
  return postMoveAction(plan, 'moveResources');
}

/** Both ends' resources and groups change; the cancel wizard's impact preview counts resources too. */
function affectedKeys(plan: MovePlan) {
  return [
    queryKeys.resources(plan.sourceSubscriptionId),
    queryKeys.resources(plan.targetSubscriptionId),
    queryKeys.resourceGroups(plan.sourceSubscriptionId),
    queryKeys.resourceGroups(plan.targetSubscriptionId),
    queryKeys.cancelPreview(plan.sourceSubscriptionId),
    queryKeys.cancelPreview(plan.targetSubscriptionId),
  ];
}

export function useMoveResources(onMoved: (plan: MovePlan) => void) {
  const queryClient = useQueryClient();
  return useMutation<void, ArmError, MovePlan>({
    mutationFn: moveResources,
    onSuccess: (_result, plan) => {
      addNotification({
        operation: 'move',
        target: plan.targetGroup,
        status: 'succeeded',
        link: paths.resources.getHref(plan.targetSubscriptionId),
      });
      onMoved(plan);
      return Promise.all(
        affectedKeys(plan).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
