import { Spinner } from '@fluentui/react-components';
import { usePageBusy } from '@/components/deferred/page-settled';
import { feedbackMessages } from '@/components/feedback/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

export function Loading({ label }: { label?: string }) {
  const t = useMessages(feedbackMessages);
  // What the first screen can do without waits while anything shows this (page-settled.ts).
  usePageBusy();
  return <Spinner size="small" label={label ?? t.loading} labelPosition="after" />;
}
