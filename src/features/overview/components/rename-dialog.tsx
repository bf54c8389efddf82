import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { QueryError } from '@/components/feedback/query-error';
import { overviewMessages } from '@/features/overview/messages';
import { renameProblem, useRenameSubscription } from '@/features/overview/api/rename-subscription';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
});

interface RenameDialogProps {
  subscriptionId: string;
  currentName: string;
  open: boolean;
  onClose: () => void;
}

export function RenameDialog({ subscriptionId, currentName, open, onClose }: RenameDialogProps) {
  const t = useMessages(overviewMessages);
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface aria-label={t.renameTitle}>
        {/* Mounted only while open, so every opening starts from the current name. */}
        {open && (
          <RenameForm subscriptionId={subscriptionId} currentName={currentName} onClose={onClose} />
        )}
      </DialogSurface>
    </Dialog>
  );
}

function RenameForm({ subscriptionId, currentName, onClose }: Omit<RenameDialogProps, 'open'>) {
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  const rename = useRenameSubscription();
  const [name, setName] = useState(currentName);
  const [touched, setTouched] = useState(false);
  const problem = renameProblem(name);
  const unchanged = name.trim() === currentName;
  const message = problem
    ? t.renameProblem(problem)
    : unchanged && touched
      ? t.renameUnchanged
      : undefined;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setTouched(true);
    if (problem || unchanged || rename.isPending) return;
    rename.mutate(
      { subscriptionId, currentName, subscriptionName: name.trim() },
      { onSuccess: onClose },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{t.renameTitle}</DialogTitle>
        <DialogContent className={styles.content}>
          <Field
            label={t.renameLabel}
            hint={t.renameHint}
            required
            validationState={touched && message ? 'error' : 'none'}
            validationMessage={touched ? message : undefined}
          >
            <Input
              value={name}
              autoFocus
              onChange={(_event, data) => {
                setName(data.value);
                setTouched(true);
                rename.reset();
              }}
            />
          </Field>
          {rename.error && <QueryError error={rename.error} onRetry={() => submit()} />}
        </DialogContent>
        <DialogActions>
          <Button
            type="submit"
            appearance="primary"
            disabled={rename.isPending || (touched && Boolean(message))}
          >
            {rename.isPending ? t.saving : t.save}
          </Button>
          <Button onClick={onClose}>{t.cancel}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
