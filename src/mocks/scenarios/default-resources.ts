import type { EpochMs } from '@/domain/model';
import type { StoredResource } from '@/domain/stored-resources';
import { DAY_MS, HOUR_MS } from '@/domain/time';
import { DEFAULT_IDS } from './default-ids';
import { place, sqlDatabase, storageAccount, vm, webApp } from './resource-builders';

/**
 * Resources of `default`. Contoso Production and Dev/Test are as contract §4 lists them; the
 * cancelled Legacy Marketing keeps a VM and a storage account so R6's effects (deallocated,
 * released IP, read-only storage) are visible, and the other subscriptions hold one each.
 */
export function defaultResources(now: EpochMs): StoredResource[] {
  const prodWeb = place(DEFAULT_IDS.production, 'rg-prod-web', 'eastus');
  const prodData = place(DEFAULT_IDS.production, 'rg-prod-data', 'eastus');
  const dev = place(DEFAULT_IDS.devTest, 'rg-devtest', 'westeurope');
  const erp = place(DEFAULT_IDS.enterprise, 'rg-erp', 'northeurope');
  const analytics = place(DEFAULT_IDS.fabrikam, 'rg-analytics', 'westus2');
  const marketing = place(DEFAULT_IDS.legacyMarketing, 'rg-marketing-web', 'centralus');
  const sandbox = place(DEFAULT_IDS.sandbox, 'rg-sandbox', 'uksouth');
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
