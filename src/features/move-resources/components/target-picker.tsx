import {
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import type { ResourceGroup } from '@/contract/resources';
import { FormField } from '@/components/form/form-field';
import type { Subscription } from '@/contract/subscriptions';
import { moveMessages } from '@/features/move-resources/messages';
import type { GroupMode } from '@/features/move-resources/move-plan';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface TargetPickerProps {
  targets: Subscription[];
  subscriptionId: string | null;
  onSubscriptionChange: (id: string) => void;
  subscriptionError: string | undefined;
  groups: ResourceGroup[];
  mode: GroupMode;
  onModeChange: (mode: GroupMode) => void;
  existingGroup: string | null;
  onExistingGroupChange: (group: string) => void;
  newGroup: string;
  onNewGroupChange: (name: string) => void;
  groupError: string | undefined;
}

export function TargetPicker(props: TargetPickerProps) {
  const styles = useStyles();
  const t = useMessages(moveMessages);
  const selected = props.targets.find((s) => s.subscriptionId === props.subscriptionId);
  return (
    <div className={styles.root}>
      <FormField
        error={props.subscriptionError}
        label={t.targetSubscription}
        required
        hint={props.targets.length === 0 ? t.noTargets : t.targetSubscriptionHint}
      >
        <Dropdown
          placeholder={t.targetSubscriptionPlaceholder}
          value={selected?.displayName ?? ''}
          selectedOptions={props.subscriptionId ? [props.subscriptionId] : []}
          onOptionSelect={(_event, data) => {
            if (data.optionValue) props.onSubscriptionChange(data.optionValue);
          }}
        >
          {props.targets.map((s) => (
            <Option key={s.subscriptionId} value={s.subscriptionId} text={s.displayName}>
              {s.displayName}
            </Option>
          ))}
        </Dropdown>
      </FormField>
      <Field label={t.targetGroup} required>
        <RadioGroup
          layout="horizontal"
          value={props.mode}
          onChange={(_event, data) => props.onModeChange(data.value === 'new' ? 'new' : 'existing')}
        >
          <Radio value="existing" label={t.existingGroup} />
          <Radio value="new" label={t.newGroup} />
        </RadioGroup>
      </Field>
      {props.mode === 'existing' ? (
        <FormField error={props.groupError} label={t.groupName}>
          <Dropdown
            placeholder={t.targetGroupPlaceholder}
            disabled={!props.subscriptionId}
            value={props.existingGroup ?? ''}
            selectedOptions={props.existingGroup ? [props.existingGroup] : []}
            onOptionSelect={(_event, data) => {
              if (data.optionValue) props.onExistingGroupChange(data.optionValue);
            }}
          >
            {props.groups.map((g) => (
              <Option key={g.name} value={g.name}>
                {g.name}
              </Option>
            ))}
          </Dropdown>
        </FormField>
      ) : (
        <FormField error={props.groupError} label={t.newGroupName} hint={t.newGroupHint}>
          <Input
            value={props.newGroup}
            maxLength={90}
            onChange={(_event, data) => props.onNewGroupChange(data.value)}
          />
        </FormField>
      )}
    </div>
  );
}
