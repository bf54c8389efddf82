import { Button, CounterBadge, makeStyles, mergeClasses, useId } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useState } from 'react';
import { notificationsPanelMessages } from '@/features/notifications/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { markAllRead, useNotifications } from '@/lib/notifications/notifications-store';

// The pane loads when it is first wanted (hover, focus, click), not with the portal.
const loadPanel = () => import('@/features/notifications/components/notifications-panel');
const NotificationsPanel = lazy(() =>
  loadPanel().then(({ NotificationsPanel: Panel }) => ({ default: Panel })),
);
// A failed prefetch is retried, and reported, when the pane opens.
const prefetchPanel = () => void loadPanel().catch(() => undefined);

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
  hidden: { display: 'none' },
});

/** The bell in the top bar and the Notifications pane it opens (on the right, as in the portal). */
export function NotificationsButton() {
  const styles = useStyles();
  const t = useMessages(notificationsPanelMessages);
  const entries = useNotifications();
  const [open, setOpen] = useState(false);
  // Once opened, the pane stays mounted, so it can animate closed and open again at once.
  const [wanted, setWanted] = useState(false);
  const unread = entries.filter((entry) => !entry.read).length;
  const countId = useId('notifications-unread');

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
        onPointerEnter={prefetchPanel}
        onFocus={prefetchPanel}
        onClick={() => {
          setWanted(true);
          setOpen((value) => !value);
        }}
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
      {wanted && (
        <Suspense fallback={null}>
          <NotificationsPanel open={open} onOpenChange={setOpen} entries={entries} />
        </Suspense>
      )}
    </span>
  );
}
