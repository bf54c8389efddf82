import { describe, expect, it } from 'vitest';
import { RENAME_FORBIDDEN_CHARACTERS } from '@/contract/cancel';
import { ROLES } from './roles';
import { renameSubscription } from './rename';
import {
  adminCancels,
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
    ...RENAME_FORBIDDEN_CHARACTERS.map(
      (c) => [`containing ${c}`, `Prod ${c} 1`] as [string, string],
    ),
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

  it('R3: names count characters (code points): 64 emoji are a name, 65 are one too many', () => {
    const rename = (subscriptionName: string) =>
      renameSubscription(makeWorld(), {
        subscriptionId: PAYG,
        personaId: 'admin',
        subscriptionName,
        now: T0,
      });
    expect(subIn(expectOk(rename('😀'.repeat(64))).world, PAYG).displayName).toBe('😀'.repeat(64));
    expect(expectError(rename('😀'.repeat(65))).message).toBe(
      'subscriptionName: the subscription name must be at most 64 characters, counted as Unicode code points (it has 65).',
    );
  });

  it.each([
    ['a line feed', 'Prod\n1', 'U+000A at character 5'],
    ['a tab', 'Prod\t1', 'U+0009'],
    ['NUL', 'Prod\u00001', 'U+0000'],
    ['DEL', 'Prod\u007f', 'U+007F'],
    ['a C1 control', 'Prod\u0085', 'U+0085'],
    ['a line separator', 'Prod\u2028 1', 'U+2028'],
    ['a right-to-left override', 'invoice\u202Etxt.exe', 'U+202E at character 8'],
    ['a first-strong isolate', 'a\u2068b', 'U+2068'],
    ['a lone surrogate', 'a\uD800b', 'U+D800 at character 2'],
  ])('R3: a name with %s is refused with a 400 naming subscriptionName', (_label, name, found) => {
    const e = expectError(
      renameSubscription(makeWorld(), {
        subscriptionId: PAYG,
        personaId: 'admin',
        subscriptionName: name,
        now: T0,
      }),
    );
    expect(e).toMatchObject({ status: 400, code: 'InvalidRequestContent' });
    expect(e.message).toMatch(/^subscriptionName: /);
    expect(e.message).toContain(found);
  });

  it('R12: a disabled subscription cannot be renamed; a pending one can', () => {
    const world = adminCancels();
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
