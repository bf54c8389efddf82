import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { z } from '@/contract/zod';
import { API_VERSIONS } from '@/contract/api-versions';
import {
  BACKUP_DOWNLOAD_SEGMENT,
  blobContainerSchema,
  imageSchema,
  RESOURCE_TYPES,
  type BlobContainer,
  type GenericResource,
  type Image,
  type SqlDatabaseResource,
  type StorageResource,
  type VmAction,
  type VmResource,
  type WebAction,
} from '@/contract/resources';
import { armFetch, armUrl, authHeaders, fetchWithRecovery } from '@/lib/api-client';
import { armErrorFromResponse, type ArmError } from '@/lib/api-error';
import { notifyFinished, notifyStarted } from '@/lib/mutations/notify-operation';
import { resourceGroupOfResource, subscriptionIdOfResource } from '@/lib/mutations/resource-id';
import type { NotificationOperation } from '@/lib/notifications/notifications-store';
import { queryKeys } from '@/lib/queries/keys';

// Resource writes the Resources blade and the cancel wizard (R2) share. Every write is refused with
// 409 ReadOnlyDisabledSubscription while the subscription is Disabled (R6); the caller shows ARM's message.

/** VM and web app actions answer 200 with an empty body (or the resource, depending on the version). */
const actionResultSchema = z.unknown();

type ResourceRef = Pick<GenericResource, 'id' | 'name'>;

export interface ResourceMutationOptions {
  /** Extra reads the caller shows that this write changes, e.g. the cancel wizard's impact preview. */
  alsoInvalidate?: readonly QueryKey[];
}

const VM_NOTIFICATION: Record<VmAction, NotificationOperation> = {
  start: 'vm-start',
  powerOff: 'vm-stop',
  deallocate: 'vm-deallocate',
};

const WEB_NOTIFICATION: Record<WebAction, NotificationOperation> = {
  start: 'webapp-start',
  stop: 'webapp-stop',
};

export function runVmAction(vm: ResourceRef, action: VmAction): Promise<unknown> {
  return armFetch({
    method: 'POST',
    path: `${vm.id}/${action}`,
    apiVersion: API_VERSIONS.compute,
    schema: actionResultSchema,
  });
}

export function runWebAppAction(site: ResourceRef, action: WebAction): Promise<unknown> {
  return armFetch({
    method: 'POST',
    path: `${site.id}/${action}`,
    apiVersion: API_VERSIONS.web,
    schema: actionResultSchema,
  });
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

export interface BackupFile {
  fileName: string;
  blob: Blob;
}

function fileNameFrom(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/** R2 "download a copy": a read, so it works even while the subscription is Disabled (R6). */
export async function downloadBackup(
  resource: StorageResource | SqlDatabaseResource,
): Promise<BackupFile> {
  const isStorage = resource.type === RESOURCE_TYPES.storage;
  const url = armUrl(
    `${resource.id}/${BACKUP_DOWNLOAD_SEGMENT}`,
    isStorage ? API_VERSIONS.storage : API_VERSIONS.sql,
  );
  const response = await fetchWithRecovery(url, { headers: authHeaders() });
  if (!response.ok) throw await armErrorFromResponse(response);
  return {
    fileName: fileNameFrom(response, `${resource.name}.${isStorage ? 'json' : 'csv'}`),
    blob: await response.blob(),
  };
}

/** Hands a downloaded file to the browser, as a link with `download` would. */
export function saveFile({ fileName, blob }: BackupFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click is handled; free it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * One resource write with a Notifications entry, then a refetch of the subscription's resources.
 * Triggers must be disabled while `isPending` so a double click never sends twice.
 */
function useResourceWrite<Input extends { resource: ResourceRef }, Result>(
  run: (input: Input) => Promise<Result>,
  operationOf: (input: Input) => NotificationOperation,
  options: ResourceMutationOptions,
) {
  const queryClient = useQueryClient();
  return useMutation<Result, ArmError, Input, { notificationId: string }>({
    mutationFn: run,
    onMutate: (input) => ({
      notificationId: notifyStarted({
        operation: operationOf(input),
        target: input.resource.name,
        link: paths.resources.getHref(subscriptionIdOfResource(input.resource.id)),
      }),
    }),
    onSuccess: (_result, input, context) => {
      notifyFinished(context.notificationId);
      const keys = [
        queryKeys.resources(subscriptionIdOfResource(input.resource.id)),
        ...(options.alsoInvalidate ?? []),
      ];
      return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (error, _input, context) => {
      if (context) notifyFinished(context.notificationId, error);
    },
  });
}

export interface VmActionInput {
  resource: ResourceRef;
  action: VmAction;
}

/** VM Start / Stop (powerOff) / Deallocate. */
export function useVmAction(options: ResourceMutationOptions = {}) {
  return useResourceWrite<VmActionInput, unknown>(
    ({ resource, action }) => runVmAction(resource, action),
    ({ action }) => VM_NOTIFICATION[action],
    options,
  );
}

export interface WebAppActionInput {
  resource: ResourceRef;
  action: WebAction;
}

/** Web app Start / Stop. */
export function useWebAppAction(options: ResourceMutationOptions = {}) {
  return useResourceWrite<WebAppActionInput, unknown>(
    ({ resource, action }) => runWebAppAction(resource, action),
    ({ action }) => WEB_NOTIFICATION[action],
    options,
  );
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

export interface DownloadBackupInput {
  resource: StorageResource | SqlDatabaseResource;
}

/** R2 "download a copy" of a storage account or SQL database; the file is saved by the browser. */
export function useDownloadBackup() {
  return useMutation<BackupFile, ArmError, DownloadBackupInput, { notificationId: string }>({
    mutationFn: ({ resource }) => downloadBackup(resource),
    onMutate: ({ resource }) => ({
      notificationId: notifyStarted({ operation: 'download-backup', target: resource.name }),
    }),
    onSuccess: (file, _input, context) => {
      saveFile(file);
      notifyFinished(context.notificationId);
    },
    onError: (error, _input, context) => {
      if (context) notifyFinished(context.notificationId, error);
    },
  });
}

/** Azure Storage container names: 3–63 lowercase letters, numbers and single hyphens, starting with a letter or number. */
export type ContainerNameProblem = 'length' | 'characters' | 'edges' | 'hyphens';

export function containerNameProblem(name: string): ContainerNameProblem | undefined {
  if (name.length < 3 || name.length > 63) return 'length';
  if (!/^[a-z0-9-]+$/.test(name)) return 'characters';
  if (!/^[a-z0-9]/.test(name) || name.endsWith('-')) return 'edges';
  if (name.includes('--')) return 'hyphens';
  return undefined;
}
