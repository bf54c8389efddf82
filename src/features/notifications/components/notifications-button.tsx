import { Button, CounterBadge, makeStyles, useId } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { lazyPane, PaneSlot, usePaneToggle } from '@/components/deferred/lazy-pane';
import { useTopBarButtonClass } from '@/components/shell/top-bar-button';
import { notificationsPanelMessages } from '@/features/notifications/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { markAllRead, useNotifications } from '@/lib/notifications/notifications-store';

const panel = lazyPane(() =>
  import('@/features/notifications/components/notifications-panel').then(
    (module) => module.NotificationsPanel,
  ),
);

const useStyles = makeStyles({
  wrap: { position: 'relative', display: 'inline-flex' },
  badge: { position: 'absolute', top: '3px', right: '2px', pointerEvents: 'none' },
  hidden: { display: 'none' },
});

/** The bell in the top bar and the Notifications pane it opens (on the right, as in the portal). */
export function NotificationsButton() {
  const styles = useStyles();
  const t = useMessages(notificationsPanelMessages);
  const entries = useNotifications();
  const { open, setOpen, mounted, triggerProps } = usePaneToggle(panel);
  const buttonClass = useTopBarButtonClass(open);
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
        className={buttonClass}
        icon={<AlertRegular />}
        aria-label={t.title}
        aria-describedby={unread > 0 ? countId : undefined}
        {...triggerProps}
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
      <PaneSlot mounted={mounted}>
        <panel.Pane open={open} onOpenChange={setOpen} entries={entries} />
      </PaneSlot>
    </span>
  );
}
