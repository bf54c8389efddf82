import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { QueryError } from '@/components/feedback/query-error';
import { accountMessages } from '@/features/account-center/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { useEnableSubscription } from '@/lib/api/enable-subscription';

export interface ReactivateDialogProps {
  subscriptionId: string;
  displayName: string;
  /** Why the button is disabled, in words; undefined when the caller may reactivate (R10). */
  blockedReason: string | undefined;
  onReactivated: () => void;
}

/** R10: self-service reactivation of a cancelled Pay-As-You-Go subscription, after a confirmation. */
export function ReactivateDialog({
  subscriptionId,
  displayName,
  blockedReason,
  onReactivated,
}: ReactivateDialogProps) {
  const t = useMessages(accountMessages);
  const [open, setOpen] = useState(false);
  const enable = useEnableSubscription();
  const sending = useRef(false);
  const confirm = () => {
    if (sending.current) return;
    sending.current = true;
    // Not `mutate`'s callbacks: they do not run once this dialog has unmounted, and the reactivation
    // itself unmounts it (its banner goes when the refreshed billing says Active), which could happen
    // first and lose the success message.
    enable
      .mutateAsync({ subscriptionId, displayName })
      .then(
        () => {
          setOpen(false);
          onReactivated();
        },
        () => undefined, // the dialog shows `enable.error` with Retry
      )
      .finally(() => {
        sending.current = false;
      });
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(_event, data) => {
        if (!enable.isPending) setOpen(data.open);
        if (!data.open) enable.reset();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" disabled={blockedReason !== undefined}>
          {t.reactivate}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.dialogTitle(displayName)}</DialogTitle>
          <DialogContent>
            <p>{t.dialogBody}</p>
            {enable.error && <QueryError error={enable.error} onRetry={confirm} />}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={confirm}
              disabled={enable.isPending}
              icon={enable.isPending ? <Spinner size="tiny" /> : undefined}
            >
              {t.confirmReactivate}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button disabled={enable.isPending}>{t.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
