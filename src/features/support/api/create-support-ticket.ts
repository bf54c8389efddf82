import { useMutation, useQueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { subscriptionPath } from '@/contract/arm-paths';
import { API_VERSIONS } from '@/contract/api-versions';
import {
  supportTicketSchema,
  type SupportTicketCreate,
  type SupportTicketResource,
} from '@/contract/support';
import { armFetch } from '@/lib/api-client';
import type { ArmError } from '@/lib/api-error';
import { queryKeys } from '@/lib/api/keys';
import { addNotification } from '@/lib/notifications/notifications-store';
import { deskAnswerStatus } from '@/lib/notifications/notify-operation';

export interface CreateTicketInput {
  subscriptionId: string;
  /** Chosen once per form, so a retried PUT names the same ticket and never files two (R14). */
  name: string;
  body: SupportTicketCreate;
}

export function createSupportTicket({
  subscriptionId,
  name,
  body,
}: CreateTicketInput): Promise<SupportTicketResource> {
  return armFetch({
    method: 'PUT',
    path: `${subscriptionPath(subscriptionId)}/providers/Microsoft.Support/supportTickets/${encodeURIComponent(name)}`,
    apiVersion: API_VERSIONS.support,
    body,
    schema: supportTicketSchema,
  });
}

/** R11/R13: files the request; a reactivation request also changes the subscription's billing read. */
export function useCreateSupportTicket(onCreated: () => void) {
  const queryClient = useQueryClient();
  return useMutation<SupportTicketResource, ArmError, CreateTicketInput>({
    mutationFn: createSupportTicket,
    onSuccess: (ticket, { subscriptionId }) => {
      const target = ticket.properties.title;
      const link = paths.support.getHref();
      addNotification({ operation: 'support-request', target, status: 'succeeded', link });
      // R13: the desk's answer reaches Notifications too: at once when it refused on the spot,
      // otherwise once it arrives (the watcher completes this entry).
      const status = deskAnswerStatus(ticket.properties);
      addNotification({
        operation: 'support-answer',
        target,
        status,
        link,
        ...(status === 'in-progress' ? { awaitsTicket: ticket.name } : {}),
      });
      onCreated();
      return Promise.all(
        [
          queryKeys.supportTickets(),
          queryKeys.billingList(),
          queryKeys.subscription(subscriptionId),
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
