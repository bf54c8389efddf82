import { queryOptions } from '@tanstack/react-query';
import { subscriptionPath } from '@/contract/arm-paths';
import { CLASSIC_ADMINISTRATORS_API_VERSION } from '@/contract/api-versions';
import {
  classicAdministratorListSchema,
  classicAdminsWithRole,
  type ClassicAdministrator,
} from '@/contract/authorization';
import { armFetch } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

/** R1: the subscription's classic administrators, so a refusal can name its account administrator. */
export function classicAdministratorsQueryOptions(subscriptionId: string) {
  return queryOptions({
    queryKey: queryKeys.classicAdministrators(subscriptionId),
    queryFn: ({ signal }) =>
      armFetch({
        path: `${subscriptionPath(subscriptionId)}/providers/Microsoft.Authorization/classicAdministrators`,
        apiVersion: CLASSIC_ADMINISTRATORS_API_VERSION,
        schema: classicAdministratorListSchema,
        signal,
      }).then((list) => list.value),
    // Who administers a subscription changes rarely; a refusal read once per visit is enough.
    staleTime: 5 * 60_000,
  });
}

export interface AccountAdministrator {
  displayName: string;
  email: string;
}

/** R1: the one who may cancel, from the list; undefined when the list names nobody. */
export function accountAdministratorIn(
  list: readonly ClassicAdministrator[] | undefined,
): AccountAdministrator | undefined {
  const admin = classicAdminsWithRole(list ?? [], 'AccountAdministrator')[0];
  if (admin === undefined) return undefined;
  const { emailAddress, displayName } = admin.properties;
  return { displayName: displayName ?? emailAddress, email: emailAddress };
}
