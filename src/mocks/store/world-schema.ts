import { CANCEL_COMMENT_MAX_LENGTH } from '@/contract/cancel';
import {
  CONTACT_EMAIL_RULE,
  TICKET_DESCRIPTION_RULE,
  TICKET_NAME_PATTERN,
  TICKET_TITLE_RULE,
} from '@/contract/support';
import { codePointLength, textProblem, type TextRule } from '@/contract/text';
import { isWorldInstant, WORLD_INSTANT_RANGE_TEXT, WORLD_LIMITS } from '@/contract/world-limits';
import { z } from '@/contract/zod';
import { MAX_PROPAGATION_DELAY_MS } from '@/domain/dates';
import { CANCEL_REASON_CODES } from '@/domain/model';
import { isValidResourceGroupName } from '@/domain/move';
import { isValidContainerName, isValidImageName } from '@/contract/resource-names';
import {
  DESK_REPLY_CODES,
  PROBLEM_TYPES,
  SEVERITIES,
  TICKET_REFUSAL_CODES,
} from '@/domain/support-ticket';
import { OFFER_KEYS, type OfferKey } from '@/domain/offers';
import { ROLES, type Role } from '@/domain/roles';

// The field rules of a stored World: what each value may be when the API wrote it. Objects are
// strict: the API never writes a field the model does not declare, so one in a snapshot or a saved
// state is refused (it could only be padding). The key-coverage test (world-schema.test.ts) fails
// when the domain adds a field this schema does not check yet. Rules that relate fields to each
// other or to the scenario (persona ids, dates in order, ids that exist) are world-validator.ts's.

/** A JSON value quoted in a message, cut short: a refusal names the value, never repeats 1 MB of it. */
export function quoteValue(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A check that words its own refusal with the value it got. */
function rule<T>(accepts: (value: T) => boolean, reason: string) {
  return z.superRefine<T>((value, ctx) => {
    if (!accepts(value))
      ctx.issues.push({
        code: 'custom',
        message: `${reason} (got ${quoteValue(value)})`,
        input: value,
      });
  });
}

const instant = z.lazy(() =>
  z
    .number()
    .check(
      rule(
        isWorldInstant,
        `must be a whole-millisecond instant within ${WORLD_INSTANT_RANGE_TEXT}`,
      ),
    ),
);
const amount = z.lazy(() =>
  z
    .number()
    .check(
      rule(
        (n: number) => n >= 0 && n <= WORLD_LIMITS.amount,
        `must be an amount from 0 to ${WORLD_LIMITS.amount}`,
      ),
    ),
);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guid = z.lazy(() => z.string().check(rule((s: string) => GUID.test(s), 'must be a GUID')));

/** Free text held to a contract rule (contract/text.ts), as the API stored it: trimmed. */
function text(textRule: TextRule, options: { trimmed: boolean }) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const problem =
        options.trimmed && value !== value.trim()
          ? 'must be trimmed, as the API stores it'
          : textProblem(value, textRule);
      if (problem !== undefined)
        ctx.issues.push({ code: 'custom', message: problem, input: value });
    }),
  );
}

/** Names, ids and codes the API or the scenario writes: short, one line, no control characters. */
const shortText = z.lazy(() =>
  text({ min: 1, max: WORLD_LIMITS.shortTextLength, multiline: false }, { trimmed: false }),
);
const ARM_NAME = /^[A-Za-z0-9][\w.()-]{0,259}$/;
const armName = z.lazy(() =>
  z
    .string()
    .check(
      rule(
        (s: string) => ARM_NAME.test(s),
        "must be 1–260 letters, digits, '_', '-', '.', '(' or ')'",
      ),
    ),
);
const resourceGroupName = z.lazy(() =>
  z.string().check(rule(isValidResourceGroupName, 'must be a resource group name')),
);
const location = z.lazy(() =>
  z.string().check(rule((s: string) => /^[a-z0-9]{1,64}$/.test(s), 'must be a location name')),
);

function boundedArray<T extends z.ZodMiniType>(item: T, max: number) {
  return z.array(item).check(z.maxLength(max, { error: `must hold at most ${max} items` }));
}

