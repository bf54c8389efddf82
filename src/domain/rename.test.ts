import { describe, expect, it } from 'vitest';
import { cancelSubscription } from './cancel';
import { ROLES } from './roles';
import { FORBIDDEN_NAME_CHARACTERS, renameSubscription } from './rename';
import {
  DELAY,
  expectError,
  expectOk,
  makeWorld,
  PAYG,
  PERSONA_BY_ROLE,
  subIn,
  T0,
} from './test-fixtures';

describe('renameSubscription', () => {
  it.each(ROLES)('R1: %s renaming', (role) => {
    const r = renameSubscription(makeWorld(), {
      subscriptionId: PAYG,
      personaId: PERSONA_BY_ROLE[role],
      subscriptionName: 'New name',
      now: T0,
    });
    if (role === 'Reader')
      expect(expectError(r)).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
    else expect(subIn(expectOk(r).world, PAYG).displayName).toBe('New name');
  });

  it('R3: the stored name is trimmed, 64 characters is the limit', () => {
    const ok = expectOk(
      renameSubscription(makeWorld(), {
        subscriptionId: PAYG,
        personaId: 'admin',
        subscriptionName: `  ${'a'.repeat(64)}  `,
        now: T0,
      }),
    );
    expect(subIn(ok.world, PAYG).displayName).toBe('a'.repeat(64));
  });

  it('R3: a name of spaces only is 1–64 characters with none of the forbidden ones, so it is accepted as sent (public contract)', () => {
    const ok = expectOk(
      renameSubscription(makeWorld(), {
        subscriptionId: PAYG,
        personaId: 'admin',
        subscriptionName: '   ',
        now: T0,
      }),
    );
    expect(subIn(ok.world, PAYG).displayName).toBe('   ');
  });

  it.each([
    ['empty', ''],
    ['of 65 spaces', ' '.repeat(65)],
    ['65 characters', 'a'.repeat(65)],
    ['not a string', 42],
    ...FORBIDDEN_NAME_CHARACTERS.map((c) => [`containing ${c}`, `Prod ${c} 1`] as [string, string]),
  ])('R3: a name %s is rejected with 400', (_label, subscriptionName) => {
    const e = expectError(
      renameSubscription(makeWorld(), {
        subscriptionId: PAYG,
        personaId: 'admin',
        subscriptionName,
        now: T0,
      }),
    );
    expect(e).toMatchObject({ status: 400, code: 'InvalidRequestContent' });
  });

  it('R12: a disabled subscription cannot be renamed; a pending one can', () => {
    const { world } = expectOk(
      cancelSubscription(makeWorld(), { subscriptionId: PAYG, personaId: 'admin', now: T0 }),
    );
    expect(
      renameSubscription(world, {
        subscriptionId: PAYG,
        personaId: 'admin',
        subscriptionName: 'X',
        now: T0 + DELAY - 1,
      }).ok,
    ).toBe(true);
    const e = expectError(
      renameSubscription(world, {
        subscriptionId: PAYG,
        personaId: 'admin',
        subscriptionName: 'X',
        now: T0 + DELAY,
      }),
    );
    expect(e).toMatchObject({ status: 409, code: 'ReadOnlyDisabledSubscription' });
  });

  it('R14: renaming to the current name succeeds without change', () => {
    const world = makeWorld();
    expect(
      expectOk(
        renameSubscription(world, {
          subscriptionId: PAYG,
          personaId: 'admin',
          subscriptionName: 'Contoso payg',
          now: T0,
        }),
      ).world,
    ).toBe(world);
  });
});
