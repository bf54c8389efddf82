import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { z } from '@/contract/zod';
import { API_VERSIONS } from '@/contract/api-versions';
import { resourceGroupSchema, type MoveResourcesBody } from '@/contract/resources';
import { armFetch } from '@/lib/api-client';
import type { ArmError } from '@/lib/api-error';
import { addNotification } from '@/lib/notifications/notifications-store';
import { queryKeys } from '@/lib/api/keys';

/** validateMoveResources and moveResources answer 204 (or 202 in real ARM) with no body. */
const emptySchema = z.unknown();

export interface MovePlan {
  sourceSubscriptionId: string;
  sourceGroup: string;
  resourceIds: string[];
  targetSubscriptionId: string;
  targetGroup: string;
  /** The portal's "Create new": the group is created with a PUT first, as ARM requires. */
  createGroup: boolean;
  /** Location for a new group: the source resources' own region. */
  location: string;
}

function groupPath(subscriptionId: string, group: string): string {
  return `/subscriptions/${encodeURIComponent(subscriptionId)}/resourceGroups/${encodeURIComponent(group)}`;
}

function bodyOf(plan: MovePlan): MoveResourcesBody {
  return {
    resources: plan.resourceIds,
    targetResourceGroup: `/subscriptions/${plan.targetSubscriptionId}/resourceGroups/${plan.targetGroup}`,
  };
}

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
  await armFetch({
    method: 'POST',
    path: `${groupPath(plan.sourceSubscriptionId, plan.sourceGroup)}/validateMoveResources`,
    apiVersion: API_VERSIONS.resources,
    body: bodyOf(plan),
    schema: emptySchema,
  });
}

export async function moveResources(plan: MovePlan): Promise<void> {
  await armFetch({
    method: 'POST',
    path: `${groupPath(plan.sourceSubscriptionId, plan.sourceGroup)}/moveResources`,
    apiVersion: API_VERSIONS.resources,
    body: bodyOf(plan),
    schema: emptySchema,
  });
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
