import { z } from '@/contract/zod';
import { MAX_PROPAGATION_DELAY_MS } from '@/domain/dates';
import { CANCEL_REASON_CODES, type World } from '@/domain/model';
import {
  DESK_REPLY_CODES,
  PROBLEM_TYPES,
  SEVERITIES,
  TICKET_REFUSAL_CODES,
} from '@/domain/support-ticket';
import { OFFER_KEYS, type OfferKey } from '@/domain/offers';
import { ROLES, type Role } from '@/domain/roles';

// Validates a saved World before it is trusted. Objects are `loose` so a field the domain adds
// later survives a save/load round-trip instead of being silently stripped; the key-coverage test
// (world-schema.test.ts) fails when the domain adds a field this schema does not check yet.

const epochMs = z.number();
const tags = z.optional(z.record(z.string(), z.string()));
const offerKey = z.enum(OFFER_KEYS as [OfferKey, ...OfferKey[]]);
const role = z.enum(ROLES as [Role, ...Role[]]);
const problemType = z.enum(PROBLEM_TYPES);
const supportPlanKey = z.enum(['Developer', 'Standard', 'ProfessionalDirect']);
// R5: 0 < d ≤ 10 minutes.
const propagationDelayMs = z.number().check(z.positive(), z.maximum(MAX_PROPAGATION_DELAY_MS));

export const personaSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  displayName: z.string(),
  userPrincipalName: z.string(),
  tenantId: z.string(),
  directoryName: z.string(),
});

export const cancellationRecordSchema = z.looseObject({
  requestedAt: epochMs,
  requestedBy: z.string(),
  reason: z.optional(z.enum(CANCEL_REASON_CODES)),
  comment: z.optional(z.string()),
  propagationDelayMs,
  supportPlan: z.optional(supportPlanKey),
  reactivatedAt: z.optional(epochMs),
  reactivatedBy: z.optional(z.string()),
  reactivatedVia: z.optional(z.enum(['self-service', 'support'])),
  reactivationTicket: z.optional(z.string()),
});

export const storedSubscriptionSchema = z.looseObject({
  subscriptionId: z.string().check(z.minLength(1)),
  displayName: z.string(),
  tenantId: z.string(),
  offer: offerKey,
  createdAt: epochMs,
  billingAnchorDay: z.int().check(z.minimum(1), z.maximum(31)),
  currency: z.string(),
  usagePerHour: z.number().check(z.minimum(0)),
  supportPlan: z.optional(supportPlanKey),
  propagationDelayMs,
  roles: z.record(z.string(), role),
  spendingLimit: z.enum(['On', 'Off', 'CurrentPeriodOff']),
  creditRemaining: z.optional(z.number()),
  flag: z.optional(z.enum(['PastDue', 'Warned'])),
  cancellations: z.array(cancellationRecordSchema),
  resourceGroups: z.array(z.string()),
  tags,
  accountAdmin: z.optional(z.looseObject({ displayName: z.string(), email: z.string() })),
});

const resourceBase = {
  id: z.string().check(z.minLength(1)),
  subscriptionId: z.string(),
  resourceGroup: z.string(),
  name: z.string(),
  location: z.string(),
  tags,
};

export const storedResourceSchema = z.discriminatedUnion('type', [
  z.looseObject({
    ...resourceBase,
    type: z.literal('Microsoft.Compute/virtualMachines'),
    powerState: z.enum(['running', 'stopped', 'deallocated']),
    powerChangedAt: epochMs,
    publicIp: z.optional(
      z.looseObject({
        address: z.nullable(z.string()),
        allocation: z.enum(['Dynamic', 'Static']),
        assignedAt: z.optional(epochMs),
      }),
    ),
    images: z.array(z.looseObject({ name: z.string(), createdAt: epochMs })),
  }),
  z.looseObject({
    ...resourceBase,
    type: z.literal('Microsoft.Storage/storageAccounts'),
    containers: z.array(z.string()),
  }),
  z.looseObject({
    ...resourceBase,
    type: z.literal('Microsoft.Sql/servers/databases'),
    serverName: z.string(),
  }),
  z.looseObject({
    ...resourceBase,
    type: z.literal('Microsoft.Web/sites'),
    state: z.enum(['running', 'stopped']),
    changedAt: epochMs,
  }),
]);

export const supportTicketRecordSchema = z.looseObject({
  name: z.string().check(z.minLength(1)),
  subscriptionId: z.string(),
  problemType,
  title: z.string(),
  description: z.string(),
  severity: z.optional(z.enum(SEVERITIES)),
  contactEmail: z.optional(z.string()),
  createdBy: z.string(),
  createdAt: epochMs,
  resolvedAt: z.optional(epochMs),
  refusalCode: z.optional(z.enum(TICKET_REFUSAL_CODES)),
  refusalReason: z.optional(z.string()),
  // Absent on tickets saved before the desk answered every request (support.ts derives theirs).
  reply: z.optional(
    z.looseObject({
      code: z.enum(DESK_REPLY_CODES),
      cancelledAt: z.optional(epochMs),
      reactivationPossibleUntil: z.optional(epochMs),
    }),
  ),
});

export const moveRecordSchema = z.looseObject({
  at: epochMs,
  by: z.string(),
  sourceSubscriptionId: z.string(),
  sourceResourceGroup: z.string(),
  targetSubscriptionId: z.string(),
  targetResourceGroup: z.string(),
  resources: z.array(z.object({ from: z.string(), to: z.string() })),
});

export const worldSchema = z.looseObject({
  version: z.int(),
  scenario: z.string().check(z.minLength(1)),
  personas: z.array(personaSchema),
  subscriptions: z.array(storedSubscriptionSchema),
  resources: z.array(storedResourceSchema),
  tickets: z.array(supportTicketRecordSchema),
  moves: z.optional(z.array(moveRecordSchema)),
});

/** Validates without copying: callers keep their own (structurally shared) objects. */
export function isValidWorld(value: unknown): value is World {
  return worldSchema.safeParse(value).success;
}
