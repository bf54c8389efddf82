import { z } from '@/contract/zod';

/**
 * Our documented impact preview for the cancel wizard's Review step (R4–R11):
 * `GET /subscriptions/{id}/providers/Microsoft.Subscription/cancelPreview?api-version=2021-10-01`.
 * The engine computes every figure as if the cancellation were accepted at the time of the read, so
 * the wizard shows exact dates and amounts without deriving any rule itself.
 */
export const cancelPreviewSchema = z.lazy(() =>
  z.object({
    subscriptionId: z.string(),
    /** The instant the figures were computed for ("if you cancel now"). */
    computedAt: z.string(),
    /** R4 */
    billingStopsAt: z.string(),
    /** R5: the latest time the cancellation shows in the portal (computedAt + 10 minutes). */
    showsInPortalBy: z.string(),
    /** R6: what will be disabled, counted from the subscription's live resources. */
    disables: z.object({
      virtualMachinesDeallocated: z.int(),
      dynamicIpsReleased: z.int(),
      storageAccountsReadOnly: z.int(),
      webAppsStopped: z.int(),
    }),
    /** R7: the standard invoice date of the current period, and the usage it covers so far. */
    finalInvoiceDate: z.string(),
    finalInvoiceAmount: z.object({ amount: z.number(), currency: z.string() }),
    /** R8 */
    supportPlan: z.optional(
      z.object({
        name: z.string(),
        monthlyPrice: z.number(),
        currency: z.string(),
        chargeCount: z.int(),
        total: z.number(),
        lastChargeDate: z.string(),
      }),
    ),
    /** R9 */
    dataDeletionDate: z.string(),
    /** R10 / R11 */
    reactivationDeadline: z.string(),
    reactivationPath: z.enum(['self-service', 'support']),
  }),
);
export type CancelPreview = z.infer<typeof cancelPreviewSchema>;
