import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Blade } from '@/components/blade/blade';
import { shellMessages } from '@/components/shell/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

/** One blade failing shows its error and a Reload, while the portal chrome keeps working. */
export function RouteError() {
  const error = useRouteError();
  const t = useMessages(shellMessages);
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Blade title={t.errorTitle}>
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
          {message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{t.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    </Blade>
  );
}