const tags = z.lazy(() =>
  z.optional(
    z
      .record(
        z.string().check(z.minLength(1), z.maxLength(WORLD_LIMITS.tagNameLength)),
        z.string().check(z.maxLength(WORLD_LIMITS.tagValueLength)),
      )
      .check(
        rule(
          (t: Record<string, string>) => Object.keys(t).length <= WORLD_LIMITS.tags,
          `must hold at most ${WORLD_LIMITS.tags} tags`,
        ),
      ),
  ),
);
const offerKey = z.lazy(() => z.enum(OFFER_KEYS as [OfferKey, ...OfferKey[]]));
const role = z.lazy(() => z.enum(ROLES as [Role, ...Role[]]));
const problemType = z.lazy(() => z.enum(PROBLEM_TYPES));
const supportPlanKey = z.lazy(() => z.enum(['Developer', 'Standard', 'ProfessionalDirect']));
// R5: 0 < d ≤ 10 minutes.
const propagationDelayMs = z.lazy(() =>
  z.int().check(z.positive(), z.maximum(MAX_PROPAGATION_DELAY_MS)),
);

export const personaSchema = z.lazy(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    displayName: shortText,
    userPrincipalName: shortText,
    tenantId: guid,
    directoryName: shortText,
  }),
);

export const cancellationRecordSchema = z.lazy(() =>
  z.strictObject({
    requestedAt: instant,
    requestedBy: shortText,
    reason: z.optional(z.enum(CANCEL_REASON_CODES)),
    // The cancel command trims the comment and keeps at most CANCEL_COMMENT_MAX_LENGTH UTF-16 units.
    comment: z.optional(
      z
        .string()
        .check(
          rule(
            (s: string) =>
              s.length > 0 && s === s.trim() && codePointLength(s) <= CANCEL_COMMENT_MAX_LENGTH,
            `must be a trimmed comment of 1–${CANCEL_COMMENT_MAX_LENGTH} characters`,
          ),
        ),
    ),
    propagationDelayMs,
    supportPlan: z.optional(supportPlanKey),
    reactivatedAt: z.optional(instant),
    reactivatedBy: z.optional(shortText),
    reactivatedVia: z.optional(z.enum(['self-service', 'support'])),
    reactivationTicket: z.optional(
      z
        .string()
        .check(rule((s: string) => TICKET_NAME_PATTERN.test(s), 'must be a support ticket name')),
    ),
  }),
);

export const storedSubscriptionSchema = z.lazy(() =>
  z.strictObject({
    subscriptionId: guid,
    // The rename rule is checked with the scenario (world-validator.ts): it needs the name as kept.
    displayName: z.string().check(z.maxLength(WORLD_LIMITS.shortTextLength)),
    tenantId: guid,
    offer: offerKey,
    createdAt: instant,
    billingAnchorDay: z.int().check(z.minimum(1), z.maximum(31)),
    currency: z
      .string()
      .check(rule((s: string) => /^[A-Z]{3}$/.test(s), 'must be an ISO 4217 currency code')),
    usagePerHour: amount,
    supportPlan: z.optional(supportPlanKey),
    propagationDelayMs,
    roles: z.record(z.string().check(z.maxLength(64)), role),
    spendingLimit: z.enum(['On', 'Off', 'CurrentPeriodOff']),
    creditRemaining: z.optional(amount),
    flag: z.optional(z.enum(['PastDue', 'Warned'])),
    cancellations: boundedArray(
      cancellationRecordSchema,
      WORLD_LIMITS.cancellationsPerSubscription,
    ),
    resourceGroups: boundedArray(resourceGroupName, WORLD_LIMITS.resourceGroupsPerSubscription),
    tags,
    accountAdmin: z.optional(z.strictObject({ displayName: shortText, email: shortText })),
  }),
);

const resourceBase = {
  id: z.string().check(z.maxLength(WORLD_LIMITS.shortTextLength)),
  subscriptionId: guid,
  resourceGroup: resourceGroupName,
  name: armName,
  location,
  tags,
};

