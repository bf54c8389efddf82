import { billingPeriodAt, type BillingPeriod } from './billing-period';
import { supportPlanChargesAfter, type SupportPlanCharges } from './dates';
import type { EpochMs, StoredSubscription } from './model';
import type { SupportPlanKey } from './support-plans';
import { OFFERS } from './offers';
import { SUPPORT_PLANS } from './support-plans';
import { roundCents } from './money';
import { subscriptionStateAt } from './state';
import { HOUR_MS } from './time';

export interface BillingCharge {
  date: EpochMs;
  amount: number;
  /** Already taken at `now`. */
  charged: boolean;
}

export interface FinalInvoice {
  /** R7: standard invoice date of the period containing the cancellation. */
  date: EpochMs;
  /** R7: usage of that period up to the cancellation instant; zero for a credit-funded offer. */
  amount: number;
  currency: string;
  coversFrom: EpochMs;
  coversUntil: EpochMs;
  issued: boolean;
}

export interface SupportPlanBilling {
  plan: SupportPlanKey;
  monthlyPrice: number;
  currency: string;
  status: 'active' | 'cancelled';
  /** R8, when cancelled: the 6 trailing monthly charges. */
  charges?: BillingCharge[];
  total?: number;
  lastChargeAt?: EpochMs;
}

export interface BillingView {
  status: 'active' | 'stopped';
  currency: string;
  period: BillingPeriod;
  /** Usage accrued in `period` up to `now` while billing ran. */
  spendThisPeriod: number;
  billingStoppedAt?: EpochMs;
  finalInvoice?: FinalInvoice;
  supportPlan?: SupportPlanBilling;
  creditRemaining?: number;
}

/** Intervals in which billing ran: from creation to each cancel, resuming at each reactivation. */
export function billingIntervals(
  sub: StoredSubscription,
  now: EpochMs,
): { from: EpochMs; until: EpochMs }[] {
  const out: { from: EpochMs; until: EpochMs }[] = [];
  let from: EpochMs | undefined = sub.createdAt;
  for (const c of sub.cancellations) {
    // R4: usage stops accruing at the instant the cancel is accepted.
    if (from !== undefined && c.requestedAt > from)
      out.push({ from, until: Math.min(c.requestedAt, now) });
    // R10: billing resumes from the reactivation instant.
    from = c.reactivatedAt;
  }
  if (from !== undefined) out.push({ from, until: now });
  return out.filter((i) => i.until > i.from);
}

export function usageBetween(
  sub: StoredSubscription,
  start: EpochMs,
  end: EpochMs,
  now: EpochMs,
): number {
  let hours = 0;
  for (const i of billingIntervals(sub, now)) {
    const a = Math.max(i.from, start);
    const b = Math.min(i.until, end);
    if (b > a) hours += (b - a) / HOUR_MS;
  }
  return roundCents(hours * sub.usagePerHour);
}

export function billingAt(sub: StoredSubscription, now: EpochMs): BillingView {
  const state = subscriptionStateAt(sub, now);
  const period = billingPeriodAt(sub.billingAnchorDay, now);
  const view: BillingView = {
    status: state.cancellation === undefined ? 'active' : 'stopped',
    currency: sub.currency,
    period,
    spendThisPeriod: usageBetween(sub, period.start, period.end, now),
  };
  if (sub.creditRemaining !== undefined) view.creditRemaining = sub.creditRemaining;
  if (sub.supportPlan !== undefined) {
    const info = SUPPORT_PLANS[sub.supportPlan];
    view.supportPlan = {
      plan: info.key,
      monthlyPrice: info.monthlyPrice,
      currency: info.currency,
      status: 'active',
    };
  }

  // R8: the plan cancelled with the subscription is charged for 6 more months whatever happens next,
  // so its charges stay in the read after a reactivation and after a later cancellation.
  const cancelledPlan = latestCancelledPlan(sub, now);
  if (cancelledPlan !== undefined && sub.supportPlan === undefined) {
    view.supportPlan = cancelledPlanBilling(cancelledPlan, now);
  }

  const open = state.cancellation;
  if (open === undefined) return view;

  const t = open.record.requestedAt;
  view.billingStoppedAt = open.dates.billingStoppedAt;
  const finalPeriod = billingPeriodAt(sub.billingAnchorDay, t);
  view.finalInvoice = {
    date: open.dates.finalInvoiceDate,
    // R7: a credit-funded offer (Free Trial) owes nothing.
    amount: OFFERS[sub.offer].creditFunded ? 0 : usageBetween(sub, finalPeriod.start, t, now),
    currency: sub.currency,
    coversFrom: finalPeriod.start,
    coversUntil: t,
    issued: now >= open.dates.finalInvoiceDate,
  };

  return view;
}

/** The trailing charges of the latest support plan cancelled with the subscription by `now`. */
function latestCancelledPlan(
  sub: StoredSubscription,
  now: EpochMs,
): SupportPlanCharges | undefined {
  for (let i = sub.cancellations.length - 1; i >= 0; i--) {
    const record = sub.cancellations[i];
    if (record === undefined || record.requestedAt > now || record.supportPlan === undefined)
      continue;
    return supportPlanChargesAfter(record.supportPlan, record.requestedAt);
  }
  return undefined;
}

/** R8: cancelled with the subscription, still charged monthly for 6 more months. */
function cancelledPlanBilling(plan: SupportPlanCharges, now: EpochMs): SupportPlanBilling {
  return {
    plan: plan.plan,
    monthlyPrice: plan.monthlyPrice,
    currency: plan.currency,
    status: 'cancelled',
    charges: plan.chargeDates.map((date) => ({
      date,
      amount: plan.monthlyPrice,
      charged: date <= now,
    })),
    total: plan.total,
    lastChargeAt: plan.lastChargeAt,
  };
}
