import { z } from '@/contract/zod';
import { CANCEL_COMMENT_MAX_LENGTH, CANCEL_REASON_CODES } from '@/contract/cancel';

// What the user has entered so far, kept per subscription in sessionStorage so Back, Forward and a
// reload keep it; cleared once the cancellation is submitted. Read back through a schema, so a stale
// or hand-edited entry is dropped instead of half-applied.

const draftSchema = z.lazy(() =>
  z.object({
    acknowledged: z.boolean(),
    reason: z.nullable(z.enum(CANCEL_REASON_CODES)),
    comment: z.string().check(z.maxLength(CANCEL_COMMENT_MAX_LENGTH)),
    confirmation: z.string().check(z.maxLength(200)),
  }),
);
export type WizardDraft = z.infer<typeof draftSchema>;

export const EMPTY_DRAFT: WizardDraft = {
  acknowledged: false,
  reason: null,
  comment: '',
  confirmation: '',
};

const PREFIX = 'azclone.cancel-wizard.v1.';

function storageKey(subscriptionId: string): string {
  return PREFIX + subscriptionId.toLowerCase();
}

export function loadDraft(subscriptionId: string): WizardDraft {
  try {
    const raw = sessionStorage.getItem(storageKey(subscriptionId));
    if (raw === null) return EMPTY_DRAFT;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_DRAFT;
  } catch {
    // Unreadable JSON or storage switched off: start from an empty form.
    return EMPTY_DRAFT;
  }
}

export function saveDraft(subscriptionId: string, draft: WizardDraft): void {
  try {
    sessionStorage.setItem(storageKey(subscriptionId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the wizard still works, it only forgets on reload.
  }
}

export function clearDraft(subscriptionId: string): void {
  try {
    sessionStorage.removeItem(storageKey(subscriptionId));
  } catch {
    // Nothing to clear when storage is blocked.
  }
}
