import { makeStyles, tokens } from '@fluentui/react-components';
import { AppLink } from '@/components/app-link';
import { Blade } from '@/components/blade/blade';
import { overviewMessages } from '@/features/overview/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  body: { margin: `0 0 ${tokens.spacingVerticalM}`, overflowWrap: 'anywhere' },
});

/** 404 is final: a friendly blade with the id that was asked for and the way back, never a retry loop. */
export function SubscriptionNotFound({
  subscriptionId,
  malformed,
}: {
  subscriptionId: string;
  malformed: boolean;
}) {
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  return (
    <Blade title={t.notFoundTitle} crumbs={[{ label: t.subscriptions, to: '/subscriptions' }]}>
      <p className={styles.body}>
        {malformed ? t.malformedBody(subscriptionId) : t.notFoundBody(subscriptionId)}
      </p>
      <AppLink to="/subscriptions">{t.backToSubscriptions}</AppLink>
    </Blade>
  );
}
