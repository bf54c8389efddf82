import { describe, expect, it } from 'vitest';
import { notificationMessages, notificationTitle } from '@/lib/notifications/notification-messages';
import {
  addNotification,
  clearNotifications,
  dismissNotification,
  getNotification,
  markAllRead,
  onNotificationEvent,
  parseSavedNotifications,
  stopWaitingNotifications,
  updateNotification,
  type NotificationEvent,
} from '@/lib/notifications/notifications-store';

const valid = {
  id: 'a',
  operation: 'cancel',
  target: 'Contoso Production',
  status: 'in-progress',
  createdAt: 1,
  updatedAt: 1,
  read: false,
};

describe('Notifications: saved entries', () => {
  it('keeps each valid entry and drops a damaged one', () => {
    const raw = JSON.stringify([
      valid,
      { id: 'b', operation: 'launch', status: 'maybe' },
      { ...valid, id: 'c' },
    ]);
    expect(parseSavedNotifications(raw).map((entry) => entry.id)).toEqual(['a', 'c']);
  });

  it('starts empty from unreadable or missing storage', () => {
    expect(parseSavedNotifications('{not json')).toEqual([]);
    expect(parseSavedNotifications('{"a":1}')).toEqual([]);
    expect(parseSavedNotifications(null)).toEqual([]);
  });
});

describe('Notifications: store events (what the toaster shows)', () => {
  it('announces an added entry and each change of status, not other changes', () => {
    clearNotifications();
    const events: NotificationEvent[] = [];
    const stop = onNotificationEvent((event) => events.push(event));
    const id = addNotification({ operation: 'rename', target: 'Dev', status: 'in-progress' });
    updateNotification(id, { detail: 'still going' });
    updateNotification(id, { status: 'succeeded' });
    stop();
    updateNotification(id, { status: 'failed' });
    expect(events.map((event) => [event.kind, event.entry.status])).toEqual([
      ['added', 'in-progress'],
      ['updated', 'succeeded'],
    ]);
  });

  it('Demo replaced: entries waiting for the mock stop, without a toast; others stay as they were', () => {
    clearNotifications();
    const events: NotificationEvent[] = [];
    const cancel = addNotification({
      operation: 'cancel',
      target: 'Contoso Production',
      status: 'in-progress',
      watch: { subscriptionId: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601', state: 'Disabled' },
    });
    const answer = addNotification({
      operation: 'support-answer',
      target: 'Invoice question',
      status: 'in-progress',
      awaitsTicket: 'ticket-1',
    });
    const rename = addNotification({ operation: 'rename', target: 'Dev', status: 'in-progress' });
    const done = addNotification({ operation: 'move', target: 'rg', status: 'succeeded' });
    const stop = onNotificationEvent((event) => events.push(event));
    stopWaitingNotifications();
    stop();
    expect([cancel, answer, rename, done].map((id) => getNotification(id)?.status)).toEqual([
      'stopped',
      'stopped',
      'in-progress',
      'succeeded',
    ]);
    expect(events).toEqual([]);
  });

  it('Demo replaced: a stopped entry keeps its operation’s words without saying it goes on', () => {
    const entry = { operation: 'cancel', status: 'stopped', target: 'Contoso Production' } as const;
    expect(notificationTitle(notificationMessages['en-US'], entry)).toBe(
      "Canceling subscription 'Contoso Production'",
    );
    expect(notificationTitle(notificationMessages['zh-CN'], entry)).toBe(
      '取消订阅“Contoso Production”',
    );
  });

  it('keeps what happened while nobody listened for the first listener that asks (the toaster loads late)', () => {
    clearNotifications();
    onNotificationEvent(() => undefined, { replay: true })(); // whatever earlier tests left waiting
    const id = addNotification({ operation: 'cancel', target: 'Prod', status: 'in-progress' });
    updateNotification(id, { status: 'succeeded' });
    const heard: string[] = [];
    const stop = onNotificationEvent((event) => heard.push(`${event.kind} ${event.entry.status}`), {
      replay: true,
    });
    updateNotification(id, { status: 'failed' });
    stop();
    expect(heard).toEqual(['added in-progress', 'updated succeeded', 'updated failed']);
    // Replayed once only: a later listener hears what comes next.
    const later: string[] = [];
    const stopLater = onNotificationEvent((event) => later.push(event.entry.status), {
      replay: true,
    });
    expect(later).toEqual([]);
    stopLater();
  });

  it('marks read, dismisses one, and ignores updates of a dismissed entry', () => {
    clearNotifications();
    const id = addNotification({ operation: 'cancel', target: 'Prod', status: 'in-progress' });
    markAllRead();
    expect(getNotification(id)?.read).toBe(true);
    dismissNotification(id);
    updateNotification(id, { status: 'succeeded' });
    expect(getNotification(id)).toBeUndefined();
  });
});
