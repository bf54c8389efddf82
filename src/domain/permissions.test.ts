import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from './roles';
import { ACTIONS, actionMatches, can, denialReason, permissionsFor } from './permissions';

const WRITE_ROLES: Role[] = ['AccountAdmin', 'ServiceAdmin', 'CoAdmin', 'Owner', 'Contributor'];
const RESOURCE_WRITES = [
  ACTIONS.renameSubscription,
  ACTIONS.moveResources,
  ACTIONS.resourceGroupWrite,
  ACTIONS.vmStart,
  ACTIONS.vmPowerOff,
  ACTIONS.vmDeallocate,
  ACTIONS.imageWrite,
  ACTIONS.webStart,
  ACTIONS.webStop,
  ACTIONS.storageContainerWrite,
];

describe.each(ROLES)('Permissions of %s', (role) => {
  it('R1: only the Account administrator may cancel and reactivate self-service', () => {
    const expected = role === 'AccountAdmin';
    expect(can(role, ACTIONS.cancelSubscription)).toBe(expected);
    expect(can(role, ACTIONS.enableSubscription)).toBe(expected);
    if (!expected) {
      expect(denialReason(role, ACTIONS.cancelSubscription)).toBe('not-account-admin');
      expect(denialReason(role, ACTIONS.enableSubscription)).toBe('not-account-admin');
    }
  });

  it('R1: rename, resource actions and moves for every role but Reader', () => {
    for (const action of RESOURCE_WRITES) {
      expect(can(role, action), action).toBe(WRITE_ROLES.includes(role));
      expect(denialReason(role, action)).toBe(role === 'Reader' ? 'read-only-role' : undefined);
    }
  });

  it('R13: every role may read and file support requests', () => {
    expect(can(role, ACTIONS.readSubscription)).toBe(true);
    expect(can(role, ACTIONS.supportTicketWrite)).toBe(true);
  });

  it('R1: the permissions answer is ARM-shaped and a copy', () => {
    const p = permissionsFor(role);
    expect(Array.isArray(p.actions) && Array.isArray(p.notActions)).toBe(true);
    p.actions.push('mutated');
    expect(permissionsFor(role).actions).not.toContain('mutated');
  });
});

describe('ARM action wildcards', () => {
  it('R1: * spans segments and matching ignores case', () => {
    expect(actionMatches('*/read', 'Microsoft.Compute/virtualMachines/read')).toBe(true);
    expect(actionMatches('*/read', 'Microsoft.Compute/virtualMachines/start/action')).toBe(false);
    expect(actionMatches('microsoft.support/*', 'Microsoft.Support/supportTickets/write')).toBe(
      true,
    );
    expect(
      actionMatches(
        'Microsoft.Subscription/cancel/action',
        'Microsoft.Subscription/cancelX/action',
      ),
    ).toBe(false);
  });
});
