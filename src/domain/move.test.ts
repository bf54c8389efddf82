import { describe, expect, it } from 'vitest';
import { ROLES } from './roles';
import { type World } from './model';
import { moveResources, type MoveInput } from './move';
import {
  adminCancels,
  DELAY,
  expectError,
  expectOk,
  makeSub,
  makeWorld,
  OTHER,
  PAYG,
  PERSONA_BY_ROLE,
  resourceIn,
  subIn,
  T0,
} from './test-fixtures';

const twoSubs = (): World =>
  makeWorld([makeSub(), makeSub({ subscriptionId: OTHER, displayName: 'Target' })]);

const input = (world: World, extra: Partial<MoveInput> = {}): MoveInput => ({
  sourceSubscriptionId: PAYG,
  resourceGroup: 'rg-app',
  resourceIds: [resourceIn(world, 'vm-web', PAYG).id, resourceIn(world, 'stdata', PAYG).id],
  targetSubscriptionId: OTHER,
  targetResourceGroup: 'rg-data',
  personaId: 'owner',
  now: T0,
  ...extra,
});

describe('Moving resources to another group or subscription', () => {
  it('R2: moved resources get new ids in the target and the move is recorded', () => {
    const w0 = twoSubs();
    const { world, result } = expectOk(moveResources(w0, input(w0)));
    expect(result.resources).toEqual([
      {
        from: `/subscriptions/${PAYG}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-web`,
        to: `/subscriptions/${OTHER}/resourceGroups/rg-data/providers/Microsoft.Compute/virtualMachines/vm-web`,
      },
      {
        from: `/subscriptions/${PAYG}/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stdata`,
        to: `/subscriptions/${OTHER}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/stdata`,
      },
    ]);
    expect(
      world.resources
        .filter((r) => r.subscriptionId === OTHER && r.resourceGroup === 'rg-data')
        .map((r) => r.name),
    ).toEqual(['vm-web', 'stdata']);
    expect(world.moves).toEqual([result]);
    expect(w0.resources.find((r) => r.id === result.resources[0]?.to)).toBeUndefined();
  });

  it('R2: a new target group is created on request, and only then', () => {
    const w0 = twoSubs();
    expect(
      expectError(moveResources(w0, input(w0, { targetResourceGroup: 'rg-new' }))),
    ).toMatchObject({ status: 404, code: 'ResourceGroupNotFound' });
    const { world } = expectOk(
      moveResources(w0, input(w0, { targetResourceGroup: 'rg-new', createGroup: true })),
    );
    expect(subIn(world, OTHER).resourceGroups).toContain('rg-new');
  });

  it('R2: SQL databases keep their server in the new id; moves within one subscription work', () => {
    const w0 = twoSubs();
    const db = resourceIn(w0, 'orders', PAYG);
    const { result } = expectOk(
      moveResources(w0, input(w0, { resourceIds: [db.id], targetSubscriptionId: PAYG })),
    );
    expect(result.resources[0]?.to).toBe(
      `/subscriptions/${PAYG}/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-main/databases/orders`,
    );
  });

  it.each(ROLES)('R1: %s moving', (role) => {
    const w0 = twoSubs();
    const r = moveResources(w0, input(w0, { personaId: PERSONA_BY_ROLE[role] }));
    if (role === 'Reader')
      expect(expectError(r)).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
    else expect(r.ok).toBe(true);
  });

  it('R6: both subscriptions must be writable', () => {
    const w0 = twoSubs();
    const srcDisabled = adminCancels(w0);
    expect(expectError(moveResources(srcDisabled, input(w0, { now: T0 + DELAY }))).code).toBe(
      'ReadOnlyDisabledSubscription',
    );
    const dstDisabled = adminCancels(w0, T0, OTHER);
    expect(expectError(moveResources(dstDisabled, input(w0, { now: T0 + DELAY })))).toMatchObject({
      status: 409,
      code: 'ReadOnlyDisabledSubscription',
    });
  });

  it('R2: the request is validated', () => {
    const w0 = twoSubs();
    const other = resourceIn(w0, 'vm-web', OTHER).id;
    expect(expectError(moveResources(w0, input(w0, { resourceIds: [] }))).status).toBe(400);
    expect(expectError(moveResources(w0, input(w0, { resourceIds: [other] }))).code).toBe(
      'ResourceNotFound',
    );
    expect(expectError(moveResources(w0, input(w0, { resourceGroup: 'rg-missing' }))).code).toBe(
      'ResourceGroupNotFound',
    );
    expect(
      expectError(
        moveResources(w0, input(w0, { targetSubscriptionId: PAYG, targetResourceGroup: 'RG-APP' })),
      ).code,
    ).toBe('InvalidResourceMoveRequest');
    expect(
      expectError(moveResources(w0, input(w0, { targetResourceGroup: 'bad/name' }))).status,
    ).toBe(400);
    const dup = resourceIn(w0, 'vm-web', PAYG).id;
    expect(
      expectError(moveResources(w0, input(w0, { resourceIds: [dup, dup.toUpperCase()] }))).status,
    ).toBe(400);
  });

  it('R2: every resource must be in the source group, and may not clash in the target', () => {
    const w0 = twoSubs();
    const moved = expectOk(moveResources(w0, input(w0, { targetSubscriptionId: PAYG }))).world;
    const inData = resourceIn(moved, 'vm-web', PAYG).id;
    expect(
      expectError(
        moveResources(
          moved,
          input(moved, {
            resourceIds: [inData, resourceIn(moved, 'vm-api', PAYG).id],
            targetSubscriptionId: PAYG,
          }),
        ),
      ).code,
    ).toBe('InvalidResourceMoveRequest');
    const w1 = twoSubs();
    expect(
      expectError(moveResources(w1, input(w1, { targetResourceGroup: 'rg-app' }))),
    ).toMatchObject({ status: 409, code: 'ResourceMoveConflict' });
  });
});

describe('Moving resources: what a world may hold (docs/contract.md §9)', () => {
  it('R2: a move listing more than ARM’s 800 resources is refused before anything moves', () => {
    const w0 = twoSubs();
    const ids = Array.from(
      { length: 801 },
      (_, i) =>
        `/subscriptions/${PAYG}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-${i}`,
    );
    expect(expectError(moveResources(w0, input(w0, { resourceIds: ids })))).toMatchObject({
      status: 400,
      code: 'InvalidRequestContent',
    });
  });

  it('Limits: a world that holds the most recorded moves refuses another', () => {
    const w0 = twoSubs();
    const record = expectOk(moveResources(w0, input(w0))).world.moves?.[0];
    if (record === undefined) throw new Error('expected a move record');
    const full: World = { ...w0, moves: Array.from({ length: 1000 }, () => record) };
    expect(expectError(moveResources(full, input(full)))).toMatchObject({
      status: 409,
      code: 'QuotaExceeded',
    });
  });
});
