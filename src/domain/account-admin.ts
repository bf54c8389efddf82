import type { AccountAdminContact, StoredSubscription, World } from './model';

/**
 * R1: who may cancel this subscription, so a user who may not is told whom to ask (the seed points
 * the reader to "who is the account administrator"). A persona holding the role wins; otherwise the
 * contact stored with the subscription; undefined when the data names nobody.
 */
export function accountAdminOf(
  world: World,
  sub: StoredSubscription,
): AccountAdminContact | undefined {
  const personaId = Object.keys(sub.roles).find((id) => sub.roles[id] === 'AccountAdmin');
  const persona = world.personas.find((p) => p.id === personaId);
  if (persona !== undefined)
    return { displayName: persona.displayName, email: persona.userPrincipalName };
  return sub.accountAdmin;
}

/** Whether one of the scenario's people holds the classic Service administrator role as well. */
export function hasSeparateServiceAdmin(sub: StoredSubscription): boolean {
  return Object.values(sub.roles).includes('ServiceAdmin');
}
