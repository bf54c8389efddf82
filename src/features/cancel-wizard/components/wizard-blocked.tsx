import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { paths } from '@/config/paths';
import type { BillingSubscription } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';
import { AppLink } from '@/components/app-link';
import { ContactSupportLink } from '@/features/cancel-wizard/components/contact-support-link';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';

export type BlockReason =
  | { kind: 'not-account-admin' }
  | { kind: 'not-active'; state: SubscriptionState; billing: BillingSubscription['properties'] };

const useStyles = makeStyles({
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalM,
  },
});

/** Why the wizard cannot go on (R1: not the account administrator; or nothing active to cancel). */
export function WizardBlocked({
  subscriptionId,
  reason,
}: {
  subscriptionId: string;
  reason: BlockReason;
}) {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const pending = reason.kind === 'not-active' ? reason.billing.lifecycle.cancellation : undefined;
  let banner;
  if (reason.kind === 'not-account-admin') {
    banner = (
      <MessageBar intent="warning" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.accountAdminOnly}</MessageBarTitle>
          {t.accountAdminOnlyBody}
        </MessageBarBody>
      </MessageBar>
    );
  } else if (reason.billing.lifecycle.phase === 'cancellation-pending' && pending) {
    banner = (
      <MessageBar intent="info" role="status" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.pendingTitle}</MessageBarTitle>
          {t.pendingBody(format.dateTime(pending.showsInPortalBy))}
        </MessageBarBody>
      </MessageBar>
    );
  } else {
    banner = (
      <MessageBar intent="warning" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.notActiveTitle}</MessageBarTitle>
          {t.notActiveBody(common.status[reason.state])}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      {banner}
      <div className={styles.links}>
        <AppLink to={paths.overview.getHref(subscriptionId)}>{t.backToOverview}</AppLink>
        <ContactSupportLink subscriptionId={subscriptionId}>{t.contactSupport}</ContactSupportLink>
      </div>
    </>
  );
}
