import type { SupportTicketResource, TicketDateParameters } from '@/contract/support';
import type { DeskReply, SupportTicket } from '@/domain/support-ticket';
import type { EpochMs } from '@/domain/model';
import { hashString } from '@/domain/random';
import { deskAnswerAt, deskReplyOf, ticketStatusAt } from '@/domain/support';
import { toIso } from '@/domain/time';

function dateParameters(reply: DeskReply): TicketDateParameters {
  const out: TicketDateParameters = {};
  if (reply.cancelledAt !== undefined) out.cancelledAt = toIso(reply.cancelledAt);
  if (reply.reactivationPossibleUntil !== undefined)
    out.reactivationPossibleUntil = toIso(reply.reactivationPossibleUntil);
  return out;
}

/**
 * A stored ticket as Microsoft.Support answers it; the status is derived at `now` (R11), and the
 * desk's reply shows only once it has arrived (R13).
 */
export function toSupportTicketResource(
  ticket: SupportTicket,
  now: EpochMs,
): SupportTicketResource {
  const status = ticketStatusAt(ticket, now);
  const answeredAt = status === 'refused' ? ticket.createdAt : deskAnswerAt(ticket);
  const modifiedAt = status === 'resolved' ? answeredAt : ticket.createdAt;
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
  if (status === 'open') {
    out.properties.expectedResolutionDate = toIso(answeredAt);
    return out;
  }
  const reply = deskReplyOf(ticket);
  const parameters = dateParameters(reply);
  out.properties.reply = { code: reply.code, parameters, date: toIso(answeredAt) };
  if (status === 'resolved') {
    out.properties.resolution = 'Resolved';
    return out;
  }
  out.properties.resolution = 'Refused';
  if (ticket.refusalReason !== undefined) out.properties.refusalReason = ticket.refusalReason;
  if (ticket.refusalCode !== undefined) {
    out.properties.refusalCode = ticket.refusalCode;
    out.properties.refusalParameters = parameters;
  }
  return out;
}
