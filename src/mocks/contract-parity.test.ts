import { describe, expect, it } from 'vitest';
import { ACTIONS, isAllowed } from '@/contract/authorization';
import { CANCEL_COMMENT_MAX_LENGTH, CANCEL_REASON_CODES } from '@/contract/cancel';
import { PROBLEM_TYPES } from '@/contract/support';
import {
  CANCEL_REASON_CODES as DOMAIN_REASONS,
  PROBLEM_TYPES as DOMAIN_PROBLEM_TYPES,
  ROLES,
} from '@/domain/model';
import { CANCEL_COMMENT_MAX_LENGTH as DOMAIN_COMMENT_MAX_LENGTH } from '@/domain/cancel';
import { ACTIONS as DOMAIN_ACTIONS, can, permissionsFor } from '@/domain/permissions';

// The contract does not import the domain (the UI bundle must not carry the rules), so the lists it
// repeats are checked against the domain's here.
describe('contract ↔ domain parity', () => {
  it('R3: the cancel reasons are the domain’s', () => {
    expect([...CANCEL_REASON_CODES]).toEqual([...DOMAIN_REASONS]);
  });

  it('R3: the comment limit the form keeps to is the one the domain enforces', () => {
    expect(CANCEL_COMMENT_MAX_LENGTH).toBe(DOMAIN_COMMENT_MAX_LENGTH);
  });

  it('R11/R13: the support problem types are the domain’s', () => {
    expect([...PROBLEM_TYPES]).toEqual([...DOMAIN_PROBLEM_TYPES]);
  });

  it('R1: every action the UI checks is one the mock enforces, with the same answer for every role', () => {
    const enforced = new Set<string>(Object.values(DOMAIN_ACTIONS));
    for (const action of Object.values(ACTIONS)) expect(enforced.has(action), action).toBe(true);
    for (const role of ROLES) {
      for (const action of Object.values(ACTIONS)) {
        expect(isAllowed([permissionsFor(role)], action), `${role} ${action}`).toBe(
          can(role, action),
        );
      }
    }
  });
});
