import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { CANCEL_COMMENT_MAX_LENGTH, CANCEL_REASON_CODES } from '@/contract/cancel';
import { QueryError } from '@/components/feedback/query-error';
import { FormField } from '@/components/form/form-field';
import {
  confirmProblems,
  type ConfirmProblem,
} from '@/features/cancel-wizard/api/confirm-validation';
import type { WizardDraft } from '@/features/cancel-wizard/api/wizard-draft';
import { stepStyles } from '@/features/cancel-wizard/components/prepare-step';
import { StepFooter } from '@/features/cancel-wizard/components/step-footer';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '560px',
    marginTop: tokens.spacingVerticalL,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
});

export interface ConfirmStepProps {
  displayName: string;
  draft: WizardDraft;
  onDraftChange: (change: Partial<WizardDraft>) => void;
  onBack: () => void;
  onSubmit: () => void;
  pending: boolean;
  error: unknown;
}

type Touched = Record<ConfirmProblem, boolean>;

/** R3: a reason from the list and the exact name; the final button waits for both. The comment is optional. */
export function ConfirmStep({
  displayName,
  draft,
  onDraftChange,
  onBack,
  onSubmit,
  pending,
  error,
}: ConfirmStepProps) {
  const styles = { ...stepStyles(), ...useStyles() };
  const t = useMessages(cancelWizardMessages);
  const hintId = useId();
  const [touched, setTouched] = useState<Touched>({ reason: false, name: false });
  const touch = (field: ConfirmProblem) =>
    setTouched((current) => (current[field] ? current : { ...current, [field]: true }));
  const problems = confirmProblems(draft, displayName);
  const has = (problem: ConfirmProblem) => problems.includes(problem);

  // A wrong name is pointed out as soon as something is typed; a missing answer once the field is left.
  const reasonError = touched.reason && has('reason') ? t.reasonRequired : undefined;
  const nameError =
    draft.confirmation === ''
      ? touched.name
        ? t.nameRequired
        : undefined
      : has('name')
        ? t.nameMismatch(displayName)
        : undefined;

  const missing = problems.map((problem) =>
    problem === 'reason' ? t.missingReason : t.missingName,
  );
  const blocked = problems.length > 0;

  return (
    <>
      <MessageBar intent="warning" role="alert">
        <MessageBarBody>{t.finalWarning}</MessageBarBody>
      </MessageBar>
      <p className={styles.intro} style={{ marginTop: tokens.spacingVerticalM }}>
        {t.confirmIntro}
      </p>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!blocked && !pending) onSubmit();
        }}
      >
        <FormField error={reasonError} label={t.reason} required>
          <Dropdown
            placeholder={t.reasonPlaceholder}
            value={draft.reason ? t.reasons[draft.reason] : ''}
            selectedOptions={draft.reason ? [draft.reason] : []}
            onOptionSelect={(_event, data) => {
              const code = CANCEL_REASON_CODES.find((value) => value === data.optionValue);
              if (code) onDraftChange({ reason: code });
            }}
            onOpenChange={(_event, data) => {
              if (!data.open) touch('reason');
            }}
            onBlur={() => touch('reason')}
          >
            {CANCEL_REASON_CODES.map((code) => (
              <Option key={code} value={code}>
                {t.reasons[code]}
              </Option>
            ))}
          </Dropdown>
        </FormField>
        <Field label={t.comment}>
          <Textarea
            value={draft.comment}
            maxLength={CANCEL_COMMENT_MAX_LENGTH}
            resize="vertical"
            onChange={(_event, data) => onDraftChange({ comment: data.value })}
          />
        </Field>
        <Field
          label={t.subscriptionName}
          required
          hint={
            <>
              {t.typeName}
              {t.space}
              <span className={styles.name}>{displayName}</span>
            </>
          }
          validationState={
            nameError ? 'error' : draft.confirmation !== '' && !has('name') ? 'success' : 'none'
          }
          validationMessage={
            nameError ?? (draft.confirmation !== '' && !has('name') ? t.nameMatches : undefined)
          }
        >
          <Input
            value={draft.confirmation}
            autoComplete="off"
            spellCheck={false}
            onChange={(_event, data) => onDraftChange({ confirmation: data.value })}
            onBlur={() => touch('name')}
          />
        </Field>
        {Boolean(error) && <QueryError error={error} onRetry={onSubmit} />}
        <StepFooter
          onBack={onBack}
          hintId={hintId}
          hint={blocked ? t.submitBlocked(missing) : undefined}
          primary={
            <Button
              type="submit"
              appearance="primary"
              disabled={blocked || pending}
              aria-describedby={blocked ? hintId : undefined}
              icon={pending ? <Spinner size="tiny" /> : undefined}
            >
              {t.submit}
            </Button>
          }
        />
      </form>
    </>
  );
}
