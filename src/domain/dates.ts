import { billingPeriodAt } from './billing-period';
import type { CancellationRecord, EpochMs, StoredSubscription } from './model';
import type { SupportPlanKey } from './support-plans';
import { SUPPORT_PLANS } from './support-plans';
import { addDays, addMonthsClamped } from './time';

export const RETENTION_DAYS = 90;

/** R5: a cancellation shows in the portal at most this long after it is accepted (10 minutes). */
export const MAX_PROPAGATION_DELAY_MS = 600_000;

/**
 * R5: the latest instant a cancellation shows in the portal. Only this bound is public: the exact
 * delay (`showsAt`) stays the backend's until it has passed.
 */
export function showsInPortalBy(record: Pick<CancellationRecord, 'requestedAt'>): EpochMs {
  return record.requestedAt + MAX_PROPAGATION_DELAY_MS;
}
export const SUPPORT_PLAN_TRAILING_MONTHS = 6;

export interface SupportPlanCharges {
  plan: SupportPlanKey;
  monthlyPrice: number;
  currency: string;
  /** R8: one per month after T, the last on T + 6 months (same day of month, clamped). */
  chargeDates: EpochMs[];
  total: number;
  lastChargeAt: EpochMs;
}

export interface CancellationDates {
  requestedAt: EpochMs;
  /** R4 */
  billingStoppedAt: EpochMs;
  /** R5 */
  showsAt: EpochMs;
  /** R7 */
  finalInvoiceDate: EpochMs;
  /** R9 */
  dataDeletedAt: EpochMs;
  /** R10 / R11 */
  reactivationPossibleUntil: EpochMs;
  /** R8, only when the subscription has a paid support plan. */
  supportPlan?: SupportPlanCharges;
}

export function supportPlanChargesAfter(plan: SupportPlanKey, t: EpochMs): SupportPlanCharges {
  const info = SUPPORT_PLANS[plan];
  const chargeDates = Array.from({ length: SUPPORT_PLAN_TRAILING_MONTHS }, (_, i) =>
    addMonthsClamped(t, i + 1),
  );
  const lastChargeAt = chargeDates[chargeDates.length - 1] ?? t;
  return {
    plan,
    monthlyPrice: info.monthlyPrice,
    currency: info.currency,
    chargeDates,
    // R8: total = price × 6
    total: info.monthlyPrice * SUPPORT_PLAN_TRAILING_MONTHS,
    lastChargeAt,
  };
}

/**
 * Every date a cancellation implies, computed from the record alone (plus the subscription's
 * billing anchor day, which nothing changes), so they are fixed the moment the record is written and never move.
 */
export function cancellationDates(
  sub: StoredSubscription,
  record: CancellationRecord,
): CancellationDates {
  const t = record.requestedAt;
  const dates: CancellationDates = {
    requestedAt: t,
    // R4: billing stops at the instant the request is accepted.
    billingStoppedAt: t,
    // R5: shows as Disabled after the propagation delay.
    showsAt: t + record.propagationDelayMs,
    // R7: standard invoice date of the period containing T.
    finalInvoiceDate: billingPeriodAt(sub.billingAnchorDay, t).invoiceDate,
    // R9: data kept 90 days, then deleted; reactivation possible until the same instant.
    dataDeletedAt: addDays(t, RETENTION_DAYS),
    reactivationPossibleUntil: addDays(t, RETENTION_DAYS),
  };
  if (record.supportPlan !== undefined)
    dates.supportPlan = supportPlanChargesAfter(record.supportPlan, t);
  return dates;
}
