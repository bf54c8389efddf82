import { z } from '@/contract/zod';

/** ARM's error envelope: `{ "error": { "code": "...", "message": "..." } }`. */
export const armErrorSchema = z.lazy(() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      target: z.optional(z.string()),
      details: z.optional(z.array(z.object({ code: z.string(), message: z.string() }))),
    }),
  }),
);
export type ArmErrorBody = z.infer<typeof armErrorSchema>;

/** @public The contract's list of error codes, read by its documentation. Real ARM codes where one exists; the 409 conflicts of R14 are documented in docs/contract.md. */
export const ARM_ERROR_CODES = [
  'AuthenticationFailed',
  'AuthorizationFailed',
  'SubscriptionNotFound',
  'ResourceNotFound',
  'ResourceGroupNotFound',
  'ReadOnlyDisabledSubscription',
  'InvalidApiVersionParameter',
  'InvalidRequestContent',
  'InvalidSubscriptionName',
  'SubscriptionNotActive',
  'SubscriptionAlreadyCanceled',
  'SubscriptionNotCanceled',
  'ReactivationRequiresSupport',
  'SubscriptionDeleted',
  'InternalServerError',
  'ServiceUnavailable',
  'RequestTimeout',
] as const;
