import { makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import type { BillingSubscription } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';
import { AppLink } from '@/components/app-link';
import { AlertBar } from '@/components/feedback/alert-bar';
import { ContactSupportLink } from '@/components/lifecycle/contact-support-link';
import { LifecycleNotice } from '@/components/lifecycle/lifecycle-notice';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import {
  accountAdministratorIn,
  classicAdministratorsQueryOptions,
} from '@/lib/api/get-classic-administrators';
import { useMessages } from '@/lib/i18n/locale-provider';

export type BlockReason =
  | { kind: 'not-account-admin'; billing: BillingSubscription['properties'] }
  | {
      kind: 'already-cancelled';
      state: SubscriptionState;
      billing: BillingSubscription['properties'];
    };

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

/** Why the wizard cannot go on (R1: not the account administrator; or R14: nothing left to cancel). */
export function WizardBlocked({
  subscriptionId,
  reason,
}: {
  subscriptionId: string;
  reason: BlockReason;
}) {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  const banner =
    reason.kind === 'not-account-admin' ? (
      <AlertBar intent="warning" title={t.accountAdminOnly}>
        {t.accountAdminOnlyBody}
        <AccountAdminLine subscriptionId={subscriptionId} />
      </AlertBar>
    ) : (
      // R14: already cancelled (pending, disabled, awaiting reactivation) or deleted; the notice says which.
      <LifecycleNotice
        context="wizard"
        subscriptionId={subscriptionId}
        billing={reason.billing}
        state={reason.state}
      />
    );
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
