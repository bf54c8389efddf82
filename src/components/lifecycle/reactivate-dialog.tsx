import { Dialog, DialogSurface, DialogTrigger, makeStyles } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { FormDialogBody } from '@/components/dialog/form-dialog';
import { useEnableSubscription } from '@/lib/api/enable-subscription';

const useStyles = makeStyles({
  text: { margin: 0 },
});

export interface ReactivateDialogText {
  title: string;
  body: string;
  confirm: string;
  /** The confirm button's label while the call is on its way; `confirm` when not given. */
  pending?: string;
  cancel: string;
}

export interface ReactivateDialogProps {
  subscriptionId: string;
  displayName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Runs once the reactivation is accepted, also when that success has unmounted the dialog. */
  onReactivated?: () => void;
  /** The button that opens the dialog, when it is not opened from elsewhere (a command bar). */
  trigger?: ReactElement;
  /** Each blade words the question its own way; the behaviour is this dialog's. */
  text: ReactivateDialogText;
}

/**
 * R10: the account administrator confirms a self-service reactivation of a Pay-As-You-Go
 * subscription, from the Overview or the Account Center.
 *
 * The success is handled on `mutateAsync`'s promise, not in `mutate`'s callbacks: those do not run
 * once the dialog has unmounted, and the reactivation itself unmounts it (the refreshed billing says
 * Active, so its caller stops offering Reactivate), which can happen before the answer is handled.
 * Its title, text, failure with Retry and buttons are the shared form dialog's; unlike the others it
 * has its own trigger and does not close while the call is on its way.
 */
export function ReactivateDialog({
  subscriptionId,
  displayName,
  open,
  onOpenChange,
  onReactivated,
  trigger,
  text,
}: ReactivateDialogProps) {
  const styles = useStyles();
  const enable = useEnableSubscription();
  const onDialogOpenChange = (_event: unknown, data: { open: boolean }) => {
    if (enable.isPending) return;
    if (!data.open) enable.reset();
    onOpenChange(data.open);
  };
  const surface = (
    <DialogSurface>
      <FormDialogBody
        title={text.title}
        submit={{
          label: text.confirm,
          busyLabel: text.pending ?? text.confirm,
          busy: enable.isPending,
          send: () =>
            enable.mutateAsync({ subscriptionId, displayName }).then(() => {
              onOpenChange(false);
              onReactivated?.();
            }),
        }}
        error={enable.error}
        cancelLabel={text.cancel}
        onCancel={() => onDialogOpenChange(null, { open: false })}
        cancelDisabled={enable.isPending}
      >
        <p className={styles.text}>{text.body}</p>
      </FormDialogBody>
    </DialogSurface>
  );
  // Fluent's Dialog takes its trigger and its surface as two direct children.
  return trigger ? (
    <Dialog open={open} onOpenChange={onDialogOpenChange}>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      {surface}
    </Dialog>
  ) : (
    <Dialog open={open} onOpenChange={onDialogOpenChange}>
      {surface}
    </Dialog>
  );
}
