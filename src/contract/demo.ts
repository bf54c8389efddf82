import { z } from 'zod';
import { roleDefinitionNameSchema } from './authorization';

// Mock-only control endpoints under `/__demo/` (same origin as the page). Test suites and the
// in-app Demo panel drive the scenario, clock, persona and failure injection through them.

/** Operation ids that fault rules target; each ARM handler belongs to exactly one. */
export const FAULT_OPERATIONS = [
  'listSubscriptions',
  'getSubscription',
  'cancel',
  'cancelPreview',
  'enable',
  'rename',
  'billing',
  'permissions',
  'roleAssignments',
  'tenants',
  'resources',
  'resourceGroups',
  'resourceAction',
  'backup',
  'validateMove',
  'move',
  'support',
  'listSupportTickets',
] as const;
export type FaultOperation = (typeof FAULT_OPERATIONS)[number];

export const faultRuleSchema = z.object({
  operation: z.union([z.literal('*'), z.enum(FAULT_OPERATIONS)]),
  status: z.union([z.literal(500), z.literal(503), z.literal(429)]).optional(),
  /** Sent as `Retry-After` with 503 and 429. */
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  /** Extra delay before this operation answers. */
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  /** A network error (the fetch rejects), as when the connection drops. */
  offline: z.boolean().optional(),
  /** How many matching requests it still applies to; absent = until cleared. */
  times: z.number().int().min(1).optional(),
});
export type FaultRule = z.infer<typeof faultRuleSchema>;

/** `POST /__demo/faults`: replaces the whole set; `{ rules: [] }` clears it. `latencyMs: null` restores the default. */
export const faultsRequestSchema = z.object({
  rules: z.array(faultRuleSchema),
  latencyMs: z.number().int().min(0).max(120_000).nullable().optional(),
});
export type FaultsRequest = z.infer<typeof faultsRequestSchema>;

export const resetRequestSchema = z.object({ scenario: z.string().min(1) });
export type ResetRequest = z.infer<typeof resetRequestSchema>;

export const clockRequestSchema = z.union([
  z.object({ advanceMs: z.number().finite() }),
  z.object({ setIso: z.iso.datetime({ offset: true }) }),
  z.object({ reset: z.literal(true) }),
]);
export type ClockRequest = z.infer<typeof clockRequestSchema>;

export const clockStateSchema = z.object({ now: z.string(), offsetMs: z.number() });
export type ClockState = z.infer<typeof clockStateSchema>;

export const personaRequestSchema = z.object({ id: z.string().min(1) });
export type PersonaRequest = z.infer<typeof personaRequestSchema>;

export const personaSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string(),
});
export type PersonaSummary = z.infer<typeof personaSummarySchema>;

export const noticeSchema = z.object({
  code: z.literal('state-reset'),
  /** Why the saved state was replaced by the scenario (corrupted, older version, …). */
  reason: z.string(),
});
export type DemoNotice = z.infer<typeof noticeSchema>;

export const demoStateSchema = z.object({
  scenario: z.string(),
  scenarios: z.array(z.string()),
  now: z.string(),
  offsetMs: z.number(),
  persona: personaSummarySchema,
  personas: z.array(
    personaSummarySchema.extend({
      /** How many subscriptions the persona holds each role on. */
      roles: z.partialRecord(roleDefinitionNameSchema, z.number()),
    }),
  ),
  faults: z.array(faultRuleSchema),
  /** The effective default latency: the override when set, else the environment's default. */
  latencyMs: z.number(),
  latencyOverrideMs: z.number().nullable(),
  notice: noticeSchema.optional(),
  storeVersion: z.number(),
});
export type DemoState = z.infer<typeof demoStateSchema>;
