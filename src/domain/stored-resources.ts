import type { EpochMs } from './model';

// Stored facts of the resources inside a subscription, plain JSON like the rest of the World (model.ts).

export type ResourceType =
  | 'Microsoft.Compute/virtualMachines'
  | 'Microsoft.Storage/storageAccounts'
  | 'Microsoft.Sql/servers/databases'
  | 'Microsoft.Web/sites';

export type VmPowerState = 'running' | 'stopped' | 'deallocated';

export interface PublicIp {
  /** `null` once released (deallocation of a Dynamic address). */
  address: string | null;
  allocation: 'Dynamic' | 'Static';
  /** When this address was assigned. Absent: before anything in the scenario. */
  assignedAt?: EpochMs;
}

export interface VmImage {
  name: string;
  createdAt: EpochMs;
}

interface ResourceBase {
  /** Full ARM id, e.g. /subscriptions/{sid}/resourceGroups/{rg}/providers/{type}/{name}. */
  id: string;
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  location: string;
  tags?: Record<string, string>;
}

export interface StoredVm extends ResourceBase {
  type: 'Microsoft.Compute/virtualMachines';
  /** As last set by a user action; the effective state also depends on the subscription (R6). */
  powerState: VmPowerState;
  powerChangedAt: EpochMs;
  publicIp?: PublicIp;
  images: VmImage[];
}

export interface StoredStorageAccount extends ResourceBase {
  type: 'Microsoft.Storage/storageAccounts';
  containers: string[];
}

export interface StoredSqlDatabase extends ResourceBase {
  type: 'Microsoft.Sql/servers/databases';
  /** Parent server; `name` is the database's own name. */
  serverName: string;
}

export interface StoredWebApp extends ResourceBase {
  type: 'Microsoft.Web/sites';
  state: 'running' | 'stopped';
  changedAt: EpochMs;
}

export type StoredResource = StoredVm | StoredStorageAccount | StoredSqlDatabase | StoredWebApp;
