import { Button, TableCell, TableRow } from '@fluentui/react-components';
import { StopRegular } from '@fluentui/react-icons';
import { ACTIONS, isAllowed, type Permission } from '@/contract/authorization';
import type { VmResource, WebAppResource } from '@/contract/resources';
import { QueryError } from '@/components/feedback/query-error';
import { rowStyles } from '@/features/cancel-wizard/components/resource-table';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useResourceAction } from '@/lib/api/resource-action';
import { resourceGroupOfResource } from '@/contract/resource-id';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { queryKeys } from '@/lib/api/keys';

const COLUMNS = 5;

interface StopRowProps {
  subscriptionId: string;
  permissions: readonly Permission[];
}

function StopCells({
  name,
  resourceId,
  typeLabel,
  stateLabel,
  running,
  allowed,
  pending,
  error,
  onStop,
}: {
  name: string;
  resourceId: string;
  typeLabel: string;
  stateLabel: string;
  running: boolean;
  allowed: boolean;
  pending: boolean;
  /** The last Stop's failure, shown under the row with ARM's message and a Retry. */
  error: unknown;
  onStop: () => void;
}) {
  const styles = rowStyles();
  const t = useMessages(cancelWizardMessages);
  return (
    <>
      <TableRow>
        <TableCell>{name}</TableCell>
        <TableCell>{typeLabel}</TableCell>
        <TableCell>{resourceGroupOfResource(resourceId)}</TableCell>
        <TableCell>{pending ? t.stopping : stateLabel}</TableCell>
        <TableCell>
          {running && (
            <div className={styles.actionCell}>
              <Button
                size="small"
                icon={<StopRegular />}
                aria-label={t.stopOf(name)}
                disabled={!allowed || pending}
                onClick={onStop}
              >
                {t.stop}
              </Button>
              {!allowed && <span className={styles.note}>{t.readOnlyRole}</span>}
            </div>
          )}
        </TableCell>
      </TableRow>
      {error ? (
        <TableRow>
          <TableCell colSpan={COLUMNS}>
            <QueryError error={error} onRetry={onStop} />
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
}

/**
 * R2 "shut down services": the portal's VM Stop deallocates, so the VM stops accruing compute
 * charges. The list refetches after each stop and shows the state the API reports.
 */
export function VmStopRow({
  subscriptionId,
  permissions,
  resource,
}: StopRowProps & { resource: VmResource }) {
  const t = useMessages(cancelWizardMessages);
  const common = useMessages(commonMessages);
  const action = useResourceAction({ alsoInvalidate: [queryKeys.cancelPreview(subscriptionId)] });
  const stop = () => action.mutate({ kind: 'vm', resource, action: 'deallocate' });
  return (
    <StopCells
      name={resource.name}
      resourceId={resource.id}
      typeLabel={common.resourceKind.vm}
      stateLabel={t.vmPower[resource.properties.powerState]}
      running={resource.properties.powerState === 'running'}
      allowed={isAllowed(permissions, ACTIONS.vmDeallocate)}
      pending={action.isPending}
      error={action.error}
      onStop={stop}
    />
  );
}

export function WebAppStopRow({
  subscriptionId,
  permissions,
  resource,
}: StopRowProps & { resource: WebAppResource }) {
  const t = useMessages(cancelWizardMessages);
  const common = useMessages(commonMessages);
  const action = useResourceAction({ alsoInvalidate: [queryKeys.cancelPreview(subscriptionId)] });
  const stop = () => action.mutate({ kind: 'webApp', resource, action: 'stop' });
  return (
    <StopCells
      name={resource.name}
      resourceId={resource.id}
      typeLabel={common.resourceKind.webApp}
      stateLabel={t.webState[resource.properties.state]}
      running={resource.properties.state === 'Running'}
      allowed={isAllowed(permissions, ACTIONS.webStop)}
      pending={action.isPending}
      error={action.error}
      onStop={stop}
    />
  );
}
