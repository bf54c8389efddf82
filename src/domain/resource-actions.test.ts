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
  it('R2: VM transitions, and deallocation releases a dynamic IP', () => {
    const w0 = makeWorld();
    const off = expectOk(
      vmAction(w0, {
        resourceId: id(w0, 'vm-web'),
        action: 'powerOff',
        personaId: 'owner',
        now: T0,
      }),
    );
    expect(off.result).toMatchObject({ powerState: 'stopped', publicIp: { address: '20.1.2.3' } });
    const dealloc = expectOk(
      vmAction(off.world, {
        resourceId: id(w0, 'vm-web'),
        action: 'deallocate',
        personaId: 'owner',
        now: T0 + 1,
      }),
    );
    expect(dealloc.result).toMatchObject({
      powerState: 'deallocated',
      publicIp: { address: null },
    });
    const again = expectOk(
      vmAction(dealloc.world, {
        resourceId: id(w0, 'vm-web'),
        action: 'deallocate',
        personaId: 'owner',
        now: T0 + 2,
      }),
    );
    expect(again.world).toBe(dealloc.world);
    const offAgain = expectOk(
      vmAction(dealloc.world, {
        resourceId: id(w0, 'vm-web'),
        action: 'powerOff',
        personaId: 'owner',
        now: T0 + 3,
      }),
    );
    expect(offAgain.result.powerState).toBe('deallocated');
    expect(offAgain.world).toBe(dealloc.world);
    const staticVm = expectOk(
      vmAction(w0, {
        resourceId: id(w0, 'vm-api'),
        action: 'deallocate',
        personaId: 'owner',
        now: T0,
      }),
    );
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
    const saved = expectOk(
      saveVmImage(w0, {
        resourceId: id(w0, 'vm-web'),
        imageName: 'golden',
        personaId: 'admin',
        now: T0,
      }),
    );
    expect(saved.result.resource.images).toEqual([{ name: 'golden', createdAt: T0 }]);
    expect(
      expectError(
        saveVmImage(saved.world, {
          resourceId: id(w0, 'vm-web'),
          imageName: 'Golden',
          personaId: 'admin',
          now: T0,
        }),
      ).status,
    ).toBe(409);
    expect(
      expectError(
        saveVmImage(w0, {
          resourceId: id(w0, 'vm-web'),
          imageName: '-bad',
          personaId: 'admin',
          now: T0,
        }),
      ).status,
    ).toBe(400);
  });

  it('R2: backup container names are validated and unique', () => {
    const w0 = makeWorld();
    for (const bad of ['ab', 'Upper', 'a--b', '-ab', 'a'.repeat(64)]) {
      expect(
        expectError(
          createContainer(w0, {
            resourceId: id(w0, 'stdata'),
            containerName: bad,
            personaId: 'admin',
            now: T0,
          }),
        ).status,
      ).toBe(400);
    }
    expect(
      expectError(
        createContainer(w0, {
          resourceId: id(w0, 'stdata'),
          containerName: 'backups',
          personaId: 'admin',
          now: T0,
        }),
      ),
    ).toMatchObject({
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
