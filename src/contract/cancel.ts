import { z } from '@/contract/zod';

/** R3: the documented cancellation reasons (the domain uses this list). */
export const CANCEL_REASON_CODES = [
  'no-longer-needed',
  'too-expensive',
  'moving-to-another-subscription',
  'switching-provider',
  'created-by-mistake',
  'not-satisfied',
  'other',
] as const;
export type CancelReasonCode = (typeof CANCEL_REASON_CODES)[number];

/** R3: the longest comment the API accepts, counted after trimming (the domain checks it). */
export const CANCEL_COMMENT_MAX_LENGTH = 1000;

/**
 * The portal's cancel body (R3). Optional on the wire: real ARM, the SDK and the CLI send none, and
 * the mock accepts that as ARM does; when a body is sent, these rules apply.
 */
export const cancelRequestSchema = z.object({
  /** Must equal the subscription's display name exactly. */
  confirmation: z.string(),
  reason: z.enum(CANCEL_REASON_CODES),
  /** Optional for every reason, `other` included; `null` counts as none. */
  comment: z.optional(z.nullable(z.string().check(z.maxLength(CANCEL_COMMENT_MAX_LENGTH)))),
});
export type CancelRequest = z.infer<typeof cancelRequestSchema>;

/** `POST .../Microsoft.Subscription/rename` body; 1–64 characters, none of `< > ; | % & \ ? /`. */
export const renameRequestSchema = z.object({ subscriptionName: z.string() });
export type RenameRequest = z.infer<typeof renameRequestSchema>;

export const RENAME_FORBIDDEN_CHARACTERS = ['<', '>', ';', '|', '%', '&', '\\', '?', '/'] as const;
export const RENAME_MAX_LENGTH = 64;

/** cancel, enable and rename answer 200 `{ subscriptionId }` (the schema lives with the subscription). */
export { subscriptionOpResultSchema, type SubscriptionOpResult } from './subscriptions';
