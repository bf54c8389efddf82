import {
  Button,
  makeStyles,
  Spinner,
  TableCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Permission } from '@/contract/authorization';
import { RESOURCE_TYPES, resourceKindOf, type GenericResource } from '@/contract/resources';
import type { SubscriptionState } from '@/contract/subscriptions';
import { QueryError } from '@/components/feedback/query-error';
import {
  actionBlock,
  actionsFor,
  type ResourceActionId,
} from '@/features/resources/api/resource-view';
import { CreateContainerDialog } from '@/features/resources/components/create-container-dialog';
import { resourcesMessages } from '@/features/resources/messages';
import { useDownloadBackup } from '@/lib/api/download-backup';
import { useResourceAction } from '@/lib/api/resource-action';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  released: { color: tokens.colorPaletteDarkOrangeForeground1 },
  readOnly: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface ResourceRowProps {
  resource: GenericResource;
  state: SubscriptionState | undefined;
  permissions: readonly Permission[] | undefined;
  /** The element that explains why writes are unavailable, for `aria-describedby`. */
  blockNoteId: string | undefined;
  columns: number;
}

type ResourcesText = (typeof resourcesMessages)['en-US'];

function stateLabel(resource: GenericResource, t: ResourcesText): string {
  switch (resource.type) {
    case RESOURCE_TYPES.vm:
      return t.power[resource.properties.powerState];
    case RESOURCE_TYPES.webApp:
      return t.webState[resource.properties.state];
    case RESOURCE_TYPES.sqlDatabase:
      return t.sqlStatus[resource.properties.status];
    case RESOURCE_TYPES.storage:
      return t.containers(resource.properties.containers.length);
  }
}

/** One resource with its state (R6 effects as the API reports them) and the actions it offers. */
export function ResourceRow({
  resource,
  state,
  permissions,
  blockNoteId,
  columns,
}: ResourceRowProps) {
  const styles = useStyles();
  const t = useMessages(resourcesMessages);
  const resourceAction = useResourceAction();
  const download = useDownloadBackup();
  const [containerOpen, setContainerOpen] = useState(false);
  const pending = resourceAction.isPending || download.isPending;
  const error = resourceAction.error ?? download.error;
  const stateText = stateLabel(resource, t);

  const run = (action: ResourceActionId) => {
    if (pending) return;
    resourceAction.reset();
    download.reset();
    switch (action) {
      case 'vm-start':
        return resourceAction.mutate({ kind: 'vm', resource, action: 'start' });
      case 'vm-powerOff':
        return resourceAction.mutate({ kind: 'vm', resource, action: 'powerOff' });
      case 'vm-deallocate':
        return resourceAction.mutate({ kind: 'vm', resource, action: 'deallocate' });
      case 'web-start':
        return resourceAction.mutate({ kind: 'webApp', resource, action: 'start' });
      case 'web-stop':
        return resourceAction.mutate({ kind: 'webApp', resource, action: 'stop' });
      case 'create-container':
        return setContainerOpen(true);
      case 'download':
        if (
          resource.type === RESOURCE_TYPES.storage ||
          resource.type === RESOURCE_TYPES.sqlDatabase
        ) {
          download.mutate({ resource });
        }
    }
  };
  const retry = () => {
    if (resourceAction.variables && resourceAction.error)
      resourceAction.mutate(resourceAction.variables);
    else if (download.variables && download.error) download.mutate(download.variables);
  };

  let publicIp = <span className={styles.muted}>—</span>;
  if (resource.type === RESOURCE_TYPES.vm && resource.properties.publicIp) {
    const ip = resource.properties.publicIp;
    publicIp = ip.address ? (
      <>{t.ip(ip.address, ip.allocation)}</>
    ) : (
      <span className={styles.released}>{t.ipReleased}</span>
    );
  }
  let access = <span className={styles.muted}>—</span>;
  if (resource.type === RESOURCE_TYPES.storage || resource.type === RESOURCE_TYPES.sqlDatabase) {
    const value = resource.properties.access;
    access = (
      <span className={value === 'read-only' ? styles.readOnly : undefined}>{t.access[value]}</span>
    );
  }

  return (
    <>
      <TableRow>
        <TableCell>{resource.name}</TableCell>
        <TableCell>{t.kind[resourceKindOf(resource.type)]}</TableCell>
        <TableCell>{resource.location}</TableCell>
        <TableCell>{stateText}</TableCell>
        <TableCell>{publicIp}</TableCell>
        <TableCell>{access}</TableCell>
        <TableCell>
          <div className={styles.actions}>
            {actionsFor(resource).map((action) => {
              const block = actionBlock(action, state, permissions);
              return (
                <Button
                  key={action}
                  size="small"
                  disabledFocusable={Boolean(block) || pending}
                  aria-describedby={block ? blockNoteId : undefined}
                  onClick={() => !block && run(action)}
                >
                  {t.action[action]}
                </Button>
              );
            })}
            {pending && <Spinner size="extra-tiny" label={t.working} />}
          </div>
        </TableCell>
      </TableRow>
      {error && (
        <TableRow>
          <TableCell colSpan={columns}>
            <QueryError error={error} onRetry={retry} />
          </TableCell>
        </TableRow>
      )}
      {resource.type === RESOURCE_TYPES.storage && (
        <CreateContainerDialog
          account={resource}
          open={containerOpen}
          onClose={() => setContainerOpen(false)}
        />
      )}
    </>
  );
}
