import type { RoleDefinitionName } from '@/contract/authorization';
import type { Role } from '@/domain/model';

/** The portal's English role names for "My role" (the same as domain ROLE_DISPLAY_NAMES, typed for the contract). */
export const ROLE_NAMES: Readonly<Record<Role, RoleDefinitionName>> = {
  AccountAdmin: 'Account admin',
  ServiceAdmin: 'Service admin',
  CoAdmin: 'Co-administrator',
  Owner: 'Owner',
  Contributor: 'Contributor',
  Reader: 'Reader',
};
