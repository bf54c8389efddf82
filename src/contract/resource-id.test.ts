import { describe, expect, it } from 'vitest';
import { resourceGroupOfResource, subscriptionIdOfResource } from '@/contract/resource-id';

describe('resource ids', () => {
  it('reads the subscription and resource group from an ARM id', () => {
    const id =
      '/subscriptions/sub-1/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/vm-1';
    expect(subscriptionIdOfResource(id)).toBe('sub-1');
    expect(resourceGroupOfResource(id)).toBe('rg-web');
    expect(() => subscriptionIdOfResource('vm-1')).toThrow();
  });
});
