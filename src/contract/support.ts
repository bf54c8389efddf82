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
export type SupportTicketList = z.infer<typeof supportTicketListSchema>;
