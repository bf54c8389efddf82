import { API_VERSIONS } from '@/contract/api-versions';
import { blobContainerSchema, type BlobContainer } from '@/contract/resources';
import { armFetch } from '@/lib/api-client';
import {
  useResourceWrite,
  type ResourceMutationOptions,
  type ResourceRef,
} from '@/lib/api/resource-write';

/** Azure Storage container names: 3–63 lowercase letters, numbers and single hyphens, starting with a letter or number. */
export type ContainerNameProblem = 'length' | 'characters' | 'edges' | 'hyphens';

export function containerNameProblem(name: string): ContainerNameProblem | undefined {
  if (name.length < 3 || name.length > 63) return 'length';
  if (!/^[a-z0-9-]+$/.test(name)) return 'characters';
  if (!/^[a-z0-9]/.test(name) || name.endsWith('-')) return 'edges';
  if (name.includes('--')) return 'hyphens';
  return undefined;
}

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
