import type { GenericResource } from '@/contract/resources';
import type { ResourceView } from '@/domain/resources';
import { toIso } from '@/domain/time';

/** The image id the mock reports: images are kept beside their source VM, in its resource group. */
export function imageIdFor(subscriptionId: string, resourceGroup: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/images/${name}`;
}

/** A domain view (R6 already applied) as ARM's GenericResource with our `properties` extension. */
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
