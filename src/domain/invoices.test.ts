import { describe, expect, it } from 'vitest';
import { billingAt } from './billing';
import { INVOICE_PAID_AFTER_DAYS, invoicesAt, invoiceStatusAt } from './invoices';
import { adminCancels, makeSub, PAYG, subIn, T0 } from './test-fixtures';
import { DAY_MS } from './time';

const at = (sub = makeSub(), now = T0) => invoicesAt(sub, billingAt(sub, now), now);

describe('invoice status', () => {
  it('is Scheduled before its date, Due from it, Paid 15 days later', () => {
    const date = T0;
    expect(invoiceStatusAt(date, date - 1)).toBe('Scheduled');
    expect(invoiceStatusAt(date, date)).toBe('Due');
    expect(invoiceStatusAt(date, date + INVOICE_PAID_AFTER_DAYS * DAY_MS - 1)).toBe('Due');
    expect(invoiceStatusAt(date, date + INVOICE_PAID_AFTER_DAYS * DAY_MS)).toBe('Paid');
  });
});

describe('invoices', () => {
  it('one per completed billing period, the last two, newest first', () => {
    const invoices = at();
    expect(invoices).toHaveLength(2);
    expect(invoices[0]!.date).toBeGreaterThan(invoices[1]!.date);
    expect(invoices.every((i) => !i.final && i.currency === 'USD' && i.amount > 0)).toBe(true);
    expect(invoices.map((i) => i.status)).toEqual(invoices.map((i) => invoiceStatusAt(i.date, T0)));
  });

  it('R7: a cancellation adds the final invoice on the period’s standard invoice date, Scheduled until then', () => {
    const world = adminCancels();
    const sub = subIn(world, PAYG);
    const now = T0 + DAY_MS;
    const final = at(sub, now).find((i) => i.final);
    expect(final).toMatchObject({
      date: billingAt(sub, now).finalInvoice?.date,
      status: 'Scheduled',
    });
  });

  it('R7: a Free Trial (credit-funded) owes nothing on its invoices', () => {
    const sub = makeSub({ offer: 'free-trial' });
    expect(at(sub).every((i) => i.amount === 0)).toBe(true);
  });
});
