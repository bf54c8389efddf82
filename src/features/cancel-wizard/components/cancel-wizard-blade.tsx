import { makeStyles, tokens } from '@fluentui/react-components';
import { useQueries } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { ACTIONS, isAllowed } from '@/contract/authorization';
import { isSubscriptionId } from '@/contract/subscriptions';
import { Blade } from '@/components/blade/blade';
import { LifecycleNotice } from '@/components/lifecycle/lifecycle-notice';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { SubscriptionNotFound } from '@/components/feedback/subscription-not-found';
import { CancelWizard } from '@/features/cancel-wizard/components/cancel-wizard';
import { WizardBlocked } from '@/features/cancel-wizard/components/wizard-blocked';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { isArmError } from '@/lib/api-error';
import { useMessages } from '@/lib/i18n/locale-provider';
import { permissionsQueryOptions } from '@/lib/api/get-permissions';
import { billingQueryOptions } from '@/lib/api/get-billing-subscription';
import { subscriptionQueryOptions } from '@/lib/api/get-subscription';

const useStyles = makeStyles({
  region: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * `/subscriptions/{id}/cancel`. Who may cancel (R1) comes from the permissions read, whether a
 * cancellation is already open (R14) from the billing read's phase; the wizard opens only when both
 * allow. Any ARM state the API accepts a cancellation in (Active, Warned, Past due) opens it.
 */
export function CancelWizardBlade() {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  const { subscriptionId = '' } = useParams();
  const valid = isSubscriptionId(subscriptionId);
  const [subscription, permissions, billing] = useQueries({
    queries: [
      { ...subscriptionQueryOptions(subscriptionId), enabled: valid },
      { ...permissionsQueryOptions(subscriptionId), enabled: valid },
      { ...billingQueryOptions(subscriptionId), enabled: valid },
    ],
  });
  const name = subscription.data?.displayName;
  const failed = [subscription, permissions, billing].find((query) => query.error);
  const crumbs = [
    { label: t.subscriptions, to: paths.subscriptions.getHref() },
    ...(name ? [{ label: name, to: paths.overview.getHref(subscriptionId) }] : []),
    { label: t.title, to: paths.cancel.getHref(subscriptionId) },
  ];

  // An unknown or malformed id is final (404): the not-found blade, not an error with Retry.
  if (!valid || (isArmError(failed?.error) && failed.error.status === 404)) {
    return <SubscriptionNotFound subscriptionId={subscriptionId} />;
  }

  let content;
  if (failed) {
    content = <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  } else if (!subscription.data || !permissions.data || !billing.data) {
    content = <Loading />;
  } else if (!isAllowed(permissions.data, ACTIONS.cancelSubscription)) {
    content = (
      <WizardBlocked
        subscriptionId={subscriptionId}
        reason={{ kind: 'not-account-admin', billing: billing.data.properties }}
      />
    );
  } else if (billing.data.properties.lifecycle.phase !== 'active') {
    // The API refuses a second cancellation (R14); its billing read says whether one is open.
    content = (
      <WizardBlocked
        subscriptionId={subscriptionId}
        reason={{
          kind: 'already-cancelled',
          state: subscription.data.state,
          billing: billing.data.properties,
        }}
      />
    );
  } else {
    // A Warned or Past due subscription can be cancelled too (the API accepts it); the notice says
    // what cancelling it means.
    content = (
      <>
        <LifecycleNotice
          context="wizard"
          subscriptionId={subscriptionId}
          billing={billing.data.properties}
          state={subscription.data.state}
        />
        <CancelWizard
          subscriptionId={subscriptionId}
          displayName={subscription.data.displayName}
          permissions={permissions.data}
        />
      </>
    );
  }

  return (
    <Blade title={t.title} subtitle={name} crumbs={crumbs}>
      <section className={styles.region} aria-label={t.title}>
        {content}
      </section>
    </Blade>
  );
}
