import { subscriptionScope } from '@/contract/arm-paths';
import { useQuery } from '@tanstack/react-query';
import { useSubscriptionReads } from '@/lib/api/subscription-reads';
import { isArmError } from '@/lib/api-error';
import { roleAssignmentsQueryOptions } from '@/lib/api/get-role-assignments';
import { resourcesQueryOptions } from '@/lib/api/get-resources';
import { tenantsQueryOptions } from '@/lib/api/get-tenants';

/** ARM's answer for an id the caller cannot see: final, never retried. */
export function isNotFound(error: unknown): boolean {
  return isArmError(error) && (error.status === 404 || error.code === 'SubscriptionNotFound');
}

/**
 * Every read the Overview shows. Subscription, billing and permissions poll faster while a
 * lifecycle change is on its way (R5, R11), so Status turns without a reload; the list uses the
 * same keys, so both blades agree.
 */
export function useSubscriptionOverview(subscriptionId: string) {
  const { valid, ready, session, billing, subscription, permissions } =
    useSubscriptionReads(subscriptionId);
  const resources = useQuery({
    ...resourcesQueryOptions(subscriptionId),
    enabled: ready && subscription.isSuccess,
  });
  const roles = useQuery({ ...roleAssignmentsQueryOptions(), enabled: session.isSuccess });
  const tenants = useQuery({ ...tenantsQueryOptions(), enabled: session.isSuccess });

  const role = roles.data?.find(
    (assignment) =>
      assignment.properties.scope.toLowerCase() === subscriptionScope(subscriptionId).toLowerCase(),
  )?.properties.roleDefinitionName;
  const directory = tenants.data?.find(
    (tenant) => tenant.tenantId === subscription.data?.tenantId,
  )?.displayName;

  return {
    valid,
    subscription,
    billing,
    permissions,
    resources,
    role,
    directory,
    refetchAll: () =>
      Promise.all([
        subscription.refetch(),
        billing.refetch(),
        permissions.refetch(),
        resources.refetch(),
        roles.refetch(),
      ]),
  };
}
