import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { DemoState } from '@/contract/demo';
import type { DemoActionMutation } from '@/features/demo/api/demo-actions';
import { PanelSection, usePanelStyles } from '@/features/demo/components/panel-section';
import { demoMessages } from '@/features/demo/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

/** Loads a scenario fresh, every change discarded (contract §2 `reset`). */
export function ScenarioSection({
  state,
  action,
}: {
  state: DemoState;
  action: DemoActionMutation;
}) {
  const styles = usePanelStyles();
  const t = useMessages(demoMessages);
  const [scenario, setScenario] = useState(state.scenario);
  return (
    <PanelSection id="demo-scenario" title={t.scenario}>
      <div className={styles.row}>
        <Field label={t.scenario}>
          <Select value={scenario} onChange={(_event, data) => setScenario(data.value)}>
            {state.scenarios.map((id) => (
              <option key={id} value={id}>
                {t.scenarioName(id)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={action.isPending}
          onClick={() => action.mutate({ kind: 'reset', scenario })}
        >
          {t.reset}
        </Button>
      </div>
      <p className={styles.help}>{t.scenarioHelp}</p>
    </PanelSection>
  );
}
