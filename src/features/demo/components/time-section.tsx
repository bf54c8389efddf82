import { Button, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { DemoState } from '@/contract/demo';
import { FormField } from '@/components/form/form-field';
import type { DemoActionMutation } from '@/features/demo/api/demo-actions';
import { PanelSection, usePanelStyles } from '@/features/demo/components/panel-section';
import { useSimulatedNow } from '@/features/demo/components/use-simulated-now';
import { demoBarMessages } from '@/features/demo/bar-messages';
import { demoMessages } from '@/features/demo/messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const JUMPS = [
  ['plus10m', 10 * MINUTE],
  ['plus1h', 60 * MINUTE],
  ['plus1d', DAY],
  ['plus30d', 30 * DAY],
  ['plus90d', 90 * DAY],
] as const;

/** A `datetime-local` input's value for a time, in the browser's own time zone. */
function toLocalInput(epochMs: number): string {
  const date = new Date(epochMs - new Date(epochMs).getTimezoneOffset() * MINUTE);
  return date.toISOString().slice(0, 16);
}

/** Moves the mock's clock forward, to a set time, or back to real time (contract §2 `clock`). */
export function TimeSection({ state, action }: { state: DemoState; action: DemoActionMutation }) {
  const styles = usePanelStyles();
  const t = useMessages(demoMessages);
  const bar = useMessages(demoBarMessages);
  const format = useFormat();
  const now = useSimulatedNow(state.offsetMs, 1_000);
  const [setTo, setSetTo] = useState(() => toLocalInput(now));
  const [error, setError] = useState<string | null>(null);
  const busy = action.isPending;

  const setTime = () => {
    const epoch = new Date(setTo).getTime();
    if (!setTo || Number.isNaN(epoch)) {
      setError(t.invalidTime);
      return;
    }
    setError(null);
    action.mutate({ kind: 'clock', body: { setIso: new Date(epoch).toISOString() } });
  };

  return (
    <PanelSection id="demo-time" title={t.time}>
      <p className={styles.now}>
        {state.offsetMs === 0 ? t.realTime : bar.simulatedTime}
        {t.labelEnd}
        {format.dateTime(new Date(now).toISOString())}
      </p>
      <div className={styles.row}>
        {JUMPS.map(([label, ms]) => (
          <Button
            key={label}
            disabled={busy}
            onClick={() => action.mutate({ kind: 'clock', body: { advanceMs: ms } })}
          >
            {t[label]}
          </Button>
        ))}
      </div>
      <div className={styles.row}>
        <FormField error={error} label={t.setTime}>
          <Input
            type="datetime-local"
            value={setTo}
            onChange={(_event, data) => setSetTo(data.value)}
          />
        </FormField>
        <Button disabled={busy} onClick={setTime}>
          {t.apply}
        </Button>
        <Button
          disabled={busy || state.offsetMs === 0}
          onClick={() => action.mutate({ kind: 'clock', body: { reset: true } })}
        >
          {t.backToReal}
        </Button>
      </div>
    </PanelSection>
  );
}
