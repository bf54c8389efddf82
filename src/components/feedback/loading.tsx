import { Spinner } from '@fluentui/react-components';
import { feedbackMessages } from '@/components/feedback/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

export function Loading({ label }: { label?: string }) {
  const t = useMessages(feedbackMessages);
  return <Spinner size="small" label={label ?? t.loading} labelPosition="after" />;
}
