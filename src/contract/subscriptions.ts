import { z } from '@/contract/zod';
import { armListSchema } from '@/contract/arm-list';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A subscription id is a GUID; anything else cannot exist, so no call need be made for it. */
export function isSubscriptionId(value: string): boolean {
  return GUID.test(value);
}

/** ARM `state` of a subscription (Microsoft.Resources/subscriptions, 2022-12-01). */
export const SUBSCRIPTION_STATES = ['Enabled', 'Warned', 'PastDue', 'Disabled', 'Deleted'] as const;
export const subscriptionStateSchema = z.lazy(() => z.enum(SUBSCRIPTION_STATES));
export type SubscriptionState = z.infer<typeof subscriptionStateSchema>;

export const subscriptionSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    subscriptionId: z.string(),
    tenantId: z.string(),
    displayName: z.string(),
    state: subscriptionStateSchema,
    subscriptionPolicies: z.object({
      locationPlacementId: z.string(),
      quotaId: z.string(),
      spendingLimit: z.enum(['On', 'Off', 'CurrentPeriodOff']),
    }),
    authorizationSource: z.string(),
    tags: z.optional(z.record(z.string(), z.string())),
  }),
);
export type Subscription = z.infer<typeof subscriptionSchema>;

export const subscriptionListSchema = armListSchema(subscriptionSchema);

/** cancel, enable and rename all answer 200 `{ subscriptionId }` (Microsoft.Subscription 2021-10-01). */
export const subscriptionOpResultSchema = z.lazy(() => z.object({ subscriptionId: z.string() }));
export type SubscriptionOpResult = z.infer<typeof subscriptionOpResultSchema>;
