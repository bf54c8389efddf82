import { useQueries, useQuery } from '@tanstack/react-query';
import type { Subscription } from '@/contract/subscriptions';
import { permissionsQueryOptions } from '@/lib/api/get-permissions';
import { subscriptionsQueryOptions } from '@/lib/api/get-subscriptions';
import { allowsMoveInto } from '@/features/move-resources/move-plan';

/** Past this many active subscriptions, permissions are read only for the one picked, not for every option. */
const PRECHECK_LIMIT = 100;

/**
 * Target subscriptions for a move (R2): active ones whose permissions read lets the caller write a
 * resource group there. The mock refuses the rest anyway; this keeps them out of the list.
 */
export function useMoveTargets(selectedId: string | null) {
  const subscriptions = useQuery(subscriptionsQueryOptions());
  const active = (subscriptions.data ?? []).filter((s) => s.state === 'Enabled');
  const checkAll = active.length <= PRECHECK_LIMIT;
  const permissions = useQueries({
    queries: (checkAll ? active : []).map((s) => permissionsQueryOptions(s.subscriptionId)),
  });
  const selectedPermissions = useQuery({
    ...permissionsQueryOptions(selectedId ?? ''),
    enabled: selectedId !== null,
  });
  const targets: Subscription[] = checkAll
    ? active.filter((_s, index) => {
        const data = permissions[index]?.data;
        return data !== undefined && allowsMoveInto(data);
      })
    : active;
  const selectedDenied =
    selectedPermissions.data !== undefined && !allowsMoveInto(selectedPermissions.data);
  return {
    targets,
    isPending: subscriptions.isPending || permissions.some((query) => query.isPending),
    error: subscriptions.error ?? permissions.find((query) => query.error)?.error ?? null,
    retry: () => void subscriptions.refetch(),
    selectedDenied,
  };
}
