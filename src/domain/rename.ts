import { invalidRequestContent } from './arm-errors';
import { succeed, type CommandResult, type Failure } from './command-result';
import type { EpochMs, World } from './model';
import { ACTIONS } from './permissions';
import { authorize, isFailure, replaceSubscription, writableFailure } from './world';

export const SUBSCRIPTION_NAME_MAX_LENGTH = 64;
export const FORBIDDEN_NAME_CHARACTERS = ['<', '>', ';', '|', '%', '&', '\\', '?', '/'] as const;

/**
 * The trimmed name, or a 400 explaining what is wrong. A name of spaces only is 1–64 characters with
 * none of the forbidden ones, which the public contract accepts: it is kept as sent (the portal's own
 * dialog never sends one).
 */
export function validateSubscriptionName(name: unknown): string | Failure {
  if (typeof name !== 'string')
    return invalidRequestContent("The body must contain 'subscriptionName', a string.");
  const trimmed = name.trim();
  if (name.length === 0) return invalidRequestContent('The subscription name cannot be empty.');
  const kept = trimmed.length === 0 ? name : trimmed;
  if (kept.length > SUBSCRIPTION_NAME_MAX_LENGTH) {
    return invalidRequestContent(
      `The subscription name must be at most ${SUBSCRIPTION_NAME_MAX_LENGTH} characters.`,
    );
  }
  const bad = FORBIDDEN_NAME_CHARACTERS.filter((c) => kept.includes(c));
  if (bad.length > 0) {
    return invalidRequestContent(
      `The subscription name cannot contain these characters: ${FORBIDDEN_NAME_CHARACTERS.join(' ')} (found ${bad.join(' ')}).`,
    );
  }
  return kept;
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
