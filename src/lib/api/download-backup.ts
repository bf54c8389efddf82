import { useMutation } from '@tanstack/react-query';
import { API_VERSIONS } from '@/contract/api-versions';
import {
  BACKUP_DOWNLOAD_SEGMENT,
  RESOURCE_TYPES,
  type SqlDatabaseResource,
  type StorageResource,
} from '@/contract/resources';
import { armUrl, authHeaders, fetchWithRecovery } from '@/lib/api-client';
import { armErrorFromResponse, type ArmError } from '@/lib/api-error';
import { notifyFinished, notifyStarted } from '@/lib/notifications/notify-operation';

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
