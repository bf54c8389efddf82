import { useState } from 'react';
import type { StorageResource } from '@/contract/resources';
import { FormDialog, FormDialogBody } from '@/components/dialog/form-dialog';
import { NameField } from '@/components/dialog/name-field';
import { resourcesMessages } from '@/features/resources/messages';
import { containerNameProblem } from '@/contract/resource-names';
import { useCreateContainer } from '@/features/resources/api/create-container';
import { useMessages } from '@/lib/i18n/locale-provider';

interface CreateContainerDialogProps {
  account: StorageResource;
  open: boolean;
  onClose: () => void;
}

export function CreateContainerDialog({ account, open, onClose }: CreateContainerDialogProps) {
  const t = useMessages(resourcesMessages);
  return (
    <FormDialog open={open} onClose={onClose} title={t.containerTitle(account.name)}>
      <CreateContainerForm account={account} onClose={onClose} />
    </FormDialog>
  );
}

function CreateContainerForm({ account, onClose }: Omit<CreateContainerDialogProps, 'open'>) {
  const t = useMessages(resourcesMessages);
  const create = useCreateContainer();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = containerNameProblem(name);
  const message = touched && problem ? t.containerProblem[problem] : undefined;

  const send = () => {
    setTouched(true);
    if (problem) return undefined;
    return create.mutateAsync({ resource: account, containerName: name }).then(onClose);
  };

  return (
    <FormDialogBody
      title={t.containerTitle(account.name)}
      submit={{
        label: t.create,
        busyLabel: t.creating,
        busy: create.isPending,
        disabled: Boolean(message),
        send,
      }}
      error={create.error}
      cancelLabel={t.cancel}
      onCancel={onClose}
    >
      <NameField
        label={t.containerName}
        hint={t.containerHint}
        value={name}
        problem={message}
        onChange={(value) => {
          setName(value);
          setTouched(true);
          create.reset();
        }}
      />
    </FormDialogBody>
  );
}
