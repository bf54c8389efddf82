import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { moveMessages } from '@/features/move-resources/messages';
import type { MoveBlock, MoveStep } from '@/features/move-resources/move-plan';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hint: {
    flexBasis: '100%',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

export interface MoveActionsProps {
  step: MoveStep;
  validating: boolean;
  moving: boolean;
  onValidate: () => void;
  onMove: () => void;
  onCancel: () => void;
}

/** Validate, Move and Cancel, with a line that says what the next step waits for. */
export function MoveActions({ step, validating, moving, ...on }: MoveActionsProps) {
  const styles = useStyles();
  const t = useMessages(moveMessages);
  const blocked: Record<MoveBlock, string> = {
    'not-allowed': t.notAllowed,
    'same-group': t.sameGroup,
    'target-denied': t.noTargets,
    incomplete: t.validateNeeds,
  };
  const hint =
    step.kind === 'blocked'
      ? blocked[step.reason]
      : step.kind === 'validate'
        ? t.moveNeedsValidation
        : undefined;
  const pending = validating || moving;
  return (
    <div className={styles.actions}>
      <Button
        onClick={on.onValidate}
        disabled={step.kind === 'blocked' || pending}
        icon={validating ? <Spinner size="tiny" /> : undefined}
      >
        {t.validate}
      </Button>
      <Button
        appearance="primary"
        onClick={on.onMove}
        disabled={step.kind !== 'move' || pending}
        icon={moving ? <Spinner size="tiny" /> : undefined}
      >
        {t.move}
      </Button>
      <Button onClick={on.onCancel}>{t.cancel}</Button>
      {hint && <span className={styles.hint}>{hint}</span>}
    </div>
  );
}
