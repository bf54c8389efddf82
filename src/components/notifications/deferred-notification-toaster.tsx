import { deferredModule, useDeferredModule } from '@/components/deferred/deferred-module';
import { useHasWaitingNotificationEvents } from '@/lib/notifications/notifications-store';

const toasterModule = deferredModule(
  () => import('@/components/notifications/notification-toaster'),
);

/**
 * The shell's toaster, without Fluent's Toast in the first load: it downloads once the page has
 * settled, or at once when a notification happens before that; either way it toasts every event of
 * this tab, those from before it arrived included (the store keeps them for it). Measured: rendering
 * the toaster eagerly would add 29.2 KB gzip before the list shows (Fluent's Toast, its motion, Tabster).
 */
export function DeferredNotificationToaster() {
  const needed = useHasWaitingNotificationEvents();
  const loaded = useDeferredModule(toasterModule, needed ? 'now' : 'settled');
  return loaded ? <loaded.NotificationToaster /> : null;
}
