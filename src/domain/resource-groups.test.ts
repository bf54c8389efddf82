import { describe, expect, it } from 'vitest';
import { WORLD_LIMITS } from '@/contract/world-limits';
import { createResourceGroup } from './resource-groups';
import { ROLES } from './roles';
import {
  adminCancels,
  DELAY,
  expectError,
  expectOk,
  makeSub,
  makeWorld,
  PAYG,
  PERSONA_BY_ROLE,
  subIn,
  T0,
} from './test-fixtures';

const create = (world = makeWorld(), name = 'rg-new', personaId = 'admin', now = T0) =>
  createResourceGroup(world, { subscriptionId: PAYG, name, personaId, now });

describe('createResourceGroup', () => {
  it.each(ROLES)('R1: %s creating a resource group', (role) => {
    const r = create(makeWorld(), 'rg-new', PERSONA_BY_ROLE[role]);
    if (role === 'Reader')
      expect(expectError(r)).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
    else expect(subIn(expectOk(r).world, PAYG).resourceGroups).toContain('rg-new');
  });

  it('creates a new group once: the same name in another casing is the existing group (200, not 201)', () => {
    const first = expectOk(create());
    expect(first.result).toMatchObject({ name: 'rg-new', created: true });
    const again = expectOk(create(first.world, 'RG-NEW'));
    expect(again.result).toMatchObject({ name: 'rg-new', created: false });
    expect(again.world).toBe(first.world);
  });

  it('R6: refused with ReadOnlyDisabledSubscription once the cancellation shows, allowed before', () => {
    const world = adminCancels();
    expect(create(world, 'rg-new', 'admin', T0 + DELAY - 1).ok).toBe(true);
    expect(expectError(create(world, 'rg-new', 'admin', T0 + DELAY))).toMatchObject({
      status: 409,
      code: 'ReadOnlyDisabledSubscription',
    });
  });

  it("refuses a name ARM refuses (a trailing '.', a space) with 400 InvalidRequestContent", () => {
    for (const name of ['rg.', 'rg new', 'a'.repeat(91)]) {
      expect(expectError(create(makeWorld(), name))).toMatchObject({
        status: 400,
        code: 'InvalidRequestContent',
      });
    }
  });

  it('stops at the documented number of groups in one subscription with QuotaExceeded', () => {
    const full = Array.from(
      { length: WORLD_LIMITS.resourceGroupsPerSubscription },
      (_, i) => `rg-${i}`,
    );
    const world = makeWorld([makeSub({ resourceGroups: full })]);
    expect(expectError(create(world))).toMatchObject({ status: 409, code: 'QuotaExceeded' });
    expect(create(world, 'RG-0').ok).toBe(true);
  });
});
