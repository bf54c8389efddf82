import { queryOptions } from '@tanstack/react-query';
import { subscriptionPath } from '@/contract/arm-paths';
import { API_VERSIONS } from '@/contract/api-versions';
import { cancelPreviewSchema } from '@/contract/cancel-preview';
import { armFetch } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

/**
 * The Review step's figures (R4–R11), computed by the API "as if cancelled now". Always read fresh:
 * the dates move with the clock and the counts with the resources the Prepare step just stopped.
 */
export function cancelPreviewQueryOptions(subscriptionId: string) {
  return queryOptions({
    queryKey: queryKeys.cancelPreview(subscriptionId),
    queryFn: ({ signal }) =>
      armFetch({
        path: `${subscriptionPath(subscriptionId)}/providers/Microsoft.Subscription/cancelPreview`,
        apiVersion: API_VERSIONS.subscriptionOps,
        schema: cancelPreviewSchema,
        signal,
      }),
    staleTime: 0,
  });
}
