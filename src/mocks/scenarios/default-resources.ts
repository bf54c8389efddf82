import type { EpochMs } from '@/domain/model';
import type { StoredResource } from '@/domain/stored-resources';
import { DAY_MS, HOUR_MS } from '@/domain/time';
import { DEFAULT_IDS } from './default-ids';
import { sqlDatabase, storageAccount, vm, webApp } from './resource-builders';

/**
 * Resources of `default`. Contoso Production and Dev/Test are as contract §4 lists them; the
 * cancelled Legacy Marketing keeps a VM and a storage account so R6's effects (deallocated,
 * released IP, read-only storage) are visible, and the other subscriptions hold one each.
 */
export function defaultResources(now: EpochMs): StoredResource[] {
  const prodWeb = {
    subscriptionId: DEFAULT_IDS.production,
    resourceGroup: 'rg-prod-web',
    location: 'eastus',
  };
  const prodData = {
    subscriptionId: DEFAULT_IDS.production,
    resourceGroup: 'rg-prod-data',
    location: 'eastus',
  };
  const dev = {
    subscriptionId: DEFAULT_IDS.devTest,
    resourceGroup: 'rg-devtest',
    location: 'westeurope',
  };
  const erp = {
    subscriptionId: DEFAULT_IDS.enterprise,
    resourceGroup: 'rg-erp',
    location: 'northeurope',
  };
  const analytics = {
    subscriptionId: DEFAULT_IDS.fabrikam,
    resourceGroup: 'rg-analytics',
    location: 'westus2',
  };
  const marketing = {
    subscriptionId: DEFAULT_IDS.legacyMarketing,
    resourceGroup: 'rg-marketing-web',
    location: 'centralus',
  };
  const sandbox = {
    subscriptionId: DEFAULT_IDS.sandbox,
    resourceGroup: 'rg-sandbox',
    location: 'uksouth',
  };
  return [
    vm(prodWeb, 'vm-prod-web-01', 'running', now - 21 * DAY_MS, {
      address: '20.81.112.45',
      allocation: 'Dynamic',
    }),
    vm(prodWeb, 'vm-prod-api-01', 'running', now - 40 * DAY_MS, {
      address: '52.170.34.201',
      allocation: 'Static',
    }),
    storageAccount(prodData, 'stcontosoprod001', ['backups', 'invoices', 'product-images']),
    sqlDatabase(prodData, 'sql-contoso-prod', 'sqldb-orders'),
    webApp(prodWeb, 'app-contoso-storefront', 'running', now - 12 * DAY_MS),
    vm(dev, 'vm-dev-build-01', 'stopped', now - 3 * HOUR_MS),
    storageAccount(dev, 'stcontosodev001', ['artifacts', 'test-data']),
    vm(erp, 'vm-erp-app-01', 'running', now - 60 * DAY_MS, {
      address: '40.113.90.17',
      allocation: 'Static',
    }),
    sqlDatabase(analytics, 'sql-fabrikam-analytics', 'sqldb-warehouse'),
    vm(marketing, 'vm-mkt-web-01', 'running', now - 200 * DAY_MS, {
      address: '13.89.201.76',
      allocation: 'Dynamic',
    }),
    storageAccount(marketing, 'stlegacymkt001', ['campaign-assets', 'exports']),
    webApp(sandbox, 'app-sandbox-demo', 'running', now - 120 * DAY_MS),
  ];
}
