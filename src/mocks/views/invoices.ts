import type { Invoice } from '@/contract/billing';
import { billingPeriodAt, type BillingPeriod } from '@/domain/billing-period';
import { usageBetween, type BillingView } from '@/domain/billing';
import { hashString } from '@/domain/random';
import type { EpochMs, StoredSubscription } from '@/domain/model';
import { OFFERS } from '@/domain/offers';
import { DAY_MS, toIso } from '@/domain/time';

// Past invoices are presentation over the domain's usage figures: one per completed billing
// period (the last two), plus the final invoice of a cancellation (R7). Kept in the mock because the
// domain has no invoice history; it only reuses the domain's periods and usage.

const PAID_AFTER_DAYS = 15;
const HISTORY = 2;

function invoiceId(sub: StoredSubscription, date: EpochMs): string {
  return `G${(hashString(`${sub.subscriptionId}:${date}`) % 1_000_000_000).toString().padStart(9, '0')}`;
}

function status(date: EpochMs, now: EpochMs): Invoice['status'] {
  if (now < date) return 'Scheduled';
  return now >= date + PAID_AFTER_DAYS * DAY_MS ? 'Paid' : 'Due';
}

function previousPeriods(sub: StoredSubscription, current: BillingPeriod): BillingPeriod[] {
  const out: BillingPeriod[] = [];
  let start = current.start;
  while (out.length < HISTORY) {
    const period = billingPeriodAt(sub.billingAnchorDay, start - 1);
    if (period.end <= sub.createdAt) break;
    out.push(period);
    start = period.start;
  }
  return out;
}

export function invoicesFor(sub: StoredSubscription, view: BillingView, now: EpochMs): Invoice[] {
  const creditFunded = OFFERS[sub.offer].creditFunded;
  const final = view.finalInvoice;
  const invoices: Invoice[] = [];
  for (const period of previousPeriods(sub, view.period)) {
    if (final !== undefined && period.invoiceDate === final.date) continue;
    const amount = creditFunded ? 0 : usageBetween(sub, period.start, period.end, now);
    // Periods wholly after billing stopped owe nothing and get no invoice.
    if (final !== undefined && period.start >= final.coversUntil && amount === 0) continue;
    invoices.push({
      id: invoiceId(sub, period.invoiceDate),
      date: toIso(period.invoiceDate),
      amount,
      currency: sub.currency,
      status: status(period.invoiceDate, now),
      final: false,
    });
  }
  if (final !== undefined) {
    invoices.push({
      id: invoiceId(sub, final.date),
      date: toIso(final.date),
      amount: final.amount,
      currency: final.currency,
      status: status(final.date, now),
      final: true,
    });
  }
  return invoices.sort((a, b) => b.date.localeCompare(a.date));
}
