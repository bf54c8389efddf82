import { AppLink } from '@/components/app-link';
import { paths } from '@/config/paths';

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
  return (
    <AppLink inline={inline} to={paths.newSupportRequest.getHref(subscriptionId)}>
      {children}
    </AppLink>
  );
}
