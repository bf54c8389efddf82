import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Toolbar,
  ToolbarButton,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { useSubscriptionReads } from '@/lib/api/subscription-reads';
import { useId } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '@/components/app-link';
import { Blade } from '@/components/blade/blade';
import { LifecycleNotice } from '@/components/lifecycle/lifecycle-notice';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { SubscriptionNotFound } from '@/components/feedback/subscription-not-found';
import { actionBlock, groupByResourceGroup } from '@/features/resources/api/resource-view';
import { ResourceGroupTable } from '@/features/resources/components/resource-group-table';
import { resourcesMessages } from '@/features/resources/messages';
import { isArmError } from '@/lib/api-error';
import { useMessages } from '@/lib/i18n/locale-provider';
import { useRefetchWhenChanged } from '@/lib/api/refetch-when-changed';
import { resourcesQueryOptions } from '@/lib/api/get-resources';
import { resourceGroupsQueryOptions } from '@/lib/api/get-resource-groups';

const useStyles = makeStyles({
  // minmax(0, 1fr): a wide table scrolls inside its own box instead of widening the page.
  stack: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  summary: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** `/subscriptions/{id}/resources`: resources by resource group, with their state and actions (R6, R12). */
export function ResourcesBlade() {
  const { subscriptionId = '' } = useParams();
  const styles = useStyles();
  const t = useMessages(resourcesMessages);
  const noteId = useId();
  const { valid, billing, subscription, permissions, refetchInterval } =
    useSubscriptionReads(subscriptionId);
  const resources = useQuery({
    ...resourcesQueryOptions(subscriptionId),
    enabled: subscription.isSuccess,
    refetchInterval,
  });
  const groups = useQuery({
    ...resourceGroupsQueryOptions(subscriptionId),
    enabled: subscription.isSuccess,
  });

  // Resources carry the subscription's state (R6: deallocated, read-only once Disabled).
  useRefetchWhenChanged(subscription.data?.state, () => void resources.refetch());

  const subscriptionsCrumb = { label: t.subscriptions, to: paths.subscriptions.getHref() };
  const notFound = !valid || (isArmError(subscription.error) && subscription.error.status === 404);
  if (notFound) return <SubscriptionNotFound subscriptionId={subscriptionId} />;

  const sub = subscription.data;
  const state = sub?.state;
  // Every write shares one reason on this blade (the subscription's state or the caller's role).
  const block = actionBlock('vm-start', state, permissions.data);
  const sections = resources.data ? groupByResourceGroup(resources.data, groups.data) : undefined;
  const error = subscription.error ?? resources.error ?? permissions.error;
  const refresh = () => {
    void subscription.refetch();
    void billing.refetch();
    void permissions.refetch();
    void resources.refetch();
    void groups.refetch();
  };

  return (
    <Blade
      title={t.title}
      subtitle={sub?.displayName}
      crumbs={[
        subscriptionsCrumb,
        ...(sub
          ? [{ label: sub.displayName, to: paths.overview.getHref(sub.subscriptionId) }]
          : []),
        { label: t.title, to: paths.resources.getHref(subscriptionId) },
      ]}
      commands={
        <Toolbar aria-label={t.commands}>
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={refresh}>
            {t.refresh}
          </ToolbarButton>
        </Toolbar>
      }
    >
      <div className={styles.stack}>
        {error ? <QueryError error={error} onRetry={refresh} /> : null}
        {billing.data ? (
          <LifecycleNotice
            context="resources"
            subscriptionId={subscriptionId}
            billing={billing.data.properties}
            state={state}
            titleId={noteId}
          >
            <AppLink to={paths.overview.getHref(subscriptionId)}>{t.viewOverview}</AppLink>
          </LifecycleNotice>
        ) : null}
        {block === 'read-only-role' ? (
          <MessageBar intent="info" role="status">
            <MessageBarBody id={noteId}>{t.blocked['read-only-role']}</MessageBarBody>
          </MessageBar>
        ) : null}
        {!sections && !error && <Loading />}
        {sections && (
          <>
            <p className={styles.summary}>
              {t.summary(resources.data?.length ?? 0, sections.length)}
            </p>
            {sections.length === 0 && <p>{t.empty}</p>}
            {sections.map((section) => (
              <ResourceGroupTable
                key={section.name}
                section={section}
                state={state}
                permissions={permissions.data}
                blockNoteId={block && block !== 'loading' ? noteId : undefined}
              />
            ))}
          </>
        )}
      </div>
    </Blade>
  );
}
