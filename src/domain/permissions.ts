import { ACTIONS, actionMatches, isAllowed } from '@/contract/authorization';
import type { Role } from './roles';

// The ARM action names the mock checks and the permissions call reports are the contract's, so the UI's
// check and the mock's 403 name the same actions; the role rules exist only here.
export { ACTIONS, actionMatches, type ArmAction as Action } from '@/contract/authorization';

export interface PermissionSet {
  actions: string[];
  notActions: string[];
}

/** Why an action is refused, so the UI can explain it (R1, R12). */
export type DenialReason = 'not-account-admin' | 'read-only-role' | 'not-permitted';

// R1: only the Account administrator cancels and reactivates self-service; every other write
// role gets '*' minus those two, the way a custom role would express it.
const ACCOUNT_ADMIN_ONLY = [ACTIONS.cancelSubscription, ACTIONS.enableSubscription];

const PERMISSIONS: Readonly<Record<Role, PermissionSet>> = {
  AccountAdmin: { actions: ['*'], notActions: [] },
  ServiceAdmin: { actions: ['*'], notActions: [...ACCOUNT_ADMIN_ONLY] },
  CoAdmin: { actions: ['*'], notActions: [...ACCOUNT_ADMIN_ONLY] },
  Owner: { actions: ['*'], notActions: [...ACCOUNT_ADMIN_ONLY] },
  Contributor: {
    // Real Contributor excludes role assignment writes; kept so the answer looks like ARM's.
    actions: ['*'],
    notActions: [
      'Microsoft.Authorization/*/Delete',
      'Microsoft.Authorization/*/Write',
      'Microsoft.Authorization/elevateAccess/Action',
      ...ACCOUNT_ADMIN_ONLY,
    ],
  },
  // Reader is read-only but may still ask for help (R13), as the built-in Reader may in Azure.
  Reader: { actions: ['*/read', 'Microsoft.Support/*'], notActions: [] },
};

export function permissionsFor(role: Role): PermissionSet {
  const p = PERMISSIONS[role];
  return { actions: [...p.actions], notActions: [...p.notActions] };
}

export function can(role: Role, action: string): boolean {
  return isAllowed([PERMISSIONS[role]], action);
}

/** `undefined` when allowed. */
export function denialReason(role: Role, action: string): DenialReason | undefined {
  if (can(role, action)) return undefined;
  // R1: the reason the UI gives for cancel and reactivate is who may do it, whatever the role.
  if (ACCOUNT_ADMIN_ONLY.some((a) => actionMatches(a, action))) return 'not-account-admin';
  if (role === 'Reader') return 'read-only-role';
  return 'not-permitted';
}
