import {
  CONTACT_EMAIL_RULE,
  MAX_SUPPORT_TICKETS,
  TICKET_DESCRIPTION_RULE,
  TICKET_NAME_PATTERN,
  TICKET_TITLE_RULE,
} from '@/contract/support';
import { textProblem } from '@/contract/text';
import { clockConflict, invalidRequestContent } from './arm-errors';
import { fail, succeed, type CommandResult, type Failure } from './command-result';
import type { DeskReply, SupportTicket, TicketStatus } from './support-ticket';
import type { EpochMs, StoredSubscription, World } from './model';
import { OFFERS } from './offers';
import { PROBLEM_TYPES } from './support-ticket';
import { ACTIONS } from './permissions';
import { withReactivation } from './reactivate';
import { subscriptionStateAt } from './state';
import { HOUR_MS, toIso } from './time';
import { authorize, isFailure, replaceSubscription } from './world';

/**
 * R11, R13: the mock support desk's simulated processing time. Every request it does not refuse on
 * the spot is answered this long after it is filed, on the demo clock: a reactivation takes effect
 * then (R11), and any other request gets its reply then.
 */
export const SUPPORT_RESOLUTION_MS = HOUR_MS;

/**
 * When the desk's answer arrives. Tickets saved before the desk answered every request carry no
 * `resolvedAt` unless they were reactivations; they are answered as a new one would be.
 */
export function deskAnswerAt(ticket: SupportTicket): EpochMs {
  return ticket.resolvedAt ?? ticket.createdAt + SUPPORT_RESOLUTION_MS;
}

/**
 * Derived, so a ticket is answered when the clock passes its answer time with no timer (as R5's
 * "shows in the portal" is): refused at once, otherwise open until then, resolved after.
 */
export function ticketStatusAt(ticket: SupportTicket, now: EpochMs): TicketStatus {
  if (ticket.refusalReason !== undefined || ticket.refusalCode !== undefined) return 'refused';
  return now >= deskAnswerAt(ticket) ? 'resolved' : 'open';
}

/** The desk's answer; tickets saved before answers were stored get the one their facts imply. */
export function deskReplyOf(ticket: SupportTicket): DeskReply {
  if (ticket.reply !== undefined) return ticket.reply;
  if (ticket.refusalCode !== undefined) return { code: ticket.refusalCode };
  if (ticket.problemType === 'subscription-reactivation' && ticket.resolvedAt !== undefined)
    return { code: 'subscription-reactivated' };
  return { code: 'request-answered' };
}

/**
 * R10, R11, R13: the answer to any request other than a reactivation, from the subscription as it
 * is when the request is filed. A cancelled subscription that can still come back gets the way
 * back: self-service for Pay-As-You-Go (R10), a reactivation request for every other offer (R11).
 */
export function deskReplyFor(sub: StoredSubscription, now: EpochMs): DeskReply {
  const state = subscriptionStateAt(sub, now);
  const open = state.cancellation;
  if (open === undefined || (state.phase !== 'disabled' && state.phase !== 'cancellation-pending'))
    return { code: 'request-answered' };
  return {
    code:
      OFFERS[sub.offer].reactivationPath === 'self-service'
        ? 'reactivation-self-service'
        : 'reactivation-by-support-request',
    cancelledAt: open.dates.requestedAt,
    reactivationPossibleUntil: open.dates.reactivationPossibleUntil,
  };
}

/** What the client sends (the ticket's ARM name is its choice, PUT), and who files it when. */
export interface CreateTicketInput extends Pick<
  SupportTicket,
  'name' | 'subscriptionId' | 'problemType' | 'title' | 'description' | 'severity' | 'contactEmail'
> {
  personaId: string;
  now: EpochMs;
}

export interface CreateTicketResult {
  ticket: SupportTicket;
  /** False when the same request was retried and the stored ticket is returned (R14). */
  created: boolean;
}

/** The contract's rules for what a request carries (contract/support.ts), each naming its field. */
function validate(input: CreateTicketInput): Failure | undefined {
  if (!TICKET_NAME_PATTERN.test(input.name)) {
    return invalidRequestContent(
      'The support ticket name must be 1–100 letters, digits, hyphens or underscores.',
    );
  }
  if (!(PROBLEM_TYPES as readonly string[]).includes(input.problemType)) {
    return invalidRequestContent(
      `Unknown problem type '${String(input.problemType)}'. Use one of: ${PROBLEM_TYPES.join(', ')}.`,
    );
  }
  const fields = [
    ['title', input.title.trim(), TICKET_TITLE_RULE],
    ['description', input.description.trim(), TICKET_DESCRIPTION_RULE],
    ['contactDetails.primaryEmailAddress', input.contactEmail ?? '', CONTACT_EMAIL_RULE],
  ] as const;
  for (const [field, text, rule] of fields) {
    const problem = textProblem(text, rule);
    if (problem !== undefined) return invalidRequestContent(`properties.${field}: ${problem}.`);
  }
  return undefined;
}

