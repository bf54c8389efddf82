import { built, z } from '@/contract/zod';
import { armListSchema } from '@/contract/arm-list';

// Our documented billing read (docs/contract.md §billing). The shape borrows the real
// Microsoft.Billing/billingSubscriptions resource envelope and carries, in `properties`, every
// date, amount and phase the UI shows, so the UI derives nothing (R4, R5, R7, R8, R9, R10, R11).

/** An ISO 8601 instant, UTC. */
const isoDate = z.lazy(() => z.string());
const money = z.lazy(() => z.object({ amount: z.number(), currency: z.string() }));

export const lifecyclePhaseSchema = z.lazy(() =>
  z.enum(['active', 'cancellation-pending', 'disabled', 'deleted', 'reactivation-pending']),
);
export type LifecyclePhase = z.infer<typeof lifecyclePhaseSchema>;

export const cancellationInfoSchema = z.lazy(() =>
  z.object({
    requestedAt: isoDate,
    /** The requester's user principal name. */
    requestedBy: z.string(),
    /** Absent when the request carried no body (the SDK and CLI send none). */
    reason: z.optional(z.string()),
    comment: z.optional(z.string()),
    /** R4: billing stops the instant the request is accepted. */
    billingStoppedAt: isoDate,
    /** R5: requestedAt + 10 min, the latest time the cancellation shows; the exact delay stays hidden until then. */
    showsInPortalBy: isoDate,
    /** R6: present only once the cancellation shows. */
    disabledAt: z.optional(isoDate),
    /** R7 */
    finalInvoiceDate: isoDate,
    finalInvoiceAmount: z.number(),
    /** R9 */
    dataDeletionDate: isoDate,
    /** R10 / R11 */
    reactivationDeadline: isoDate,
  }),
);
export type CancellationInfo = z.infer<typeof cancellationInfoSchema>;

export const billingLifecycleSchema = z.lazy(() =>
  z.object({
    phase: lifecyclePhaseSchema,
    cancellation: z.optional(cancellationInfoSchema),
    reactivation: z.optional(
      z.object({ reactivatedAt: isoDate, via: z.enum(['self-service', 'support']) }),
    ),
    /** R11: a support request that will bring the subscription back at `expectedAt`. */
    pendingReactivation: z.optional(z.object({ ticketName: z.string(), expectedAt: isoDate })),
  }),
);
export type BillingLifecycle = z.infer<typeof billingLifecycleSchema>;

export const supportPlanBillingSchema = z.lazy(() =>
  z.object({
    name: z.string(),
    monthlyPrice: z.number(),
    currency: z.string(),
    status: z.enum(['Active', 'Cancelled']),
    /** R8: the 6 monthly charges still due after a cancellation (empty while Active). */
    charges: z.array(z.object({ date: isoDate, amount: z.number() })),
    total: z.number(),
    lastChargeDate: z.optional(isoDate),
  }),
);
export type SupportPlanBilling = z.infer<typeof supportPlanBillingSchema>;

export const invoiceSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    date: isoDate,
    amount: z.number(),
    currency: z.string(),
    status: z.enum(['Paid', 'Due', 'Scheduled']),
    final: z.boolean(),
  }),
);
export type Invoice = z.infer<typeof invoiceSchema>;

/** A billing subscription's `properties`. */
export const billingPropertiesSchema = z.lazy(() =>
  z.object({
    subscriptionId: z.string(),
    displayName: z.string(),
    offerName: z.string(),
    offerId: z.string(),
    quotaId: z.string(),
    reactivationPath: z.enum(['self-service', 'support']),
    currency: z.string(),
    billingStatus: z.enum(['Active', 'Stopped']),
    currentPeriod: z.object({ start: isoDate, end: isoDate, invoiceDate: isoDate }),
    /** Spend this period; frozen once billing stops (R4). */
    monthToDateCharges: money,
    lifecycle: billingLifecycleSchema,
    supportPlan: z.optional(supportPlanBillingSchema),
    invoices: z.array(invoiceSchema),
    creditRemaining: z.optional(money),
  }),
);

export const billingSubscriptionSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    /** The subscription id, as the real billingSubscriptions resource names itself. */
    name: z.string(),
    type: z.literal('Microsoft.Billing/billingSubscriptions'),
    properties: billingPropertiesSchema,
  }),
);
export type BillingSubscription = z.infer<typeof billingSubscriptionSchema>;

export const billingSubscriptionListSchema = armListSchema(billingSubscriptionSchema);

/**
 * `$select` on the billing list (our documented choice, as OData's `$select`): comma-separated names
 * of `properties`; each item then carries only those, plus `subscriptionId`. For a list that shows
 * a few columns of thousands of subscriptions. Any other name answers 400.
 */
export function billingPropertyNames(): readonly BillingProperty[] {
  // Read once: the mock asks for every `$select` name of every billing read.
  propertyNames ??= z.keyof(built(billingPropertiesSchema)).options;
  return propertyNames;
}
let propertyNames: readonly BillingProperty[] | undefined;
export type BillingProperty = keyof BillingSubscription['properties'];
