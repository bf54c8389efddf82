import { describe, expect, it } from 'vitest';
import { addMonthsClamped, daysInMonthUtc } from './time';

describe('R8: T + n months, same day of month, clamped', () => {
  it.each([
    ['2028-08-31', 6, '2029-02-28'],
    ['2027-08-29', 6, '2028-02-29'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2027-08-30', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-07-15', 6, '2027-01-15'],
    ['2026-12-31', 2, '2027-02-28'],
  ])('R8: %s + %i months = %s', (from, months, to) => {
    const t = Date.parse(`${from}T13:45:00.000Z`);
    expect(new Date(addMonthsClamped(t, months)).toISOString()).toBe(`${to}T13:45:00.000Z`);
  });

  it('R8: leap years give February 29 days', () => {
    expect(daysInMonthUtc(2028, 1)).toBe(29);
    expect(daysInMonthUtc(2100, 1)).toBe(28);
    expect(daysInMonthUtc(2000, 1)).toBe(29);
  });
});
