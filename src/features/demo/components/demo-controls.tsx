import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { BeakerRegular, ClockRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { lazyPane, PaneSlot } from '@/components/deferred/lazy-pane';
import { PHONE_MEDIA } from '@/components/shell/breakpoints';
import { useSimulatedNow } from '@/features/demo/components/use-simulated-now';
import { demoBarMessages } from '@/features/demo/bar-messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';
import { demoStateQueryOptions } from '@/lib/api/get-demo-state';

// The panel is a modal dialog: unlike the other top-bar panes it leaves the page when it closes.
const panel = lazyPane(() =>
  import('@/features/demo/components/demo-panel').then((module) => module.DemoPanel),
);

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  button: {
    color: '#ffffff',
    minWidth: 'auto',
    // On a phone the button is its icon (its name stays, from aria-label).
    [PHONE_MEDIA]: { minWidth: '40px', paddingInline: 0 },
    ':hover': { color: '#ffffff', backgroundColor: '#323130' },
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS },
  // Narrow top bars keep the badges (the altered state must always show) but drop their labels;
  // the icons then name them.
  label: { '@media (max-width: 900px)': { display: 'none' } },
  buttonText: { [PHONE_MEDIA]: { display: 'none' } },
  short: { display: 'none', '@media (max-width: 900px)': { display: 'inline' } },
});

/**
 * The top bar's Demo button and, whenever time or faults are altered, a badge that says so, so nobody
 * mistakes a demo's simulated state for the real one.
 */
export function DemoControls() {
  const styles = useStyles();
  const t = useMessages(demoBarMessages);
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const { data: state } = useQuery({
    ...demoStateQueryOptions(),
    // A fault limited to a number of requests ends by itself as ARM calls use it up: look again
    // meanwhile, so the badge and the panel stop showing it once it is gone.
    refetchInterval: (query) =>
      query.state.data?.faults.some((rule) => rule.times !== undefined) ? 2_000 : false,
  });
  const now = useSimulatedNow(state?.offsetMs ?? 0);
  if (!state) return null;
  const timeAltered = state.offsetMs !== 0;
  const faults = state.faults.length;
  return (
    <div className={styles.root}>
      <div className={styles.badges} role="status">
        {timeAltered && (
          <Badge
            appearance="filled"
            color="warning"
            icon={<ClockRegular aria-label={t.simulatedTime} className={styles.short} />}
          >
            <span className={styles.label}>
              {t.simulatedBadge(format.dateTime(new Date(now).toISOString()))}
            </span>
            <span className={styles.short}>{format.dateTime(new Date(now).toISOString())}</span>
          </Badge>
        )}
        {faults > 0 && (
          <Badge
            appearance="filled"
            color="danger"
            icon={<ErrorCircleRegular aria-label={t.faults} className={styles.short} />}
          >
            <span className={styles.label}>{t.faultsBadge(faults)}</span>
            <span className={styles.short}>{faults}</span>
          </Badge>
        )}
      </div>
      <Button
        appearance="transparent"
        className={styles.button}
        icon={<BeakerRegular />}
        aria-label={timeAltered || faults > 0 ? `${t.button} (${t.altered})` : t.button}
        onPointerEnter={panel.prefetch}
        onFocus={panel.prefetch}
        onClick={() => setOpen(true)}
      >
        <span className={styles.buttonText}>{t.button}</span>
      </Button>
      <PaneSlot mounted={open}>
        <panel.Pane open={open} onClose={() => setOpen(false)} state={state} />
      </PaneSlot>
    </div>
  );
}
