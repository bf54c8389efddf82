import { describe, expect, it } from 'vitest';
import type { BillingSubscription, CancellationInfo, SupportPlanBilling } from '@/contract/billing';
import { lifecycleNoticeFor, noticeRole } from '@/components/lifecycle/lifecycle-notice-kind';

type Billing = BillingSubscription['properties'];

const CANCELLATION: CancellationInfo = {
  requestedAt: '2026-03-15T09:00:00.000Z',
  requestedBy: 'avery@contoso.com',
  billingStoppedAt: '2026-03-15T09:00:00.000Z',
  showsInPortalBy: '2026-03-15T09:10:00.000Z',
  finalInvoiceDate: '2026-04-05T00:00:00.000Z',
  finalInvoiceAmount: 412.5,
  dataDeletionDate: '2026-06-13T09:00:00.000Z',
  reactivationDeadline: '2026-06-13T09:00:00.000Z',
};

const CANCELLED_PLAN: SupportPlanBilling = {
  name: 'Standard',
  monthlyPrice: 100,
  currency: 'USD',
  status: 'Cancelled',
  charges: Array.from({ length: 6 }, (_, i) => ({
    date: `2026-0${i + 4}-15T09:00:00.000Z`,
    amount: 100,
  })),
  total: 600,
  lastChargeDate: '2026-09-15T09:00:00.000Z',
};

function billing(lifecycle: Billing['lifecycle'], extra: Partial<Billing> = {}): Billing {
  return { currency: 'USD', reactivationPath: 'self-service', lifecycle, ...extra } as Billing;
}

describe('Lifecycle notice: which one applies', () => {
  it('R5: a pending cancellation shows an information banner with the billing-stop and latest times', () => {
    const banner = lifecycleNoticeFor(
      billing({ phase: 'cancellation-pending', cancellation: CANCELLATION }),
      'Enabled',
    );
    expect(banner).toEqual({ kind: 'cancellation-pending', cancellation: CANCELLATION });
    expect(banner && noticeRole(banner)).toBe('status');
  });

  it('R6: Disabled is a warning carrying the invoice, retention and reactivation path', () => {
    const banner = lifecycleNoticeFor(
      billing({ phase: 'disabled', cancellation: CANCELLATION }, { supportPlan: CANCELLED_PLAN }),
      'Disabled',
    );
    expect(banner).toMatchObject({
      kind: 'disabled',
      reactivationPath: 'self-service',
      supportPlan: CANCELLED_PLAN,
    });
    expect(banner && noticeRole(banner)).toBe('alert');
  });

  it('R8: the support plan line appears only when a cancelled plan still has charges', () => {
    const active = { ...CANCELLED_PLAN, status: 'Active' as const, charges: [] };
    const banner = lifecycleNoticeFor(
      billing({ phase: 'disabled', cancellation: CANCELLATION }, { supportPlan: active }),
      'Disabled',
    );
    expect(banner).toMatchObject({ kind: 'disabled', supportPlan: undefined });
    const none = lifecycleNoticeFor(
      billing({ phase: 'disabled', cancellation: CANCELLATION }),
      'Disabled',
    );
    expect(none).toMatchObject({ kind: 'disabled', supportPlan: undefined });
  });

  it('R11: a support reactivation in progress says when it is expected', () => {
    const banner = lifecycleNoticeFor(
      billing({
        phase: 'reactivation-pending',
        cancellation: CANCELLATION,
        pendingReactivation: { ticketName: 'T-1', expectedAt: '2026-03-15T10:00:00.000Z' },
      }),
      'Disabled',
    );
    expect(banner).toMatchObject({
      kind: 'reactivation-pending',
      expectedAt: '2026-03-15T10:00:00.000Z',
      ticketName: 'T-1',
    });
    expect(banner && noticeRole(banner)).toBe('status');
  });

  it('R9: Deleted is a warning', () => {
    const banner = lifecycleNoticeFor(
      billing({ phase: 'deleted', cancellation: CANCELLATION }),
      'Deleted',
    );
    expect(banner).toMatchObject({ kind: 'deleted' });
    expect(banner && noticeRole(banner)).toBe('alert');
  });

  it('R10: a reactivated subscription says when billing resumed', () => {
    const banner = lifecycleNoticeFor(
      billing({
        phase: 'active',
        reactivation: { reactivatedAt: '2026-03-15T09:05:00.000Z', via: 'self-service' },
      }),
      'Enabled',
    );
    expect(banner).toEqual({
      kind: 'reactivated',
      reactivatedAt: '2026-03-15T09:05:00.000Z',
      via: 'self-service',
    });
    expect(banner && noticeRole(banner)).toBe('status');
  });

  it('Past due and Warned come from ARM state; an ordinary active subscription has no banner', () => {
    expect(lifecycleNoticeFor(billing({ phase: 'active' }), 'PastDue')).toEqual({
      kind: 'past-due',
    });
    expect(lifecycleNoticeFor(billing({ phase: 'active' }), 'Warned')).toEqual({ kind: 'warned' });
    expect(lifecycleNoticeFor(billing({ phase: 'active' }), 'Enabled')).toBeUndefined();
  });
});
