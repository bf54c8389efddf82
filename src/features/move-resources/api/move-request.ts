import { API_VERSIONS } from '@/contract/api-versions';
import { subscriptionPath } from '@/contract/arm-paths';
import { z } from '@/contract/zod';
import { bodyOf, type MovePlan } from '@/features/move-resources/move-plan';
import { armFetch } from '@/lib/api-client';

/** validateMoveResources and moveResources answer 204 (or 202 in real ARM) with no body. */
const emptySchema = z.lazy(() => z.unknown());

export function groupPath(subscriptionId: string, group: string): string {
  return `${subscriptionPath(subscriptionId)}/resourceGroups/${encodeURIComponent(group)}`;
}

/** ARM's two move actions: the same request on the source group, validate being the dry run. */
export async function postMoveAction(
  plan: MovePlan,
  action: 'validateMoveResources' | 'moveResources',
): Promise<void> {
  await armFetch({
    method: 'POST',
    path: `${groupPath(plan.sourceSubscriptionId, plan.sourceGroup)}/${action}`,
    apiVersion: API_VERSIONS.resources,
    body: bodyOf(plan),
    schema: emptySchema,
  });
}
