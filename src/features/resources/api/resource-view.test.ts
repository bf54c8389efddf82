import { describe, expect, it } from 'vitest';
import type { Permission } from '@/contract/authorization';
import type { GenericResource, ResourceGroup } from '@/contract/resources';
import {
  actionBlock,
  actionsFor,
  groupByResourceGroup,
} from '@/features/resources/api/resource-view';

const SUB = '/subscriptions/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';
const WRITER: Permission[] = [{ actions: ['*'], notActions: [] }];
const READER: Permission[] = [{ actions: ['*/read', 'Microsoft.Support/*'], notActions: [] }];

function vm(
  name: string,
  group: string,
  powerState: 'running' | 'stopped' | 'deallocated',
): GenericResource {
  return {
    id: `${SUB}/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${name}`,
    name,
    location: 'eastus',
    type: 'Microsoft.Compute/virtualMachines',
    properties: { powerState, images: [] },
  };
}

function storage(name: string, group: string): GenericResource {
  return {
    id: `${SUB}/resourceGroups/${group}/providers/Microsoft.Storage/storageAccounts/${name}`,
    name,
    location: 'eastus',
    type: 'Microsoft.Storage/storageAccounts',
    properties: { access: 'read-write', containers: [] },
  };
}

function web(state: 'Running' | 'Stopped'): GenericResource {
  return {
    id: `${SUB}/resourceGroups/rg/providers/Microsoft.Web/sites/app`,
    name: 'app',
    location: 'eastus',
    type: 'Microsoft.Web/sites',
    properties: { state },
  };
}

describe('resource actions', () => {
  it('R2: offers the VM and web app actions that fit the current state', () => {
    expect(actionsFor(vm('a', 'rg', 'running'))).toEqual(['vm-powerOff', 'vm-deallocate']);
    expect(actionsFor(vm('a', 'rg', 'stopped'))).toEqual(['vm-start', 'vm-deallocate']);
    expect(actionsFor(vm('a', 'rg', 'deallocated'))).toEqual(['vm-start']);
    expect(actionsFor(web('Running'))).toEqual(['web-stop']);
    expect(actionsFor(web('Stopped'))).toEqual(['web-start']);
    expect(actionsFor(storage('st', 'rg'))).toEqual(['create-container', 'download']);
  });

  it('R12: every write is blocked on a Disabled or Deleted subscription; downloads still work', () => {
    expect(actionBlock('vm-start', 'Disabled', WRITER)).toBe('subscription-disabled');
    expect(actionBlock('create-container', 'Disabled', WRITER)).toBe('subscription-disabled');
    expect(actionBlock('web-stop', 'Deleted', WRITER)).toBe('subscription-deleted');
    expect(actionBlock('download', 'Disabled', WRITER)).toBeUndefined();
    expect(actionBlock('vm-powerOff', 'Enabled', WRITER)).toBeUndefined();
  });

  it('Reader: writes are blocked by the permissions read, with its own reason', () => {
    expect(actionBlock('vm-start', 'Enabled', READER)).toBe('read-only-role');
    expect(actionBlock('download', 'Enabled', READER)).toBeUndefined();
    expect(actionBlock('vm-start', 'Enabled', undefined)).toBe('loading');
  });
});

describe('grouping by resource group', () => {
  it('groups and sorts by name, case-insensitively, and keeps empty groups from the group read', () => {
    const groups: ResourceGroup[] = [
      {
        id: `${SUB}/resourceGroups/rg-empty`,
        name: 'rg-empty',
        type: 'Microsoft.Resources/resourceGroups',
        location: 'westus',
        properties: { provisioningState: 'Succeeded' },
      },
    ];
    const sections = groupByResourceGroup(
      [vm('vm-b', 'RG-Web', 'running'), storage('sta', 'rg-data'), vm('vm-a', 'rg-web', 'stopped')],
      groups,
    );
    expect(sections.map((s) => [s.name, s.resources.map((r) => r.name)])).toEqual([
      ['rg-data', ['sta']],
      ['rg-empty', []],
      ['RG-Web', ['vm-a', 'vm-b']],
    ]);
    expect(sections[1]?.location).toBe('westus');
  });
});
