import { subscriptionPath } from '@/contract/arm-paths';
import { z } from '@/contract/zod';

/** validateMoveResources and moveResources answer 204 (or 202 in real ARM) with no body. */
export const emptySchema = z.unknown();

export function groupPath(subscriptionId: string, group: string): string {
  return `${subscriptionPath(subscriptionId)}/resourceGroups/${encodeURIComponent(group)}`;
}
