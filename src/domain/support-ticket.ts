import type {
  DeskReplyCode,
  ProblemType,
  TicketRefusalCode,
  TicketSeverity,
} from '@/contract/support';
import type { EpochMs } from './model';

// A stored support request and the desk's answer, plain JSON like the rest of the World (model.ts).

export {
  PROBLEM_TYPES,
  SEVERITIES,
  type ProblemType,
  type TicketSeverity,
} from '@/contract/support';

export type TicketStatus = 'open' | 'resolved' | 'refused';

/**
 * A support request. Its status is derived (support.ts `ticketStatusAt`): refused when
 * `refusalReason` is set, resolved once the clock reaches `resolvedAt`, otherwise open.
 */
export interface SupportTicket {
  /** ARM resource name of the ticket (unique per world). */
  name: string;
  subscriptionId: string;
  problemType: ProblemType;
  title: string;
  description: string;
  severity?: TicketSeverity;
  contactEmail?: string;
  createdBy: string;
  createdAt: EpochMs;
  /** Scheduled or past resolution instant: when the desk's answer arrives (support.ts). */
  resolvedAt?: EpochMs;
  /** R11: set when the desk refuses the request; `refusalReason` is the English explanation. */
  refusalCode?: TicketRefusalCode;
  refusalReason?: string;
  /**
   * R11, R13: the desk's answer, decided when the request is filed (from the subscription as it was
   * then) and shown once the clock reaches `resolvedAt`. Absent on tickets saved before the desk
   * answered every request; support.ts `deskReplyOf` derives theirs.
   */
  reply?: DeskReply;
}

export {
  DESK_REPLY_CODES,
  TICKET_REFUSAL_CODES,
  type DeskReplyCode,
  type TicketRefusalCode,
} from '@/contract/support';

export interface DeskReply {
  code: DeskReplyCode;
  /** The cancellation the answer is about, when it is about one. */
  cancelledAt?: EpochMs;
  /** R9, R11: the last instant the subscription can come back. */
  reactivationPossibleUntil?: EpochMs;
}
