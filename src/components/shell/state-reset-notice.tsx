import { Button } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { DemoNotice } from '@/contract/demo';
import { AlertBar } from '@/components/feedback/alert-bar';
import { shellMessages } from '@/components/shell/messages';
import { useDismissStateNotice } from '@/lib/api/dismiss-state-notice';
import { useMessages } from '@/lib/i18n/locale-provider';

/**
 * When the saved state was corrupted or from an older version, the mock replaced it with the
 * scenario; say so plainly instead of silently showing different data.
 */
export function StateResetNotice({ notice }: { notice: DemoNotice }) {
  const t = useMessages(shellMessages);
  const dismiss = useDismissStateNotice();
  return (
    <AlertBar
      intent="warning"
      title={t.stateResetTitle}
      dismiss={
        <Button
          appearance="transparent"
          aria-label={t.dismiss}
          icon={<DismissRegular />}
          disabled={dismiss.isPending}
          onClick={() => dismiss.mutate()}
        />
      }
    >
      {t.stateResetBody} ({notice.reason})
    </AlertBar>
  );
}
