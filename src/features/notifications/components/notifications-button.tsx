import {
  Button,
  CounterBadge,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  mergeClasses,
  OverlayDrawer,
  tokens,
  useId,
} from '@fluentui/react-components';
import { AlertRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { NotificationItem } from '@/features/notifications/components/notification-item';
import { useNow } from '@/features/notifications/components/use-now';
import { notificationsPanelMessages } from '@/features/notifications/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import {
  clearNotifications,
  markAllRead,
  useNotifications,
} from '@/lib/notifications/notifications-store';

const useStyles = makeStyles({
  wrap: { position: 'relative', display: 'inline-flex' },
  trigger: {
    color: '#ffffff',
    minWidth: '40px',
    height: '40px',
    borderRadius: 0,
    ':hover': { color: '#ffffff', backgroundColor: '#323130' },
    ':hover:active': { color: '#ffffff', backgroundColor: '#484644' },
  },
  open: { backgroundColor: '#323130' },
  badge: { position: 'absolute', top: '3px', right: '2px', pointerEvents: 'none' },
  toolbar: { display: 'flex', justifyContent: 'flex-end', paddingBlock: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  empty: {
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    paddingBlock: tokens.spacingVerticalXXL,
  },
  emptyTitle: { fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
  hidden: { display: 'none' },
});

/** The bell in the top bar and the Notifications pane it opens (on the right, as in the portal). */
export function NotificationsButton() {
  const styles = useStyles();
  const t = useMessages(notificationsPanelMessages);
  const entries = useNotifications();
  const [open, setOpen] = useState(false);
  const unread = entries.filter((entry) => !entry.read).length;
  const countId = useId('notifications-unread');
  const now = useNow(30_000);

  // Opening the pane reads everything in it, including what arrives while it stays open.
  useEffect(() => {
    if (open) markAllRead();
  }, [open, entries]);

  return (
    <span className={styles.wrap}>
      <Button
        appearance="transparent"
        className={mergeClasses(styles.trigger, open && styles.open)}
        icon={<AlertRegular />}
        aria-label={t.title}
        aria-describedby={unread > 0 ? countId : undefined}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((value) => !value)}
      />
      {unread > 0 && (
        <>
          <CounterBadge
            className={styles.badge}
            count={unread}
            size="small"
            color="danger"
            aria-hidden
          />
          <span id={countId} className={styles.hidden}>
            {t.unread(unread)}
          </span>
        </>
      )}
      <OverlayDrawer
        position="end"
        size="small"
        open={open}
        onOpenChange={(_, data) => setOpen(data.open)}
      >
        <DrawerHeader>
          <DrawerHeaderTitle
            action={
              <Button
                appearance="subtle"
                aria-label={t.close}
                icon={<DismissRegular />}
                onClick={() => setOpen(false)}
              />
            }
          >
            {t.title}
          </DrawerHeaderTitle>
        </DrawerHeader>
        <DrawerBody>
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
                    onNavigate={() => setOpen(false)}
                  />
                ))}
              </ul>
            </>
          )}
        </DrawerBody>
      </OverlayDrawer>
    </span>
  );
}
