import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { queryKeys } from '@/lib/api/keys';
import { subscriptionQueryOptions } from '@/lib/api/get-subscription';
import { supportTicketsQueryOptions } from '@/lib/api/get-support-tickets';
import {
  updateNotification,
  useNotifications,
  type PortalNotification,
} from '@/lib/notifications/notifications-store';
import { deskAnswerStatus } from '@/lib/notifications/notify-operation';
import { watchPollInterval } from '@/lib/poll-policy';

/**
 * R5: a cancellation is accepted at once but shows in the portal only minutes later. Entries that
 * carry `watch` stay "in progress" until ARM's `state` of that subscription reaches the watched
 * state; then the entry completes and the reads that show the subscription, its billing and its resources are refreshed.
 */
export function NotificationWatcher() {
  const queryClient = useQueryClient();
  const entries = useNotifications();
  const watched = useMemo(
    () => entries.filter((entry) => entry.status === 'in-progress' && entry.watch),
    [entries],
  );
  const subscriptionIds = useMemo(
    () => [...new Set(watched.map((entry) => entry.watch?.subscriptionId ?? ''))].filter(Boolean),
    [watched],
  );
  const states = useQueries({
    queries: subscriptionIds.map((id) => ({
      ...subscriptionQueryOptions(id),
      // Read often while its operation still shows "in progress" (poll-policy.ts).
      refetchInterval: watchPollInterval(true),
    })),
    combine: (results) => results.map((result) => result.data?.state),
  });
  const stateKey = states.join('|');

  useEffect(() => {
    const stateById = new Map(subscriptionIds.map((id, index) => [id, states[index]]));
    for (const entry of watched) {
      if (!entry.watch || stateById.get(entry.watch.subscriptionId) !== entry.watch.state) continue;
      updateNotification(entry.id, { status: 'succeeded' });
      const id = entry.watch.subscriptionId;
      void queryClient.invalidateQueries({ queryKey: queryKeys.subscriptions() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.billingList() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.resources(id) });
    }
    // `stateKey` stands for `states`, whose array identity changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stateKey, watched, subscriptionIds, queryClient]);

  useAnsweredTickets(entries);
  return null;
}

/**
 * R13: the support desk answers at a simulated time (one hour after filing); entries that await a
 * ticket's answer complete when the ticket reads Closed (refused: failed), and the list refreshes.
 */
function useAnsweredTickets(entries: readonly PortalNotification[]) {
  const queryClient = useQueryClient();
  const awaiting = useMemo(
    () => entries.filter((entry) => entry.status === 'in-progress' && entry.awaitsTicket),
    [entries],
  );
  const tickets = useQuery({
    ...supportTicketsQueryOptions(),
    enabled: awaiting.length > 0,
    refetchInterval: watchPollInterval(awaiting.length > 0),
  });
  useEffect(() => {
    const byName = new Map((tickets.data ?? []).map((ticket) => [ticket.name, ticket]));
    let answered = false;
    for (const entry of awaiting) {
      const ticket = byName.get(entry.awaitsTicket ?? '');
      if (!ticket || ticket.properties.status !== 'Closed') continue;
      answered = true;
      updateNotification(entry.id, { status: deskAnswerStatus(ticket.properties) });
    }
    // An accepted reactivation (R11) changes the subscription at the same moment.
    if (!answered) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.subscriptions() });
    void queryClient.invalidateQueries({ queryKey: queryKeys.billingList() });
  }, [tickets.data, awaiting, queryClient]);
}
