import type { EpochMs } from './model';

// All calendar math is done in UTC: instants are stored in UTC and only the UI converts to the
// user's time zone, so a date rule never depends on where the code runs.

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export function daysInMonthUtc(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** Normalises a (year, month) pair whose month may be outside 0–11. */
function normaliseMonth(year: number, month0: number): { year: number; month0: number } {
  const total = year * 12 + month0;
  return { year: Math.floor(total / 12), month0: ((total % 12) + 12) % 12 };
}

/** Midnight UTC of `day` in the given month, with days past the month's end clamped to its last day. */
export function clampedDayUtc(year: number, month0: number, day: number): EpochMs {
  const n = normaliseMonth(year, month0);
  return Date.UTC(n.year, n.month0, Math.min(day, daysInMonthUtc(n.year, n.month0)));
}

export function startOfDayUtc(t: EpochMs): EpochMs {
  return t - (((t % DAY_MS) + DAY_MS) % DAY_MS);
}

/**
 * Same day of month `months` later, time of day kept; a day the target month lacks clamps to its
 * last day (31 Aug + 6 months = 28 Feb, or 29 Feb in a leap year).
 */
export function addMonthsClamped(t: EpochMs, months: number): EpochMs {
  const d = new Date(t);
  const day = clampedDayUtc(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
  return day + (t - startOfDayUtc(t));
}

export function addDays(t: EpochMs, days: number): EpochMs {
  return t + days * DAY_MS;
}

export function toIso(t: EpochMs): string {
  return new Date(t).toISOString();
}
