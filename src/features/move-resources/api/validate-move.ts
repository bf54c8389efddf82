import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_VERSIONS } from '@/contract/api-versions';
import { resourceGroupSchema } from '@/contract/resources';
import { groupPath, postMoveAction } from '@/features/move-resources/api/move-request';
import type { MovePlan } from '@/features/move-resources/move-plan';
import { armFetch } from '@/lib/api-client';
import type { ArmError } from '@/lib/api-error';
import { queryKeys } from '@/lib/api/keys';

async function createTargetGroup(plan: MovePlan): Promise<void> {
  if (!plan.createGroup) return;
  // ARM's PUT is an upsert, so validating twice never creates the group twice.
  await armFetch({
    method: 'PUT',
    path: groupPath(plan.targetSubscriptionId, plan.targetGroup),
    apiVersion: API_VERSIONS.resources,
    body: { location: plan.location },
    schema: resourceGroupSchema,
  });
}

export async function validateMove(plan: MovePlan): Promise<void> {
  await createTargetGroup(plan);
  await postMoveAction(plan, 'validateMoveResources');
}

export function useValidateMove() {
  const queryClient = useQueryClient();
  return useMutation<void, ArmError, MovePlan>({
    mutationFn: validateMove,
    onSuccess: (_result, plan) =>
      plan.createGroup
        ? queryClient.invalidateQueries({
            queryKey: queryKeys.resourceGroups(plan.targetSubscriptionId),
          })
        : undefined,
  });
}
