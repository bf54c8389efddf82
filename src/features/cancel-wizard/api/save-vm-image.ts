import { API_VERSIONS } from '@/contract/api-versions';
import { imageSchema, type Image, type VmResource } from '@/contract/resources';
import { resourceGroupOfResource, subscriptionIdOfResource } from '@/contract/resource-id';
import { armFetch } from '@/lib/api-client';
import { useResourceWrite, type ResourceMutationOptions } from '@/lib/api/resource-write';

export function saveVmImage(
  vm: Pick<VmResource, 'id' | 'name' | 'location'>,
  imageName: string,
): Promise<Image> {
  const subscriptionId = subscriptionIdOfResource(vm.id);
  const resourceGroup = resourceGroupOfResource(vm.id);
  return armFetch({
    method: 'PUT',
    path: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/images/${encodeURIComponent(imageName)}`,
    apiVersion: API_VERSIONS.compute,
    body: { location: vm.location, properties: { sourceVirtualMachine: { id: vm.id } } },
    schema: imageSchema,
  });
}

export interface SaveVmImageInput {
  resource: Pick<VmResource, 'id' | 'name' | 'location'>;
  imageName: string;
}

/** R2 "save an image of the VM"; a write, so refused once the subscription is Disabled (R6). */
export function useSaveVmImage(options: ResourceMutationOptions = {}) {
  return useResourceWrite<SaveVmImageInput, Image>(
    ({ resource, imageName }) => saveVmImage(resource, imageName),
    () => 'save-image',
    options,
  );
}
