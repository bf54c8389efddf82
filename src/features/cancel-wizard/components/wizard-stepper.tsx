import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import {
  WIZARD_STEPS,
  stepIndex,
  type WizardStep,
} from '@/features/cancel-wizard/api/wizard-steps';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: `0 0 ${tokens.spacingVerticalL}`,
    padding: 0,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground2 },
  circle: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '24px',
    height: '24px',
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    flexShrink: 0,
  },
  circleCurrent: {
    backgroundColor: tokens.colorBrandBackground,
    borderTopColor: tokens.colorBrandBackground,
    borderRightColor: tokens.colorBrandBackground,
    borderBottomColor: tokens.colorBrandBackground,
    borderLeftColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  circleDone: {
    color: tokens.colorBrandForeground1,
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
  },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  line: {
    width: '40px',
    height: '1px',
    backgroundColor: tokens.colorNeutralStroke1,
    '@media (max-width: 600px)': { width: '12px' },
  },
});

/** The wizard's three steps, in the Fluent stepper style: number, label, a line between. */
export function WizardStepper({ current }: { current: WizardStep }) {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  const currentIndex = stepIndex(current);
  return (
    <ol className={styles.list} aria-label={t.steps}>
      {WIZARD_STEPS.map((step, index) => {
        const done = index < currentIndex;
        const isCurrent = index === currentIndex;
        return (
          <li
            key={step}
            className={mergeClasses(styles.item, isCurrent && styles.current, done && styles.done)}
            aria-current={isCurrent ? 'step' : undefined}
          >
            {index > 0 && <span className={styles.line} aria-hidden />}
            <span
              className={mergeClasses(
                styles.circle,
                isCurrent && styles.circleCurrent,
                done && styles.circleDone,
              )}
              aria-hidden
            >
              {done ? <CheckmarkRegular /> : index + 1}
            </span>
            <span>
              {t.stepLabel[step]}
              {done && <span className={styles.srOnly}>{t.completed}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
