import { z } from '@/contract/zod';
import { armListSchema } from '@/contract/arm-list';

/** `GET /subscriptions/{id}/providers/Microsoft.Authorization/permissions` (real shape). */
export const permissionSchema = z.lazy(() =>
  z.object({
    actions: z.array(z.string()),
    notActions: z.array(z.string()),
    dataActions: z.optional(z.array(z.string())),
    notDataActions: z.optional(z.array(z.string())),
  }),
);
export type Permission = z.infer<typeof permissionSchema>;

export const permissionListSchema = z.lazy(() => z.object({ value: z.array(permissionSchema) }));

export const ROLE_DEFINITION_NAMES = [
  'Account admin',
  'Service admin',
  'Co-administrator',
  'Owner',
  'Contributor',
  'Reader',
] as const;
export const roleDefinitionNameSchema = z.lazy(() => z.enum(ROLE_DEFINITION_NAMES));
export type RoleDefinitionName = z.infer<typeof roleDefinitionNameSchema>;

/**
 * Our documented "My role" read: `GET /providers/Microsoft.Authorization/roleAssignments` lists the
 * caller's assignments on every subscription in one call, so a 5,000-row blade needs no per-row call.
 * `roleDefinitionName` is our extension (real ARM only gives the id).
 */
export const roleAssignmentSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    type: z.literal('Microsoft.Authorization/roleAssignments'),
    properties: z.object({
      scope: z.string(),
      principalId: z.string(),
      roleDefinitionId: z.string(),
      roleDefinitionName: roleDefinitionNameSchema,
    }),
  }),
);
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const roleAssignmentListSchema = armListSchema(roleAssignmentSchema);

/**
 * R1: `GET /subscriptions/{id}/providers/Microsoft.Authorization/classicAdministrators`
 * (api-version 2015-07-01, real shape): the subscription's classic administrators, so a user who
 * may not cancel is told who may. `role` is ARM's `;`-separated list (`AccountAdministrator`,
 * `ServiceAdministrator`, `CoAdministrator`); `displayName` is our extension (real ARM only gives
 * the e-mail address).
 */
export const CLASSIC_ADMIN_ROLES = [
  'AccountAdministrator',
  'ServiceAdministrator',
  'CoAdministrator',
] as const;
export type ClassicAdminRole = (typeof CLASSIC_ADMIN_ROLES)[number];

export const classicAdministratorSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    type: z.literal('Microsoft.Authorization/classicAdministrators'),
    properties: z.object({
      emailAddress: z.string(),
      role: z.string(),
      displayName: z.optional(z.string()),
    }),
  }),
);
export type ClassicAdministrator = z.infer<typeof classicAdministratorSchema>;

export const classicAdministratorListSchema = armListSchema(classicAdministratorSchema);

/** The entries of a classic administrators list that hold `role` (ARM joins roles with `;`). */
export function classicAdminsWithRole(
  list: readonly ClassicAdministrator[],
  role: ClassicAdminRole,
): ClassicAdministrator[] {
  return list.filter((admin) =>
    admin.properties.role
      .split(';')
      .map((part) => part.trim().toLowerCase())
      .includes(role.toLowerCase()),
  );
}

/**
 * The ARM operations the UI checks before enabling a command (R1, R2, R6, R10, R13). They are the
 * names the mock enforces (domain/permissions.ts uses this table), so a UI check and the mock's 403
 * cannot disagree.
 */
export const ACTIONS = {
  readSubscription: 'Microsoft.Resources/subscriptions/read',
  cancelSubscription: 'Microsoft.Subscription/cancel/action',
  enableSubscription: 'Microsoft.Subscription/enable/action',
  renameSubscription: 'Microsoft.Subscription/rename/action',
  vmStart: 'Microsoft.Compute/virtualMachines/start/action',
  vmPowerOff: 'Microsoft.Compute/virtualMachines/powerOff/action',
  vmDeallocate: 'Microsoft.Compute/virtualMachines/deallocate/action',
  /** Saving a VM image (`PUT .../Microsoft.Compute/images/{name}`) is checked as a capture of the source VM. */
  imageWrite: 'Microsoft.Compute/virtualMachines/capture/action',
  webStart: 'Microsoft.Web/sites/start/action',
  webStop: 'Microsoft.Web/sites/stop/action',
  storageContainerWrite: 'Microsoft.Storage/storageAccounts/blobServices/containers/write',
  resourceGroupWrite: 'Microsoft.Resources/subscriptions/resourceGroups/write',
  moveResources: 'Microsoft.Resources/subscriptions/resourceGroups/moveResources/action',
  supportTicketWrite: 'Microsoft.Support/supportTickets/write',
} as const;
export type ArmAction = (typeof ACTIONS)[keyof typeof ACTIONS];

/** ARM's wildcard match: case-insensitive, `*` spans any run of characters, slashes included. */
export function actionMatches(pattern: string, action: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i').test(action);
}

/**
 * ARM's effective-permission check: allowed when some entry grants the action through `actions`
 * and that same entry does not take it away through `notActions`.
 */
export function isAllowed(permissions: readonly Permission[], action: string): boolean {
  return permissions.some(
    (entry) =>
      entry.actions.some((pattern) => actionMatches(pattern, action)) &&
      !entry.notActions.some((pattern) => actionMatches(pattern, action)),
  );
}
