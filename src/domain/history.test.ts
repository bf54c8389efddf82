import { describe, expect, it } from 'vitest';
import { cancellationDates } from './dates';
import { historyViolations } from './history';
import {
  adminCancels,
  adminReactivates,
  makeSub,
  makeWorld,
  PAYG,
  subIn,
  T0,
} from './test-fixtures';
import { DAY_MS } from './time';

describe('R14: dates never move once set', () => {
  it('R14: a cancel → enable → cancel sequence only appends and fills blanks', () => {
    const w0 = makeWorld([makeSub({ supportPlan: 'Standard' })]);
    const w1 = adminCancels(w0);
    const datesBefore = cancellationDates(subIn(w1, PAYG), subIn(w1, PAYG).cancellations[0]!);
    const w2 = adminReactivates(w1, T0 + DAY_MS);
    const w3 = adminCancels(w2, T0 + 2 * DAY_MS);
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
