import { built, z } from '@/contract/zod';
import { roleDefinitionNameSchema } from './authorization';
import { MAX_DEMO_LATENCY_MS } from './limits';

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

export const faultRuleSchema = z.lazy(() =>
  z.object({
    // Enums and literal lists (not unions) so that a wrong value is answered with the accepted ones.
    operation: z.enum(['*', ...FAULT_OPERATIONS]),
    status: z.optional(z.literal([500, 503, 429])),
    /** Sent as `Retry-After` with 503 and 429. */
    retryAfterSeconds: z.optional(z.int().check(z.minimum(0), z.maximum(3600))),
    /** Extra delay before this operation answers. */
    latencyMs: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_DEMO_LATENCY_MS))),
    /** A network error (the fetch rejects), as when the connection drops. */
    offline: z.optional(z.boolean()),
    /** How many matching requests it still applies to; absent = until cleared. */
    times: z.optional(z.int().check(z.minimum(1))),
  }),
);
export type FaultRule = z.infer<typeof faultRuleSchema>;

/** The most fault rules one set holds (`POST /__demo/faults`, a snapshot's `faults`). */
export const MAX_FAULT_RULES = 50;

/** What a request waits, at most, from the rules that match it plus the latency override. */
function totalLatencyMs(body: { rules: FaultRule[]; latencyMs?: number | null | undefined }) {
  return body.rules.reduce((sum, rule) => sum + (rule.latencyMs ?? 0), body.latencyMs ?? 0);
}

/**
 * `POST /__demo/faults`: replaces the whole set; `{ rules: [] }` clears it. `latencyMs: null`
 * restores the default. At most MAX_FAULT_RULES rules, and their latencies plus `latencyMs` add up
 * to at most MAX_DEMO_LATENCY_MS (120 s), so a set cannot keep a call waiting for hours. A
 * snapshot's `faults` and `latencyOverrideMs` are checked by this same schema.
 */
export const faultsRequestSchema = z.lazy(() =>
  z
    .object({
      rules: z.array(faultRuleSchema).check(
        z.maxLength(MAX_FAULT_RULES, {
          error: `at most ${MAX_FAULT_RULES} fault rules may be set at once`,
        }),
      ),
      latencyMs: z.optional(
        z.nullable(z.int().check(z.minimum(0), z.maximum(MAX_DEMO_LATENCY_MS))),
      ),
    })
    .check(
      z.refine((body) => totalLatencyMs(body) <= MAX_DEMO_LATENCY_MS, {
        error: `the rules' latencies plus the latency override add up to more than ${MAX_DEMO_LATENCY_MS} ms`,
        path: ['rules'],
      }),
    ),
);
export type FaultsRequest = z.infer<typeof faultsRequestSchema>;

export const resetRequestSchema = z.lazy(() =>
  z.object({ scenario: z.string().check(z.minLength(1)) }),
);

/**
 * The simulated clock stays within these instants (UTC, inclusive): far enough either side of any
 * demo, and inside what every date formatter and ISO string handles. A clock move that would leave
 * the range is refused and the clock stays where it was.
 */
export const DEMO_CLOCK_RANGE = {
  min: Date.UTC(2000, 0, 1),
  max: Date.UTC(2200, 0, 1) - 1,
} as const;

export const DEMO_CLOCK_RANGE_TEXT = `${new Date(DEMO_CLOCK_RANGE.min).toISOString()} to ${new Date(DEMO_CLOCK_RANGE.max).toISOString()} (UTC)`;

export function isInDemoClockRange(epochMs: number): boolean {
  return (
    Number.isFinite(epochMs) && epochMs >= DEMO_CLOCK_RANGE.min && epochMs <= DEMO_CLOCK_RANGE.max
  );
}

// ISO 8601 instants `setIso` accepts: a date-time with `Z` or an offset, a date-time without one
// (read as UTC, the clock's own zone), or a date alone (midnight UTC).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether the text's date and time fields name a real calendar instant: `Date.parse` rolls
 * 2030-02-30 over to 2 March and reads 24:00 as the next day, where a person meant neither.
 */
