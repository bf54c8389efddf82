import {
  Button,
  Divider,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
} from '@fluentui/react-components';
import { SidePanel } from '@/components/panel/side-panel';
import { useState } from 'react';
import type { RoleDefinitionName } from '@/contract/authorization';
import { FAULT_OPERATIONS, type DemoState, type FaultRule } from '@/contract/demo';
import { QueryError } from '@/components/feedback/query-error';
import { useDemoAction } from '@/features/demo/api/demo-actions';
import { MomentsSection } from '@/features/demo/components/moments-section';
import { PanelSection, usePanelStyles } from '@/features/demo/components/panel-section';
import { SnapshotSection } from '@/features/demo/components/snapshot-section';
import { useSimulatedNow } from '@/features/demo/components/use-simulated-now';
import { demoMessages } from '@/features/demo/messages';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useFormat } from '@/lib/i18n/format';
import { LOCALES, isLocale } from '@/lib/i18n/locale';
import { useLocale, useMessages } from '@/lib/i18n/locale-provider';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const JUMPS = [
  ['plus10m', 10 * MINUTE],
  ['plus1h', 60 * MINUTE],
  ['plus1d', DAY],
  ['plus30d', 30 * DAY],
  ['plus90d', 90 * DAY],
] as const;

const LANGUAGE_NAMES: Record<(typeof LOCALES)[number], string> = {
  'en-US': 'English',
  'zh-CN': '中文(简体)',
};

type FaultKind = '500' | '503' | 'offline' | 'latency';

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

function toLocalInput(epochMs: number): string {
  const date = new Date(epochMs - new Date(epochMs).getTimezoneOffset() * MINUTE);
  return date.toISOString().slice(0, 16);
}

export function DemoPanel({
  open,
  onClose,
  state,
}: {
  open: boolean;
  onClose: () => void;
  state: DemoState;
}) {
  const styles = usePanelStyles();
  const t = useMessages(demoMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const { locale, setLocale } = useLocale();
  const action = useDemoAction();
  const now = useSimulatedNow(state.offsetMs, 1_000);
  const [scenario, setScenario] = useState(state.scenario);
  const [setTo, setSetTo] = useState(() => toLocalInput(now));
  const [timeError, setTimeError] = useState<string | null>(null);
  const [faultOperation, setFaultOperation] = useState<FaultRule['operation']>('*');
  const [faultKind, setFaultKind] = useState<FaultKind>('503');
  const [faultOnce, setFaultOnce] = useState(true);
  const [personaChoice, setPersonaChoice] = useState<string | null>(null);
  const busy = action.isPending;

  const setTime = () => {
    const epoch = new Date(setTo).getTime();
    if (!setTo || Number.isNaN(epoch)) {
      setTimeError(t.invalidTime);
      return;
    }
    setTimeError(null);
    action.mutate({ kind: 'clock', body: { setIso: new Date(epoch).toISOString() } });
  };

  return (
    <SidePanel open={open} onClose={onClose} size="medium" title={t.title} closeLabel={t.close}>
      {action.error ? (
        <QueryError
          error={action.error}
          onRetry={() => action.variables && action.mutate(action.variables)}
        />
      ) : null}

      <PanelSection id="demo-scenario" title={t.scenario}>
        <div className={styles.row}>
          <Field label={t.scenario}>
            <Select value={scenario} onChange={(_event, data) => setScenario(data.value)}>
              {state.scenarios.map((id) => (
                <option key={id} value={id}>
                  {t.scenarioName(id)}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={busy} onClick={() => action.mutate({ kind: 'reset', scenario })}>
            {t.reset}
          </Button>
        </div>
        <p className={styles.help}>{t.scenarioHelp}</p>
      </PanelSection>
      <Divider />
      <MomentsSection onClose={onClose} />
      <Divider />
      <SnapshotSection />
      <Divider />

      <PanelSection id="demo-persona" title={t.persona}>
        <RadioGroup
          aria-labelledby="demo-persona"
          // Shows the choice at once (in the click's own render, so the radio never springs back);
          // the mock's answer then confirms it.
          value={personaChoice ?? state.persona.id}
          onChange={(_event, data) => {
            setPersonaChoice(data.value);
            action.mutate(
              { kind: 'persona', id: data.value },
              { onSettled: () => setPersonaChoice(null) },
            );
          }}
          disabled={busy}
        >
          {state.personas.map((persona) => {
            // The role names of the rest of the portal, in its language.
            const roles = (Object.entries(persona.roles) as [RoleDefinitionName, number][]).map(
              ([role, count]) => `${common.role[role]} × ${count}`,
            );
            return (
              <Radio
                key={persona.id}
                value={persona.id}
                label={`${persona.displayName} — ${t.personaRoles(roles)}`}
              />
            );
          })}
        </RadioGroup>
      </PanelSection>
      <Divider />

      <PanelSection id="demo-time" title={t.time}>
        <p className={styles.now}>
          {state.offsetMs === 0 ? t.realTime : t.simulatedTime}:{' '}
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
          <Field
            label={t.setTime}
            validationMessage={timeError ?? undefined}
            validationState={timeError ? 'error' : 'none'}
          >
            <Input
              type="datetime-local"
              value={setTo}
              onChange={(_event, data) => setSetTo(data.value)}
            />
          </Field>
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
      <Divider />

      <PanelSection id="demo-faults" title={t.faults}>
        <div className={styles.row}>
          <Field label={t.faultOperation}>
            <Select
              value={faultOperation}
              onChange={(_event, data) => setFaultOperation(data.value as FaultRule['operation'])}
            >
              <option value="*">{t.allCalls}</option>
              {FAULT_OPERATIONS.map((operation) => (
                <option key={operation} value={operation}>
                  {t.operationName[operation]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.faultKind}>
            <Select
              value={faultKind}
              onChange={(_event, data) => setFaultKind(data.value as FaultKind)}
            >
              <option value="500">{t.fault500}</option>
              <option value="503">{t.fault503}</option>
              <option value="offline">{t.faultOffline}</option>
              <option value="latency">{t.faultLatency}</option>
            </Select>
          </Field>
          <Field label={t.faultTimes}>
            <Select
              value={faultOnce ? 'once' : 'always'}
              onChange={(_event, data) => setFaultOnce(data.value === 'once')}
            >
              <option value="once">{t.once}</option>
              <option value="always">{t.always}</option>
            </Select>
          </Field>
          <Button
            disabled={busy}
            onClick={() =>
              action.mutate({
                kind: 'faults',
                body: { rules: [...state.faults, ruleFor(faultOperation, faultKind, faultOnce)] },
              })
            }
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
                  onClick={() =>
                    action.mutate({
                      kind: 'faults',
                      body: { rules: state.faults.filter((_rule, i) => i !== index) },
                    })
                  }
                >
                  {t.remove}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.row}>
          <Button
            disabled={busy || state.faults.length === 0}
            onClick={() => action.mutate({ kind: 'faults', body: { rules: [] } })}
          >
            {t.clearFaults}
          </Button>
        </div>
      </PanelSection>
      <Divider />

      <PanelSection id="demo-language" title={t.language}>
        <Field label={t.language}>
          <Select
            value={locale}
            onChange={(_event, data) => isLocale(data.value) && setLocale(data.value)}
          >
            {LOCALES.map((id) => (
              <option key={id} value={id} lang={id}>
                {LANGUAGE_NAMES[id]}
              </option>
            ))}
          </Select>
        </Field>
      </PanelSection>
    </SidePanel>
  );
}

function describeRule(rule: FaultRule, t: (typeof demoMessages)['en-US']): string {
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
