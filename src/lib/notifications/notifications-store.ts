import { useSyncExternalStore } from 'react';
import { z } from '@/contract/zod';

// The portal's Notifications: operations in progress and finished, kept across reloads. Entries hold
// facts (operation, target, status), not sentences, so they read right in whichever language is chosen.

export const OPERATIONS = [
  'cancel',
  'reactivate',
  'rename',
  'vm-start',
  'vm-stop',
  'vm-deallocate',
  'webapp-start',
  'webapp-stop',
  'create-container',
  'save-image',
  'download-backup',
  'move',
  'support-request',
  'support-answer',
  'language',
] as const;
export type NotificationOperation = (typeof OPERATIONS)[number];

const notificationSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    operation: z.enum(OPERATIONS),
    /** What it acted on, as the user knows it (a subscription or resource name). */
    target: z.string(),
    /**
     * `stopped`: it waited for the mock to move on (a cancellation showing, a desk's answer), and the
     * demo's state was replaced by a reset, a moment or an import, so that will not happen any more.
     */
    status: z.enum(['in-progress', 'succeeded', 'failed', 'stopped']),
    createdAt: z.number(),
    updatedAt: z.number(),
    /** ARM's message when it failed, or a short fact worth showing. */
    detail: z.optional(z.string()),
    /** Where "view" goes, e.g. the subscription's Overview. */
    link: z.optional(z.string()),
    /**
     * R5: a cancellation stays "in progress" until it shows in the portal. The panel watches this
     * subscription and completes the entry when its ARM state reaches `state`.
     */
    watch: z.optional(
      z.object({ subscriptionId: z.string(), state: z.enum(['Disabled', 'Enabled']) }),
    ),
    /**
     * R13: the support request (its ARM name) whose answer this entry waits for: it stays "in
     * progress" until the desk answers, then completes (refused: failed).
     */
    awaitsTicket: z.optional(z.string()),
    read: z.boolean(),
  }),
);
export type PortalNotification = z.infer<typeof notificationSchema>;

const STORAGE_KEY = 'azclone.notifications.v1';
const MAX_KEPT = 50;

let items: PortalNotification[] = load();
const listeners = new Set<() => void>();

/** What just happened to one entry in this tab; the shell's toaster turns each event into a toast. */
export interface NotificationEvent {
  kind: 'added' | 'updated';
  entry: PortalNotification;
}
const eventListeners = new Set<(event: NotificationEvent) => void>();

// The toaster loads only when it is first needed: events that happen while nobody listens wait here,
// for the first listener that asks for them (a few at most: toasts of long ago would be noise).
const MAX_WAITING = 10;
let waiting: NotificationEvent[] = [];
const waitingListeners = new Set<() => void>();

/**
 * Events of this tab only: entries synced from another tab were already toasted there. With
 * `replay`, the listener first hears the events that happened while nobody listened.
 */
export function onNotificationEvent(
  listener: (event: NotificationEvent) => void,
  { replay = false }: { replay?: boolean } = {},
): () => void {
  eventListeners.add(listener);
  if (replay && waiting.length > 0) {
    const missed = waiting;
    waiting = [];
    waitingListeners.forEach((notify) => notify());
    missed.forEach(listener);
  }
  return () => eventListeners.delete(listener);
}

function emit(event: NotificationEvent): void {
  if (eventListeners.size === 0) {
    waiting = [...waiting, event].slice(-MAX_WAITING);
    waitingListeners.forEach((notify) => notify());
    return;
  }
  eventListeners.forEach((listener) => listener(event));
}

function subscribeWaiting(listener: () => void): () => void {
  waitingListeners.add(listener);
  return () => waitingListeners.delete(listener);
}

const hasWaiting = () => waiting.length > 0;

/** Whether events happened that nobody has heard yet (the toaster is not there yet). */
export function useHasWaitingNotificationEvents(): boolean {
  return useSyncExternalStore(subscribeWaiting, hasWaiting, hasWaiting);
}

/** Each saved entry is checked on its own: one damaged entry is dropped, the others still show. */
export function parseSavedNotifications(raw: string | null): PortalNotification[] {
  let saved: unknown;
  try {
    saved = JSON.parse(raw ?? '[]');
  } catch {
    // Unreadable saved notifications are dropped, not shown half-parsed.
    return [];
  }
  if (!Array.isArray(saved)) return [];
  return saved.flatMap((entry: unknown) => {
    const parsed = notificationSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

function load(): PortalNotification[] {
  try {
    return parseSavedNotifications(localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage itself can be unavailable (privacy mode); start empty.
    return [];
  }
}

function commit(next: PortalNotification[]): void {
  items = next.slice(0, MAX_KEPT);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
  } catch {
    // A full storage keeps the in-memory list; nothing else depends on the saved copy.
  }
  listeners.forEach((listener) => listener());
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    items = load();
    listeners.forEach((listener) => listener());
  });
}

let counter = 0;

export type NotificationInput = Pick<PortalNotification, 'operation' | 'target' | 'status'> &
  Partial<Pick<PortalNotification, 'detail' | 'link' | 'watch' | 'awaitsTicket'>>;
export type NotificationChange = Partial<Pick<PortalNotification, 'status' | 'detail' | 'watch'>>;

/** Adds an entry and returns its id, so the caller can complete it later. */
export function addNotification(entry: NotificationInput): string {
  const now = Date.now();
  counter += 1;
  const id = `${now.toString(36)}-${counter}`;
  const added: PortalNotification = { ...entry, id, createdAt: now, updatedAt: now, read: false };
  commit([added, ...items]);
  emit({ kind: 'added', entry: added });
  return id;
}

export function updateNotification(id: string, change: NotificationChange): void {
  const current = items.find((item) => item.id === id);
  if (!current) return;
  const updated: PortalNotification = { ...current, ...change, updatedAt: Date.now(), read: false };
  commit(items.map((item) => (item.id === id ? updated : item)));
  // Only a change of status is news worth a toast; a new `watch` or detail alone is not.
  if (change.status !== undefined && change.status !== current.status)
    emit({ kind: 'updated', entry: updated });
}

/**
 * The demo's state was replaced (reset, moment, import): the subscriptions and requests that entries
 * wait for belong to the state that is gone, so those entries stop instead of spinning and polling
 * for ever. Not news worth a toast: the person just asked for the new state.
 */
export function stopWaitingNotifications(): void {
  const waits = (item: PortalNotification) =>
    item.status === 'in-progress' && (item.watch !== undefined || item.awaitsTicket !== undefined);
  if (!items.some(waits)) return;
  const now = Date.now();
  commit(
    items.map((item) =>
      waits(item) ? { ...item, status: 'stopped' as const, updatedAt: now, read: false } : item,
    ),
  );
}

export function getNotification(id: string): PortalNotification | undefined {
  return items.find((item) => item.id === id);
}

export function markAllRead(): void {
  if (items.every((item) => item.read)) return;
  commit(items.map((item) => ({ ...item, read: true })));
}

export function dismissNotification(id: string): void {
  commit(items.filter((item) => item.id !== id));
}

export function clearNotifications(): void {
  commit([]);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotifications(): PortalNotification[] {
  return useSyncExternalStore(
    subscribe,
    () => items,
    () => items,
  );
}
