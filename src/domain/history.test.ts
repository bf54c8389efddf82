import { describe, expect, it } from 'vitest';
import { cancelSubscription } from './cancel';
import { cancellationDates } from './dates';
import { historyViolations } from './history';
import { enableSubscription } from './reactivate';
import { expectOk, makeSub, makeWorld, PAYG, subIn, T0 } from './test-fixtures';
import { DAY_MS } from './time';

describe('R14: dates never move once set', () => {
  it('R14: a cancel → enable → cancel sequence only appends and fills blanks', () => {
    const w0 = makeWorld([makeSub({ supportPlan: 'Standard' })]);
    const w1 = expectOk(
      cancelSubscription(w0, { subscriptionId: PAYG, personaId: 'admin', now: T0 }),
    ).world;
    const datesBefore = cancellationDates(subIn(w1, PAYG), subIn(w1, PAYG).cancellations[0]!);
    const w2 = expectOk(
      enableSubscription(w1, { subscriptionId: PAYG, personaId: 'admin', now: T0 + DAY_MS }),
    ).world;
    const w3 = expectOk(
      cancelSubscription(w2, { subscriptionId: PAYG, personaId: 'admin', now: T0 + 2 * DAY_MS }),
    ).world;
    expect(historyViolations(subIn(w1, PAYG), subIn(w2, PAYG))).toEqual([]);
    expect(historyViolations(subIn(w2, PAYG), subIn(w3, PAYG))).toEqual([]);
    expect(cancellationDates(subIn(w3, PAYG), subIn(w3, PAYG).cancellations[0]!)).toEqual(
      datesBefore,
    );
  });

  it('R14: any change to a written fact is reported', () => {
    const record = {
      requestedAt: T0,
      requestedBy: 'admin',
      propagationDelayMs: 1000,
      reactivatedAt: T0 + 5,
    };
    const before = makeSub({ cancellations: [record] });
    expect(
      historyViolations(before, { ...before, cancellations: [{ ...record, requestedAt: T0 + 1 }] }),
    ).toEqual(['cancellations[0].requestedAt changed']);
    expect(
      historyViolations(before, {
        ...before,
        cancellations: [{ ...record, reactivatedAt: T0 + 6 }],
      }),
    ).toEqual(['cancellations[0].reactivatedAt changed']);
    expect(historyViolations(before, { ...before, cancellations: [] })).toEqual([
      'cancellation removed',
    ]);
    expect(historyViolations(before, { ...before, billingAnchorDay: 6 })).toEqual([
      'billingAnchorDay changed',
    ]);
  });
});
