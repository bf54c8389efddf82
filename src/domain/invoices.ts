import { billingPeriodAt, type BillingPeriod } from './billing-period';
import { usageBetween, type BillingView } from './billing';
import type { EpochMs, StoredSubscription } from './model';
import { OFFERS } from './offers';
import { DAY_MS } from './time';

// Past invoices: one per completed billing period (the last two), plus the final invoice of a
// cancellation (R7), with amounts from the domain's usage. An invoice is due from its date and
// counts as paid 15 days later: the demo has no payments, so a fixed settling time stands in for them.

export const INVOICE_PAID_AFTER_DAYS = 15;
const HISTORY = 2;

export type InvoiceStatus = 'Scheduled' | 'Due' | 'Paid';

export interface InvoiceFacts {
  date: EpochMs;
  amount: number;
  currency: string;
  status: InvoiceStatus;
  final: boolean;
}

export function invoiceStatusAt(date: EpochMs, now: EpochMs): InvoiceStatus {
  if (now < date) return 'Scheduled';
  return now >= date + INVOICE_PAID_AFTER_DAYS * DAY_MS ? 'Paid' : 'Due';
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

/** The subscription's invoices at `now`, newest first. */
export function invoicesAt(
  sub: StoredSubscription,
  view: BillingView,
  now: EpochMs,
): InvoiceFacts[] {
  const creditFunded = OFFERS[sub.offer].creditFunded;
  const final = view.finalInvoice;
  const invoices: InvoiceFacts[] = [];
  for (const period of previousPeriods(sub, view.period)) {
    if (final !== undefined && period.invoiceDate === final.date) continue;
    const amount = creditFunded ? 0 : usageBetween(sub, period.start, period.end, now);
    // Periods wholly after billing stopped owe nothing and get no invoice.
    if (final !== undefined && period.start >= final.coversUntil && amount === 0) continue;
    invoices.push({
      date: period.invoiceDate,
      amount,
      currency: sub.currency,
      status: invoiceStatusAt(period.invoiceDate, now),
      final: false,
    });
  }
  if (final !== undefined) {
    invoices.push({
      date: final.date,
      amount: final.amount,
      currency: final.currency,
      status: invoiceStatusAt(final.date, now),
      final: true,
    });
  }
  return invoices.sort((a, b) => b.date - a.date);
}
