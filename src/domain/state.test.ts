import { describe, expect, it } from 'vitest';
import { OFFER_KEYS } from './offers';
import { type CancellationRecord } from './model';
import { subscriptionStateAt } from './state';
import { DELAY, makeSub, T0 } from './test-fixtures';
import { DAY_MS, HOUR_MS, SECOND_MS } from './time';

const record = (extra: Partial<CancellationRecord> = {}): CancellationRecord => ({
  requestedAt: T0,
  requestedBy: 'admin',
  reason: 'no-longer-needed',
  propagationDelayMs: DELAY,
  ...extra,
});

describe.each(OFFER_KEYS)('subscription state over time (%s)', (offer) => {
  const sub = makeSub({ offer, cancellations: [record()] });

  it('R5: state stays Enabled until requested-at + d (one millisecond before)', () => {
    for (const t of [T0, T0 + 1, T0 + DELAY - 1]) {
      const s = subscriptionStateAt(sub, t);
      expect(s.armState).toBe('Enabled');
      expect(s.status).toBe('Active');
      expect(s.phase).toBe('cancellation-pending');
      expect(s.cancellation?.dates.showsAt).toBe(T0 + DELAY);
    }
  });

  it('R6: state is Disabled exactly at requested-at + d', () => {
    const s = subscriptionStateAt(sub, T0 + DELAY);
    expect(s).toMatchObject({ armState: 'Disabled', status: 'Disabled', phase: 'disabled' });
  });

  it('R9: still Disabled 90 days minus one second after, Deleted at 90 days and after', () => {
    expect(subscriptionStateAt(sub, T0 + 90 * DAY_MS - SECOND_MS).armState).toBe('Disabled');
    expect(subscriptionStateAt(sub, T0 + 90 * DAY_MS)).toMatchObject({
      armState: 'Deleted',
      status: 'Deleted',
      phase: 'deleted',
    });
    expect(subscriptionStateAt(sub, T0 + 90 * DAY_MS + SECOND_MS).armState).toBe('Deleted');
  });

  it('R5: a clock moved back before the request shows the subscription as it was', () => {
    expect(subscriptionStateAt(sub, T0 - 1)).toMatchObject({
      armState: 'Enabled',
      phase: 'active',
    });
    expect(subscriptionStateAt(sub, T0 - 1).cancellation).toBeUndefined();
  });
});

describe('reactivation in the derived state', () => {
  it('R10: Enabled again from the reactivation instant', () => {
    const sub = makeSub({
      cancellations: [
        record({
          reactivatedAt: T0 + DAY_MS,
          reactivatedVia: 'self-service',
          reactivatedBy: 'admin',
        }),
      ],
    });
    expect(subscriptionStateAt(sub, T0 + DAY_MS - 1).armState).toBe('Disabled');
    const after = subscriptionStateAt(sub, T0 + DAY_MS);
    expect(after).toMatchObject({ armState: 'Enabled', status: 'Active', phase: 'active' });
    expect(after.lastReactivation).toEqual({ at: T0 + DAY_MS, via: 'self-service', by: 'admin' });
    // A reactivated subscription is never deleted by its old cancellation.
    expect(subscriptionStateAt(sub, T0 + 200 * DAY_MS).armState).toBe('Enabled');
  });

  it('R10: a reactivation before the cancellation showed means it never shows', () => {
    const sub = makeSub({ cancellations: [record({ reactivatedAt: T0 + 60_000 })] });
    expect(subscriptionStateAt(sub, T0 + DELAY).armState).toBe('Enabled');
  });

  it('R11: a scheduled support reactivation is pending until it takes effect, and defers deletion', () => {
    const at = T0 + 90 * DAY_MS + 30 * 60_000;
    const sub = makeSub({
      offer: 'vs-enterprise',
      cancellations: [record({ reactivatedAt: at, reactivatedVia: 'support' })],
    });
    const pending = subscriptionStateAt(sub, T0 + 90 * DAY_MS);
    expect(pending).toMatchObject({ armState: 'Disabled', phase: 'reactivation-pending' });
    expect(pending.cancellation?.reactivatesAt).toBe(at);
    expect(subscriptionStateAt(sub, at).armState).toBe('Enabled');
  });

  it('R14: the second cancellation governs after the first was reactivated', () => {
    const second = T0 + 10 * DAY_MS;
    const sub = makeSub({
      cancellations: [record({ reactivatedAt: T0 + HOUR_MS }), record({ requestedAt: second })],
    });
    expect(subscriptionStateAt(sub, second - 1).armState).toBe('Enabled');
    expect(subscriptionStateAt(sub, second + DELAY).cancellation?.index).toBe(1);
    // Clock moved back into the first cancellation: it governs again.
    expect(subscriptionStateAt(sub, T0 + DELAY).cancellation?.index).toBe(0);
  });
});

describe('ARM flags on enabled subscriptions', () => {
  it.each(['PastDue', 'Warned'] as const)(
    'R5: %s is reported while enabled and while the cancellation propagates',
    (flag) => {
      const sub = makeSub({ flag, cancellations: [record()] });
      expect(subscriptionStateAt(sub, T0 - 1)).toMatchObject({ armState: flag, status: flag });
      expect(subscriptionStateAt(sub, T0 + 1).armState).toBe(flag);
      expect(subscriptionStateAt(sub, T0 + DELAY).armState).toBe('Disabled');
    },
  );
});
