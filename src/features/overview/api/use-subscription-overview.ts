import { useQuery } from '@tanstack/react-query';
import { isSubscriptionId } from '@/components/feedback/subscription-not-found';
import { isArmError } from '@/lib/api-error';
import { permissionsQueryOptions, roleAssignmentsQueryOptions } from '@/lib/queries/authorization';
import { billingQueryOptions } from '@/lib/queries/billing';
import { demoStateQueryOptions } from '@/lib/queries/demo-state';
import { lifecyclePollInterval, resourcesQueryOptions } from '@/lib/queries/resources';
import { subscriptionQueryOptions } from '@/lib/queries/subscriptions';
import { tenantsQueryOptions } from '@/lib/queries/tenants';

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
  const valid = isSubscriptionId(subscriptionId);
  // Every ARM call carries the signed-in persona, known once the shell's demo-state read is done;
  // a read sent before that would get a final 401.
  const session = useQuery(demoStateQueryOptions());
  const ready = valid && session.isSuccess;
  const billing = useQuery({
    ...billingQueryOptions(subscriptionId),
    enabled: ready,
    refetchInterval: (query) => lifecyclePollInterval(query.state.data?.properties.lifecycle.phase),
  });
  const refetchInterval = lifecyclePollInterval(billing.data?.properties.lifecycle.phase);
  const subscription = useQuery({
    ...subscriptionQueryOptions(subscriptionId),
    enabled: ready,
    refetchInterval,
  });
  const permissions = useQuery({
    ...permissionsQueryOptions(subscriptionId),
    enabled: ready,
    refetchInterval,
  });
  const resources = useQuery({
    ...resourcesQueryOptions(subscriptionId),
    enabled: ready && subscription.isSuccess,
  });
  const roles = useQuery({ ...roleAssignmentsQueryOptions(), enabled: session.isSuccess });
  const tenants = useQuery({ ...tenantsQueryOptions(), enabled: session.isSuccess });

  const role = roles.data?.find(
    (assignment) =>
      assignment.properties.scope.toLowerCase() ===
      `/subscriptions/${subscriptionId}`.toLowerCase(),
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
