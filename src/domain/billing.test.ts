import { describe, expect, it } from 'vitest';
import { billingAt } from './billing';
import { OFFER_KEYS, OFFERS } from './offers';
import { type CancellationRecord } from './model';
import { DELAY, makeSub, T0 } from './test-fixtures';
import { DAY_MS, HOUR_MS } from './time';

const PERIOD_START = Date.UTC(2026, 2, 5);
const record = (extra: Partial<CancellationRecord> = {}): CancellationRecord => ({
  requestedAt: T0,
  requestedBy: 'admin',
  propagationDelayMs: DELAY,
  ...extra,
});

describe('billing read', () => {
  it('R4: spend grows while billing runs', () => {
    const sub = makeSub({ usagePerHour: 2 });
    const b = billingAt(sub, PERIOD_START + 10 * HOUR_MS);
    expect(b.status).toBe('active');
    expect(b.spendThisPeriod).toBe(20);
    expect(b.period.start).toBe(PERIOD_START);
    expect(b.finalInvoice).toBeUndefined();
  });

  it('R4: billing stops at T, before the cancellation shows, and spend stops growing', () => {
    const sub = makeSub({ usagePerHour: 1.5, cancellations: [record()] });
    const atT = billingAt(sub, T0);
    const expected = Math.round(((T0 - PERIOD_START) / HOUR_MS) * 1.5 * 100) / 100;
    expect(atT.status).toBe('stopped');
    expect(atT.billingStoppedAt).toBe(T0);
    expect(atT.spendThisPeriod).toBe(expected);
    expect(billingAt(sub, T0 + DELAY - 1).spendThisPeriod).toBe(expected);
    expect(billingAt(sub, T0 + 5 * DAY_MS).spendThisPeriod).toBe(expected);
    expect(billingAt(sub, T0 - HOUR_MS).spendThisPeriod).toBe(
      Math.round((expected - 1.5) * 100) / 100,
    );
  });

  it('R10: billing resumes from the reactivation instant', () => {
    const back = T0 + 2 * DAY_MS;
    const sub = makeSub({ usagePerHour: 1, cancellations: [record({ reactivatedAt: back })] });
    const before = billingAt(sub, back);
    expect(before.status).toBe('active');
    expect(billingAt(sub, back + 3 * HOUR_MS).spendThisPeriod).toBe(before.spendThisPeriod + 3);
    expect(billingAt(sub, back - 1).status).toBe('stopped');
  });

  it('R7: the final invoice is dated the day after the period ends and covers usage up to T', () => {
    const sub = makeSub({ usagePerHour: 1, cancellations: [record()] });
    const b = billingAt(sub, T0 + DELAY);
    expect(b.finalInvoice).toMatchObject({
      date: Date.UTC(2026, 3, 5),
      coversFrom: PERIOD_START,
      coversUntil: T0,
      amount: (T0 - PERIOD_START) / HOUR_MS,
      currency: 'USD',
      issued: false,
    });
    expect(billingAt(sub, Date.UTC(2026, 3, 5)).finalInvoice?.issued).toBe(true);
    // Next period: nothing accrues, the final invoice still stands.
    expect(billingAt(sub, Date.UTC(2026, 3, 6)).spendThisPeriod).toBe(0);
    expect(billingAt(sub, Date.UTC(2026, 3, 6)).finalInvoice?.amount).toBe(
      (T0 - PERIOD_START) / HOUR_MS,
    );
  });

  it.each(OFFER_KEYS)('R7: the final invoice of %s is zero only when credit-funded', (offer) => {
    const sub = makeSub({ offer, usagePerHour: 1, cancellations: [record()] });
    const amount = billingAt(sub, T0 + DAY_MS).finalInvoice?.amount;
    if (OFFERS[offer].creditFunded) expect(amount).toBe(0);
    else expect(amount).toBeGreaterThan(0);
  });

  it('R7: a Free Trial final invoice is zero', () => {
    const sub = makeSub({
      offer: 'free-trial',
      usagePerHour: 3,
      creditRemaining: 120,
      cancellations: [record()],
    });
    const b = billingAt(sub, T0 + DAY_MS);
    expect(b.finalInvoice?.amount).toBe(0);
    expect(b.creditRemaining).toBe(120);
  });

  it('R8: a cancelled support plan lists its 6 trailing charges, total and last date', () => {
    const sub = makeSub({ cancellations: [record({ supportPlan: 'ProfessionalDirect' })] });
    const b = billingAt(sub, Date.UTC(2026, 5, 1));
    expect(b.supportPlan).toMatchObject({
      plan: 'ProfessionalDirect',
      status: 'cancelled',
      monthlyPrice: 1000,
      total: 6000,
    });
    expect(b.supportPlan?.lastChargeAt).toBe(Date.UTC(2026, 8, 10, 12));
    expect(b.supportPlan?.charges?.map((c) => c.charged)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    // R8: still charged after the data is deleted (R9).
    expect(billingAt(sub, T0 + 100 * DAY_MS).supportPlan?.total).toBe(6000);
  });

  it('R8: the trailing charges stay in the read after a reactivation and after a second cancellation (found by scripts/fuzz.ts)', () => {
    const back = T0 + 2 * DAY_MS;
    const first = record({
      supportPlan: 'Standard',
      reactivatedAt: back,
      reactivatedVia: 'self-service',
    });
    const reactivated = makeSub({ cancellations: [first] });
    const whileCancelled = billingAt(
      makeSub({ cancellations: [record({ supportPlan: 'Standard' })] }),
      T0 + DAY_MS,
    );
    const afterReactivation = billingAt(reactivated, back + DAY_MS);
    expect(afterReactivation.status).toBe('active');
    expect(afterReactivation.supportPlan).toMatchObject({
      status: 'cancelled',
      total: 600,
      lastChargeAt: whileCancelled.supportPlan?.lastChargeAt,
    });
    // Cancelled again: the plan went with the first cancellation, its charges and dates do not move.
    const again = makeSub({ cancellations: [first, record({ requestedAt: back + 3 * DAY_MS })] });
    expect(billingAt(again, back + 4 * DAY_MS).supportPlan?.lastChargeAt).toBe(
      whileCancelled.supportPlan?.lastChargeAt,
    );
    // Before the first cancellation there is nothing cancelled to show.
    expect(billingAt(reactivated, T0 - HOUR_MS).supportPlan).toBeUndefined();
  });

  it('R8: an active support plan shows its price and no trailing charges', () => {
    const b = billingAt(makeSub({ supportPlan: 'Developer' }), T0);
    expect(b.supportPlan).toEqual({
      plan: 'Developer',
      monthlyPrice: 29,
      currency: 'USD',
      status: 'active',
    });
  });

  it('R4: amounts are rounded to cents', () => {
    const sub = makeSub({ usagePerHour: 0.333 });
    expect(billingAt(sub, PERIOD_START + 1 * HOUR_MS).spendThisPeriod).toBe(0.33);
  });
});
