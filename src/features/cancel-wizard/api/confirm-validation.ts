import type { WizardDraft } from '@/features/cancel-wizard/api/wizard-draft';

export type ConfirmProblem = 'reason' | 'name';

/**
 * R3, as the form explains it before sending: a reason from the list and the subscription's exact
 * name, case-sensitive. The comment is optional for every reason, Other included, as the API accepts
 * it. The API checks the same and answers 400 otherwise; this only lets the form say what is missing.
 */
export function confirmProblems(draft: WizardDraft, displayName: string): ConfirmProblem[] {
  const problems: ConfirmProblem[] = [];
  if (draft.reason === null) problems.push('reason');
  if (draft.confirmation !== displayName) problems.push('name');
  return problems;
}
