import { WORLD_LIMITS } from '@/contract/world-limits';
import {
  clockConflict,
  invalidRequestContent,
  quotaExceeded,
  subscriptionDeleted,
} from './arm-errors';
import { fail, succeed, type CommandResult, type Failure } from './command-result';
import { cancellability } from './cancellable';
import { assertHistoryPreserved } from './history';
import type {
  CancellationRecord,
  CancelReasonCode,
  EpochMs,
  StoredSubscription,
  World,
} from './model';
import { CANCEL_REASON_CODES } from './model';
import { ACTIONS } from './permissions';
import { subscriptionStateAt } from './state';
import { CANCEL_COMMENT_RULE } from '@/contract/cancel';
import { textProblem } from '@/contract/text';
import { toIso } from './time';
import { authorize, isFailure, replaceSubscription } from './world';

// R3: the longest comment, counted after trimming, is the contract's (the form keeps to it too).
export { CANCEL_COMMENT_MAX_LENGTH } from '@/contract/cancel';

export interface CancelBody {
  confirmation: string;
  reason: CancelReasonCode;
  comment?: string;
}

export interface CancelInput {
  subscriptionId: string;
  personaId: string;
  /** The parsed JSON body, or undefined/null when none was sent (real ARM clients send none). */
  body?: unknown;
  now: EpochMs;
}

export function isCancelReasonCode(value: unknown): value is CancelReasonCode {
  return typeof value === 'string' && (CANCEL_REASON_CODES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * R3: validates the portal's body. `undefined`, `null` and `{}` mean "no body" (the SDK and CLI
 * send none, and ARM accepts that). Anything else must carry the exact name and a known reason.
 */
export function parseCancelBody(
  body: unknown,
  displayName: string,
): CancelBody | undefined | Failure {
  if (body === undefined || body === null) return undefined;
  if (!isRecord(body)) return invalidRequestContent('The request content must be a JSON object.');
  if (Object.keys(body).length === 0) return undefined;
  const { confirmation, reason, comment } = body;
  // R3: exact, case-sensitive match; no trimming, since the user is asked to type the name as is.
  if (confirmation !== displayName) {
    return invalidRequestContent(
      `The confirmation does not match the subscription name. Type '${displayName}' exactly to confirm the cancellation.`,
    );
  }
  if (!isCancelReasonCode(reason)) {
    return invalidRequestContent(
      `The cancellation reason is missing or unknown. Use one of: ${CANCEL_REASON_CODES.join(', ')}.`,
    );
  }
  // A serializer's null for "no comment" is no comment: only confirmation and reason are required.
  if (comment !== undefined && comment !== null && typeof comment !== 'string') {
    return invalidRequestContent('The comment must be a string.');
  }
  const trimmed = typeof comment === 'string' ? comment.trim() : '';
  // The contract's rule for the comment: characters counted as code points, no control characters.
  const problem = textProblem(trimmed, CANCEL_COMMENT_RULE);
  if (problem !== undefined) return invalidRequestContent(`comment ${problem}.`);
  // R3: the comment is optional for every reason, 'other' included: the public contract accepts
  // `{ confirmation, reason: 'other' }` on its own, and a decision of ours may only add to it.
  return trimmed.length > 0 ? { confirmation, reason, comment: trimmed } : { confirmation, reason };
}

/**
 * The latest change already recorded, to refuse writing history before it (the clock moved back):
 * the subscription's creation when nothing else is, since nothing can happen to it before it exists.
 */
export function lastRecordedChangeAt(sub: StoredSubscription): EpochMs {
  const last = sub.cancellations[sub.cancellations.length - 1];
  return last === undefined
    ? sub.createdAt
    : Math.max(sub.createdAt, last.requestedAt, last.reactivatedAt ?? last.requestedAt);
}

export interface CancelResult {
  subscriptionId: string;
  record: CancellationRecord;
}

export function cancelSubscription(world: World, input: CancelInput): CommandResult<CancelResult> {
  // R1: only the Account administrator may cancel.
  const access = authorize(
    world,
    input.subscriptionId,
    input.personaId,
    ACTIONS.cancelSubscription,
  );
  if (isFailure(access)) return access;
  const { sub } = access;

  const body = parseCancelBody(input.body, sub.displayName);
  if (body !== undefined && 'ok' in body) return body;

  // R14: a cancelled subscription (pending, disabled, or awaiting reactivation) is not cancelled
  // again, so a retried request never applies twice and nothing changes.
  const state = subscriptionStateAt(sub, input.now);
  const verdict = cancellability(state);
  if (!verdict.cancellable && verdict.reason === 'deleted') {
    return subscriptionDeleted(
      sub.subscriptionId,
      state.cancellation?.dates.dataDeletedAt ?? input.now,
    );
  }
  if (!verdict.cancellable && state.cancellation !== undefined) {
    return fail(
      409,
      'SubscriptionAlreadyCanceled',
      `The subscription '${sub.subscriptionId}' was already cancelled at ${toIso(state.cancellation.record.requestedAt)}.`,
    );
  }
  const last = lastRecordedChangeAt(sub);
  if (last > input.now) return clockConflict(last);
  if (sub.cancellations.length >= WORLD_LIMITS.cancellationsPerSubscription) {
    return quotaExceeded(
      'cancellations of one subscription',
      WORLD_LIMITS.cancellationsPerSubscription,
    );
  }

  const record: CancellationRecord = {
    requestedAt: input.now,
    requestedBy: input.personaId,
    // R5: the delay is fixed per subscription by the scenario, and copied so it never moves.
    propagationDelayMs: sub.propagationDelayMs,
  };
  if (body !== undefined) {
    record.reason = body.reason;
    if (body.comment !== undefined) record.comment = body.comment;
  }
  // R8: the paid support plan is cancelled with the subscription; the record keeps it for the
  // trailing charges.
  if (sub.supportPlan !== undefined) record.supportPlan = sub.supportPlan;

  const next: StoredSubscription = { ...sub, cancellations: [...sub.cancellations, record] };
  delete next.supportPlan;
  assertHistoryPreserved(sub, next);
  return succeed(replaceSubscription(world, next), { subscriptionId: sub.subscriptionId, record });
}
