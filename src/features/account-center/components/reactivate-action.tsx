import { Button } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ACTIONS, isAllowed } from '@/contract/authorization';
import type { BillingSubscription } from '@/contract/billing';
import { ReactivateDialog } from '@/components/lifecycle/reactivate-dialog';
import { accountMessages } from '@/features/account-center/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { permissionsQueryOptions } from '@/lib/api/get-permissions';

type Billing = BillingSubscription['properties'];

/** R10: Reactivate is offered here only for a Disabled Pay-As-You-Go subscription (the billing read says so). */
export function offersSelfServiceReactivation(billing: Billing): boolean {
  return billing.lifecycle.phase === 'disabled' && billing.reactivationPath === 'self-service';
}

/** R1: whether this caller may reactivate, from the permissions read (undefined while it loads). */
export function useMayReactivate(billing: Billing): boolean | undefined {
  const permissions = useQuery({
    ...permissionsQueryOptions(billing.subscriptionId),
    enabled: offersSelfServiceReactivation(billing),
  });
  return permissions.data ? isAllowed(permissions.data, ACTIONS.enableSubscription) : undefined;
}

/** The Reactivate button and its dialog, beside the Account Center's lifecycle notice. */
export function ReactivateAction({
  billing,
  onReactivated,
}: {
  billing: Billing;
  onReactivated: () => void;
}) {
  const t = useMessages(accountMessages);
  const allowed = useMayReactivate(billing);
  const [open, setOpen] = useState(false);
  const { subscriptionId, displayName } = billing;
  return (
    <ReactivateDialog
      subscriptionId={subscriptionId}
      displayName={displayName}
      open={open}
      onOpenChange={setOpen}
      onReactivated={onReactivated}
      trigger={
        // R1: enabled once the permissions read says this caller may reactivate.
        <Button appearance="primary" disabled={allowed !== true}>
          {t.reactivate}
        </Button>
      }
      text={{
        title: t.dialogTitle(displayName),
        body: t.dialogBody,
        confirm: t.confirmReactivate,
        cancel: t.cancel,
      }}
    />
  );
}
