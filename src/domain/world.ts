import {
  authenticationFailed,
  authorizationFailed,
  readOnlyDisabledSubscription,
  subscriptionDeleted,
  subscriptionNotFound,
} from './arm-errors';
import type { Failure } from './command-result';
import type { EpochMs, Persona, StoredSubscription, World } from './model';
import type { Role } from './roles';
import type { StoredResource } from './stored-resources';
import { can } from './permissions';
import { subscriptionStateAt } from './state';

export function findPersona(world: World, personaId: string): Persona | undefined {
  return world.personas.find((p) => p.id === personaId);
}

/** ARM compares GUIDs case-insensitively. */
export function findSubscription(
  world: World,
  subscriptionId: string,
): StoredSubscription | undefined {
  const id = subscriptionId.toLowerCase();
  return world.subscriptions.find((s) => s.subscriptionId.toLowerCase() === id);
}

export function findResource(world: World, resourceId: string): StoredResource | undefined {
  const id = resourceId.toLowerCase();
  return world.resources.find((r) => r.id.toLowerCase() === id);
}

export function roleOf(sub: StoredSubscription, personaId: string): Role | undefined {
  return sub.roles[personaId];
}

export function replaceSubscription(world: World, next: StoredSubscription): World {
  return {
    ...world,
    subscriptions: world.subscriptions.map((s) =>
      s.subscriptionId === next.subscriptionId ? next : s,
    ),
  };
}

export function replaceResource(world: World, next: StoredResource): World {
  return { ...world, resources: world.resources.map((r) => (r.id === next.id ? next : r)) };
}

export interface Access {
  persona: Persona;
  sub: StoredSubscription;
  role: Role;
}

/**
 * Who is calling and on what: 401 for an unknown persona, 404 for a subscription the persona has
 * no role on (ARM hides subscriptions outside the caller's reach), 403 when the role lacks `action`.
 */
export function authorize(
  world: World,
  subscriptionId: string,
  personaId: string,
  action: string,
): Access | Failure {
  const persona = findPersona(world, personaId);
  if (persona === undefined) return authenticationFailed();
  const sub = findSubscription(world, subscriptionId);
  const role = sub === undefined ? undefined : roleOf(sub, personaId);
  if (sub === undefined || role === undefined) return subscriptionNotFound(subscriptionId);
  // R1: role rules are checked before anything about the subscription's state.
  if (!can(role, action))
    return authorizationFailed(persona, action, `/subscriptions/${sub.subscriptionId}`);
  return { persona, sub, role };
}

export function isFailure<T extends object>(value: T | Failure): value is Failure {
  return 'ok' in value && value.ok === false;
}

/** R6 / R9 / R12: refuse writes to a disabled or deleted subscription. */
export function writableFailure(sub: StoredSubscription, now: EpochMs): Failure | undefined {
  const state = subscriptionStateAt(sub, now);
  if (state.armState === 'Deleted') {
    return subscriptionDeleted(sub.subscriptionId, state.cancellation?.dates.dataDeletedAt ?? now);
  }
  if (state.armState === 'Disabled') return readOnlyDisabledSubscription(sub.subscriptionId);
  return undefined;
}
