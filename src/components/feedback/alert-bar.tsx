import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarActionsProps,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

interface AlertBarProps {
  intent: 'error' | 'warning';
  title: ReactNode;
  /** What happened and what it means, under the title. */
  children: ReactNode;
  /** Buttons that answer it (Retry, Reload), beside the text. */
  actions?: ReactNode;
  /** A button in the corner that dismisses it. */
  dismiss?: MessageBarActionsProps['containerAction'];
}

/** What the user must see now (a failure, a refusal, a reset): a titled alert, read out on arrival. */
export function AlertBar({ intent, title, children, actions, dismiss }: AlertBarProps) {
  return (
    <MessageBar intent={intent} role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      {(actions !== undefined || dismiss !== undefined) && (
        <MessageBarActions containerAction={dismiss}>{actions}</MessageBarActions>
      )}
    </MessageBar>
  );
}
