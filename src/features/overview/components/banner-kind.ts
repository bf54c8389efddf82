import type { BillingSubscription, CancellationInfo, SupportPlanBilling } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';

type Billing = BillingSubscription['properties'];

/** The one status banner a subscription shows at this moment, with the API's own dates and amounts. */
export type StatusBanner =
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

/** Information (`role="status"`) or a warning (`role="alert"`), per banner. */
export function bannerRole(banner: StatusBanner): 'status' | 'alert' {
  switch (banner.kind) {
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

/** Picks the banner from the billing read's lifecycle phase (and ARM state for Past due / Warned). */
export function statusBannerFor(
  billing: Billing,
  state: SubscriptionState | undefined,
): StatusBanner | undefined {
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
