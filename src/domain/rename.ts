import {
  describeSubscriptionNameProblem,
  keptSubscriptionName,
  subscriptionNameProblem,
} from '@/contract/cancel';
import { invalidRequestContent } from './arm-errors';
import { succeed, type CommandResult, type Failure } from './command-result';
import type { EpochMs, World } from './model';
import { ACTIONS } from './permissions';
import { authorize, isFailure, replaceSubscription, writableFailure } from './world';

/**
 * The name a rename stores, or a 400 naming `subscriptionName` and what is wrong. The rule is the
 * contract's (1–64 characters counted as code points, none of `< > ; | % & \ ? /`, no control
 * characters), shared with the portal's form and the snapshot check.
 */
export function validateSubscriptionName(name: unknown): string | Failure {
  if (typeof name !== 'string')
    return invalidRequestContent(
      "subscriptionName: the body must contain 'subscriptionName', a string.",
    );
  const problem = subscriptionNameProblem(name);
  if (problem !== undefined) return invalidRequestContent(describeSubscriptionNameProblem(problem));
  return keptSubscriptionName(name);
}

export interface RenameInput {
  subscriptionId: string;
  personaId: string;
  subscriptionName: unknown;
  now: EpochMs;
}

export function renameSubscription(
  world: World,
  input: RenameInput,
): CommandResult<{ subscriptionId: string }> {
  const access = authorize(
    world,
    input.subscriptionId,
    input.personaId,
    ACTIONS.renameSubscription,
  );
  if (isFailure(access)) return access;
  const { sub } = access;
  const name = validateSubscriptionName(input.subscriptionName);
  if (typeof name !== 'string') return name;
  // R12 decision: a disabled subscription is read-only as a whole (the portal greys Rename out),
  // so renaming is refused like any other write; while the cancellation is pending it still works.
  const blocked = writableFailure(sub, input.now);
  if (blocked !== undefined) return blocked;
  if (name === sub.displayName) return succeed(world, { subscriptionId: sub.subscriptionId });
  return succeed(replaceSubscription(world, { ...sub, displayName: name }), {
    subscriptionId: sub.subscriptionId,
  });
}
