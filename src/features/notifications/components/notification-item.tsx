import { Button, makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  DismissRegular,
  ErrorCircleFilled,
  RecordStopRegular,
} from '@fluentui/react-icons';
import { AppLink } from '@/components/app-link';
import { notificationsPanelMessages } from '@/features/notifications/messages';
import { relativeTime } from '@/features/notifications/relative-time';
import { useFormat } from '@/lib/i18n/format';
import { useLocale, useMessages } from '@/lib/i18n/locale-provider';
import { notificationMessages, notificationTitle } from '@/lib/notifications/notification-messages';
import {
  dismissNotification,
  type PortalNotification,
} from '@/lib/notifications/notifications-store';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: '20px minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  unread: { backgroundColor: tokens.colorNeutralBackground1Hover },
  icon: { fontSize: '20px', marginTop: '1px' },
  succeeded: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  stopped: { color: tokens.colorNeutralForeground3 },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  detail: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

function StatusIcon({ status }: { status: PortalNotification['status'] }) {
  const styles = useStyles();
  if (status === 'in-progress')
    return <Spinner size="extra-tiny" className={styles.icon} aria-hidden />;
  if (status === 'succeeded')
    return (
      <CheckmarkCircleFilled className={mergeClasses(styles.icon, styles.succeeded)} aria-hidden />
    );
  if (status === 'stopped')
    return <RecordStopRegular className={mergeClasses(styles.icon, styles.stopped)} aria-hidden />;
  return <ErrorCircleFilled className={mergeClasses(styles.icon, styles.failed)} aria-hidden />;
}

export function NotificationItem({
  entry,
  now,
  onNavigate,
}: {
  entry: PortalNotification;
  now: number;
  onNavigate: () => void;
}) {
  const styles = useStyles();
  const t = useMessages(notificationsPanelMessages);
  const text = useMessages(notificationMessages);
  const { locale } = useLocale();
  const format = useFormat();
  const title = notificationTitle(text, entry);
  const at = new Date(entry.updatedAt).toISOString();
  return (
    <li className={mergeClasses(styles.item, !entry.read && styles.unread)} aria-label={title}>
      <StatusIcon status={entry.status} />
      <div className={styles.text}>
        <p className={styles.title}>{title}</p>
        {/* A failure's detail is ARM's own message, which ARM writes in English. */}
        <span className={styles.detail} lang={entry.detail ? 'en' : undefined}>
          {entry.detail ?? text.status[entry.status]}
        </span>
        <span className={styles.meta}>
          <time dateTime={at} title={format.dateTime(at)}>
            {relativeTime(locale, entry.updatedAt, now) ?? t.justNow}
          </time>
          {entry.link && (
            <AppLink to={entry.link} onClick={onNavigate}>
              {t.view}
            </AppLink>
          )}
        </span>
      </div>
      <Button
        appearance="subtle"
        size="small"
        icon={<DismissRegular />}
        aria-label={t.dismiss(title)}
        onClick={() => dismissNotification(entry.id)}
      />
    </li>
  );
}
