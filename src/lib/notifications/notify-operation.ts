import type { SupportTicketResource } from '@/contract/support';
import { isArmError } from '@/lib/api-error';
import {
  addNotification,
  updateNotification,
  type NotificationOperation,
  type PortalNotification,
} from '@/lib/notifications/notifications-store';

export interface NotifiedOperation {
  operation: NotificationOperation;
  /** The subscription or resource name, as the user knows it. */
  target: string;
  /** Where the notification's "view" goes. */
  link?: string;
}

/** Records an operation as "in progress" in Notifications; returns the entry's id. */
export function notifyStarted(operation: NotifiedOperation): string {
  return addNotification({ ...operation, status: 'in-progress' });
}

/** Completes the entry; a failure keeps ARM's own message so the panel can show it. */
export function notifyFinished(id: string, error?: unknown): void {
  if (error === undefined) {
    updateNotification(id, { status: 'succeeded' });
    return;
  }
  const detail = isArmError(error) || error instanceof Error ? error.message : String(error);
  updateNotification(id, { status: 'failed', detail });
}

/**
 * R13: how the desk's answer to a support request reads in Notifications: in progress while the
 * request is open, failed when it was refused, succeeded otherwise.
 */
export function deskAnswerStatus(
  ticket: Pick<SupportTicketResource['properties'], 'status' | 'resolution'>,
): PortalNotification['status'] {
  if (ticket.status === 'Open') return 'in-progress';
  return ticket.resolution === 'Refused' ? 'failed' : 'succeeded';
}
