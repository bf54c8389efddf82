import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { SidePanel } from '@/components/panel/side-panel';
import { NotificationItem } from '@/features/notifications/components/notification-item';
import { useNow } from '@/features/notifications/components/use-now';
import { notificationsPanelMessages } from '@/features/notifications/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import {
  clearNotifications,
  type PortalNotification,
} from '@/lib/notifications/notifications-store';

const useStyles = makeStyles({
  toolbar: { display: 'flex', justifyContent: 'flex-end', paddingBlock: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  empty: {
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    paddingBlock: tokens.spacingVerticalXXL,
  },
  emptyTitle: { fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
});

export interface NotificationsPanelProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  entries: readonly PortalNotification[];
}

/** The Notifications pane (on the right, as in the portal); loaded the first time the bell is wanted. */
export function NotificationsPanel({ open, onOpenChange, entries }: NotificationsPanelProps) {
  const styles = useStyles();
  const t = useMessages(notificationsPanelMessages);
  const now = useNow(30_000);
  return (
    <SidePanel
      open={open}
      onClose={() => onOpenChange(false)}
      size="small"
      title={t.title}
      closeLabel={t.close}
    >
      {entries.length === 0 ? (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>{t.empty}</p>
          <p>{t.emptyBody}</p>
        </div>
      ) : (
        <>
          <div className={styles.toolbar}>
            <Button appearance="transparent" size="small" onClick={clearNotifications}>
              {t.dismissAll}
            </Button>
          </div>
          <ul className={styles.list} aria-label={t.title}>
            {entries.map((entry) => (
              <NotificationItem
                key={entry.id}
                entry={entry}
                now={now}
                onNavigate={() => onOpenChange(false)}
              />
            ))}
          </ul>
        </>
      )}
    </SidePanel>
  );
}
