import { describe, expect, it } from 'vitest';
import { ACTIONS, isAllowed } from './authorization';

describe('isAllowed (ARM wildcard and notActions semantics)', () => {
  it('matches * across slashes, case-insensitively', () => {
    expect(
      isAllowed(
        [{ actions: ['*'], notActions: [] }],
        'Microsoft.Compute/virtualMachines/start/action',
      ),
    ).toBe(true);
    expect(
      isAllowed(
        [{ actions: ['*/read'], notActions: [] }],
        'microsoft.resources/subscriptions/READ',
      ),
    ).toBe(true);
    expect(
      isAllowed([{ actions: ['*/read'], notActions: [] }], 'Microsoft.Web/sites/stop/action'),
    ).toBe(false);
    expect(
      isAllowed(
        [{ actions: ['Microsoft.Support/*'], notActions: [] }],
        'Microsoft.Support/supportTickets/write',
      ),
    ).toBe(true);
  });

  it('notActions remove from the same entry; another entry can still grant', () => {
    const deny = { actions: ['*'], notActions: ['Microsoft.Subscription/cancel/action'] };
    expect(isAllowed([deny], ACTIONS.cancelSubscription)).toBe(false);
    expect(
      isAllowed(
        [deny, { actions: ['Microsoft.Subscription/*'], notActions: [] }],
        ACTIONS.cancelSubscription,
      ),
    ).toBe(true);
    expect(isAllowed([], ACTIONS.cancelSubscription)).toBe(false);
  });

  it('regex characters in patterns are literal', () => {
    expect(
      isAllowed(
        [{ actions: ['Microsoft.Web/sites/*'], notActions: [] }],
        'MicrosoftXWeb/sites/stop/action',
      ),
    ).toBe(false);
  });
});
