import { describe, expect, it } from 'vitest';
import { cancellationDates, showsInPortalBy, supportPlanChargesAfter } from './dates';
import { SUPPORT_PLANS, type SupportPlanKey } from './support-plans';
import { DELAY, makeSub, T0 } from './test-fixtures';
import { DAY_MS } from './time';

const iso = (t: number): string => new Date(t).toISOString();

describe('derived dates of a cancellation at T', () => {
  const sub = makeSub();
  const record = {
    requestedAt: T0,
    requestedBy: 'admin',
    propagationDelayMs: DELAY,
    supportPlan: 'Standard' as const,
  };
  const d = cancellationDates(sub, record);

  it('R4: billing stops at T', () => expect(d.billingStoppedAt).toBe(T0));
  it('R5: shows at T + d', () => expect(d.showsAt).toBe(T0 + DELAY));
  it('R5: shows in the portal by T + 10 minutes, never after', () => {
    expect(showsInPortalBy(record)).toBe(T0 + 10 * 60_000);
    expect(d.showsAt).toBeLessThanOrEqual(showsInPortalBy(record));
  });
  it('R7: final invoice on the standard invoice date of the period containing T', () => {
    expect(iso(d.finalInvoiceDate)).toBe('2026-04-05T00:00:00.000Z');
  });
  it('R9: data deleted and reactivation possible until T + 90 days', () => {
    expect(d.dataDeletedAt).toBe(T0 + 90 * DAY_MS);
    expect(d.reactivationPossibleUntil).toBe(d.dataDeletedAt);
  });
  it('R8: the support plan charges come from the record', () => {
    expect(d.supportPlan?.total).toBe(600);
    const { supportPlan: _plan, ...withoutPlan } = record;
    expect(cancellationDates(sub, withoutPlan).supportPlan).toBeUndefined();
  });
});

describe('R8: support plan trailing charges', () => {
  it.each<[SupportPlanKey, number, number]>([
    ['Developer', 29, 174],
    ['Standard', 100, 600],
    ['ProfessionalDirect', 1000, 6000],
  ])('R8: %s costs %i a month, %i in total over 6 months', (plan, monthly, total) => {
    const c = supportPlanChargesAfter(plan, T0);
    expect(SUPPORT_PLANS[plan].monthlyPrice).toBe(monthly);
    expect(c.monthlyPrice).toBe(monthly);
    expect(c.total).toBe(total);
    expect(c.chargeDates).toHaveLength(6);
    expect(c.currency).toBe('USD');
  });

  it.each([
    ['2028-08-31T09:00:00.000Z', '2029-02-28T09:00:00.000Z'],
    ['2027-08-29T09:00:00.000Z', '2028-02-29T09:00:00.000Z'],
    ['2026-03-10T12:00:00.000Z', '2026-09-10T12:00:00.000Z'],
  ])('R8: cancelled %s, last charge %s', (at, last) => {
    const c = supportPlanChargesAfter('Developer', Date.parse(at));
    expect(iso(c.lastChargeAt)).toBe(last);
    expect(c.chargeDates[5]).toBe(c.lastChargeAt);
  });

  it('R8: each monthly charge keeps the original day, clamped per month', () => {
    const c = supportPlanChargesAfter('Standard', Date.parse('2028-08-31T00:00:00.000Z'));
    expect(c.chargeDates.map((t) => iso(t).slice(0, 10))).toEqual([
      '2028-09-30',
      '2028-10-31',
      '2028-11-30',
      '2028-12-31',
      '2029-01-31',
      '2029-02-28',
    ]);
  });
});
