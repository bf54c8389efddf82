import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { feedbackMessages } from '@/components/feedback/messages';
import { isArmError } from '@/lib/api-error';
import { useMessages } from '@/lib/i18n/locale-provider';

/** ARM's own message and code, with a Retry that runs the failed call again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useMessages(feedbackMessages);
  const status = isArmError(error) ? error.status : 0;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle(status)}</MessageBarTitle>
        {message}
        {isArmError(error) && (
          <>
            {' '}
            ({t.code}: <code>{error.code}</code>)
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
