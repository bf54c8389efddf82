import type { Invoice } from '@/contract/billing';
import type { BillingView } from '@/domain/billing';
import { invoicesAt } from '@/domain/invoices';
import type { EpochMs, StoredSubscription } from '@/domain/model';
import { hashString } from '@/domain/random';
import { toIso } from '@/domain/time';

// The domain decides which invoices exist, their amounts and status (domain/invoices.ts); this view
// only gives each a stable id and ARM's date format.

function invoiceId(sub: StoredSubscription, date: EpochMs): string {
  return `G${(hashString(`${sub.subscriptionId}:${date}`) % 1_000_000_000).toString().padStart(9, '0')}`;
}

export function invoicesFor(sub: StoredSubscription, view: BillingView, now: EpochMs): Invoice[] {
  return invoicesAt(sub, view, now).map((invoice) => ({
    id: invoiceId(sub, invoice.date),
    date: toIso(invoice.date),
    amount: invoice.amount,
    currency: invoice.currency,
    status: invoice.status,
    final: invoice.final,
  }));
}