function isCalendarDateTime(text: string): boolean {
  const fields = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/i.exec(text);
  if (fields === null) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = fields
    .slice(1)
    .map((field) => (field === undefined ? undefined : Number(field)));
  if (year === undefined || month === undefined || day === undefined) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

/** `setIso` as epoch milliseconds, or undefined when it is not an ISO 8601 date or date-time. */
export function parseSetIso(value: string): number | undefined {
  const text = value.trim();
  if (!isCalendarDateTime(text)) return undefined;
  let normalised: string;
  if (ISO_DATE.test(text)) normalised = `${text}T00:00:00Z`;
  else if (ISO_DATE_TIME.test(text))
    normalised = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
  else return undefined;
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? undefined : ms;
}

export const CLOCK_REQUEST_FIELDS = ['advanceMs', 'setIso', 'reset'] as const;

/**
 * `POST /__demo/clock`: one of the three fields. A body with several was always accepted (advanceMs
 * wins, then setIso, then reset) and stays accepted: the contract only grows. Each wrong value is
 * answered with its own reason.
 */
export const clockRequestSchema = z.lazy(() =>
  z
    .object({
      advanceMs: z.optional(
        z.number({ error: 'advanceMs must be a finite number of milliseconds' }),
      ),
      setIso: z.optional(
        z.string({ error: 'setIso must be an ISO 8601 date-time string' }).check(
          z.refine((value) => parseSetIso(value) !== undefined, {
            error:
              "setIso must be an ISO 8601 date or date-time, such as '2026-03-15T09:00:00Z' (no offset means UTC)",
          }),
        ),
      ),
      reset: z.optional(z.literal(true, { error: 'reset must be true (to go back to real time)' })),
    })
    .check(
      z.refine((body) => CLOCK_REQUEST_FIELDS.some((field) => body[field] !== undefined), {
        error: 'Send one of advanceMs, setIso or reset: true',
      }),
    ),
);
/** What the Demo panel sends; the schema above also says why anything else is refused. */
export type ClockRequest = { advanceMs: number } | { setIso: string } | { reset: true };

export const clockStateSchema = z.lazy(() => z.object({ now: z.string(), offsetMs: z.number() }));
export type ClockState = z.infer<typeof clockStateSchema>;

export const personaRequestSchema = z.lazy(() =>
  z.object({ id: z.string().check(z.minLength(1)) }),
);

export const personaSummarySchema = z.lazy(() =>
  z.object({
    id: z.string(),
    displayName: z.string(),
    userPrincipalName: z.string(),
  }),
);

export const noticeSchema = z.lazy(() =>
  z.object({
    code: z.literal('state-reset'),
    /** Why the saved state was replaced by the scenario (corrupted, older version, …). */
    reason: z.string(),
  }),
);
export type DemoNotice = z.infer<typeof noticeSchema>;

export const demoStateSchema = z.lazy(() =>
  z.object({
    scenario: z.string(),
    scenarios: z.array(z.string()),
    now: z.string(),
    offsetMs: z.number(),
    persona: personaSummarySchema,
    personas: z.array(
      z.extend(built(personaSummarySchema), {
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
  }),
);
export type DemoState = z.infer<typeof demoStateSchema>;

/** `GET /__demo/health`: the mock answers (contract §6). */
export const healthSchema = z.lazy(() =>
  z.object({
    status: z.literal('ready'),
    /** The package's version (package.json). */
    version: z.string().check(z.minLength(1)),
    /** The scenario currently loaded. */
    scenario: z.string(),
  }),
);
export type Health = z.infer<typeof healthSchema>;

/** The portal's languages: `lang=` on any URL (contract §3) and a snapshot's `language`. */
export const LANGUAGES = ['en-US', 'zh-CN'] as const;

export const DEMO_SNAPSHOT_FORMAT = 'azure-subscriptions-demo';
export const DEMO_SNAPSHOT_VERSION = 1;

/**
 * `GET /__demo/snapshot` answers it, `PUT /__demo/snapshot` takes it back (contract §8): everything
 * the mock holds. The language is the portal's own setting (kept by the app), so it is not here; a
 * `language` sent in a PUT is checked and left to the portal. A field this version does not know
 * is refused rather than dropped without a word.
 */
export const demoSnapshotSchema = z.lazy(() =>
  z.strictObject({
    format: z.literal(DEMO_SNAPSHOT_FORMAT),
    version: z.literal(DEMO_SNAPSHOT_VERSION),
    /** The simulated clock when it was taken. Informative: a PUT restores `clockOffsetMs`. */
    takenAt: z.optional(z.string().check(z.maxLength(64))),
    scenario: z.string().check(z.minLength(1), z.maxLength(64)),
    /** The clock reading the scenario was built at; the world is stored as changes from it. */
    scenarioLoadedAt: z.number().check(
      z.refine(isInDemoClockRange, {
        error: `must be an instant within the clock's range, ${DEMO_CLOCK_RANGE_TEXT}`,
      }),
    ),
    /** The simulated clock minus the system clock; the mock also checks the sum is in range. */
    clockOffsetMs: z.number().check(
      z.refine((offset) => Math.abs(offset) <= DEMO_CLOCK_RANGE.max - DEMO_CLOCK_RANGE.min, {
        error: `must keep the simulated clock within its range, ${DEMO_CLOCK_RANGE_TEXT}`,
      }),
    ),
    /** The signed-in persona's id. */
    persona: z.string().check(z.minLength(1), z.maxLength(64)),
    /** With `latencyOverrideMs`, within `POST /__demo/faults`'s limits (faultsRequestSchema). */
    faults: z.array(faultRuleSchema).check(
      z.maxLength(MAX_FAULT_RULES, {
        error: `at most ${MAX_FAULT_RULES} fault rules may be set at once`,
      }),
    ),
    latencyOverrideMs: z.nullable(z.int().check(z.minimum(0), z.maximum(MAX_DEMO_LATENCY_MS))),
    /** The mock's saved-state layout version (`storeVersion` of `GET /__demo/state`). */
    storeVersion: z.int(),
    /** Identifies the scenario data the world's changes apply to. */
    baseFingerprint: z.string().check(z.maxLength(64)),
    /**
     * The world as changes from the scenario: opaque to clients, checked whole by the mock on PUT
     * (only what the API could have reached, within the maxima of contract/world-limits.ts).
     */
    world: z.record(z.string(), z.unknown()),
    language: z.optional(z.enum(LANGUAGES)),
  }),
);
export type DemoSnapshot = z.infer<typeof demoSnapshotSchema>;

/** Built-in moments of the seed's story (contract §8), each relative to the clock when loaded. */
export const DEMO_MOMENT_IDS = [
  'seed-start',
  'just-cancelled',
  'disabled',
  'day-89',
  'deleted',
] as const;
export type DemoMomentId = (typeof DEMO_MOMENT_IDS)[number];

export const momentRequestSchema = z.lazy(() => z.object({ id: z.string().check(z.minLength(1)) }));
