import { Button } from '@fluentui/react-components';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Blade } from '@/components/blade/blade';
import { AlertBar } from '@/components/feedback/alert-bar';
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
      <AlertBar
        intent="error"
        title={t.errorTitle}
        actions={<Button onClick={() => window.location.reload()}>{t.reload}</Button>}
      >
        {message}
      </AlertBar>
    </Blade>
  );
}
