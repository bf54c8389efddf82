import { makeStyles, tokens } from '@fluentui/react-components';
import { useParams } from 'react-router';
import { LifecycleNotice } from '@/components/lifecycle/lifecycle-notice';
import { Blade } from '@/components/blade/blade';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { SubscriptionNotFound } from '@/components/feedback/subscription-not-found';
import { paths } from '@/config/paths';
import {
  isNotFound,
  useSubscriptionOverview,
} from '@/features/overview/api/use-subscription-overview';
import { Essentials } from '@/features/overview/components/essentials';
import { OverviewCommands } from '@/features/overview/components/overview-commands';
import { CostTile, OverviewTiles, ResourcesTile } from '@/features/overview/components/tiles';
import { overviewMessages } from '@/features/overview/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  // minmax(0, 1fr): a wide table scrolls inside its own box instead of widening the page.
  stack: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalM },
});

/** `/subscriptions/{id}`: a subscription's Overview. */
export function OverviewBlade() {
  const { subscriptionId = '' } = useParams();
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  const data = useSubscriptionOverview(subscriptionId);
  const { subscription, billing, permissions, resources } = data;
  const crumbs = [{ label: t.subscriptions, to: paths.subscriptions.getHref() }];

  if (!data.valid || isNotFound(subscription.error) || isNotFound(billing.error)) {
    return <SubscriptionNotFound subscriptionId={subscriptionId} />;
  }
  if (!subscription.data) {
    return (
      <Blade title={t.loadingTitle} crumbs={crumbs}>
        {subscription.error ? (
          <QueryError error={subscription.error} onRetry={() => void subscription.refetch()} />
        ) : (
          <Loading />
        )}
      </Blade>
    );
  }

  const sub = subscription.data;
  const bill = billing.data?.properties;
  const readError = billing.error ?? permissions.error;
  return (
    <Blade
      title={sub.displayName}
      subtitle={t.bladeSubtitle}
      crumbs={[
        ...crumbs,
        { label: sub.displayName, to: paths.overview.getHref(sub.subscriptionId) },
      ]}
      commands={
        <OverviewCommands
          subscription={sub}
          billing={bill}
          permissions={permissions.data}
          onRefresh={() => void data.refetchAll()}
        />
      }
    >
      <div className={styles.stack}>
        {readError ? (
          <QueryError
            error={readError}
            onRetry={() => {
              void billing.refetch();
              void permissions.refetch();
            }}
          />
        ) : null}
        {bill && (
          <LifecycleNotice
            context="overview"
            subscriptionId={sub.subscriptionId}
            billing={bill}
            state={sub.state}
          />
        )}
        <Essentials subscription={sub} billing={bill} role={data.role} directory={data.directory} />
        <OverviewTiles>
          {bill ? <CostTile billing={bill} /> : <Loading />}
          <ResourcesTile
            subscriptionId={sub.subscriptionId}
            resources={resources.data}
            error={resources.error}
            onRetry={() => void resources.refetch()}
          />
        </OverviewTiles>
      </div>
    </Blade>
  );
}
