import { describe, expect, it } from 'vitest';
import { vmAction } from './resource-actions';
import { resourcesAt, type ResourceView } from './resources';
import {
  adminCancels,
  adminReactivates,
  DELAY,
  expectOk,
  PAYG,
  resourceIn,
  T0,
} from './test-fixtures';
import { DAY_MS } from './time';

const byName = (views: ResourceView[], name: string): ResourceView => {
  const v = views.find((x) => x.resource.name === name);
  if (v === undefined) throw new Error(name);
  return v;
};

describe('resource views over time', () => {
  it('R5: until the cancellation shows, resources are untouched', () => {
    const views = resourcesAt(adminCancels(), PAYG, T0 + DELAY - 1);
    expect(byName(views, 'vm-web')).toMatchObject({
      powerState: 'running',
      publicIp: { address: '20.1.2.3' },
      writable: true,
    });
    expect(byName(views, 'stdata')).toMatchObject({ access: 'read-write' });
  });

  it('R6: once disabled, VMs are deallocated, dynamic IPs released, storage read-only, writes blocked', () => {
    const views = resourcesAt(adminCancels(), PAYG, T0 + DELAY);
    expect(byName(views, 'vm-web')).toMatchObject({
      powerState: 'deallocated',
      publicIp: { address: null, allocation: 'Dynamic' },
    });
    expect(byName(views, 'vm-api')).toMatchObject({
      powerState: 'deallocated',
      publicIp: { address: '20.9.9.9', allocation: 'Static' },
    });
    expect(byName(views, 'stdata')).toMatchObject({
      access: 'read-only',
      writable: false,
      blockedBy: 'subscription-disabled',
    });
    expect(byName(views, 'orders')).toMatchObject({ access: 'read-only' });
    expect(byName(views, 'app-shop')).toMatchObject({ state: 'stopped', writable: false });
    expect(views.every((v) => !v.writable)).toBe(true);
  });

  it('R10: after reactivation VMs stay deallocated, the IP is not returned, storage is writable again', () => {
    const back = T0 + 10 * DAY_MS;
    const world = adminReactivates(adminCancels(), back);
    const views = resourcesAt(world, PAYG, back + 1);
    expect(byName(views, 'vm-web')).toMatchObject({
      powerState: 'deallocated',
      publicIp: { address: null },
    });
    expect(byName(views, 'vm-api')).toMatchObject({
      powerState: 'deallocated',
      publicIp: { address: '20.9.9.9' },
    });
    expect(byName(views, 'stdata')).toMatchObject({ access: 'read-write', writable: true });
    expect(byName(views, 'app-shop')).toMatchObject({ state: 'running' });

    // R10: started again, the VM runs with a new address, never the released one.
    const started = expectOk(
      vmAction(world, {
        resourceId: resourceIn(world, 'vm-web').id,
        action: 'start',
        personaId: 'admin',
        now: back + 2,
      }),
    );
    expect(started.result.powerState).toBe('running');
    expect(started.result.publicIp?.address).toMatch(/^20\./);
    expect(started.result.publicIp?.address).not.toBe('20.1.2.3');
    const later = byName(resourcesAt(started.world, PAYG, back + DAY_MS), 'vm-web');
    expect(later).toMatchObject({
      powerState: 'running',
      publicIp: { address: started.result.publicIp?.address },
    });
  });

  it('R9: a deleted subscription has no resources', () => {
    expect(resourcesAt(adminCancels(), PAYG, T0 + 90 * DAY_MS - 1)).toHaveLength(5);
    expect(resourcesAt(adminCancels(), PAYG, T0 + 90 * DAY_MS)).toEqual([]);
    expect(resourcesAt(adminCancels(), 'unknown', T0)).toEqual([]);
  });
});
