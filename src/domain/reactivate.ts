import { clockConflict, subscriptionDeleted } from './arm-errors';
import { fail, succeed, type CommandResult } from './command-result';
import { assertHistoryPreserved } from './history';
import type { CancellationRecord, EpochMs, StoredSubscription, World } from './model';
import { OFFERS } from './offers';
import { ACTIONS } from './permissions';
import { subscriptionStateAt } from './state';
import { toIso } from './time';
import { authorize, isFailure, replaceSubscription } from './world';

export interface EnableInput {
  subscriptionId: string;
  personaId: string;
  now: EpochMs;
}

export interface EnableResult {
  subscriptionId: string;
  reactivatedAt: EpochMs;
}

/** Fills the reactivation fields of the open record; the other fields stay as written. */
export function withReactivation(
  sub: StoredSubscription,
  index: number,
  fields: Required<Pick<CancellationRecord, 'reactivatedAt' | 'reactivatedBy' | 'reactivatedVia'>> &
    Pick<CancellationRecord, 'reactivationTicket'>,
): StoredSubscription {
  const next: StoredSubscription = {
    ...sub,
    cancellations: sub.cancellations.map((c, i) => (i === index ? { ...c, ...fields } : c)),
  };
  assertHistoryPreserved(sub, next);
  return next;
}

/** R10: self-service reactivation of a cancelled Pay-As-You-Go subscription by its account admin. */
export function enableSubscription(world: World, input: EnableInput): CommandResult<EnableResult> {
  // R10: only the Account administrator may reactivate self-service.
  const access = authorize(
    world,
    input.subscriptionId,
    input.personaId,
    ACTIONS.enableSubscription,
  );
  if (isFailure(access)) return access;
  const { sub } = access;
  const state = subscriptionStateAt(sub, input.now);

  // R9: after deletion nothing can be reactivated.
  if (state.phase === 'deleted') {
    return subscriptionDeleted(
      sub.subscriptionId,
      state.cancellation?.dates.dataDeletedAt ?? input.now,
    );
  }
  const open = state.cancellation;
  // R14: reactivating an enabled subscription is a conflict, so a retry never applies twice.
  if (open === undefined) {
    const last = sub.cancellations[sub.cancellations.length - 1];
    if (last !== undefined && last.requestedAt > input.now) return clockConflict(last.requestedAt);
    return fail(
      409,
      'SubscriptionNotDisabled',
      `The subscription '${sub.subscriptionId}' is not cancelled, so there is nothing to reactivate.`,
    );
  }
  if (open.reactivatesAt !== undefined) {
    return fail(
      409,
      'SubscriptionReactivationPending',
      `A reactivation of the subscription '${sub.subscriptionId}' was already accepted and takes effect at ${toIso(open.reactivatesAt)}.`,
    );
  }
  // R11: other offers come back only through a support request.
  if (OFFERS[sub.offer].reactivationPath !== 'self-service') {
    return fail(
      409,
      'ReactivationRequiresSupportRequest',
      `A ${OFFERS[sub.offer].displayName} subscription cannot be reactivated self-service. File a support request (problem type 'subscription-reactivation') before ${toIso(open.dates.reactivationPossibleUntil)}.`,
    );
  }
  if (open.index !== sub.cancellations.length - 1) {
    const last = sub.cancellations[sub.cancellations.length - 1];
    return clockConflict(last?.requestedAt ?? input.now);
  }

  // R10: state Enabled and billing resumes from this instant.
  const next = withReactivation(sub, open.index, {
    reactivatedAt: input.now,
    reactivatedBy: input.personaId,
    reactivatedVia: 'self-service',
  });
  return succeed(replaceSubscription(world, next), {
    subscriptionId: sub.subscriptionId,
    reactivatedAt: input.now,
  });
}
