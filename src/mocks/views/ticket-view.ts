import type { SupportTicketResource } from '@/contract/support';
import type { EpochMs, SupportTicket } from '@/domain/model';
import { hashString } from '@/domain/random';
import { ticketStatusAt } from '@/domain/support';
import { toIso } from '@/domain/time';

/** A stored ticket as Microsoft.Support answers it; the status is derived at `now` (R11). */
export function toSupportTicketResource(
  ticket: SupportTicket,
  now: EpochMs,
): SupportTicketResource {
  const status = ticketStatusAt(ticket, now);
  const modifiedAt =
    status === 'resolved' && ticket.resolvedAt !== undefined ? ticket.resolvedAt : ticket.createdAt;
  const out: SupportTicketResource = {
    id: `/subscriptions/${ticket.subscriptionId}/providers/Microsoft.Support/supportTickets/${ticket.name}`,
    name: ticket.name,
    type: 'Microsoft.Support/supportTickets',
    properties: {
      // Support ticket numbers are long digit strings; this one is stable per ticket name.
      supportTicketId: `2${String(hashString(ticket.name)).padStart(15, '0')}`,
      title: ticket.title,
      description: ticket.description,
      problemType: ticket.problemType,
      subscriptionId: ticket.subscriptionId,
      status: status === 'open' ? 'Open' : 'Closed',
      createdDate: toIso(ticket.createdAt),
      modifiedDate: toIso(modifiedAt),
    },
  };
  if (ticket.severity !== undefined) out.properties.severity = ticket.severity;
  if (status === 'resolved') out.properties.resolution = 'Resolved';
  if (status === 'refused') {
    out.properties.resolution = 'Refused';
    if (ticket.refusalReason !== undefined) out.properties.refusalReason = ticket.refusalReason;
  }
  if (status === 'open' && ticket.resolvedAt !== undefined)
    out.properties.expectedResolutionDate = toIso(ticket.resolvedAt);
  return out;
}
