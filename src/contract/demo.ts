import { z } from '@/contract/zod';
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
  status: z.optional(z.union([z.literal(500), z.literal(503), z.literal(429)])),
  /** Sent as `Retry-After` with 503 and 429. */
  retryAfterSeconds: z.optional(z.int().check(z.minimum(0), z.maximum(3600))),
  /** Extra delay before this operation answers. */
  latencyMs: z.optional(z.int().check(z.minimum(0), z.maximum(120_000))),
  /** A network error (the fetch rejects), as when the connection drops. */
  offline: z.optional(z.boolean()),
  /** How many matching requests it still applies to; absent = until cleared. */
  times: z.optional(z.int().check(z.minimum(1))),
});
export type FaultRule = z.infer<typeof faultRuleSchema>;

/** `POST /__demo/faults`: replaces the whole set; `{ rules: [] }` clears it. `latencyMs: null` restores the default. */
export const faultsRequestSchema = z.object({
  rules: z.array(faultRuleSchema),
  latencyMs: z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(120_000)))),
});
export type FaultsRequest = z.infer<typeof faultsRequestSchema>;

export const resetRequestSchema = z.object({ scenario: z.string().check(z.minLength(1)) });
export type ResetRequest = z.infer<typeof resetRequestSchema>;

export const clockRequestSchema = z.union([
  z.object({ advanceMs: z.number() }),
  z.object({ setIso: z.iso.datetime({ offset: true }) }),
  z.object({ reset: z.literal(true) }),
]);
export type ClockRequest = z.infer<typeof clockRequestSchema>;

export const clockStateSchema = z.object({ now: z.string(), offsetMs: z.number() });
export type ClockState = z.infer<typeof clockStateSchema>;

export const personaRequestSchema = z.object({ id: z.string().check(z.minLength(1)) });
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
    z.extend(personaSummarySchema, {
      /** How many subscriptions the persona holds each role on. */
      roles: z.partialRecord(roleDefinitionNameSchema, z.number()),
    }),
  ),
  faults: z.array(faultRuleSchema),
  /** The effective default latency: the override when set, else the environment's default. */
  latencyMs: z.number(),
  latencyOverrideMs: z.nullable(z.number()),
  notice: z.optional(noticeSchema),
  storeVersion: z.number(),
});
export type DemoState = z.infer<typeof demoStateSchema>;
