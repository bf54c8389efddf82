import { z } from '@/contract/zod';
import { codePointLength, refusedCharacter, textSchema, type TextRule } from './text';

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

/** R3: the longest comment the API accepts, in characters (code points) after trimming. */
export const CANCEL_COMMENT_MAX_LENGTH = 1000;

/** R3: the optional comment is free text of several lines (contract/text.ts). */
export const CANCEL_COMMENT_RULE: TextRule = {
  min: 0,
  max: CANCEL_COMMENT_MAX_LENGTH,
  multiline: true,
};

/**
 * The portal's cancel body (R3). Optional on the wire: real ARM, the SDK and the CLI send none, and
 * the mock accepts that as ARM does; when a body is sent, these rules apply.
 */
export const cancelRequestSchema = z.lazy(() =>
  z.object({
    /** Must equal the subscription's display name exactly. */
    confirmation: z.string(),
    reason: z.enum(CANCEL_REASON_CODES),
    /** Optional for every reason, `other` included; `null` counts as none. */
    comment: z.optional(z.nullable(textSchema(CANCEL_COMMENT_RULE, { trim: true }))),
  }),
);
export type CancelRequest = z.infer<typeof cancelRequestSchema>;

export const RENAME_FORBIDDEN_CHARACTERS = ['<', '>', ';', '|', '%', '&', '\\', '?', '/'] as const;
/** Characters (code points), so 64 emoji are a valid name. */
export const RENAME_MAX_LENGTH = 64;

/** Why a name breaks the rename rule; the domain words it for the API, the portal's form for people. */
export type SubscriptionNameProblem =
  | { kind: 'empty' }
  | { kind: 'too-long'; max: number; length: number }
  | { kind: 'forbidden'; characters: string[] }
  /** A control character, line break, bidirectional override or lone surrogate, named `U+XXXX`. */
  | { kind: 'control'; character: string; position: number };

/**
 * The name a rename stores: trimmed, except that a name of spaces only is kept as sent (it is 1–64
 * characters with none of the forbidden ones, which the public contract accepts).
 */
export function keptSubscriptionName(name: string): string {
  const trimmed = name.trim();
  return trimmed.length === 0 ? name : trimmed;
}

/**
 * The rename rule (contract §1, §9), one copy for the API, the portal's form and the snapshot
 * check: 1–64 characters counted as code points, none of `< > ; | % & \ ? /`, and no control
 * characters, line breaks, bidirectional overrides or lone surrogates (contract/text.ts).
 * `name` is checked as it would be kept (keptSubscriptionName).
 */
export function subscriptionNameProblem(name: string): SubscriptionNameProblem | undefined {
  if (name.length === 0) return { kind: 'empty' };
  const kept = keptSubscriptionName(name);
  const length = codePointLength(kept);
  if (length > RENAME_MAX_LENGTH) return { kind: 'too-long', max: RENAME_MAX_LENGTH, length };
  const control = refusedCharacter(kept, false);
  if (control !== undefined)
    return { kind: 'control', character: control.codePoint, position: control.position };
  const forbidden = RENAME_FORBIDDEN_CHARACTERS.filter((c) => kept.includes(c));
  return forbidden.length > 0 ? { kind: 'forbidden', characters: [...forbidden] } : undefined;
}

/** The API's sentence for a problem, naming the body's field (`subscriptionName`). */
export function describeSubscriptionNameProblem(problem: SubscriptionNameProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'subscriptionName: the subscription name cannot be empty.';
    case 'too-long':
      return `subscriptionName: the subscription name must be at most ${problem.max} characters, counted as Unicode code points (it has ${problem.length}).`;
    case 'forbidden':
      return `subscriptionName: the subscription name cannot contain these characters: ${RENAME_FORBIDDEN_CHARACTERS.join(' ')} (found ${problem.characters.join(' ')}).`;
    case 'control':
      return `subscriptionName: the subscription name must not contain control characters, line breaks, line or paragraph separators, bidirectional overrides or unpaired surrogates (found ${problem.character} at character ${problem.position}).`;
  }
}

/** `POST .../Microsoft.Subscription/rename` body; the name keeps to subscriptionNameProblem's rule. */
export const renameRequestSchema = z.lazy(() =>
  z.object({
    subscriptionName: z.string().check(
      z.superRefine((name, ctx) => {
        const problem = subscriptionNameProblem(name);
        if (problem === undefined) return;
        const message = describeSubscriptionNameProblem(problem).replace(/^subscriptionName: /, '');
        ctx.issues.push({ code: 'custom', message, input: name });
      }),
    ),
  }),
);
export type RenameRequest = z.infer<typeof renameRequestSchema>;

/** cancel, enable and rename answer 200 `{ subscriptionId }` (the schema lives with the subscription). */
export { subscriptionOpResultSchema, type SubscriptionOpResult } from './subscriptions';
