// Shared by the domain's unit tests only: a small frozen world where each persona holds one role
// on every subscription, so tests can run table-driven over roles and offers.
import { cancelSubscription } from './cancel';
import type { CommandResult } from './command-result';
import type { OfferKey } from './offers';
import type { Role } from './roles';
import type { StoredResource } from './stored-resources';
import type { StoredSubscription, World } from './model';
import { enableSubscription } from './reactivate';
import { resourceIdFor } from './resource-id';
import { MINUTE_MS } from './time';

export const T0 = Date.UTC(2026, 2, 10, 12, 0, 0);
export const DELAY = 7 * MINUTE_MS;
export const CREATED = Date.UTC(2025, 0, 1);

export const PERSONA_BY_ROLE: Readonly<Record<Role, string>> = {
  AccountAdmin: 'admin',
  ServiceAdmin: 'svc',
  CoAdmin: 'coadmin',
  Owner: 'owner',
  Contributor: 'contrib',
  Reader: 'reader',
};

const allRoles = (): Record<string, Role> =>
  Object.fromEntries(Object.entries(PERSONA_BY_ROLE).map(([role, id]) => [id, role as Role]));

export const subIdFor = (offer: OfferKey): string =>
  `00000000-0000-4000-8000-${offer.padEnd(12, '0').slice(0, 12)}`;
export const PAYG = subIdFor('payg');
export const OTHER = '11111111-1111-4111-8111-111111111111';

export function makeSub(overrides: Partial<StoredSubscription> = {}): StoredSubscription {
  const offer = overrides.offer ?? 'payg';
  return {
    subscriptionId: subIdFor(offer),
    displayName: `Contoso ${offer}`,
    tenantId: 'tenant-1',
    offer,
    createdAt: CREATED,
    billingAnchorDay: 5,
    currency: 'USD',
    usagePerHour: 1.5,
    propagationDelayMs: DELAY,
    roles: allRoles(),
    spendingLimit: 'Off',
    cancellations: [],
    resourceGroups: ['rg-app', 'rg-data'],
    ...overrides,
  };
}

export function makeResources(subscriptionId: string): StoredResource[] {
  const at = { subscriptionId, resourceGroup: 'rg-app', location: 'westeurope' };
  const id = (type: StoredResource['type'], name: string, serverName?: string): string =>
    resourceIdFor(
      serverName === undefined ? { ...at, type, name } : { ...at, type, name, serverName },
    );
  return [
    {
      ...at,
      id: id('Microsoft.Compute/virtualMachines', 'vm-web'),
      type: 'Microsoft.Compute/virtualMachines',
      name: 'vm-web',
      powerState: 'running',
      powerChangedAt: CREATED,
      publicIp: { address: '20.1.2.3', allocation: 'Dynamic' },
      images: [],
    },
    {
      ...at,
      id: id('Microsoft.Compute/virtualMachines', 'vm-api'),
      type: 'Microsoft.Compute/virtualMachines',
      name: 'vm-api',
      powerState: 'running',
      powerChangedAt: CREATED,
      publicIp: { address: '20.9.9.9', allocation: 'Static' },
      images: [],
    },
    {
      ...at,
      id: id('Microsoft.Storage/storageAccounts', 'stdata'),
      type: 'Microsoft.Storage/storageAccounts',
      name: 'stdata',
      containers: ['backups'],
    },
    {
      ...at,
      id: id('Microsoft.Sql/servers/databases', 'orders', 'sql-main'),
      type: 'Microsoft.Sql/servers/databases',
      name: 'orders',
      serverName: 'sql-main',
    },
    {
      ...at,
      id: id('Microsoft.Web/sites', 'app-shop'),
      type: 'Microsoft.Web/sites',
      name: 'app-shop',
      state: 'running',
      changedAt: CREATED,
    },
  ];
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A frozen world, so any command that mutated its input would throw. */
export function makeWorld(subs: StoredSubscription[] = [makeSub()], withResources = true): World {
  return deepFreeze({
    version: 1,
    scenario: 'unit',
    personas: Object.values(PERSONA_BY_ROLE).map((id) => ({
      id,
      displayName: id,
      userPrincipalName: `${id}@contoso.example`,
      tenantId: 'tenant-1',
      directoryName: 'Contoso',
    })),
    subscriptions: subs,
    resources: withResources ? subs.flatMap((s) => makeResources(s.subscriptionId)) : [],
    tickets: [],
  });
}

/** Unwraps a successful command or fails the test with the ARM error. */
export function expectOk<R>(r: CommandResult<R>): { world: World; result: R } {
  if (!r.ok)
    throw new Error(`expected success, got ${r.error.status} ${r.error.code}: ${r.error.message}`);
  return { world: r.world, result: r.result };
}

export function expectError<R>(r: CommandResult<R>): {
  status: number;
  code: string;
  message: string;
} {
  if (r.ok) throw new Error('expected an error, got success');
  return r.error;
}

/** The world once the account admin has cancelled a subscription: where most lifecycle tests start. */
export function adminCancels(world: World = makeWorld(), now = T0, subscriptionId = PAYG): World {
  return expectOk(cancelSubscription(world, { subscriptionId, personaId: 'admin', now })).world;
}

/** The world once the account admin has reactivated a cancelled subscription. */
export function adminReactivates(world: World, now: number, subscriptionId = PAYG): World {
  return expectOk(enableSubscription(world, { subscriptionId, personaId: 'admin', now })).world;
}

/** A world of one subscription of this offer, cancelled by the account admin at T0. */
export function cancelledOffer(offer: OfferKey): World {
  return adminCancels(makeWorld([makeSub({ offer })]), T0, subIdFor(offer));
}

export function subIn(world: World, subscriptionId: string): StoredSubscription {
  const s = world.subscriptions.find((x) => x.subscriptionId === subscriptionId);
  if (s === undefined) throw new Error(`no subscription ${subscriptionId}`);
  return s;
}

export function resourceIn(world: World, name: string, subscriptionId?: string): StoredResource {
  const r = world.resources.find(
    (x) => x.name === name && (subscriptionId === undefined || x.subscriptionId === subscriptionId),
  );
  if (r === undefined) throw new Error(`no resource ${name}`);
  return r;
}
