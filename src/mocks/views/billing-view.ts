import type { BillingLifecycle, BillingSubscription, SupportPlanBilling } from '@/contract/billing';
import { billingAt, type BillingView } from '@/domain/billing';
import type { EpochMs, StoredSubscription, World } from '@/domain/model';
import { OFFERS } from '@/domain/offers';
import { SUPPORT_PLANS } from '@/domain/support-plans';
import { showsInPortalBy } from '@/domain/dates';
import { subscriptionStateAt } from '@/domain/state';
import { toIso } from '@/domain/time';
import { findPersona } from '@/domain/world';
import { invoicesFor } from './invoices';

function upnOf(world: World, personaId: string): string {
  return findPersona(world, personaId)?.userPrincipalName ?? personaId;
}

function lifecycle(
  world: World,
  sub: StoredSubscription,
  view: BillingView,
  now: EpochMs,
): BillingLifecycle {
  const state = subscriptionStateAt(sub, now);
  const out: BillingLifecycle = { phase: state.phase };
  const open = state.cancellation;
  if (open !== undefined) {
    const { record, dates } = open;
    out.cancellation = {
      requestedAt: toIso(record.requestedAt),
      requestedBy: upnOf(world, record.requestedBy),
      billingStoppedAt: toIso(dates.billingStoppedAt),
      showsInPortalBy: toIso(showsInPortalBy(record)),
      finalInvoiceDate: toIso(dates.finalInvoiceDate),
      finalInvoiceAmount: view.finalInvoice?.amount ?? 0,
      dataDeletionDate: toIso(dates.dataDeletedAt),
      reactivationDeadline: toIso(dates.reactivationPossibleUntil),
    };
    if (record.reason !== undefined) out.cancellation.reason = record.reason;
    if (record.comment !== undefined) out.cancellation.comment = record.comment;
    if (now >= dates.showsAt) out.cancellation.disabledAt = toIso(dates.showsAt);
    if (open.reactivatesAt !== undefined) {
      out.pendingReactivation = {
        ticketName: record.reactivationTicket ?? '',
        expectedAt: toIso(open.reactivatesAt),
      };
    }
  }
  if (state.lastReactivation !== undefined) {
    out.reactivation = {
      reactivatedAt: toIso(state.lastReactivation.at),
      via: state.lastReactivation.via ?? 'self-service',
    };
  }
  return out;
}

function supportPlan(view: BillingView): SupportPlanBilling | undefined {
  const plan = view.supportPlan;
  if (plan === undefined) return undefined;
  const out: SupportPlanBilling = {
    name: SUPPORT_PLANS[plan.plan].displayName,
    monthlyPrice: plan.monthlyPrice,
    currency: plan.currency,
    status: plan.status === 'active' ? 'Active' : 'Cancelled',
    // R8: the 6 trailing charges, their total and the last one's date.
    charges: (plan.charges ?? []).map((c) => ({ date: toIso(c.date), amount: c.amount })),
    total: plan.total ?? 0,
  };
  if (plan.lastChargeAt !== undefined) out.lastChargeDate = toIso(plan.lastChargeAt);
  return out;
}

type BillingProperties = BillingSubscription['properties'];

/** One billing read with only some of its `properties` (`$select` on the list). */
export type BillingSelection = Omit<BillingSubscription, 'properties'> & {
  properties: Partial<BillingProperties> & Pick<BillingProperties, 'subscriptionId'>;
};

/**
 * Each property of the billing read at `now`, computed only when asked for: a list of 5,000 that
 * selects four properties must not pay for every invoice.
 */
function propertyReaders(
  world: World,
  sub: StoredSubscription,
  now: EpochMs,
): { [K in keyof BillingProperties]-?: () => BillingProperties[K] } {
  const offer = OFFERS[sub.offer];
  let billing: BillingView | undefined;
  const view = (): BillingView => (billing ??= billingAt(sub, now));
  return {
    subscriptionId: () => sub.subscriptionId,
    displayName: () => sub.displayName,
    offerName: () => offer.displayName,
    offerId: () => offer.offerId,
    quotaId: () => offer.quotaId,
    reactivationPath: () => offer.reactivationPath,
    currency: () => view().currency,
    billingStatus: () => (view().status === 'active' ? 'Active' : 'Stopped'),
    currentPeriod: () => ({
      start: toIso(view().period.start),
      // The period's last day (inclusive); the invoice date is the day after it.
      end: toIso(view().period.lastDay),
      invoiceDate: toIso(view().period.invoiceDate),
    }),
    monthToDateCharges: () => ({ amount: view().spendThisPeriod, currency: view().currency }),
    lifecycle: () => lifecycle(world, sub, view(), now),
    supportPlan: () => supportPlan(view()),
    invoices: () => invoicesFor(sub, view(), now),
    creditRemaining: () => {
      const { creditRemaining, currency } = view();
      return creditRemaining === undefined ? undefined : { amount: creditRemaining, currency };
    },
  };
}

function envelope(sub: StoredSubscription): Omit<BillingSubscription, 'properties'> {
  return {
    id: `/subscriptions/${sub.subscriptionId}/providers/Microsoft.Billing/billingSubscriptions/default`,
    name: sub.subscriptionId,
    type: 'Microsoft.Billing/billingSubscriptions',
  };
}

/** Our documented billing read: every date, amount and phase the UI shows, derived at `now`. */
export function toBillingSubscription(
  world: World,
  sub: StoredSubscription,
  now: EpochMs,
): BillingSubscription {
  const read = propertyReaders(world, sub, now);
  const out: BillingSubscription = {
    ...envelope(sub),
    properties: {
      subscriptionId: read.subscriptionId(),
      displayName: read.displayName(),
      offerName: read.offerName(),
      offerId: read.offerId(),
      quotaId: read.quotaId(),
      reactivationPath: read.reactivationPath(),
      currency: read.currency(),
      billingStatus: read.billingStatus(),
      currentPeriod: read.currentPeriod(),
      monthToDateCharges: read.monthToDateCharges(),
      lifecycle: read.lifecycle(),
      invoices: read.invoices(),
    },
  };
  const plan = read.supportPlan();
  if (plan !== undefined) out.properties.supportPlan = plan;
  const credit = read.creditRemaining();
  if (credit !== undefined) out.properties.creditRemaining = credit;
  return out;
}

/** The billing read with only the `select`ed properties, plus `subscriptionId` (docs/contract.md). */
export function toBillingSelection(
  world: World,
  sub: StoredSubscription,
  now: EpochMs,
  select: readonly (keyof BillingProperties)[],
): BillingSelection {
  const read = propertyReaders(world, sub, now);
  const properties: Record<string, unknown> = { subscriptionId: sub.subscriptionId };
  for (const name of select) {
    const value = read[name]();
    if (value !== undefined) properties[name] = value;
  }
  return { ...envelope(sub), properties: properties as BillingSelection['properties'] };
}
