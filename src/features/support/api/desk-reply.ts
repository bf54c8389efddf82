import type { SupportTicketResource } from '@/contract/support';
import type { supportMessages } from '@/features/support/messages';
import type { Formatters } from '@/lib/i18n/format';

type Ticket = SupportTicketResource['properties'];
type Replies = (typeof supportMessages)['en-US']['replies'];

/**
 * R11, R13: the desk's answer in the portal's language, its dates formatted for the user, from the
 * reply code and parameters the API gives (never from the English `refusalReason`, which is for API
 * clients). Undefined while the request is open.
 */
export function deskReplyText(
  ticket: Ticket,
  replies: Replies,
  format: Pick<Formatters, 'dateTime'>,
): string | undefined {
  const reply = ticket.reply;
  if (reply === undefined) return undefined;
  const { cancelledAt, reactivationPossibleUntil } = reply.parameters;
  // A date the code needs is always sent with it; a dash keeps the sentence readable if one is not.
  const date = (iso: string | undefined) => (iso === undefined ? '—' : format.dateTime(iso));
  return replies[reply.code]({
    cancelledAt: date(cancelledAt),
    until: date(reactivationPossibleUntil),
  });
}
