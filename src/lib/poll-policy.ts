import type { BillingLifecycle } from '@/contract/billing';

// When the portal reads again by itself, decided in this one file: every blade, list and watcher
// asks it instead of keeping its own numbers. Nothing here is a lifecycle rule: whether a change is
// on its way is the billing read's own answer (its phase and a pending reactivation); this file only
// says how often to look while it is.

/** How soon the API says something will change by itself. */
export type Due = 'soon' | 'later' | 'never';

const INTERVAL_MS: Record<Due, number | false> = {
  /** R5: a cancellation shows within minutes; R11: a support reactivation lands at a set time. */
  soon: 5_000,
  /** Changes made elsewhere (another tab, the CLI, the demo panel) still show within a minute. */
  later: 60_000,
  never: false,
};

/** Milliseconds between reads, or false for none (react-query's `refetchInterval`). */
export function pollInterval(due: Due): number | false {
  return INTERVAL_MS[due];
}

/** Whether the billing read says its subscription is about to change by itself (R5, R11). */
export function changesSoon(lifecycle: Pick<BillingLifecycle, 'phase' | 'pendingReactivation'>) {
  return (
    lifecycle.phase === 'cancellation-pending' ||
    lifecycle.phase === 'reactivation-pending' ||
    lifecycle.pendingReactivation !== undefined
  );
}

/**
 * The pace for reads that show subscriptions: quick while any of them is about to change, so the
 * page turns without a reload (R5), otherwise once a minute. Before the billing read answers, the
 * slow pace.
 */
export function lifecyclePollInterval(
  lifecycles: readonly Pick<BillingLifecycle, 'phase' | 'pendingReactivation'>[] | undefined,
): number | false {
  return pollInterval((lifecycles ?? []).some(changesSoon) ? 'soon' : 'later');
}

/** A watcher (a notification in progress, a fault that wears off) looks often while it waits, never after. */
export function watchPollInterval(waiting: boolean): number | false {
  return pollInterval(waiting ? 'soon' : 'never');
}
