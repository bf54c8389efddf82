import { z } from '@/contract/zod';

/** R11/R13: the support problem types (the domain uses this list). */
export const PROBLEM_TYPES = [
  'billing',
  'subscription-reactivation',
  'technical',
  'quota',
  'subscription-management',
] as const;
export const problemTypeSchema = z.enum(PROBLEM_TYPES);
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
export const ticketDateParametersSchema = z.object({
  cancelledAt: z.optional(z.string()),
  reactivationPossibleUntil: z.optional(z.string()),
});
export type TicketDateParameters = z.infer<typeof ticketDateParametersSchema>;

export const SEVERITIES = ['minimal', 'moderate', 'critical'] as const;
export type TicketSeverity = (typeof SEVERITIES)[number];

/** `PUT /subscriptions/{id}/providers/Microsoft.Support/supportTickets/{name}` body, modelled on Microsoft.Support 2020-04-01. */
export const supportTicketCreateSchema = z.object({
  properties: z.object({
    title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    description: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)),
    problemType: problemTypeSchema,
    severity: z.optional(z.enum(SEVERITIES)),
    serviceId: z.optional(z.string()),
    contactDetails: z.optional(
      z.object({
        firstName: z.optional(z.string()),
        lastName: z.optional(z.string()),
        primaryEmailAddress: z.optional(z.string()),
      }),
    ),
  }),
});
export type SupportTicketCreate = z.infer<typeof supportTicketCreateSchema>;

export const supportTicketSchema = z.object({
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
});
export type SupportTicketResource = z.infer<typeof supportTicketSchema>;

export const supportTicketListSchema = z.object({
  value: z.array(supportTicketSchema),
  nextLink: z.optional(z.string()),
});
