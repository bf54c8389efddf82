import { Input } from '@fluentui/react-components';
import { FormField } from '@/components/form/form-field';

interface NameFieldProps {
  label: string;
  /** The naming rule, shown under the field before anything is wrong. */
  hint: string;
  value: string;
  /** What is wrong with the name, once the user has typed; nothing while it is fine. */
  problem: string | undefined;
  onChange: (value: string) => void;
}

/** The one field of a dialog that names something (rename, a new container): required, focused. */
export function NameField({ label, hint, value, problem, onChange }: NameFieldProps) {
  return (
    <FormField error={problem} label={label} hint={hint} required>
      <Input value={value} autoFocus onChange={(_event, data) => onChange(data.value)} />
    </FormField>
  );
}
