import { describe, expect, it } from 'vitest';
import { ROLE_DEFINITION_NAMES } from '@/contract/authorization';
import { ROLE_DISPLAY_NAMES, ROLES } from '@/domain/roles';

// The domain takes its lists (cancel reasons, problem types, actions) from the contract, so they are
// written once. What is left to compare is a mapping the two sides each need in their own terms.
describe('contract ↔ domain parity', () => {
  it('R1: every role the domain knows has one of the contract’s role names, and no name is left over', () => {
    const names = ROLES.map((role) => ROLE_DISPLAY_NAMES[role]);
    expect([...names].sort()).toEqual([...ROLE_DEFINITION_NAMES].sort());
  });
});
