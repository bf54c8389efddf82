import { describe, expect, it } from 'vitest';
import { accountAdminOf, hasSeparateServiceAdmin } from './account-admin';
import { makeSub, makeWorld } from './test-fixtures';

describe('R1: the account administrator a refusal names', () => {
  it('R1: the persona holding Account admin is named, with its sign-in name', () => {
    const sub = makeSub({ roles: { admin: 'AccountAdmin', reader: 'Reader' } });
    const world = makeWorld([sub]);
    const persona = world.personas.find((p) => p.id === 'admin');
    expect(accountAdminOf(world, sub)).toEqual({
      displayName: persona?.displayName,
      email: persona?.userPrincipalName,
    });
  });

  it('R1: when no persona holds the role, the contact stored with the subscription is named', () => {
    const contact = { displayName: 'Morgan Patel', email: 'morgan.patel@contoso.com' };
    const sub = makeSub({ roles: { admin: 'Owner' }, accountAdmin: contact });
    expect(accountAdminOf(makeWorld([sub]), sub)).toEqual(contact);
    const nobody = makeSub({ roles: { admin: 'Owner' } });
    expect(accountAdminOf(makeWorld([nobody]), nobody)).toBeUndefined();
  });

  it('R1: the account administrator is also service administrator unless someone else is', () => {
    expect(hasSeparateServiceAdmin(makeSub({ roles: { admin: 'AccountAdmin' } }))).toBe(false);
    expect(
      hasSeparateServiceAdmin(makeSub({ roles: { admin: 'AccountAdmin', owner: 'ServiceAdmin' } })),
    ).toBe(true);
  });
});
