import { Field, type FieldProps } from '@fluentui/react-components';

type FormFieldProps = Omit<FieldProps, 'validationState' | 'validationMessage'> & {
  /** What is wrong with the value, in words; absent or null while it is fine. */
  error?: string | null | undefined;
};

/** A form field whose error state and message come from one value, so they never disagree. */
export function FormField({ error, ...field }: FormFieldProps) {
  return (
    <Field
      {...field}
      validationState={error ? 'error' : 'none'}
      validationMessage={error ?? undefined}
    />
  );
}
