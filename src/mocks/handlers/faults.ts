import { HttpResponse } from 'msw';
import type { FaultOperation, FaultRule } from '@/contract/demo';
import { MAX_DEMO_LATENCY_MS } from '@/contract/limits';
import type { MockStore } from '../store/mock-store';
import { armError } from './arm-response';

export interface FaultOutcome {
  /** Extra delay added by matching rules. */
  latencyMs: number;
  /** The answer that replaces the handler's, when a rule fails the request. */
  response?: Response;
}

function failure(rule: FaultRule): Response {
  if (rule.offline === true) return HttpResponse.error();
  const status = rule.status ?? 500;
  if (status === 500)
    return armError(
      500,
      'InternalServerError',
      'The server encountered an internal error (injected by the demo).',
    );
  const retryAfter = String(rule.retryAfterSeconds ?? 1);
  if (status === 429) {
    return armError(
      429,
      'TooManyRequests',
      'The request is being throttled (injected by the demo).',
      { 'Retry-After': retryAfter },
    );
  }
  return armError(
    503,
    'ServiceUnavailable',
    'The service is temporarily unavailable (injected by the demo).',
    {
      'Retry-After': retryAfter,
    },
  );
}

/** A rule with only `latencyMs` slows the call down; any other rule fails it. */
const failsRequest = (rule: FaultRule): boolean =>
  rule.offline === true || rule.status !== undefined || rule.latencyMs === undefined;

/**
 * Applies the demo's fault rules for one operation and uses up their `times`. Every matching rule
 * adds its latency; the first failing one decides the answer.
 */
export function takeFaults(store: MockStore, operation: FaultOperation): FaultOutcome {
  const rules = store.settings().faults;
  const matching = rules.filter((rule) => rule.operation === '*' || rule.operation === operation);
  if (matching.length === 0) return { latencyMs: 0 };
  const remaining = rules.flatMap((rule) => {
    if (!matching.includes(rule) || rule.times === undefined) return [rule];
    return rule.times > 1 ? [{ ...rule, times: rule.times - 1 }] : [];
  });
  store.updateSettings((settings) => ({ ...settings, faults: remaining }));
  // However many rules match, the call waits no longer than the one documented maximum.
  const latencyMs = Math.min(
    MAX_DEMO_LATENCY_MS,
    matching.reduce((sum, rule) => sum + (rule.latencyMs ?? 0), 0),
  );
  const failing = matching.find(failsRequest);
  return failing === undefined ? { latencyMs } : { latencyMs, response: failure(failing) };
}
