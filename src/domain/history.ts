import type { CancellationRecord, StoredSubscription } from './model';

const WRITE_ONCE_FIELDS: readonly (keyof CancellationRecord)[] = [
  'requestedAt',
  'requestedBy',
  'reason',
  'comment',
  'propagationDelayMs',
  'supportPlan',
  'reactivatedAt',
  'reactivatedBy',
  'reactivatedVia',
  'reactivationTicket',
];

/**
 * R14: a cancellation's facts, and so every date derived from them, never move once set. Lists
 * what `after` would change in `before`'s history; empty when it only appends or fills blanks.
 */
export function historyViolations(before: StoredSubscription, after: StoredSubscription): string[] {
  const out: string[] = [];
  if (after.billingAnchorDay !== before.billingAnchorDay) out.push('billingAnchorDay changed');
  if (after.cancellations.length < before.cancellations.length) out.push('cancellation removed');
  before.cancellations.forEach((old, i) => {
    const now = after.cancellations[i];
    if (now === undefined) return;
    for (const field of WRITE_ONCE_FIELDS) {
      if (old[field] !== undefined && old[field] !== now[field])
        out.push(`cancellations[${i}].${field} changed`);
    }
  });
  return out;
}

/** A programming error, not a user error: commands call this before returning a new world. */
export function assertHistoryPreserved(
  before: StoredSubscription,
  after: StoredSubscription,
): void {
  const violations = historyViolations(before, after);
  if (violations.length > 0) throw new Error(`History would change: ${violations.join('; ')}`);
}
