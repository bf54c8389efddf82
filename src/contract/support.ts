import { z } from '@/contract/zod';
import { armListSchema } from '@/contract/arm-list';
import { textSchema, type TextRule } from './text';

/** R11/R13: the support problem types (the domain uses this list). */
export const PROBLEM_TYPES = [
  'billing',
  'subscription-reactivation',
  'technical',
  'quota',
  'subscription-management',
] as const;
export const problemTypeSchema = z.lazy(() => z.enum(PROBLEM_TYPES));
export type ProblemType = z.infer<typeof problemTypeSchema>;

/** R11: why the desk refused a request (`refusalCode`, with `refusalParameters`). */
export const TICKET_REFUSAL_CODES = ['reactivation-window-closed', 'not-cancelled'] as const;
export type TicketRefusalCode = (typeof TICKET_REFUSAL_CODES)[number];

/**
 * R11, R13: what the support desk answers (`reply.code`), so the portal can say it in its own
 * language. A refusal's reply carries its refusal code.
 * - `subscription-reactivated`: the reactivation request is accepted; Enabled at the resolution.
 * - `reactivation-by-support-request`: a question about a subscription that only a support request
 *   can bring back: file one (problem type `subscription-reactivation`) before the date given.
 * - `reactivation-self-service`: a question about a cancelled Pay-As-You-Go subscription: its
 *   account administrator reactivates it in the Account Center before the date given.
 * - `request-answered`: any other request, answered and closed.
 */
export const DESK_REPLY_CODES = [
  ...TICKET_REFUSAL_CODES,
  'subscription-reactivated',
  'reactivation-by-support-request',
  'reactivation-self-service',
  'request-answered',
] as const;
export type DeskReplyCode = (typeof DESK_REPLY_CODES)[number];

/** Dates a reply or refusal quotes (ISO 8601, UTC); which ones depends on the code. */
export const ticketDateParametersSchema = z.lazy(() =>
  z.object({
    cancelledAt: z.optional(z.string()),
    reactivationPossibleUntil: z.optional(z.string()),
  }),
);
export type TicketDateParameters = z.infer<typeof ticketDateParametersSchema>;

export const SEVERITIES = ['minimal', 'moderate', 'critical'] as const;
export type TicketSeverity = (typeof SEVERITIES)[number];

/**
 * R13: a ticket's title, in characters (code points) after trimming. Azure's own REST spec for
 * Microsoft.Support (2020-04-01 and 2024-04-01) gives `title` no maximum, so the mock keeps the 200
 * it has always accepted; the portal's form may ask for less (support-form.ts says why).
 */
export const TICKET_TITLE_MAX_LENGTH = 200;
export const TICKET_DESCRIPTION_MAX_LENGTH = 5000;
/** One line: a title refuses line breaks as well as the other control characters (contract/text.ts). */
export const TICKET_TITLE_RULE: TextRule = {
  min: 1,
  max: TICKET_TITLE_MAX_LENGTH,
  multiline: false,
};
/** Several lines: tab and line breaks are kept, other control characters refused. */
export const TICKET_DESCRIPTION_RULE: TextRule = {
  min: 1,
  max: TICKET_DESCRIPTION_MAX_LENGTH,
  multiline: true,
};
/** The longest email address SMTP carries (RFC 5321: 254 characters); the ticket keeps it. */
export const CONTACT_EMAIL_RULE: TextRule = { min: 0, max: 254, multiline: false };
/** The ticket's ARM name, chosen by the client (PUT). */
export const TICKET_NAME_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
/**
 * The most support requests one world holds (contract §9): a shared server left open through demos
 * or CI cannot be filled without end. A request beyond it is refused (409 `QuotaExceeded`).
 */
export const MAX_SUPPORT_TICKETS = 1000;

/** `PUT /subscriptions/{id}/providers/Microsoft.Support/supportTickets/{name}` body, modelled on Microsoft.Support 2020-04-01. */
export const supportTicketCreateSchema = z.lazy(() =>
  z.object({
    properties: z.object({
      title: textSchema(TICKET_TITLE_RULE, { trim: true }),
      description: textSchema(TICKET_DESCRIPTION_RULE, { trim: true }),
      problemType: problemTypeSchema,
      severity: z.optional(z.enum(SEVERITIES)),
      serviceId: z.optional(z.string()),
      contactDetails: z.optional(
        z.object({
          firstName: z.optional(z.string()),
          lastName: z.optional(z.string()),
          primaryEmailAddress: z.optional(textSchema(CONTACT_EMAIL_RULE)),
        }),
      ),
    }),
  }),
);
export type SupportTicketCreate = z.infer<typeof supportTicketCreateSchema>;

export const supportTicketSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    type: z.literal('Microsoft.Support/supportTickets'),
    properties: z.object({
      supportTicketId: z.string(),
      title: z.string(),
      description: z.string(),
      problemType: problemTypeSchema,
      severity: z.optional(z.enum(SEVERITIES)),
      subscriptionId: z.string(),
      status: z.enum(['Open', 'Closed']),
      /** R11: a reactivation request is resolved after the support desk's processing time, or refused. */
      resolution: z.optional(z.enum(['Resolved', 'Refused'])),
      refusalReason: z.optional(z.string()),
      /** R11: the refusal as a code and the dates it quotes, for a client to say in its own words. */
      refusalCode: z.optional(z.enum(TICKET_REFUSAL_CODES)),
      refusalParameters: z.optional(ticketDateParametersSchema),
      /** R11, R13: the desk's answer, present once the request is answered (status Closed). */
      reply: z.optional(
        z.object({
          code: z.enum(DESK_REPLY_CODES),
          parameters: ticketDateParametersSchema,
          /** When the answer arrived. */
          date: z.string(),
        }),
      ),
      createdDate: z.string(),
      modifiedDate: z.string(),
      expectedResolutionDate: z.optional(z.string()),
    }),
  }),
);
export type SupportTicketResource = z.infer<typeof supportTicketSchema>;

export const supportTicketListSchema = armListSchema(supportTicketSchema);
