import { describe, expect, it } from 'vitest';
import { cancellability, isCancellable } from './cancellable';
import { MINUTE_MS } from './time';
import { subscriptionStateAt } from './state';
import { DELAY, makeSub, PERSONA_BY_ROLE, T0 } from './test-fixtures';

const cancelled = makeSub({
  cancellations: [
    {
      requestedAt: T0,
      requestedBy: PERSONA_BY_ROLE.AccountAdmin,
      propagationDelayMs: DELAY,
    },
  ],
});

describe('Which subscriptions can be cancelled', () => {
  it('Warned and Past due can be cancelled like an Active subscription (the API accepts them)', () => {
    for (const flag of [undefined, 'Warned', 'PastDue'] as const) {
      const sub = makeSub(flag ? { flag } : {});
      expect(isCancellable(subscriptionStateAt(sub, T0))).toBe(true);
    }
  });

  it('R14: a pending or disabled cancellation cannot be cancelled again', () => {
    expect(cancellability(subscriptionStateAt(cancelled, T0 + MINUTE_MS))).toEqual({
      cancellable: false,
      reason: 'already-cancelled',
    });
    expect(cancellability(subscriptionStateAt(cancelled, T0 + DELAY + MINUTE_MS))).toEqual({
      cancellable: false,
      reason: 'already-cancelled',
    });
  });

  it('R9: a deleted subscription cannot be cancelled', () => {
    const later = T0 + 91 * 24 * 60 * MINUTE_MS;
    expect(cancellability(subscriptionStateAt(cancelled, later))).toEqual({
      cancellable: false,
      reason: 'deleted',
    });
  });
});