/** R14: the same caller sending the same request again (what a retry after a lost answer sends). */
const sameRequest = (t: SupportTicket, input: CreateTicketInput): boolean =>
  t.subscriptionId.toLowerCase() === input.subscriptionId.toLowerCase() &&
  t.problemType === input.problemType &&
  t.title === input.title.trim() &&
  t.description === input.description.trim() &&
  t.severity === input.severity &&
  t.contactEmail === input.contactEmail &&
  t.createdBy === input.personaId;

interface Decision {
  ticket: SupportTicket;
  sub?: StoredSubscription;
}

/**
 * R11: the desk's answer to a reactivation request. Accepted within 90 days of the cancellation
 * (the subscription comes back at filing + 1 h, written now as a future `reactivatedAt`, so the
 * state shows it only when the clock passes it); refused, with the reason, otherwise.
 */
function decideReactivation(
  sub: StoredSubscription,
  ticket: SupportTicket,
  now: EpochMs,
): Decision | Failure {
  const state = subscriptionStateAt(sub, now);
  const open = state.cancellation;
  if (state.phase === 'deleted' && open !== undefined) {
    const dates = {
      cancelledAt: open.dates.requestedAt,
      reactivationPossibleUntil: open.dates.reactivationPossibleUntil,
    };
    return {
      ticket: {
        ...ticket,
        refusalCode: 'reactivation-window-closed',
        refusalReason: `The subscription was cancelled on ${toIso(dates.cancelledAt)}. It could be reactivated until ${toIso(dates.reactivationPossibleUntil)} (90 days); its data has since been permanently deleted.`,
        reply: { code: 'reactivation-window-closed', ...dates },
      },
    };
  }
  if (open === undefined) {
    return {
      ticket: {
        ...ticket,
        refusalCode: 'not-cancelled',
        refusalReason: 'The subscription is not cancelled, so there is nothing to reactivate.',
        reply: { code: 'not-cancelled' },
      },
    };
  }
  const reactivated: DeskReply = {
    code: 'subscription-reactivated',
    cancelledAt: open.dates.requestedAt,
  };
  // A reactivation already scheduled: this request joins it instead of scheduling another (R14).
  if (open.reactivatesAt !== undefined)
    return { ticket: { ...ticket, resolvedAt: open.reactivatesAt, reply: reactivated } };
  if (open.index !== sub.cancellations.length - 1) {
    return clockConflict(sub.cancellations[sub.cancellations.length - 1]?.requestedAt ?? now);
  }
  const resolvedAt = now + SUPPORT_RESOLUTION_MS;
  // Decision: an accepted request defers deletion (R9) until it takes effect, even when the hour
  // of processing runs past requested-at + 90 days.
  const next = withReactivation(sub, open.index, {
    reactivatedAt: resolvedAt,
    reactivatedBy: ticket.createdBy,
    reactivatedVia: 'support',
    reactivationTicket: ticket.name,
  });
  return { ticket: { ...ticket, resolvedAt, reply: reactivated }, sub: next };
}

/** R11, R13: file a support request. Every role may (Reader included), on any state. */
export function createSupportTicket(
  world: World,
  input: CreateTicketInput,
): CommandResult<CreateTicketResult> {
  const access = authorize(
    world,
    input.subscriptionId,
    input.personaId,
    ACTIONS.supportTicketWrite,
  );
  if (isFailure(access)) return access;
  const invalid = validate(input);
  if (invalid !== undefined) return invalid;

  const existing = world.tickets.find((t) => t.name === input.name);
  if (existing !== undefined) {
    // R14: a retried PUT returns the stored ticket and never applies twice.
    if (sameRequest(existing, input)) return succeed(world, { ticket: existing, created: false });
    // Another request holds the name (other content, or another caller's): say so without showing it.
    return fail(
      409,
      'Conflict',
      `The support ticket name '${input.name}' is already in use by another request; choose another name.`,
    );
  }
  if (world.tickets.length >= MAX_SUPPORT_TICKETS) {
    return fail(
      409,
      'QuotaExceeded',
      `This demo world holds the most support requests it can keep (${MAX_SUPPORT_TICKETS}). Reset the demo to file more.`,
    );
  }

  const ticket: SupportTicket = {
    name: input.name,
    subscriptionId: access.sub.subscriptionId,
    problemType: input.problemType,
    title: input.title.trim(),
    description: input.description.trim(),
    createdBy: input.personaId,
    createdAt: input.now,
  };
  if (input.severity !== undefined) ticket.severity = input.severity;
  if (input.contactEmail !== undefined) ticket.contactEmail = input.contactEmail;

  let decision: Decision = {
    ticket: {
      ...ticket,
      resolvedAt: input.now + SUPPORT_RESOLUTION_MS,
      reply: deskReplyFor(access.sub, input.now),
    },
  };
  if (input.problemType === 'subscription-reactivation') {
    const d = decideReactivation(access.sub, ticket, input.now);
    if ('ok' in d) return d;
    decision = d;
  }
  const withSub = decision.sub === undefined ? world : replaceSubscription(world, decision.sub);
  return succeed(
    { ...withSub, tickets: [...withSub.tickets, decision.ticket] },
    { ticket: decision.ticket, created: true },
  );
}
