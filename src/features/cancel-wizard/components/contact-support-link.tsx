import { AppLink } from '@/components/app-link';

/** R13: a new support request, prefilled with the subscription and a billing problem type. */
export function ContactSupportLink({
  subscriptionId,
  children,
}: {
  subscriptionId: string;
  children: string;
}) {
  const query = new URLSearchParams({ subscriptionId, problemType: 'billing' });
  return <AppLink to={`/support/new?${query.toString()}`}>{children}</AppLink>;
}
