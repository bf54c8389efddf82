import { ACTIONS, isAllowed, type Permission } from '@/contract/authorization';
import type { BillingSubscription } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';

// Which Overview commands are usable, and why not, from the API's answers only: the permissions
// read (R1, R10), the billing read's lifecycle phase and ARM state. No role or date rule lives here.

export type Availability<Reason extends string> =
  { enabled: true } | { enabled: false; reason: Reason };

export type CancelBlock =
  'loading' | 'not-account-admin' | 'already-cancelled' | 'reactivation-pending' | 'deleted';
export type RenameBlock = 'loading' | 'read-only-role' | 'disabled' | 'deleted';
export type ReactivateBlock = 'loading' | 'not-account-admin';

/** R10 self-service, R11 through support, or no Reactivate at all (an active or deleted subscription). */
export type ReactivateMode = 'self-service' | 'support' | 'none';

type Billing = BillingSubscription['properties'];

const ENABLED = { enabled: true } as const;

export function cancelAvailability(
  permissions: readonly Permission[] | undefined,
  billing: Billing | undefined,
): Availability<CancelBlock> {
  if (!permissions || !billing) return { enabled: false, reason: 'loading' };
  const phase = billing.lifecycle.phase;
  if (phase === 'deleted') return { enabled: false, reason: 'deleted' };
  if (phase === 'reactivation-pending') return { enabled: false, reason: 'reactivation-pending' };
  if (phase !== 'active') return { enabled: false, reason: 'already-cancelled' };
  if (!isAllowed(permissions, ACTIONS.cancelSubscription))
    return { enabled: false, reason: 'not-account-admin' };
  return ENABLED;
}

export function renameAvailability(
  permissions: readonly Permission[] | undefined,
  state: SubscriptionState | undefined,
): Availability<RenameBlock> {
  if (!permissions || !state) return { enabled: false, reason: 'loading' };
  if (!isAllowed(permissions, ACTIONS.renameSubscription))
    return { enabled: false, reason: 'read-only-role' };
  // The API refuses writes to a Disabled or Deleted subscription (R6, R12).
  if (state === 'Deleted') return { enabled: false, reason: 'deleted' };
  if (state === 'Disabled') return { enabled: false, reason: 'disabled' };
  return ENABLED;
}

export function reactivateMode(billing: Billing | undefined): ReactivateMode {
  if (!billing) return 'none';
  const phase = billing.lifecycle.phase;
  if (phase !== 'disabled' && phase !== 'cancellation-pending') return 'none';
  return billing.reactivationPath === 'self-service' ? 'self-service' : 'support';
}

export function reactivateAvailability(
  permissions: readonly Permission[] | undefined,
): Availability<ReactivateBlock> {
  if (!permissions) return { enabled: false, reason: 'loading' };
  return isAllowed(permissions, ACTIONS.enableSubscription)
    ? ENABLED
    : { enabled: false, reason: 'not-account-admin' };
}
