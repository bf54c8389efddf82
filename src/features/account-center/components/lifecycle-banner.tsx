import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { paths } from '@/config/paths';
import { ACTIONS, isAllowed } from '@/contract/authorization';
import type { BillingSubscription } from '@/contract/billing';
import { AppLink } from '@/components/app-link';
import { ReactivateDialog } from '@/components/lifecycle/reactivate-dialog';
import { accountMessages } from '@/features/account-center/messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';
import { permissionsQueryOptions } from '@/lib/api/get-permissions';

const useStyles = makeStyles({
  hint: { display: 'block', marginTop: tokens.spacingVerticalXS },
});

/**
 * The subscription's place in the lifecycle, and the way back where there is one: Reactivate for
 * Pay-As-You-Go (R10), a support request for every other offer (R11). Phases and dates are the API's.
 */
export function LifecycleBanner({
  billing,
  onReactivated,
}: {
  billing: BillingSubscription['properties'];
  onReactivated: () => void;
}) {
  const styles = useStyles();
  const t = useMessages(accountMessages);
  const format = useFormat();
  const { subscriptionId, displayName, lifecycle, reactivationPath } = billing;
  const cancellation = lifecycle.cancellation;
  const disabled = lifecycle.phase === 'disabled';
  const permissions = useQuery({
    ...permissionsQueryOptions(subscriptionId),
    enabled: disabled && reactivationPath === 'self-service',
  });
  const [reactivating, setReactivating] = useState(false);

  if (lifecycle.phase === 'cancellation-pending' && cancellation) {
    return (
      <MessageBar intent="info" role="status" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.pendingTitle}</MessageBarTitle>
          {t.pendingBody(format.dateTime(cancellation.showsInPortalBy))}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (lifecycle.phase === 'deleted') {
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.deletedTitle}</MessageBarTitle>
          {t.deletedBody}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!disabled || !cancellation) return null;

  const until = format.date(cancellation.reactivationDeadline);
  const pending = lifecycle.pendingReactivation;
  const allowed = permissions.data
    ? isAllowed(permissions.data, ACTIONS.enableSubscription)
    : undefined;
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.disabledTitle}</MessageBarTitle>
        {t.disabledBody(format.date(cancellation.dataDeletionDate))}
        {pending ? (
          <span className={styles.hint}>
            {t.reactivationPending(format.dateTime(pending.expectedAt))}
          </span>
        ) : reactivationPath === 'self-service' ? (
          <span className={styles.hint}>
            {allowed === false ? t.reactivateNotAllowed : t.selfServiceHint}
          </span>
        ) : (
          <span className={styles.hint}>
            {t.supportHint(until)}{' '}
            <AppLink
              inline
              to={paths.newSupportRequest.getHref(subscriptionId, 'subscription-reactivation')}
            >
              {t.requestReactivation}
            </AppLink>
          </span>
        )}
      </MessageBarBody>
      {!pending && reactivationPath === 'self-service' && (
        <MessageBarActions>
          <ReactivateDialog
            subscriptionId={subscriptionId}
            displayName={displayName}
            open={reactivating}
            onOpenChange={setReactivating}
            onReactivated={onReactivated}
            trigger={
              // R1: enabled once the permissions read says this caller may reactivate.
              <Button appearance="primary" disabled={allowed !== true}>
                {t.reactivate}
              </Button>
            }
            text={{
              title: t.dialogTitle(displayName),
              body: t.dialogBody,
              confirm: t.confirmReactivate,
              cancel: t.cancel,
            }}
          />
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
