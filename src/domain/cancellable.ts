import type { SubscriptionStateView } from './state';

/**
 * Which subscriptions can be cancelled, decided once: the cancel command asks it, and the billing
 * read's phase (which the Overview and the wizard follow) is the same view. ARM's own states add
 * nothing: an Active, Warned or Past due subscription can be cancelled alike (the portal explains
 * what that means for the last two); one with a cancellation in force cannot, whether it is pending
 * (R5), disabled (R6), awaiting a support reactivation (R11) or deleted (R9), so a retried request
 * never applies twice (R14).
 */
export type Cancellability =
  { cancellable: true } | { cancellable: false; reason: 'deleted' | 'already-cancelled' };

export function cancellability(view: SubscriptionStateView): Cancellability {
  if (view.phase === 'deleted') return { cancellable: false, reason: 'deleted' };
  if (view.cancellation !== undefined) return { cancellable: false, reason: 'already-cancelled' };
  return { cancellable: true };
}

export function isCancellable(view: SubscriptionStateView): boolean {
  return cancellability(view).cancellable;
}
