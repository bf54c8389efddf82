import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { QueryError } from '@/components/feedback/query-error';
import { overviewMessages } from '@/features/overview/messages';
import { useEnableSubscription } from '@/lib/api/enable-subscription';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  text: { margin: 0 },
});

interface ReactivateDialogProps {
  subscriptionId: string;
  displayName: string;
  open: boolean;
  onClose: () => void;
}

/** R10: the account administrator confirms a self-service reactivation of a Pay-As-You-Go subscription. */
export function ReactivateDialog({
  subscriptionId,
  displayName,
  open,
  onClose,
}: ReactivateDialogProps) {
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  const enable = useEnableSubscription();
  const close = () => {
    enable.reset();
    onClose();
  };
  const confirm = () => {
    if (enable.isPending) return;
    enable.mutate({ subscriptionId, displayName }, { onSuccess: close });
  };
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && close()}>
      <DialogSurface aria-label={t.reactivateTitle}>
        <DialogBody>
          <DialogTitle>{t.reactivateTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.text}>{t.reactivateBody(displayName)}</p>
            {enable.error && <QueryError error={enable.error} onRetry={confirm} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={enable.isPending} onClick={confirm}>
              {enable.isPending ? t.reactivating : t.reactivateConfirm}
            </Button>
            <Button onClick={close}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
