import type { ReactNode } from 'react';
import { AppLink } from '@/components/app-link';
import { paths, type SupportProblem } from '@/config/paths';
import type { BillingSubscription } from '@/contract/billing';

type Billing = BillingSubscription['properties'];

/**
 * R11, R13: what "Contact support" asks about. A cancelled subscription that only a support request
 * can bring back (not Pay-As-You-Go, not yet deleted: the billing read's phase and reactivation
 * path say so) asks for its reactivation; everything else is a billing question.
 */
export function contactSupportProblem(billing: Billing | undefined): SupportProblem {
  const phase = billing?.lifecycle.phase;
  return billing?.reactivationPath === 'support' &&
    (phase === 'disabled' || phase === 'cancellation-pending')
    ? 'subscription-reactivation'
    : 'billing';
}

/** R13: a new support request, prefilled with the subscription and the problem type above. */
export function ContactSupportLink({
  subscriptionId,
  billing,
  children,
  inline = false,
  className,
}: {
  subscriptionId: string;
  /** The subscription's billing read, when the page has it; without it the request is about billing. */
  billing?: Billing | undefined;
  children: ReactNode;
  inline?: boolean;
  className?: string;
}) {
  return (
    <AppLink
      inline={inline}
      className={className}
      to={paths.newSupportRequest.getHref(subscriptionId, contactSupportProblem(billing))}
    >
      {children}
    </AppLink>
  );
}
