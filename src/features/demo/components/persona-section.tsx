import { Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { RoleDefinitionName } from '@/contract/authorization';
import type { DemoState } from '@/contract/demo';
import type { DemoActionMutation } from '@/features/demo/api/demo-actions';
import { PanelSection } from '@/features/demo/components/panel-section';
import { demoMessages } from '@/features/demo/messages';
import { commonMessages, type CommonMessages } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/locale-provider';

type Persona = DemoState['personas'][number];

/** A persona's roles with the role names of the rest of the portal, in its language: "Owner × 7". */
function rolesOf(persona: Persona, common: CommonMessages): string[] {
  return (Object.entries(persona.roles) as [RoleDefinitionName, number][]).map(
    ([role, count]) => `${common.role[role]} × ${count}`,
  );
}

/** Signs in as another persona of the scenario (contract §2 `persona`). */
export function PersonaSection({
  state,
  action,
}: {
  state: DemoState;
  action: DemoActionMutation;
}) {
  const t = useMessages(demoMessages);
  const common = useMessages(commonMessages);
  const [choice, setChoice] = useState<string | null>(null);
  return (
    <PanelSection id="demo-persona" title={t.persona}>
      <RadioGroup
        aria-labelledby="demo-persona"
        // Shows the choice at once (in the click's own render, so the radio never springs back);
        // the mock's answer then confirms it.
        value={choice ?? state.persona.id}
        onChange={(_event, data) => {
          setChoice(data.value);
          action.mutate({ kind: 'persona', id: data.value }, { onSettled: () => setChoice(null) });
        }}
        // From the click's own render until the answer: the mutation says it is pending only a
        // moment later, and a second choice or another action (a share link) must not go out before
        // the mock has signed the first one in.
        disabled={action.isPending || choice !== null}
      >
        {state.personas.map((persona) => (
          <Radio
            key={persona.id}
            value={persona.id}
            label={`${persona.displayName} — ${t.personaRoles(rolesOf(persona, common))}`}
          />
        ))}
      </RadioGroup>
    </PanelSection>
  );
}
