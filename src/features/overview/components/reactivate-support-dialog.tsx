import { makeStyles } from '@fluentui/react-components';
import { AppLink } from '@/components/app-link';
import { FormDialog, FormDialogBody } from '@/components/dialog/form-dialog';
import { paths } from '@/config/paths';
import { overviewMessages } from '@/features/overview/messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  text: { margin: 0 },
});

interface ReactivateSupportDialogProps {
  subscriptionId: string;
  offerName: string;
  /** From the billing read (R11: 90 days after the cancellation). */
  deadline: string | undefined;
  open: boolean;
  onClose: () => void;
}

/** R11: other offers come back only through a support request; this says so and leads there. */
export function ReactivateSupportDialog({
  subscriptionId,
  offerName,
  deadline,
  open,
  onClose,
}: ReactivateSupportDialogProps) {
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  const f = useFormat();
  return (
    <FormDialog open={open} onClose={onClose} title={t.reactivateSupportTitle}>
      <FormDialogBody title={t.reactivateSupportTitle} cancelLabel={t.close} onCancel={onClose}>
        <p className={styles.text}>
          {t.reactivateSupportBody(offerName, deadline ? f.date(deadline) : '—')}
        </p>
        <AppLink to={paths.newSupportRequest.getHref(subscriptionId, 'subscription-reactivation')}>
          {t.requestReactivation}
        </AppLink>
      </FormDialogBody>
    </FormDialog>
  );
}
