import { z } from 'zod';

/** The domain's problem types (contract-parity.test.ts keeps them equal). */
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

/** `PUT /subscriptions/{id}/providers/Microsoft.Support/supportTickets/{name}` body, modelled on Microsoft.Support 2020-04-01. */
export const supportTicketCreateSchema = z.object({
  properties: z.object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().min(1).max(5000),
    problemType: problemTypeSchema,
    severity: z.enum(SEVERITIES).optional(),
    serviceId: z.string().optional(),
    contactDetails: z
      .object({
        firstName: z.string().optional(),
        lastName: z.string().optional(),
        primaryEmailAddress: z.string().optional(),
      })
      .optional(),
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
    severity: z.enum(SEVERITIES).optional(),
    subscriptionId: z.string(),
    status: z.enum(['Open', 'Closed']),
    /** R11: a reactivation request is resolved after the support desk's processing time, or refused. */
    resolution: z.enum(['Resolved', 'Refused']).optional(),
    refusalReason: z.string().optional(),
    createdDate: z.string(),
    modifiedDate: z.string(),
    expectedResolutionDate: z.string().optional(),
  }),
});
export type SupportTicketResource = z.infer<typeof supportTicketSchema>;

export const supportTicketListSchema = z.object({
  value: z.array(supportTicketSchema),
  nextLink: z.string().optional(),
});
export type SupportTicketList = z.infer<typeof supportTicketListSchema>;
