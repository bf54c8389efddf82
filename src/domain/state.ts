import { cancellationDates, type CancellationDates } from './dates';
import type { CancellationRecord, EpochMs, ReactivationVia, StoredSubscription } from './model';

export type ArmState = 'Enabled' | 'Disabled' | 'Deleted' | 'PastDue' | 'Warned';

/** Display key of the Status column (en-US text: Active, Disabled, Deleted, Past due, Warned). */
export type StatusKey = 'Active' | 'Disabled' | 'Deleted' | 'PastDue' | 'Warned';

export type SubscriptionPhase =
  | 'active'
  /** R5: accepted, billing stopped, not yet showing. */
  | 'cancellation-pending'
  /** R6 */
  | 'disabled'
  /** R11: a support desk reactivation is accepted and scheduled, not yet effective. */
  | 'reactivation-pending'
  /** R9 */
  | 'deleted';

export interface OpenCancellation {
  index: number;
  record: CancellationRecord;
  dates: CancellationDates;
  /** R11: when an accepted support reactivation takes effect. */
  reactivatesAt?: EpochMs;
}

export interface SubscriptionStateView {
  armState: ArmState;
  status: StatusKey;
  phase: SubscriptionPhase;
  /** The cancellation in force at `now` (pending, disabled, reactivation pending or deleted). */
  cancellation?: OpenCancellation;
  /** The latest reactivation already in effect at `now`, if any. */
  lastReactivation?: { at: EpochMs; via?: ReactivationVia | undefined; by?: string | undefined };
}

/** The cancellation that governs `now`: the latest one already requested at `now`. */
export function cancellationIndexAt(sub: StoredSubscription, now: EpochMs): number {
  for (let i = sub.cancellations.length - 1; i >= 0; i--) {
    const c = sub.cancellations[i];
    if (c !== undefined && c.requestedAt <= now) return i;
  }
  return -1;
}

export function isReactivatedAt(record: CancellationRecord, now: EpochMs): boolean {
  return record.reactivatedAt !== undefined && record.reactivatedAt <= now;
}

function enabledState(sub: StoredSubscription): { armState: ArmState; status: StatusKey } {
  return sub.flag === undefined
    ? { armState: 'Enabled', status: 'Active' }
    : { armState: sub.flag, status: sub.flag };
}

/**
 * The subscription as ARM and the portal see it at `now`, derived from stored facts only, so any
 * clock (moved forward or back) gives a consistent answer and no timer is ever needed.
 */
export function subscriptionStateAt(sub: StoredSubscription, now: EpochMs): SubscriptionStateView {
  const index = cancellationIndexAt(sub, now);
  const record = index >= 0 ? sub.cancellations[index] : undefined;
  if (record === undefined) return { ...enabledState(sub), phase: 'active' };

  if (isReactivatedAt(record, now)) {
    // R10: reactivation sets state Enabled from that instant.
    return {
      ...enabledState(sub),
      phase: 'active',
      lastReactivation: {
        at: record.reactivatedAt ?? now,
        via: record.reactivatedVia,
        by: record.reactivatedBy,
      },
    };
  }

  const dates = cancellationDates(sub, record);
  const cancellation: OpenCancellation = { index, record, dates };
  if (record.reactivatedAt !== undefined) cancellation.reactivatesAt = record.reactivatedAt;

  // R9: deleted at T + 90 days — unless a reactivation was accepted before then (R11 decision:
  // an accepted support request defers deletion until it takes effect).
  if (record.reactivatedAt === undefined && now >= dates.dataDeletedAt) {
    return { armState: 'Deleted', status: 'Deleted', phase: 'deleted', cancellation };
  }

  const phase: SubscriptionPhase =
    record.reactivatedAt !== undefined
      ? 'reactivation-pending'
      : now < dates.showsAt
        ? 'cancellation-pending'
        : 'disabled';

  // R5: until requested-at + d, ARM still reports what it reported before the request.
  if (now < dates.showsAt) return { ...enabledState(sub), phase, cancellation };

  // R6: once it shows, the subscription is Disabled.
  return { armState: 'Disabled', status: 'Disabled', phase, cancellation };
}

export function isDeletedAt(sub: StoredSubscription, now: EpochMs): boolean {
  return subscriptionStateAt(sub, now).armState === 'Deleted';
}

/**
 * Intervals [from, until) in which ARM reported Disabled, started by `now`; `until` is the
 * reactivation instant or +Infinity. Used for effects that outlive a reactivation (R10: VMs stay
 * deallocated, released IPs are not given back).
 */
export function disabledIntervals(
  sub: StoredSubscription,
  now: EpochMs,
): { from: EpochMs; until: EpochMs }[] {
  const out: { from: EpochMs; until: EpochMs }[] = [];
  for (const r of sub.cancellations) {
    const from = r.requestedAt + r.propagationDelayMs;
    const until = r.reactivatedAt ?? Number.POSITIVE_INFINITY;
    if (from <= now && from < until) out.push({ from, until });
  }
  return out;
}

/** Was the subscription Disabled at any instant in (after, now]? */
export function wasDisabledSince(sub: StoredSubscription, after: EpochMs, now: EpochMs): boolean {
  return after < now && disabledIntervals(sub, now).some((i) => i.until > after);
}
