import { subscriptionScope } from '@/contract/arm-paths';
import type { RoleAssignment } from '@/contract/authorization';
import {
  ROLE_DISPLAY_NAMES,
  type Persona,
  type Role,
  type StoredSubscription,
} from '@/domain/model';
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
