import { queryOptions } from '@tanstack/react-query';
import { API_VERSIONS } from '@/contract/api-versions';
import type { LifecyclePhase } from '@/contract/billing';
import { resourceGroupListSchema, resourceListSchema } from '@/contract/resources';
import { armFetchAll } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

/** A subscription's resources, with the effective state (R6 already applied by the API). */
export function resourcesQueryOptions(subscriptionId: string) {
  return queryOptions({
    queryKey: queryKeys.resources(subscriptionId),
    queryFn: ({ signal }) =>
      armFetchAll({
        path: `/subscriptions/${encodeURIComponent(subscriptionId)}/resources`,
        apiVersion: API_VERSIONS.resources,
        schema: resourceListSchema,
        signal,
      }),
  });
}

export function resourceGroupsQueryOptions(subscriptionId: string) {
  return queryOptions({
    queryKey: queryKeys.resourceGroups(subscriptionId),
    queryFn: ({ signal }) =>
      armFetchAll({
        path: `/subscriptions/${encodeURIComponent(subscriptionId)}/resourcegroups`,
        apiVersion: API_VERSIONS.resources,
        schema: resourceGroupListSchema,
        signal,
      }),
  });
}

const LIVE_POLL_MS = 5_000;
const IDLE_POLL_MS = 60_000;

/**
 * How often a blade re-reads a subscription's state, billing, permissions and resources: every ~5 s
 * while a change is on its way (R5 cancellation showing, R11 reactivation by support), so the page
 * turns without a reload; otherwise once a minute.
 */
export function lifecyclePollInterval(phase: LifecyclePhase | undefined): number {
  return phase === 'cancellation-pending' || phase === 'reactivation-pending'
    ? LIVE_POLL_MS
    : IDLE_POLL_MS;
}
