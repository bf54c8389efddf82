import { describe, expect, it } from 'vitest';
import type { BillingSubscription, CancellationInfo, SupportPlanBilling } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';
import {
  lifecycleNoticeFor,
  noticeRole,
  type LifecycleNoticeKind,
} from '@/components/lifecycle/lifecycle-notice-kind';

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

const SUPPORT_REACTIVATION = { ticketName: 'T-1', expectedAt: '2026-03-15T10:00:00.000Z' };
const SELF_SERVICE_REACTIVATION = {
  reactivatedAt: '2026-03-15T09:05:00.000Z',
  via: 'self-service',
} as const;

function billing(lifecycle: Billing['lifecycle'], extra: Partial<Billing> = {}): Billing {
  return { currency: 'USD', reactivationPath: 'self-service', lifecycle, ...extra } as Billing;
}

describe('Lifecycle notice: which one applies', () => {
  it.each<[string, Billing, SubscriptionState, LifecycleNoticeKind, 'status' | 'alert']>([
    [
      'R5: a pending cancellation shows an information banner with the billing-stop and latest times',
      billing({ phase: 'cancellation-pending', cancellation: CANCELLATION }),
      'Enabled',
      { kind: 'cancellation-pending', cancellation: CANCELLATION },
      'status',
    ],
    [
      'R6: Disabled is a warning carrying the invoice, retention and reactivation path',
      billing({ phase: 'disabled', cancellation: CANCELLATION }, { supportPlan: CANCELLED_PLAN }),
      'Disabled',
      {
        kind: 'disabled',
        cancellation: CANCELLATION,
        currency: 'USD',
        supportPlan: CANCELLED_PLAN,
        reactivationPath: 'self-service',
      },
      'alert',
    ],
    [
      'R11: a support reactivation in progress says when it is expected',
      billing({
        phase: 'reactivation-pending',
        cancellation: CANCELLATION,
        pendingReactivation: SUPPORT_REACTIVATION,
      }),
      'Disabled',
      { kind: 'reactivation-pending', cancellation: CANCELLATION, ...SUPPORT_REACTIVATION },
      'status',
    ],
    [
      'R9: Deleted is a warning',
      billing({ phase: 'deleted', cancellation: CANCELLATION }),
      'Deleted',
      { kind: 'deleted', cancellation: CANCELLATION },
      'alert',
    ],
    [
      'R10: a reactivated subscription says when billing resumed',
      billing({ phase: 'active', reactivation: SELF_SERVICE_REACTIVATION }),
      'Enabled',
      { kind: 'reactivated', ...SELF_SERVICE_REACTIVATION },
      'status',
    ],
  ])('%s', (_rule, read, state, notice, role) => {
    const banner = lifecycleNoticeFor(read, state);
    expect(banner).toEqual(notice);
    expect(banner && noticeRole(banner)).toBe(role);
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

  it('Past due and Warned come from ARM state; an ordinary active subscription has no banner', () => {
    expect(lifecycleNoticeFor(billing({ phase: 'active' }), 'PastDue')).toEqual({
      kind: 'past-due',
    });
    expect(lifecycleNoticeFor(billing({ phase: 'active' }), 'Warned')).toEqual({ kind: 'warned' });
    expect(lifecycleNoticeFor(billing({ phase: 'active' }), 'Enabled')).toBeUndefined();
  });
});