export const storedResourceSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      ...resourceBase,
      type: z.literal('Microsoft.Compute/virtualMachines'),
      powerState: z.enum(['running', 'stopped', 'deallocated']),
      powerChangedAt: instant,
      publicIp: z.optional(
        z.strictObject({
          address: z.nullable(
            z
              .string()
              .check(rule((s: string) => /^[0-9a-f.:]{2,45}$/i.test(s), 'must be an IP address')),
          ),
          allocation: z.enum(['Dynamic', 'Static']),
          assignedAt: z.optional(instant),
        }),
      ),
      images: boundedArray(
        z.strictObject({
          name: z.string().check(rule(isValidImageName, 'must be an image name')),
          createdAt: instant,
        }),
        WORLD_LIMITS.imagesPerVirtualMachine,
      ),
    }),
    z.strictObject({
      ...resourceBase,
      type: z.literal('Microsoft.Storage/storageAccounts'),
      containers: boundedArray(
        z.string().check(rule(isValidContainerName, 'must be a container name')),
        WORLD_LIMITS.containersPerStorageAccount,
      ),
    }),
    z.strictObject({
      ...resourceBase,
      type: z.literal('Microsoft.Sql/servers/databases'),
      serverName: armName,
    }),
    z.strictObject({
      ...resourceBase,
      type: z.literal('Microsoft.Web/sites'),
      state: z.enum(['running', 'stopped']),
      changedAt: instant,
    }),
  ]),
);

export const supportTicketRecordSchema = z.lazy(() =>
  z.strictObject({
    name: z
      .string()
      .check(rule((s: string) => TICKET_NAME_PATTERN.test(s), 'must be a support ticket name')),
    subscriptionId: guid,
    problemType,
    title: text(TICKET_TITLE_RULE, { trimmed: true }),
    description: text(TICKET_DESCRIPTION_RULE, { trimmed: true }),
    severity: z.optional(z.enum(SEVERITIES)),
    contactEmail: z.optional(text(CONTACT_EMAIL_RULE, { trimmed: false })),
    createdBy: shortText,
    createdAt: instant,
    resolvedAt: z.optional(instant),
    refusalCode: z.optional(z.enum(TICKET_REFUSAL_CODES)),
    refusalReason: z.optional(shortText),
    // Absent on tickets saved before the desk answered every request (support.ts derives theirs).
    reply: z.optional(
      z.strictObject({
        code: z.enum(DESK_REPLY_CODES),
        cancelledAt: z.optional(instant),
        reactivationPossibleUntil: z.optional(instant),
      }),
    ),
  }),
);

const resourceId = z.lazy(() =>
  z
    .string()
    .check(
      rule(
        (s: string) =>
          s.length <= WORLD_LIMITS.shortTextLength &&
          /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[-\w.()]{1,90}\/providers\/[\w./()-]+$/i.test(
            s,
          ),
        'must be an ARM resource id',
      ),
    ),
);

export const moveRecordSchema = z.lazy(() =>
  z.strictObject({
    at: instant,
    by: shortText,
    sourceSubscriptionId: guid,
    sourceResourceGroup: resourceGroupName,
    targetSubscriptionId: guid,
    targetResourceGroup: resourceGroupName,
    resources: boundedArray(
      z.strictObject({ from: resourceId, to: resourceId }),
      WORLD_LIMITS.resourcesPerMove,
    ).check(z.minLength(1)),
  }),
);

/** The World's own fields; its arrays' items are checked one by one (world-validator.ts). */
export const worldSchema = z.lazy(() =>
  z.strictObject({
    version: z.int(),
    scenario: z.string().check(z.minLength(1), z.maxLength(64)),
    personas: z.array(personaSchema),
    subscriptions: boundedArray(storedSubscriptionSchema, WORLD_LIMITS.subscriptions),
    resources: boundedArray(storedResourceSchema, WORLD_LIMITS.resources),
    tickets: boundedArray(supportTicketRecordSchema, WORLD_LIMITS.supportTickets),
    moves: z.optional(boundedArray(moveRecordSchema, WORLD_LIMITS.moves)),
  }),
);
