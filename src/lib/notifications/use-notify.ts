import { useMemo } from 'react';
import {
  addNotification,
  updateNotification,
  type NotificationChange,
  type NotificationInput,
} from '@/lib/notifications/notifications-store';

export interface Notify {
  /** Records an entry in Notifications and shows it as a toast; returns its id. */
  notify: (entry: NotificationInput) => string;
  /** Changes an entry; a new status shows a toast again. */
  update: (id: string, change: NotificationChange) => void;
}

/**
 * The portal's notify: the store keeps the entry (and its history across reloads), and the shell's
 * `NotificationToaster` toasts every entry that is added or changes status, whoever added it.
 */
export function useNotify(): Notify {
  return useMemo(() => ({ notify: addNotification, update: updateNotification }), []);
}
