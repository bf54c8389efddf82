import { readOnlyDisabledSubscription, resourceNotFound, subscriptionNotFound } from './arm-errors';
import type { Failure } from './command-result';
import type { EpochMs, StoredSubscription, World } from './model';
import type { StoredResource } from './stored-resources';
import { parseResourceId } from './resource-id';
import { subscriptionStateAt } from './state';
import { authorize, findResource, isFailure } from './world';

export interface ResourceAccess<T extends StoredResource> {
  sub: StoredSubscription;
  resource: T;
}

/**
 * Every resource write goes through here: 401/404 for who and where, 403 for the role (R1:
 * Reader is read-only), 404 once the subscription is deleted (R9: it has no resources), and 409
 * `ReadOnlyDisabledSubscription` while it is disabled (R6, R12).
 */
export function guardResourceWrite<T extends StoredResource>(
  world: World,
  resourceId: string,
  personaId: string,
  action: string,
  isKind: (r: StoredResource) => r is T,
  now: EpochMs,
): ResourceAccess<T> | Failure {
  const found = findResource(world, resourceId);
  const address = found ?? parseResourceId(resourceId);
  if (address === undefined) return subscriptionNotFound(resourceId);
  const access = authorize(world, address.subscriptionId, personaId, action);
  if (isFailure(access)) return access;
  const { sub } = access;
  const state = subscriptionStateAt(sub, now);
  if (found === undefined || !isKind(found) || state.armState === 'Deleted') {
    return resourceNotFound(
      found?.type ?? 'resource',
      found?.name ?? resourceId,
      address.resourceGroup,
    );
  }
  // R6 / R12: every write to a disabled subscription's resources is refused.
  if (state.armState === 'Disabled') return readOnlyDisabledSubscription(sub.subscriptionId);
  return { sub, resource: found };
}

export const isVm = (
  r: StoredResource,
): r is Extract<StoredResource, { type: 'Microsoft.Compute/virtualMachines' }> =>
  r.type === 'Microsoft.Compute/virtualMachines';
export const isStorage = (
  r: StoredResource,
): r is Extract<StoredResource, { type: 'Microsoft.Storage/storageAccounts' }> =>
  r.type === 'Microsoft.Storage/storageAccounts';
export const isWebApp = (
  r: StoredResource,
): r is Extract<StoredResource, { type: 'Microsoft.Web/sites' }> =>
  r.type === 'Microsoft.Web/sites';
