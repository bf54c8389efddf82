import type { BillingSubscription, CancellationInfo, SupportPlanBilling } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';

// Which lifecycle notice a subscription shows at this moment, from the API's answers only: the
// billing read's phase, dates and amounts, and ARM's state for Past due and Warned. No date or rule
// is worked out here; every surface (Overview, Account Center, wizard, Resources) asks this one
// function, so they cannot disagree on where a subscription stands.

type Billing = BillingSubscription['properties'];

export type LifecycleNoticeKind =
  | { kind: 'cancellation-pending'; cancellation: CancellationInfo }
  | {
      kind: 'disabled';
      cancellation: CancellationInfo;
      currency: string;
      /** R8: present only when a paid plan was cancelled with the subscription and still has charges due. */
      supportPlan: SupportPlanBilling | undefined;
      reactivationPath: Billing['reactivationPath'];
    }
  | {
      kind: 'reactivation-pending';
      cancellation: CancellationInfo | undefined;
      expectedAt: string;
      ticketName: string;
    }
  | { kind: 'deleted'; cancellation: CancellationInfo | undefined }
  | { kind: 'reactivated'; reactivatedAt: string; via: 'self-service' | 'support' }
  | { kind: 'past-due' }
  | { kind: 'warned' };

/** Information (`role="status"`) or a warning (`role="alert"`), per notice (contract §5). */
export function noticeRole(notice: LifecycleNoticeKind): 'status' | 'alert' {
  switch (notice.kind) {
    case 'cancellation-pending':
    case 'reactivation-pending':
    case 'reactivated':
      return 'status';
    default:
      return 'alert';
  }
}

function chargedPlan(plan: SupportPlanBilling | undefined): SupportPlanBilling | undefined {
  return plan && plan.status === 'Cancelled' && plan.charges.length > 0 ? plan : undefined;
}

/** The notice for the billing read's lifecycle phase (and ARM state for Past due / Warned), or none. */
export function lifecycleNoticeFor(
  billing: Billing,
  state: SubscriptionState | undefined,
): LifecycleNoticeKind | undefined {
  const { lifecycle } = billing;
  switch (lifecycle.phase) {
    case 'cancellation-pending':
      return lifecycle.cancellation
        ? { kind: 'cancellation-pending', cancellation: lifecycle.cancellation }
        : undefined;
    case 'disabled':
      return lifecycle.cancellation
        ? {
            kind: 'disabled',
            cancellation: lifecycle.cancellation,
            currency: billing.currency,
            supportPlan: chargedPlan(billing.supportPlan),
            reactivationPath: billing.reactivationPath,
          }
        : undefined;
    case 'reactivation-pending':
      return lifecycle.pendingReactivation
        ? {
            kind: 'reactivation-pending',
            cancellation: lifecycle.cancellation,
            expectedAt: lifecycle.pendingReactivation.expectedAt,
            ticketName: lifecycle.pendingReactivation.ticketName,
          }
        : undefined;
    case 'deleted':
      return { kind: 'deleted', cancellation: lifecycle.cancellation };
    case 'active':
      if (state === 'PastDue') return { kind: 'past-due' };
      if (state === 'Warned') return { kind: 'warned' };
      return lifecycle.reactivation
        ? {
            kind: 'reactivated',
            reactivatedAt: lifecycle.reactivation.reactivatedAt,
            via: lifecycle.reactivation.via,
          }
        : undefined;
  }
}
