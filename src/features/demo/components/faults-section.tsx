import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { FAULT_OPERATIONS, type DemoState, type FaultRule } from '@/contract/demo';
import type { DemoActionMutation } from '@/features/demo/api/demo-actions';
import { PanelSection, usePanelStyles } from '@/features/demo/components/panel-section';
import { demoBarMessages } from '@/features/demo/bar-messages';
import { demoMessages } from '@/features/demo/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

type FaultKind = '500' | '503' | 'offline' | 'latency';
type DemoMessages = (typeof demoMessages)['en-US'];

function ruleFor(operation: FaultRule['operation'], kind: FaultKind, once: boolean): FaultRule {
  const times = once ? { times: 1 } : {};
  switch (kind) {
    case '500':
      return { operation, status: 500, ...times };
    case '503':
      return { operation, status: 503, retryAfterSeconds: 2, ...times };
    case 'offline':
      return { operation, offline: true, ...times };
    case 'latency':
      return { operation, latencyMs: 3000, ...times };
  }
}

function describeRule(rule: FaultRule, t: DemoMessages): string {
  const target = rule.operation === '*' ? t.allCalls : rule.operation;
  const kind = rule.offline
    ? t.faultOffline
    : rule.status === 500
      ? t.fault500
      : rule.status === 503
        ? t.fault503
        : rule.latencyMs
          ? t.faultLatency
          : `${rule.status ?? ''}`;
  return `${target}: ${kind} — ${rule.times === undefined ? t.always : t.once}`;
}

/** Injects failures into ARM calls, lists the active ones and removes them (contract §2 `faults`). */
export function FaultsSection({ state, action }: { state: DemoState; action: DemoActionMutation }) {
  const styles = usePanelStyles();
  const t = useMessages(demoMessages);
  const bar = useMessages(demoBarMessages);
  const [operation, setOperation] = useState<FaultRule['operation']>('*');
  const [kind, setKind] = useState<FaultKind>('503');
  const [once, setOnce] = useState(true);
  const busy = action.isPending;
  const setRules = (rules: FaultRule[]) => action.mutate({ kind: 'faults', body: { rules } });

  return (
    <PanelSection id="demo-faults" title={bar.faults}>
      <div className={styles.row}>
        <Field label={t.faultOperation}>
          <Select
            value={operation}
            onChange={(_event, data) => setOperation(data.value as FaultRule['operation'])}
          >
            <option value="*">{t.allCalls}</option>
            {FAULT_OPERATIONS.map((id) => (
              <option key={id} value={id}>
                {t.operationName[id]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.faultKind}>
          <Select value={kind} onChange={(_event, data) => setKind(data.value as FaultKind)}>
            <option value="500">{t.fault500}</option>
            <option value="503">{t.fault503}</option>
            <option value="offline">{t.faultOffline}</option>
            <option value="latency">{t.faultLatency}</option>
          </Select>
        </Field>
        <Field label={t.faultTimes}>
          <Select
            value={once ? 'once' : 'always'}
            onChange={(_event, data) => setOnce(data.value === 'once')}
          >
            <option value="once">{t.once}</option>
            <option value="always">{t.always}</option>
          </Select>
        </Field>
        <Button
          disabled={busy}
          onClick={() => setRules([...state.faults, ruleFor(operation, kind, once)])}
        >
          {t.addFault}
        </Button>
      </div>
      <h3 className={styles.heading}>{t.activeFaults}</h3>
      {state.faults.length === 0 ? (
        <p className={styles.help}>{t.noFaults}</p>
      ) : (
        <ul className={styles.faultList}>
          {state.faults.map((rule, index) => (
            <li key={`${rule.operation}-${index}`}>
              {describeRule(rule, t)}{' '}
              <Button
                size="small"
                appearance="subtle"
                disabled={busy}
                onClick={() => setRules(state.faults.filter((_rule, i) => i !== index))}
              >
                {t.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Button disabled={busy || state.faults.length === 0} onClick={() => setRules([])}>
          {t.clearFaults}
        </Button>
      </div>
    </PanelSection>
  );
}
