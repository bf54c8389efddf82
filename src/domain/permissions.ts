import type { Role } from './model';

// ARM action names the mock checks and the permissions call reports. The UI enables or explains
// each command from these, so role rules exist only here.
export const ACTIONS = {
  read: 'Microsoft.Resources/subscriptions/read',
  cancel: 'Microsoft.Subscription/cancel/action',
  enable: 'Microsoft.Subscription/enable/action',
  rename: 'Microsoft.Subscription/rename/action',
  moveResources: 'Microsoft.Resources/subscriptions/resourceGroups/moveResources/action',
  resourceGroupWrite: 'Microsoft.Resources/subscriptions/resourceGroups/write',
  vmStart: 'Microsoft.Compute/virtualMachines/start/action',
  vmPowerOff: 'Microsoft.Compute/virtualMachines/powerOff/action',
  vmDeallocate: 'Microsoft.Compute/virtualMachines/deallocate/action',
  vmCapture: 'Microsoft.Compute/virtualMachines/capture/action',
  webAppStart: 'Microsoft.Web/sites/start/action',
  webAppStop: 'Microsoft.Web/sites/stop/action',
  containerWrite: 'Microsoft.Storage/storageAccounts/blobServices/containers/write',
  supportTicketWrite: 'Microsoft.Support/supportTickets/write',
} as const;

export type Action = (typeof ACTIONS)[keyof typeof ACTIONS];

export interface PermissionSet {
  actions: string[];
  notActions: string[];
}

/** Why an action is refused, so the UI can explain it (R1, R12). */
export type DenialReason = 'not-account-admin' | 'read-only-role' | 'not-permitted';

// R1: only the Account administrator cancels and reactivates self-service; every other write
// role gets '*' minus those two, the way a custom role would express it.
const ACCOUNT_ADMIN_ONLY = [ACTIONS.cancel, ACTIONS.enable];

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

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** ARM wildcard match: `*` spans any characters, comparison is case-insensitive. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 'i');
  return re.test(action);
}

export function can(role: Role, action: string): boolean {
  const p = PERMISSIONS[role];
  return (
    p.actions.some((a) => actionMatches(a, action)) &&
    !p.notActions.some((n) => actionMatches(n, action))
  );
}

/** `undefined` when allowed. */
export function denialReason(role: Role, action: string): DenialReason | undefined {
  if (can(role, action)) return undefined;
  // R1: the reason the UI gives for cancel and reactivate is who may do it, whatever the role.
  if (ACCOUNT_ADMIN_ONLY.some((a) => actionMatches(a, action))) return 'not-account-admin';
  if (role === 'Reader') return 'read-only-role';
  return 'not-permitted';
}
