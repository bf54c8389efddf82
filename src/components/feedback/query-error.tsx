import { Button } from '@fluentui/react-components';
import { AlertBar } from '@/components/feedback/alert-bar';
import { feedbackMessages } from '@/components/feedback/messages';
import { isArmError } from '@/lib/api-error';
import { useMessages } from '@/lib/i18n/locale-provider';

/**
 * A headline in the portal's language (the status, and what ARM's code means where the portal
 * knows it), then ARM's own message and code as the detail, with a Retry that runs the failed call
 * again. ARM writes its messages in English: the detail says so (`lang`), so a screen reader reads
 * it as English.
 */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useMessages(feedbackMessages);
  const status = isArmError(error) ? error.status : 0;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <AlertBar
      intent="error"
      title={t.headline(
        t.errorTitle(status),
        isArmError(error) ? t.armHeadline[error.code] : undefined,
      )}
      actions={<Button onClick={onRetry}>{t.retry}</Button>}
    >
      <span lang="en">{message}</span>
      {isArmError(error) && (
        <>
          {t.codeOpen}
          {t.code}
          {t.codeSep}
          <code lang="en">{error.code}</code>
          {t.codeClose}
        </>
      )}
    </AlertBar>
  );
}
