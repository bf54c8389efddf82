import { fail, type Failure } from './command-result';
import type { EpochMs, Persona } from './model';
import { toIso } from './time';

// Real ARM codes and message shapes where ARM has one; the rest are documented conflict codes:
//   SubscriptionAlreadyCanceled 409   cancel on a pending or disabled subscription (R14)
//   SubscriptionNotDisabled     409   enable on an enabled subscription (R14)
//   SubscriptionDeleted         409   any command on a deleted subscription (R9)
//   SubscriptionReactivationPending 409  enable while an accepted support reactivation is scheduled
//   ReactivationRequiresSupportRequest 409  enable on a non-Pay-As-You-Go offer (R11)
//   ClockConflict               409   a later change is already recorded (clock moved back)

export function authenticationFailed(): Failure {
  return fail(
    401,
    'AuthenticationFailed',
    'Authentication failed. The caller is not a known persona.',
  );
}

export function subscriptionNotFound(subscriptionId: string): Failure {
  return fail(
    404,
    'SubscriptionNotFound',
    `The subscription '${subscriptionId}' could not be found.`,
  );
}

export function authorizationFailed(persona: Persona, action: string, scope: string): Failure {
  return fail(
    403,
    'AuthorizationFailed',
    `The client '${persona.userPrincipalName}' with object id '${persona.id}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
  );
}

export function readOnlyDisabledSubscription(subscriptionId: string): Failure {
  return fail(
    409,
    'ReadOnlyDisabledSubscription',
    `The subscription '${subscriptionId}' is disabled and therefore marked as read only. You cannot perform any write actions on this subscription until it is re-enabled.`,
  );
}

export function subscriptionDeleted(subscriptionId: string, deletedAt: EpochMs): Failure {
  return fail(
    409,
    'SubscriptionDeleted',
    `The subscription '${subscriptionId}' was permanently deleted on ${toIso(deletedAt)}, 90 days after it was cancelled. It cannot be changed or reactivated.`,
  );
}

export function invalidRequestContent(message: string): Failure {
  return fail(400, 'InvalidRequestContent', message);
}

export function resourceNotFound(type: string, name: string, resourceGroup: string): Failure {
  return fail(
    404,
    'ResourceNotFound',
    `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found.`,
  );
}

export function resourceGroupNotFound(resourceGroup: string): Failure {
  return fail(
    404,
    'ResourceGroupNotFound',
    `Resource group '${resourceGroup}' could not be found.`,
  );
}

/**
 * A world keeps at most the documented number of each thing (contract/world-limits.ts), so that a
 * snapshot of anything the API built is one the API accepts back. Real Azure has limits of its own
 * for most of them (980 resource groups, 800 resources a move) and answers them the same way.
 */
export function quotaExceeded(what: string, limit: number): Failure {
  return fail(
    409,
    'QuotaExceeded',
    `This demo world holds the most ${what} it can keep (${limit}). Reset the demo to add more.`,
  );
}

export function clockConflict(at: EpochMs): Failure {
  return fail(
    409,
    'ClockConflict',
    `A later change to this subscription is already recorded at ${toIso(at)}. Move the clock forward past it and try again.`,
  );
}
