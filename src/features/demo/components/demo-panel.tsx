import { Divider } from '@fluentui/react-components';
import { SidePanel } from '@/components/panel/side-panel';
import type { DemoState } from '@/contract/demo';
import { QueryError } from '@/components/feedback/query-error';
import { useDemoAction } from '@/features/demo/api/demo-actions';
import { FaultsSection } from '@/features/demo/components/faults-section';
import { LanguageSection } from '@/features/demo/components/language-section';
import { MomentsSection } from '@/features/demo/components/moments-section';
import { PersonaSection } from '@/features/demo/components/persona-section';
import { ScenarioSection } from '@/features/demo/components/scenario-section';
import { SnapshotSection } from '@/features/demo/components/snapshot-section';
import { TimeSection } from '@/features/demo/components/time-section';
import { demoMessages } from '@/features/demo/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

/**
 * The Demo panel: one section per control. Scenario, persona, time and faults share one action, so
 * its failure shows once at the top with Retry, and while it runs none of them starts another.
 */
export function DemoPanel({
  open,
  onClose,
  state,
}: {
  open: boolean;
  onClose: () => void;
  state: DemoState;
}) {
  const t = useMessages(demoMessages);
  const action = useDemoAction();
  return (
    <SidePanel open={open} onClose={onClose} size="medium" title={t.title} closeLabel={t.close}>
      {action.error ? (
        <QueryError
          error={action.error}
          onRetry={() => action.variables && action.mutate(action.variables)}
        />
      ) : null}
      <ScenarioSection state={state} action={action} />
      <Divider />
      <MomentsSection onClose={onClose} />
      <Divider />
      <SnapshotSection />
      <Divider />
      <PersonaSection state={state} action={action} />
      <Divider />
      <TimeSection state={state} action={action} />
      <Divider />
      <FaultsSection state={state} action={action} />
      <Divider />
      <LanguageSection />
    </SidePanel>
  );
}
