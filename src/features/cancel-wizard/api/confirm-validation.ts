import type { WizardDraft } from '@/features/cancel-wizard/api/wizard-draft';

export type ConfirmProblem = 'reason' | 'comment' | 'name';

/**
 * R3, as the form explains it before sending: a reason from the list (with words when it is
 * "other") and the subscription's exact name, case-sensitive. The API checks the same and answers
 * 400 otherwise; this only lets the form say what is missing.
 */
export function confirmProblems(draft: WizardDraft, displayName: string): ConfirmProblem[] {
  const problems: ConfirmProblem[] = [];
  if (draft.reason === null) problems.push('reason');
  if (draft.reason === 'other' && draft.comment.trim() === '') problems.push('comment');
  if (draft.confirmation !== displayName) problems.push('name');
  return problems;
}
