import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hint: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    flexBasis: '100%',
  },
});

/** Back / primary action, and in words why the primary action is not available yet. */
export function StepFooter({
  onBack,
  primary,
  hint,
  hintId,
}: {
  onBack?: () => void;
  primary: ReactNode;
  hint?: string | undefined;
  hintId?: string;
}) {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  return (
    <div className={styles.root}>
      {onBack && <Button onClick={onBack}>{t.back}</Button>}
      {primary}
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
    </div>
  );
}
