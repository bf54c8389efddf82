import { subscriptionScope } from '@/contract/arm-paths';
import type { ClassicAdministrator, RoleAssignment } from '@/contract/authorization';
import { accountAdminOf, hasSeparateServiceAdmin } from '@/domain/account-admin';
import { ROLE_DISPLAY_NAMES, type Role } from '@/domain/roles';
import { type Persona, type StoredSubscription, type World } from '@/domain/model';
import { deterministicGuid } from '../scenarios/ids';

// Built-in RBAC role definition ids are the real ones; classic administrators have none in ARM, so
// they get a stable made-up id under the same provider.
const ROLE_DEFINITION_GUIDS: Readonly<Record<Role, string>> = {
  Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  AccountAdmin: deterministicGuid('classic:AccountAdministrator'),
  ServiceAdmin: deterministicGuid('classic:ServiceAdministrator'),
  CoAdmin: deterministicGuid('classic:CoAdministrator'),
};

export function principalIdOf(persona: Persona): string {
  return deterministicGuid(`principal:${persona.tenantId}:${persona.id}`);
}

export function toRoleAssignment(
  sub: StoredSubscription,
  persona: Persona,
  role: Role,
): RoleAssignment {
  const scope = subscriptionScope(sub.subscriptionId);
  const name = deterministicGuid(`assignment:${sub.subscriptionId}:${persona.id}`);
  return {
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      scope,
      principalId: principalIdOf(persona),
      roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_DEFINITION_GUIDS[role]}`,
      roleDefinitionName: ROLE_DISPLAY_NAMES[role],
    },
  };
}

/**
 * R1: the subscription's account administrator as ARM's classic administrators list gives it
 * (empty when the data names nobody). The account administrator is also the service administrator
 * unless someone else holds that role, as when a subscription is first created.
 */
export function toClassicAdministrators(
  world: World,
  sub: StoredSubscription,
): ClassicAdministrator[] {
  const admin = accountAdminOf(world, sub);
  if (admin === undefined) return [];
  const name = deterministicGuid(`classic-admin:${sub.subscriptionId}:${admin.email}`);
  return [
    {
      id: `${subscriptionScope(sub.subscriptionId)}/providers/Microsoft.Authorization/classicAdministrators/${name}`,
      name,
      type: 'Microsoft.Authorization/classicAdministrators',
      properties: {
        emailAddress: admin.email,
        role: hasSeparateServiceAdmin(sub)
          ? 'AccountAdministrator'
          : 'ServiceAdministrator;AccountAdministrator',
        displayName: admin.displayName,
      },
    },
  ];
}
