import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { BeakerRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DemoPanel } from '@/features/demo/components/demo-panel';
import { useSimulatedNow } from '@/features/demo/components/use-simulated-now';
import { demoMessages } from '@/features/demo/messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';
import { demoStateQueryOptions } from '@/lib/queries/demo-state';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  button: {
    color: '#ffffff',
    minWidth: 'auto',
    ':hover': { color: '#ffffff', backgroundColor: '#323130' },
  },
  badges: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    '@media (max-width: 900px)': { display: 'none' },
  },
});

/**
 * The top bar's Demo button and, whenever time or faults are altered, a badge that says so, so nobody
 * mistakes a demo's simulated state for the real one.
 */
export function DemoControls() {
  const styles = useStyles();
  const t = useMessages(demoMessages);
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const { data: state } = useQuery(demoStateQueryOptions());
  const now = useSimulatedNow(state?.offsetMs ?? 0);
  if (!state) return null;
  const timeAltered = state.offsetMs !== 0;
  const faults = state.faults.length;
  return (
    <div className={styles.root}>
      <div className={styles.badges} role="status">
        {timeAltered && (
          <Badge appearance="filled" color="warning">
            {t.simulatedBadge(format.dateTime(new Date(now).toISOString()))}
          </Badge>
        )}
        {faults > 0 && (
          <Badge appearance="filled" color="danger">
            {t.faultsBadge(faults)}
          </Badge>
        )}
      </div>
      <Button
        appearance="transparent"
        className={styles.button}
        icon={<BeakerRegular />}
        aria-label={timeAltered || faults > 0 ? `${t.button} (${t.altered})` : t.button}
        onClick={() => setOpen(true)}
      >
        {t.button}
      </Button>
      {open && <DemoPanel open={open} onClose={() => setOpen(false)} state={state} />}
    </div>
  );
}
