import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { KeyRegular, SearchRegular } from '@fluentui/react-icons';
import { subscriptionsMessages } from '@/features/subscriptions/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { fontSize: '48px', color: tokens.colorNeutralForeground4 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  body: { margin: 0, maxWidth: '480px' },
});

/** No subscription at all in the directory (the `empty` scenario): say so, and why one may be missing. */
export function NoSubscriptions() {
  const styles = useStyles();
  const t = useMessages(subscriptionsMessages);
  return (
    <div className={styles.root}>
      <KeyRegular className={styles.icon} aria-hidden />
      <h2 className={styles.title}>{t.empty}</h2>
      <p className={styles.body}>{t.emptyBody}</p>
      <p className={styles.body}>{t.emptyHint}</p>
    </div>
  );
}

/** Subscriptions exist but none matches the search and filters. */
export function NoMatch({ onClear }: { onClear: () => void }) {
  const styles = useStyles();
  const t = useMessages(subscriptionsMessages);
  return (
    <div className={styles.root}>
      <SearchRegular className={styles.icon} aria-hidden />
      <h2 className={styles.title}>{t.noMatch}</h2>
      <p className={styles.body}>{t.noMatchBody}</p>
      <Button appearance="primary" onClick={onClear}>
        {t.clearFilters}
      </Button>
    </div>
  );
}
