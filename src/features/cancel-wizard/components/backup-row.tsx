import { Button, TableCell, TableRow } from '@fluentui/react-components';
import { ArrowDownloadRegular, SaveRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { ACTIONS, isAllowed, type Permission } from '@/contract/authorization';
import {
  RESOURCE_TYPES,
  resourceKindOf,
  type SqlDatabaseResource,
  type StorageResource,
  type VmResource,
} from '@/contract/resources';
import { QueryError } from '@/components/feedback/query-error';
import { nextImageName } from '@/features/cancel-wizard/components/image-name';
import { rowStyles } from '@/features/cancel-wizard/components/resource-table';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useSaveVmImage } from '@/features/cancel-wizard/api/save-vm-image';
import { useDownloadBackup } from '@/lib/api/download-backup';
import { resourceGroupOfResource } from '@/contract/resource-id';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { queryKeys } from '@/lib/api/keys';

const COLUMNS = 5;

interface BackupRowFrameProps {
  resource: { id: string; name: string };
  kind: string;
  state: string;
  /** The backup button and what it has done so far. */
  children: ReactNode;
  /** The last backup call's failure, offered again with Retry on a row of its own. */
  error: unknown;
  onRetry: () => void;
}

/** One resource of the wizard's backup table: its facts, its backup action, and its failure. */
function BackupRowFrame({ resource, kind, state, children, error, onRetry }: BackupRowFrameProps) {
  const styles = rowStyles();
  return (
    <>
      <TableRow>
        <TableCell>{resource.name}</TableCell>
        <TableCell>{kind}</TableCell>
        <TableCell>{resourceGroupOfResource(resource.id)}</TableCell>
        <TableCell>{state}</TableCell>
        <TableCell>
          <div className={styles.actionCell}>{children}</div>
        </TableCell>
      </TableRow>
      {Boolean(error) && (
        <TableRow>
          <TableCell colSpan={COLUMNS}>
            <QueryError error={error} onRetry={onRetry} />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

/** R2 "download a copy" of a storage account or SQL database: a real file from the API. */
export function DownloadRow({ resource }: { resource: StorageResource | SqlDatabaseResource }) {
  const styles = rowStyles();
  const t = useMessages(cancelWizardMessages);
  const common = useMessages(commonMessages);
  const download = useDownloadBackup();
  const state =
    resource.type === RESOURCE_TYPES.sqlDatabase
      ? t.sqlStatus[resource.properties.status]
      : t.access[resource.properties.access];
  const run = () => download.mutate({ resource });
  return (
    <BackupRowFrame
      resource={resource}
      kind={common.resourceKind[resourceKindOf(resource.type)]}
      state={state}
      error={download.error}
      onRetry={run}
    >
      <Button
        size="small"
        icon={<ArrowDownloadRegular />}
        aria-label={t.downloadCopyOf(resource.name)}
        disabled={download.isPending}
        onClick={run}
      >
        {t.downloadCopy}
      </Button>
      {download.data && <span className={styles.note}>{t.downloaded(download.data.fileName)}</span>}
    </BackupRowFrame>
  );
}

/** R2 "save an image" of a VM: recorded through the API, so it shows on the VM afterwards. */
export function SaveImageRow({
  subscriptionId,
  resource,
  permissions,
}: {
  subscriptionId: string;
  resource: VmResource;
  permissions: readonly Permission[];
}) {
  const styles = rowStyles();
  const t = useMessages(cancelWizardMessages);
  const common = useMessages(commonMessages);
  const save = useSaveVmImage({ alsoInvalidate: [queryKeys.cancelPreview(subscriptionId)] });
  const allowed = isAllowed(permissions, ACTIONS.imageWrite);
  const images = resource.properties.images;
  const run = () => save.mutate({ resource, imageName: nextImageName(resource.name, images) });
  return (
    <BackupRowFrame
      resource={resource}
      kind={common.resourceKind.vm}
      state={t.vmPower[resource.properties.powerState]}
      error={save.error}
      onRetry={run}
    >
      <Button
        size="small"
        icon={<SaveRegular />}
        aria-label={t.saveImageOf(resource.name)}
        disabled={!allowed || save.isPending}
        onClick={run}
      >
        {t.saveImage}
      </Button>
      <span className={styles.note}>
        {!allowed ? t.readOnlyRole : images.length > 0 ? t.imagesSaved(images.length) : t.noImages}
      </span>
    </BackupRowFrame>
  );
}
