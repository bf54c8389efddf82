import type { EpochMs } from '@/domain/model';
import type {
  PublicIp,
  StoredSqlDatabase,
  StoredStorageAccount,
  StoredVm,
  StoredWebApp,
} from '@/domain/stored-resources';

// Small builders so scenarios read as data; every id follows ARM's resource id layout.

interface Place {
  subscriptionId: string;
  resourceGroup: string;
  location: string;
}

/** Where a scenario's resources sit: a subscription's resource group in one region. */
export function place(subscriptionId: string, resourceGroup: string, location: string): Place {
  return { subscriptionId, resourceGroup, location };
}

function resourceId(p: Place, provider: string, name: string): string {
  return `/subscriptions/${p.subscriptionId}/resourceGroups/${p.resourceGroup}/providers/${provider}/${name}`;
}

export function vm(
  p: Place,
  name: string,
  powerState: StoredVm['powerState'],
  since: EpochMs,
  publicIp?: PublicIp,
): StoredVm {
  const out: StoredVm = {
    id: resourceId(p, 'Microsoft.Compute/virtualMachines', name),
    type: 'Microsoft.Compute/virtualMachines',
    ...p,
    name,
    powerState,
    powerChangedAt: since,
    images: [],
  };
  if (publicIp !== undefined) out.publicIp = publicIp;
  return out;
}

export function storageAccount(p: Place, name: string, containers: string[]): StoredStorageAccount {
  return {
    id: resourceId(p, 'Microsoft.Storage/storageAccounts', name),
    type: 'Microsoft.Storage/storageAccounts',
    ...p,
    name,
    containers,
  };
}

export function sqlDatabase(p: Place, serverName: string, name: string): StoredSqlDatabase {
  return {
    id: resourceId(p, 'Microsoft.Sql/servers', `${serverName}/databases/${name}`),
    type: 'Microsoft.Sql/servers/databases',
    ...p,
    name,
    serverName,
  };
}

export function webApp(
  p: Place,
  name: string,
  state: StoredWebApp['state'],
  since: EpochMs,
): StoredWebApp {
  return {
    id: resourceId(p, 'Microsoft.Web/sites', name),
    type: 'Microsoft.Web/sites',
    ...p,
    name,
    state,
    changedAt: since,
  };
}
