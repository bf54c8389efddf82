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
import type { FormEvent, ReactNode } from 'react';
import { QueryError } from '@/components/feedback/query-error';
import { useSingleFlight } from '@/lib/use-single-flight';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
});

export interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  /** The dialog's accessible name; the same words as its visible title. */
  title: string;
  /** Mounted only while open, so every opening starts from a fresh form (and a fresh mutation). */
  children: ReactNode;
}

/** A modal that closes on Escape or outside click and mounts its content only while open. */
export function FormDialog({ open, onClose, title, children }: FormDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface aria-label={title}>{open && children}</DialogSurface>
    </Dialog>
  );
}

export interface FormDialogSubmit {
  label: string;
  /** The submit button's label while the call is on its way. */
  busyLabel: string;
  /** The call is on its way: the button shows `busyLabel` and takes no click. */
  busy: boolean;
  /** The fields say no yet (their own messages tell why). */
  disabled?: boolean;
  /**
   * Starts the call and returns its promise, or `undefined` when there is nothing to send; a second
   * submit while one is on its way does nothing.
   */
  send: () => Promise<unknown> | undefined;
}

export interface FormDialogBodyProps {
  title: string;
  /** The fields or the text; the dialog lays them out one under another. */
  children: ReactNode;
  /** Without it the dialog only informs, and its one button closes it. */
  submit?: FormDialogSubmit;
  /** The last call's failure, offered again with Retry. */
  error?: unknown;
  cancelLabel: string;
  onCancel: () => void;
  /** Cancel waits for the call on its way, where closing meanwhile would hide its outcome. */
  cancelDisabled?: boolean;
}

/** Title, content, the failure of the last call, and the submit and cancel buttons. */
export function FormDialogBody({
  title,
  children,
  submit,
  error,
  cancelLabel,
  onCancel,
  cancelDisabled = false,
}: FormDialogBodyProps) {
  const styles = useStyles();
  const send = useSingleFlight(() => submit?.send());
  const body = (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={styles.content}>
        {children}
        {Boolean(error) && <QueryError error={error} onRetry={send} />}
      </DialogContent>
      <DialogActions>
        {submit && (
          <Button
            type="submit"
            appearance="primary"
            disabled={submit.busy || Boolean(submit.disabled)}
          >
            {submit.busy ? submit.busyLabel : submit.label}
          </Button>
        )}
        <Button onClick={onCancel} disabled={cancelDisabled}>
          {cancelLabel}
        </Button>
      </DialogActions>
    </DialogBody>
  );
  if (!submit) return body;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      {body}
    </form>
  );
}
