import { describe, expect, it } from 'vitest';
import { billingPeriodAt } from './billing-period';

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

describe('R7: billing periods [anchor in month m, anchor in month m+1)', () => {
  it.each([
    // anchor, instant, period start, exclusive end (= standard invoice date)
    [5, '2026-03-04T23:59:59.999Z', '2026-02-05', '2026-03-05'],
    [5, '2026-03-05T00:00:00.000Z', '2026-03-05', '2026-04-05'],
    [5, '2026-03-10T12:00:00.000Z', '2026-03-05', '2026-04-05'],
    [1, '2026-12-31T23:00:00.000Z', '2026-12-01', '2027-01-01'],
    [1, '2027-01-01T00:00:00.000Z', '2027-01-01', '2027-02-01'],
    [31, '2026-02-15T00:00:00.000Z', '2026-01-31', '2026-02-28'],
    [31, '2026-02-28T00:00:00.000Z', '2026-02-28', '2026-03-31'],
    [31, '2026-04-30T10:00:00.000Z', '2026-04-30', '2026-05-31'],
    [30, '2028-02-29T08:00:00.000Z', '2028-02-29', '2028-03-30'],
    [30, '2028-02-28T08:00:00.000Z', '2028-01-30', '2028-02-29'],
    [29, '2027-02-28T00:00:00.000Z', '2027-02-28', '2027-03-29'],
    [29, '2028-02-28T23:59:59.999Z', '2028-01-29', '2028-02-29'],
    [15, '2026-01-10T00:00:00.000Z', '2025-12-15', '2026-01-15'],
  ])('R7: anchor %i at %s is in [%s, %s)', (anchor, at, start, end) => {
    const p = billingPeriodAt(anchor, Date.parse(at));
    expect(iso(p.start)).toBe(start);
    expect(iso(p.end)).toBe(end);
    // R7: the standard invoice date is the day after the period's last day.
    expect(p.invoiceDate).toBe(p.end);
    expect(p.lastDay + 86_400_000).toBe(p.end);
  });
});
