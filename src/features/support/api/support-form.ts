import {
  problemTypeSchema,
  TICKET_TITLE_MAX_LENGTH,
  type SupportTicketCreate,
} from '@/contract/support';
import { codePointLength } from '@/contract/text';

export type ProblemType = SupportTicketCreate['properties']['problemType'];

/** The order the form lists them in. */
export const PROBLEM_TYPE_OPTIONS: readonly ProblemType[] = [
  'billing',
  'subscription-reactivation',
  'technical',
  'subscription-management',
  'quota',
];

/**
 * The form asks for a shorter title than the API accepts (the contract's 200): a title is shown on
 * one line in the support list and in Notifications, and 140 characters still fit there. Scripts
 * and SDKs that PUT longer titles keep the contract's limit.
 */
export const TITLE_MAX = Math.min(140, TICKET_TITLE_MAX_LENGTH);
export const DESCRIPTION_MIN = 10;

export interface SupportForm {
  subscriptionId: string | null;
  problemType: ProblemType | null;
  title: string;
  description: string;
}

export type SupportFormProblem =
  'subscription' | 'problemType' | 'titleEmpty' | 'titleTooLong' | 'descriptionTooShort';

export function supportFormProblems(form: SupportForm): SupportFormProblem[] {
  const problems: SupportFormProblem[] = [];
  if (!form.subscriptionId) problems.push('subscription');
  if (!form.problemType) problems.push('problemType');
  const title = form.title.trim();
  if (title === '') problems.push('titleEmpty');
  else if (codePointLength(title) > TITLE_MAX) problems.push('titleTooLong');
  if (codePointLength(form.description.trim()) < DESCRIPTION_MIN)
    problems.push('descriptionTooShort');
  return problems;
}

/** R13: every "Contact support" link prefills the form through `?subscriptionId=&problemType=`. */
export function formFromQuery(params: URLSearchParams): SupportForm {
  const problemType = problemTypeSchema.safeParse(params.get('problemType'));
  return {
    subscriptionId: params.get('subscriptionId') || null,
    problemType: problemType.success ? problemType.data : null,
    title: '',
    description: '',
  };
}

/** The title's length as the form counts it and the API does: characters (code points), trimmed. */
export function titleLength(title: string): number {
  return codePointLength(title.trim());
}
