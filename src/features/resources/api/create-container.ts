import { API_VERSIONS } from '@/contract/api-versions';
import { blobContainerSchema, type BlobContainer } from '@/contract/resources';
import { armFetch } from '@/lib/api-client';
import {
  useResourceWrite,
  type ResourceMutationOptions,
  type ResourceRef,
} from '@/lib/api/resource-write';

export function createContainer(
  account: ResourceRef,
  containerName: string,
): Promise<BlobContainer> {
  return armFetch({
    method: 'PUT',
    path: `${account.id}/blobServices/default/containers/${encodeURIComponent(containerName)}`,
    apiVersion: API_VERSIONS.storage,
    body: { properties: { publicAccess: 'None' } },
    schema: blobContainerSchema,
  });
}

export interface CreateContainerInput {
  resource: ResourceRef;
  containerName: string;
}

export function useCreateContainer(options: ResourceMutationOptions = {}) {
  return useResourceWrite<CreateContainerInput, BlobContainer>(
    ({ resource, containerName }) => createContainer(resource, containerName),
    () => 'create-container',
    options,
  );
}
