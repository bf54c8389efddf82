import { subscriptionPath } from '@/contract/arm-paths';
import { z } from '@/contract/zod';
import type { MoveResourcesBody } from '@/contract/resources';

/** validateMoveResources and moveResources answer 204 (or 202 in real ARM) with no body. */
export const emptySchema = z.unknown();

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

export function groupPath(subscriptionId: string, group: string): string {
  return `${subscriptionPath(subscriptionId)}/resourceGroups/${encodeURIComponent(group)}`;
}

export function bodyOf(plan: MovePlan): MoveResourcesBody {
  return {
    resources: plan.resourceIds,
    targetResourceGroup: `/subscriptions/${plan.targetSubscriptionId}/resourceGroups/${plan.targetGroup}`,
  };
}
