import {
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  useToastController,
  type ToastIntent,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useMessages } from '@/lib/i18n/locale-provider';
import { notificationMessages, notificationTitle } from '@/lib/notifications/notification-messages';
import {
  onNotificationEvent,
  type PortalNotification,
} from '@/lib/notifications/notifications-store';
import { PORTAL_TOASTER_ID } from '@/lib/notifications/toaster-id';

const INTENT: Record<PortalNotification['status'], ToastIntent> = {
  'in-progress': 'info',
  succeeded: 'success',
  failed: 'error',
  stopped: 'info',
};

// A failure stays longer so its ARM message can be read; it stays in Notifications anyway.
const TIMEOUT_MS: Record<PortalNotification['status'], number> = {
  'in-progress': 4_000,
  succeeded: 5_000,
  failed: 8_000,
  stopped: 5_000,
};

function NotificationToast({ entry }: { entry: PortalNotification }) {
  const t = useMessages(notificationMessages);
  return (
    <Toast>
      <ToastTitle>{notificationTitle(t, entry)}</ToastTitle>
      {/* A failure's detail is ARM's own message, which ARM writes in English. */}
      <ToastBody>
        {entry.detail ? <span lang="en">{entry.detail}</span> : t.status[entry.status]}
      </ToastBody>
    </Toast>
  );
}

/**
 * The shell's one Toaster: every entry added to Notifications, or changing status, pops up briefly.
 * It is loaded when first needed (deferred-notification-toaster.tsx) and then shows what happened
 * before it was there too.
 */
export function NotificationToaster() {
  const { dispatchToast, dismissToast } = useToastController(PORTAL_TOASTER_ID);
  const shown = useRef(new Map<string, string>());
  // The Toaster below has started listening by now (a child's effects run first).
  useEffect(
    () =>
      onNotificationEvent(
        ({ entry }) => {
          // One toast per entry: its newer status replaces the older toast.
          const previous = shown.current.get(entry.id);
          if (previous) dismissToast(previous);
          const toastId = `${entry.id}:${entry.status}`;
          shown.current.set(entry.id, toastId);
          dispatchToast(<NotificationToast entry={entry} />, {
            toastId,
            intent: INTENT[entry.status],
            timeout: TIMEOUT_MS[entry.status],
          });
        },
        { replay: true },
      ),
    [dispatchToast, dismissToast],
  );
  return (
    <Toaster toasterId={PORTAL_TOASTER_ID} position="top-end" offset={{ vertical: 48 }} limit={3} />
  );
}
