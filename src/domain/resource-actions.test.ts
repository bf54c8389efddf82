import { describe, expect, it } from 'vitest';
import type { CommandResult } from './command-result';
import { ROLES } from './roles';
import { type World } from './model';
import {
  createContainer,
  saveVmImage,
  vmAction,
  webAppAction,
  type VmActionName,
  type WebAppActionName,
} from './resource-actions';
import {
  adminCancels,
  DELAY,
  expectError,
  expectOk,
  makeWorld,
  PAYG,
  PERSONA_BY_ROLE,
  resourceIn,
  T0,
} from './test-fixtures';
import { DAY_MS } from './time';

type Write = (world: World, personaId: string, now: number) => CommandResult<unknown>;

const id = (world: World, name: string): string => resourceIn(world, name).id;

const vmWrite = (action: VmActionName): [string, Write] => [
  `vm ${action}`,
  (w, p, now) => vmAction(w, { resourceId: id(w, 'vm-web'), action, personaId: p, now }),
];

const webAppWrite = (action: WebAppActionName): [string, Write] => [
  `web app ${action}`,
  (w, p, now) => webAppAction(w, { resourceId: id(w, 'app-shop'), action, personaId: p, now }),
];

// Each starts from the fixture's state (VMs running, web app running) so each really changes it.
const WRITES: [string, Write][] = [
  vmWrite('powerOff'),
  vmWrite('deallocate'),
  vmWrite('start'),
  webAppWrite('stop'),
  webAppWrite('start'),
  [
    'create container',
    (w, p, now) =>
      createContainer(w, {
        resourceId: id(w, 'stdata'),
        containerName: 'exports',
        personaId: p,
        now,
      }),
  ],
  [
    'save VM image',
    (w, p, now) =>
      saveVmImage(w, { resourceId: id(w, 'vm-web'), imageName: 'vm-web-image', personaId: p, now }),
  ],
];

describe('resource writes', () => {
  it.each(WRITES)(
    'R12: %s is refused with 409 ReadOnlyDisabledSubscription while disabled',
    (_label, write) => {
      const world = adminCancels();
      const e = expectError(write(world, 'admin', T0 + DELAY));
      expect(e).toMatchObject({ status: 409, code: 'ReadOnlyDisabledSubscription' });
      expect(e.message).toContain(PAYG);
      // Still allowed while the cancellation propagates (R5).
      expect(write(world, 'admin', T0 + DELAY - 1).ok).toBe(true);
    },
  );

  it.each(WRITES)('R9: %s on a deleted subscription finds no resource (404)', (_label, write) => {
    expect(expectError(write(adminCancels(), 'admin', T0 + 90 * DAY_MS))).toMatchObject({
      status: 404,
      code: 'ResourceNotFound',
    });
  });

  it.each(ROLES.flatMap((role) => WRITES.map(([label, write]) => [role, label, write] as const)))(
    'R1: %s — %s',
    (role, _label, write) => {
      const r = write(makeWorld(), PERSONA_BY_ROLE[role], T0);
      if (role === 'Reader')
        expect(expectError(r)).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
      else expect(r.ok).toBe(true);
    },
  );
});

describe('Shutting services down and backing up before cancelling', () => {
  /** The owner turns a VM of the fixture off, on or deallocates it (R2's shut-down steps). */
  const ownerVm = (world: World, action: VmActionName, now: number, name = 'vm-web') =>
    expectOk(vmAction(world, { resourceId: id(world, name), action, personaId: 'owner', now }));

  it('R2: VM transitions, and deallocation releases a dynamic IP', () => {
    const w0 = makeWorld();
    const off = ownerVm(w0, 'powerOff', T0);
    expect(off.result).toMatchObject({ powerState: 'stopped', publicIp: { address: '20.1.2.3' } });
    const dealloc = ownerVm(off.world, 'deallocate', T0 + 1);
    expect(dealloc.result).toMatchObject({
      powerState: 'deallocated',
      publicIp: { address: null },
    });
    const again = ownerVm(dealloc.world, 'deallocate', T0 + 2);
    expect(again.world).toBe(dealloc.world);
    const offAgain = ownerVm(dealloc.world, 'powerOff', T0 + 3);
    expect(offAgain.result.powerState).toBe('deallocated');
    expect(offAgain.world).toBe(dealloc.world);
    const staticVm = ownerVm(w0, 'deallocate', T0, 'vm-api');
    expect(staticVm.result.publicIp?.address).toBe('20.9.9.9');
  });

  it('R2: web app stop and start', () => {
    const w0 = makeWorld();
    const stopped = expectOk(
      webAppAction(w0, {
        resourceId: id(w0, 'app-shop'),
        action: 'stop',
        personaId: 'contrib',
        now: T0,
      }),
    );
    expect(stopped.result.state).toBe('stopped');
    expect(resourceIn(stopped.world, 'app-shop')).toMatchObject({
      state: 'stopped',
      changedAt: T0,
    });
    expect(resourceIn(w0, 'app-shop')).toMatchObject({ state: 'running' });
  });

  it('R2: saving a VM image is recorded once; a duplicate name conflicts', () => {
    const w0 = makeWorld();
    const save = (world: World, imageName: string) =>
      saveVmImage(world, {
        resourceId: id(world, 'vm-web'),
        imageName,
        personaId: 'admin',
        now: T0,
      });
    const saved = expectOk(save(w0, 'golden'));
    expect(saved.result.resource.images).toEqual([{ name: 'golden', createdAt: T0 }]);
    expect(expectError(save(saved.world, 'Golden')).status).toBe(409);
    expect(expectError(save(w0, '-bad')).status).toBe(400);
  });

  it('R2: backup container names are validated and unique', () => {
    const w0 = makeWorld();
    const create = (containerName: string) =>
      createContainer(w0, {
        resourceId: id(w0, 'stdata'),
        containerName,
        personaId: 'admin',
        now: T0,
      });
    for (const bad of ['ab', 'Upper', 'a--b', '-ab', 'a'.repeat(64)]) {
      expect(expectError(create(bad)).status).toBe(400);
    }
    expect(expectError(create('backups'))).toMatchObject({
      status: 409,
      code: 'ContainerAlreadyExists',
    });
  });

  it('Contract: a resource id of the wrong kind or unknown answers 404', () => {
    const w0 = makeWorld();
    expect(
      expectError(
        vmAction(w0, {
          resourceId: id(w0, 'stdata'),
          action: 'start',
          personaId: 'admin',
          now: T0,
        }),
      ).status,
    ).toBe(404);
    expect(
      expectError(
        vmAction(w0, {
          resourceId: `/subscriptions/${PAYG}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/none`,
          action: 'start',
          personaId: 'admin',
          now: T0,
        }),
      ).code,
    ).toBe('ResourceNotFound');
  });
});
