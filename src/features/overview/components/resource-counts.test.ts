import { describe, expect, it } from 'vitest';
import type { GenericResource } from '@/contract/resources';
import { countResourcesByKind } from '@/features/overview/components/resource-counts';

const of = (type: GenericResource['type']) => ({ type }) as GenericResource;

describe('resources summary', () => {
  it('counts resources by kind in display order and leaves out kinds with none', () => {
    const resources = [
      of('Microsoft.Web/sites'),
      of('Microsoft.Compute/virtualMachines'),
      of('Microsoft.Compute/virtualMachines'),
      of('Microsoft.Storage/storageAccounts'),
    ];
    expect(countResourcesByKind(resources)).toEqual([
      { kind: 'vm', count: 2 },
      { kind: 'storage', count: 1 },
      { kind: 'web', count: 1 },
    ]);
    expect(countResourcesByKind([])).toEqual([]);
  });
});
