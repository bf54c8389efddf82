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
import type { StorageResource } from '@/contract/resources';
import { QueryError } from '@/components/feedback/query-error';
import { resourcesMessages } from '@/features/resources/messages';
import {
  containerNameProblem,
  useCreateContainer,
} from '@/features/resources/api/create-container';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
});

interface CreateContainerDialogProps {
  account: StorageResource;
  open: boolean;
  onClose: () => void;
}

export function CreateContainerDialog({ account, open, onClose }: CreateContainerDialogProps) {
  const t = useMessages(resourcesMessages);
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface aria-label={t.containerTitle(account.name)}>
        {/* Mounted only while open, so each opening starts empty. */}
        {open && <CreateContainerForm account={account} onClose={onClose} />}
      </DialogSurface>
    </Dialog>
  );
}

function CreateContainerForm({ account, onClose }: Omit<CreateContainerDialogProps, 'open'>) {
  const styles = useStyles();
  const t = useMessages(resourcesMessages);
  const create = useCreateContainer();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = containerNameProblem(name);
  const message = touched && problem ? t.containerProblem[problem] : undefined;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setTouched(true);
    if (problem || create.isPending) return;
    create.mutate({ resource: account, containerName: name }, { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{t.containerTitle(account.name)}</DialogTitle>
        <DialogContent className={styles.content}>
          <Field
            label={t.containerName}
            hint={t.containerHint}
            required
            validationState={message ? 'error' : 'none'}
            validationMessage={message}
          >
            <Input
              value={name}
              autoFocus
              onChange={(_event, data) => {
                setName(data.value);
                setTouched(true);
                create.reset();
              }}
            />
          </Field>
          {create.error && <QueryError error={create.error} onRetry={() => submit()} />}
        </DialogContent>
        <DialogActions>
          <Button
            type="submit"
            appearance="primary"
            disabled={create.isPending || Boolean(message)}
          >
            {create.isPending ? t.creating : t.create}
          </Button>
          <Button onClick={onClose}>{t.cancel}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
