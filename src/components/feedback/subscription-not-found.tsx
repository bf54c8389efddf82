import { makeStyles, tokens } from '@fluentui/react-components';
import { paths } from '@/config/paths';
import { isSubscriptionId } from '@/contract/subscriptions';
import { AppLink } from '@/components/app-link';
import { Blade } from '@/components/blade/blade';
import { feedbackMessages } from '@/components/feedback/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

/** An id pasted by mistake can be thousands of characters long: show its start only. */
const MAX_SHOWN = 100;

const useStyles = makeStyles({
  body: { margin: `0 0 ${tokens.spacingVerticalM}`, overflowWrap: 'anywhere' },
});

/**
 * 404 is final: a friendly blade with the id that was asked for and the way back, never a retry
 * loop. Every blade under `/subscriptions/{id}` shows it for an unknown or malformed id.
 */
export function SubscriptionNotFound({ subscriptionId }: { subscriptionId: string }) {
  const styles = useStyles();
  const t = useMessages(feedbackMessages);
  const shown =
    subscriptionId.length > MAX_SHOWN ? `${subscriptionId.slice(0, MAX_SHOWN)}…` : subscriptionId;
  return (
    <Blade
      title={t.notFoundTitle}
      crumbs={[{ label: t.subscriptions, to: paths.subscriptions.getHref() }]}
    >
      <p className={styles.body}>
        {isSubscriptionId(subscriptionId) ? t.notFoundBody(shown) : t.malformedBody(shown)}
      </p>
      <AppLink to={paths.subscriptions.getHref()}>{t.backToSubscriptions}</AppLink>
    </Blade>
  );
}
