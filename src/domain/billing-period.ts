import type { EpochMs } from './model';
import { clampedDayUtc, DAY_MS } from './time';

export interface BillingPeriod {
  /** Midnight UTC of the anchor day that opens the period. */
  start: EpochMs;
  /** Exclusive end: midnight UTC of the next anchor day. */
  end: EpochMs;
  /** Midnight UTC of the period's last day (inclusive, for display). */
  lastDay: EpochMs;
  /** R7: the standard invoice date, the day after the period ends, which is `end`. */
  invoiceDate: EpochMs;
}

/**
 * The billing period containing `t`: [anchor in month m, anchor in month m+1). Anchor days 29–31
 * clamp to the month's last day, so every month has exactly one period start.
 */
export function billingPeriodAt(anchorDay: number, t: EpochMs): BillingPeriod {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const thisMonth = clampedDayUtc(y, m, anchorDay);
  const start = t >= thisMonth ? thisMonth : clampedDayUtc(y, m - 1, anchorDay);
  const startDate = new Date(start);
  const end = clampedDayUtc(startDate.getUTCFullYear(), startDate.getUTCMonth() + 1, anchorDay);
  return { start, end, lastDay: end - DAY_MS, invoiceDate: end };
}
