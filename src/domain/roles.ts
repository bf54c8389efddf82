import type { RoleDefinitionName } from '@/contract/authorization';

// The roles a persona can hold on a subscription (classic administrators and Azure RBAC).

export type Role = 'AccountAdmin' | 'ServiceAdmin' | 'CoAdmin' | 'Owner' | 'Contributor' | 'Reader';

export const ROLES: readonly Role[] = [
  'AccountAdmin',
  'ServiceAdmin',
  'CoAdmin',
  'Owner',
  'Contributor',
  'Reader',
];

/** English display names, as the portal's "My role" column and ARM's role assignments show them. */
export const ROLE_DISPLAY_NAMES: Readonly<Record<Role, RoleDefinitionName>> = {
  AccountAdmin: 'Account admin',
  ServiceAdmin: 'Service admin',
  CoAdmin: 'Co-administrator',
  Owner: 'Owner',
  Contributor: 'Contributor',
  Reader: 'Reader',
};
