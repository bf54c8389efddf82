import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import type { BillingSubscription } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';
import { AppLink } from '@/components/app-link';
import { ContactSupportLink } from '@/components/lifecycle/contact-support-link';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import {
  accountAdministratorIn,
  classicAdministratorsQueryOptions,
} from '@/lib/api/get-classic-administrators';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';

export type BlockReason =
  | { kind: 'not-account-admin'; billing: BillingSubscription['properties'] }
  | { kind: 'not-active'; state: SubscriptionState; billing: BillingSubscription['properties'] };

const useStyles = makeStyles({
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalM,
  },
  admin: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

/** R1: whom to ask, as the seed points its reader to the account administrator. */
function AccountAdminLine({ subscriptionId }: { subscriptionId: string }) {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  const admins = useQuery(classicAdministratorsQueryOptions(subscriptionId));
  const admin = accountAdministratorIn(admins.data);
  if (!admin) return null;
  return <p className={styles.admin}>{t.accountAdminIs(admin.displayName, admin.email)}</p>;
}

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
          <AccountAdminLine subscriptionId={subscriptionId} />
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
        <ContactSupportLink subscriptionId={subscriptionId} billing={reason.billing}>
          {t.contactSupport}
        </ContactSupportLink>
      </div>
    </>
  );
}
