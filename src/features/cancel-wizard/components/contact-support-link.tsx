import { AppLink } from '@/components/app-link';

/** R13: a new support request, prefilled with the subscription and a billing problem type. */
export function ContactSupportLink({
  subscriptionId,
  children,
  inline = false,
}: {
  subscriptionId: string;
  children: string;
  inline?: boolean;
}) {
  const query = new URLSearchParams({ subscriptionId, problemType: 'billing' });
  return (
    <AppLink inline={inline} to={`/support/new?${query.toString()}`}>
      {children}
    </AppLink>
  );
}
