import type { EpochMs, StoredSubscription, World } from './model';
import type {
  PublicIp,
  StoredResource,
  StoredSqlDatabase,
  StoredStorageAccount,
  StoredVm,
  StoredWebApp,
  VmPowerState,
} from './stored-resources';
import { subscriptionStateAt, wasDisabledSince } from './state';
import { findSubscription } from './world';

export type DataAccess = 'read-write' | 'read-only';

interface ViewBase {
  /** R6 / R12: false while the subscription is Disabled; every write is then refused. */
  writable: boolean;
  blockedBy?: 'subscription-disabled';
}

export interface VmView extends ViewBase {
  kind: 'vm';
  resource: StoredVm;
  powerState: VmPowerState;
  publicIp?: PublicIp;
}

export interface StorageView extends ViewBase {
  kind: 'storage';
  resource: StoredStorageAccount;
  access: DataAccess;
}

export interface SqlView extends ViewBase {
  kind: 'sql';
  resource: StoredSqlDatabase;
  access: DataAccess;
}

export interface WebAppView extends ViewBase {
  kind: 'web';
  resource: StoredWebApp;
  state: 'running' | 'stopped';
}

export type ResourceView = VmView | StorageView | SqlView | WebAppView;

/** R6 / R10: a dynamic address does not survive a disable; a static one does. */
export function effectivePublicIp(ip: PublicIp, sub: StoredSubscription, now: EpochMs): PublicIp {
  if (ip.allocation === 'Static' || ip.address === null) return ip;
  const assigned = ip.assignedAt ?? Number.NEGATIVE_INFINITY;
  // R10: released temporary IPs are not given back, even after a reactivation.
  return wasDisabledSince(sub, assigned, now) ? { ...ip, address: null } : ip;
}

/** R6 / R10: a VM is deallocated by any disable after its last power change, and stays so. */
export function effectivePowerState(
  vm: StoredVm,
  sub: StoredSubscription,
  now: EpochMs,
): VmPowerState {
  return wasDisabledSince(sub, vm.powerChangedAt, now) ? 'deallocated' : vm.powerState;
}

function baseAt(
  sub: StoredSubscription,
  now: EpochMs,
): { base: ViewBase; access: DataAccess; disabled: boolean } {
  const disabled = subscriptionStateAt(sub, now).armState === 'Disabled';
  return {
    base: disabled ? { writable: false, blockedBy: 'subscription-disabled' } : { writable: true },
    // R6: storage is read-only while disabled; R10: writable again once reactivated.
    access: disabled ? 'read-only' : 'read-write',
    disabled,
  };
}

export function vmViewAt(vm: StoredVm, sub: StoredSubscription, now: EpochMs): VmView {
  const view: VmView = {
    ...baseAt(sub, now).base,
    kind: 'vm',
    resource: vm,
    powerState: effectivePowerState(vm, sub, now),
  };
  if (vm.publicIp !== undefined) view.publicIp = effectivePublicIp(vm.publicIp, sub, now);
  return view;
}

export function storageViewAt(
  account: StoredStorageAccount,
  sub: StoredSubscription,
  now: EpochMs,
): StorageView {
  const { base, access } = baseAt(sub, now);
  return { ...base, kind: 'storage', resource: account, access };
}

export function sqlViewAt(db: StoredSqlDatabase, sub: StoredSubscription, now: EpochMs): SqlView {
  const { base, access } = baseAt(sub, now);
  return { ...base, kind: 'sql', resource: db, access };
}

export function webAppViewAt(
  site: StoredWebApp,
  sub: StoredSubscription,
  now: EpochMs,
): WebAppView {
  const { base, disabled } = baseAt(sub, now);
  // R12 decision: App Service stops a disabled subscription's sites and restarts them on
  // reactivation, so the stored state comes back (unlike VMs, R10).
  return { ...base, kind: 'web', resource: site, state: disabled ? 'stopped' : site.state };
}

/** What a resource looks like at `now`, derived from its facts and its subscription's history. */
export function resourceViewAt(
  resource: StoredResource,
  sub: StoredSubscription,
  now: EpochMs,
): ResourceView {
  switch (resource.type) {
    case 'Microsoft.Compute/virtualMachines':
      return vmViewAt(resource, sub, now);
    case 'Microsoft.Storage/storageAccounts':
      return storageViewAt(resource, sub, now);
    case 'Microsoft.Sql/servers/databases':
      return sqlViewAt(resource, sub, now);
    case 'Microsoft.Web/sites':
      return webAppViewAt(resource, sub, now);
  }
}

/** R9: a deleted subscription has no resources; an unknown one neither. */
export function resourcesAt(world: World, subscriptionId: string, now: EpochMs): ResourceView[] {
  const sub = findSubscription(world, subscriptionId);
  if (sub === undefined || subscriptionStateAt(sub, now).armState === 'Deleted') return [];
  return world.resources
    .filter((r) => r.subscriptionId.toLowerCase() === sub.subscriptionId.toLowerCase())
    .map((r) => resourceViewAt(r, sub, now));
}
