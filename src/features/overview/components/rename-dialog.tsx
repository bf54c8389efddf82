import { useState } from 'react';
import { FormDialog, FormDialogBody } from '@/components/dialog/form-dialog';
import { NameField } from '@/components/dialog/name-field';
import { overviewMessages } from '@/features/overview/messages';
import { renameProblem, useRenameSubscription } from '@/features/overview/api/rename-subscription';
import { useMessages } from '@/lib/i18n/locale-provider';

interface RenameDialogProps {
  subscriptionId: string;
  currentName: string;
  open: boolean;
  onClose: () => void;
}

export function RenameDialog({ subscriptionId, currentName, open, onClose }: RenameDialogProps) {
  const t = useMessages(overviewMessages);
  return (
    <FormDialog open={open} onClose={onClose} title={t.renameTitle}>
      <RenameForm subscriptionId={subscriptionId} currentName={currentName} onClose={onClose} />
    </FormDialog>
  );
}

function RenameForm({ subscriptionId, currentName, onClose }: Omit<RenameDialogProps, 'open'>) {
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

  const send = () => {
    setTouched(true);
    if (problem || unchanged) return undefined;
    return rename
      .mutateAsync({ subscriptionId, currentName, subscriptionName: name.trim() })
      .then(onClose);
  };

  return (
    <FormDialogBody
      title={t.renameTitle}
      submit={{
        label: t.save,
        busyLabel: t.saving,
        busy: rename.isPending,
        disabled: touched && Boolean(message),
        send,
      }}
      error={rename.error}
      cancelLabel={t.cancel}
      onCancel={onClose}
    >
      <NameField
        label={t.renameLabel}
        hint={t.renameHint}
        value={name}
        problem={touched ? message : undefined}
        onChange={(value) => {
          setName(value);
          setTouched(true);
          rename.reset();
        }}
      />
    </FormDialogBody>
  );
}
