import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  DismissCircleFilled,
  SubtractCircleFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import type { SubscriptionState } from '@/contract/subscriptions';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  icon: { fontSize: '14px', flexShrink: 0 },
  active: { color: tokens.colorPaletteGreenForeground1 },
  disabled: { color: tokens.colorNeutralForeground3 },
  deleted: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** ARM `state` shown the portal's way: a coloured glyph and the word (Enabled reads "Active"). */
export function StatusCell({ state, label }: { state: SubscriptionState; label: string }) {
  const styles = useStyles();
  const icon = {
    Enabled: (
      <CheckmarkCircleFilled className={mergeClasses(styles.icon, styles.active)} aria-hidden />
    ),
    Warned: <WarningFilled className={mergeClasses(styles.icon, styles.warning)} aria-hidden />,
    PastDue: <WarningFilled className={mergeClasses(styles.icon, styles.warning)} aria-hidden />,
    Disabled: (
      <SubtractCircleFilled className={mergeClasses(styles.icon, styles.disabled)} aria-hidden />
    ),
    Deleted: (
      <DismissCircleFilled className={mergeClasses(styles.icon, styles.deleted)} aria-hidden />
    ),
  }[state];
  return (
    <span className={styles.root}>
      {icon}
      <span>{label}</span>
    </span>
  );
}
