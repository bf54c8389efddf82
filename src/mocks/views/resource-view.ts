import type { ArmResource, GenericResource } from '@/contract/resources';
import type { ResourceView } from '@/domain/resources';
import { toIso } from '@/domain/time';

/** The image id the mock reports: images are kept beside their source VM, in its resource group. */
export function imageIdFor(subscriptionId: string, resourceGroup: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/images/${name}`;
}

/** What a list call asked `$expand` to add (docs/contract.md, "Generic resource list"). */
export interface ResourceExpansion {
  /** Our `properties` extension (`$expand=properties`). */
  properties: boolean;
  /** ARM's `provisioningState` (`$expand=provisioningState`). */
  provisioningState: boolean;
}

/**
 * The kind and SKU real ARM lists for each type the scenarios hold (the World does not model them):
 * a general-purpose v2 storage account, an App Service app, a Standard-tier SQL database.
 */
const ARM_EXTRAS: Partial<Record<ResourceView['kind'], Pick<ArmResource, 'kind' | 'sku'>>> = {
  storage: { kind: 'StorageV2', sku: { name: 'Standard_LRS', tier: 'Standard' } },
  web: { kind: 'app' },
  sql: { kind: 'v12.0,user', sku: { name: 'Standard', tier: 'Standard' } },
};

/**
 * A domain view (R6 already applied) as an item of ARM's generic list: ARM's fields, and what
 * `$expand` asked for. The mock knows no creation or change time, so `createdTime` and
 * `changedTime` are never sent (ARM leaves out what it does not know).
 */
export function toArmResource(view: ResourceView, expand: ResourceExpansion): ArmResource {
  const { type, properties } = toGenericResource(view);
  const r = view.resource;
  return {
    id: r.id,
    name: r.name,
    type,
    location: r.location,
    ...(r.tags === undefined ? {} : { tags: r.tags }),
    ...ARM_EXTRAS[view.kind],
    ...(expand.provisioningState ? { provisioningState: 'Succeeded' } : {}),
    ...(expand.properties ? { properties } : {}),
  };
}

/** A domain view (R6 already applied) as the portal reads it: with our `properties` extension. */
export function toGenericResource(view: ResourceView): GenericResource {
  const r = view.resource;
  const base = {
    id: r.id,
    name: r.name,
    location: r.location,
    ...(r.tags === undefined ? {} : { tags: r.tags }),
  };
  switch (view.kind) {
    case 'vm': {
      const ip = view.publicIp;
      return {
        ...base,
        type: 'Microsoft.Compute/virtualMachines',
        properties: {
          powerState: view.powerState,
          ...(ip === undefined
            ? {}
            : {
                publicIp: {
                  address: ip.address,
                  allocation: ip.allocation,
                  released: ip.address === null,
                },
              }),
          images: view.resource.images.map((image) => ({
            id: imageIdFor(r.subscriptionId, r.resourceGroup, image.name),
            name: image.name,
            createdAt: toIso(image.createdAt),
          })),
        },
      };
    }
    case 'storage':
      return {
        ...base,
        type: 'Microsoft.Storage/storageAccounts',
        properties: { access: view.access, containers: [...view.resource.containers] },
      };
    case 'sql':
      return {
        ...base,
        // ARM names a database `{server}/{database}`; the id already carries the server.
        type: 'Microsoft.Sql/servers/databases',
        properties: {
          serverName: view.resource.serverName,
          status: view.writable ? 'Online' : 'Disabled',
          access: view.access,
        },
      };
    case 'web':
      return {
        ...base,
        type: 'Microsoft.Web/sites',
        properties: { state: view.state === 'running' ? 'Running' : 'Stopped' },
      };
  }
}
