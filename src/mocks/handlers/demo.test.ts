import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { armErrorSchema } from '@/contract/errors';
import { clockStateSchema, DEMO_CLOCK_RANGE, demoStateSchema, healthSchema } from '@/contract/demo';
import { billingSubscriptionSchema } from '@/contract/billing';
import { subscriptionSchema } from '@/contract/subscriptions';
import { version } from '../../../package.json';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { subscriptionListSchema } from '@/contract/subscriptions';
import { arm, demo, errorCode, useMockServer } from '../testing/mock-server-fixture';

const list = (persona = 'admin'): Promise<Response> =>
  arm('/subscriptions', { apiVersion: API_VERSIONS.subscriptions, persona });

describe('/__demo endpoints', () => {
  const mock = useMockServer();

  it('state: scenario, personas with roles, clock, no latency in Node', async () => {
    const state = demoStateSchema.parse(await (await demo('state')).json());
    expect(state).toMatchObject({
      scenario: 'default',
      offsetMs: 0,
      latencyMs: 0,
      persona: { id: 'admin', displayName: 'Avery Howard' },
    });
    expect(state.scenarios).toEqual(['default', 'large-tenant', 'empty']);
    expect(state.personas.find((p) => p.id === 'owner')?.roles).toEqual({ Owner: 7 });
  });

  it('reset loads another scenario; unknown scenarios answer 400', async () => {
    const state = demoStateSchema.parse(await (await demo('reset', { scenario: 'empty' })).json());
    expect(state.scenario).toBe('empty');
    expect(subscriptionListSchema.parse(await (await list()).json()).value).toEqual([]);
    expect(await errorCode(await demo('reset', { scenario: 'nope' }))).toBe('UnknownScenario');
  });

  it('clock: advanceMs, setIso and reset move the mock’s now', async () => {
    const advanced = clockStateSchema.parse(
      await (await demo('clock', { advanceMs: 3_600_000 })).json(),
    );
    expect(advanced.offsetMs).toBe(3_600_000);
    const set = clockStateSchema.parse(
      await (await demo('clock', { setIso: '2030-01-01T00:00:00Z' })).json(),
    );
    expect(Math.abs(Date.parse(set.now) - Date.parse('2030-01-01T00:00:00Z'))).toBeLessThan(1_000);
    const reset = clockStateSchema.parse(await (await demo('clock', { reset: true })).json());
    expect(reset.offsetMs).toBe(0);
    expect((await demo('clock', { advanceMs: 'soon' })).status).toBe(400);
  });

  it('faults: 503 with Retry-After for the given number of times, then normal again', async () => {
    await demo('faults', {
      rules: [{ operation: 'listSubscriptions', status: 503, retryAfterSeconds: 7, times: 1 }],
    });
    const failed = await list();
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('7');
    expect(await errorCode(failed)).toBe('ServiceUnavailable');
    expect((await list()).status).toBe(200);
  });

  it('faults: rules sent without latencyMs must keep to the limit together with the current override', async () => {
    expect((await demo('faults', { rules: [], latencyMs: 100_000 })).status).toBe(200);
    const refused = await demo('faults', { rules: [{ operation: 'cancel', latencyMs: 100_000 }] });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('current latency override');
    expect(
      (await demo('faults', { rules: [{ operation: 'cancel', latencyMs: 20_000 }] })).status,
    ).toBe(200);
  });

  it('faults: offline makes the fetch reject; { rules: [] } clears it', async () => {
    await demo('faults', { rules: [{ operation: '*', offline: true }] });
    await expect(list()).rejects.toThrow();
    await demo('faults', { rules: [] });
    expect((await list()).status).toBe(200);
  });

  it('faults: latency rules and the latency override are reported in the state', async () => {
    const state = demoStateSchema.parse(
      await (
        await demo('faults', { rules: [{ operation: 'billing', latencyMs: 5 }], latencyMs: 1 })
      ).json(),
    );
    expect(state.latencyMs).toBe(1);
    expect(state.faults).toEqual([{ operation: 'billing', latencyMs: 5 }]);
    expect((await list()).status).toBe(200);
  });

  it('persona: switches the signed-in persona; unknown ids answer 400', async () => {
    const state = demoStateSchema.parse(await (await demo('persona', { id: 'reader' })).json());
    expect(state.persona.displayName).toBe('Riley Chen');
    expect(await errorCode(await demo('persona', { id: 'nobody' }))).toBe('UnknownPersona');
  });

  it('notice: set when saved state was replaced, cleared by /notice/dismiss', async () => {
    mock().store.updateSettings((s) => ({ ...s, notice: { code: 'state-reset', reason: 'test' } }));
    expect(demoStateSchema.parse(await (await demo('state')).json()).notice?.code).toBe(
      'state-reset',
    );
    const after = demoStateSchema.parse(await (await demo('notice/dismiss', {})).json());
    expect(after.notice).toBeUndefined();
  });
});

/** A 400 of a demo endpoint: ARM's envelope, and its message. */
async function refusal(response: Response): Promise<{ code: string; message: string }> {
  expect(response.status).toBe(400);
  return armErrorSchema.parse(await response.json()).error;
}

describe('/__demo/clock: bad input gets a clear error', () => {
  const T = Date.UTC(2026, 2, 15, 9);
  const mock = useMockServer({ systemNow: () => T });
  const offset = (): number => mock().store.settings().clockOffsetMs;

  it.each([
    [{ advanceMs: -1e15 }, 'advanceMs'],
    [{ advanceMs: 1e15 }, 'advanceMs'],
    [{ setIso: '1999-12-31T23:59:59.999Z' }, 'setIso'],
    [{ setIso: '2200-01-01T00:00:00Z' }, 'setIso'],
    [{ setIso: '9999-12-31T00:00:00+14:00' }, 'setIso'],
  ])(
    'Demo: %j would leave the supported range: 400 naming the field, clock unchanged',
    async (body, field) => {
      await demo('clock', { advanceMs: 60_000 });
      const error = await refusal(await demo('clock', body));
      expect(error.code).toBe('InvalidRequestContent');
      expect(error.message).toContain(field);
      expect(error.message).toContain('2000-01-01T00:00:00.000Z to 2199-12-31T23:59:59.999Z');
      expect(offset()).toBe(60_000);
    },
  );

  it('Demo: the range is inclusive at both ends', async () => {
    const first = clockStateSchema.parse(
      await (await demo('clock', { setIso: new Date(DEMO_CLOCK_RANGE.min).toISOString() })).json(),
    );
    expect(Date.parse(first.now)).toBe(DEMO_CLOCK_RANGE.min);
    const last = clockStateSchema.parse(
      await (await demo('clock', { setIso: new Date(DEMO_CLOCK_RANGE.max).toISOString() })).json(),
    );
    expect(Date.parse(last.now)).toBe(DEMO_CLOCK_RANGE.max);
  });

  it('Demo: a number too large for JSON to hold (1e400) is refused as not finite', async () => {
    const response = await fetch('http://localhost/__demo/clock', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"advanceMs":1e400}',
    });
    const error = await refusal(response);
    expect(error.message).toBe('advanceMs must be a finite number of milliseconds');
    expect(offset()).toBe(0);
  });

  it('Demo: setIso takes an offset, no offset (UTC) or a date alone (midnight UTC)', async () => {
    const at = async (setIso: string): Promise<string> =>
      clockStateSchema.parse(await (await demo('clock', { setIso })).json()).now;
    expect(await at('2030-01-01T10:00:00+02:00')).toBe('2030-01-01T08:00:00.000Z');
    expect(await at('2030-01-01T10:00:00')).toBe('2030-01-01T10:00:00.000Z');
    expect(await at('2030-01-01T10:00')).toBe('2030-01-01T10:00:00.000Z');
    expect(await at('2030-01-02')).toBe('2030-01-02T00:00:00.000Z');
  });

  it.each([
    [{ advanceMs: 'soon' }, 'advanceMs must be a finite number of milliseconds'],
    [{ advanceMs: null }, 'advanceMs must be a finite number of milliseconds'],
    [{ setIso: 42 }, 'setIso must be an ISO 8601 date-time string'],
    [{ setIso: 'next tuesday' }, 'setIso must be an ISO 8601 date or date-time'],
    [{ reset: false }, 'reset must be true'],
    [{}, 'Send one of advanceMs, setIso or reset: true'],
    [{ minutes: 10 }, 'Send one of advanceMs, setIso or reset: true'],
    [[1], 'The request body must be a JSON object; received array.'],
  ])('Demo: clock %j answers 400 with the field and the reason', async (body, message) => {
    const error = await refusal(await demo('clock', body));
    expect(error.code).toBe('InvalidRequestContent');
    expect(error.message).toContain(message);
    expect(error.message).not.toBe('Invalid input');
    expect(offset()).toBe(0);
  });

  it('Demo: a body with several clock fields stays accepted as it always was: advanceMs wins, then setIso', async () => {
    const before = Date.parse((await (await demo('state')).json()).now);
    const both = await demo('clock', { advanceMs: 60_000, setIso: '2030-01-01T00:00:00Z' });
    expect(both.status).toBe(200);
    expect(Date.parse((await both.json()).now) - before).toBeGreaterThanOrEqual(60_000);
    const setAndReset = await demo('clock', { setIso: '2030-01-01T00:00:00Z', reset: true });
    expect((await setAndReset.json()).now.slice(0, 10)).toBe('2030-01-01');
  });

  it('Demo: no body at all is named as such', async () => {
    const response = await fetch('http://localhost/__demo/clock', { method: 'POST' });
    expect((await refusal(response)).message).toBe(
      'The request body must be a JSON object; received no body.',
    );
  });
});

describe('/__demo/*: every 400 names the field and the reason', () => {
  useMockServer();

  it.each([
    ['reset', {}, 'scenario is required (string).'],
    ['persona', { id: 7 }, 'id: Invalid input: expected string, received number'],
    ['faults', {}, 'rules is required (array).'],
    ['faults', { rules: [{ operation: 'nope' }] }, 'rules[0].operation: Invalid option'],
    [
      'faults',
      { rules: [{ operation: 'cancel', status: 404 }] },
      'rules[0].status: Invalid option: expected one of 500|503|429',
    ],
    ['faults', { rules: [], latencyMs: -1 }, 'latencyMs: Too small'],
    ['moment', {}, 'id is required (string).'],
  ])('Demo: %s %j answers 400: %s', async (path, body, message) => {
    const error = await refusal(await demo(path, body));
    expect(error.code).toBe('InvalidRequestContent');
    expect(error.message).toContain(message);
  });
});

describe('/__demo/health', () => {
  useMockServer({ scenario: 'empty' });

  it('Readiness: 200 with status ready, the package version and the loaded scenario', async () => {
    const response = await demo('health');
    expect(response.status).toBe(200);
    expect(healthSchema.parse(await response.json())).toEqual({
      status: 'ready',
      version,
      scenario: 'empty',
    });
  });
});

describe('/__demo/moment', () => {
  const T = Date.UTC(2026, 2, 15, 9);
  const mock = useMockServer({ systemNow: () => T });
  const production = async () =>
    subscriptionSchema.parse(
      await (
        await arm(`/subscriptions/${DEFAULT_IDS.production}`, {
          apiVersion: API_VERSIONS.subscriptions,
        })
      ).json(),
    );
  const billing = async () =>
    billingSubscriptionSchema.parse(
      await (
        await arm(
          `/subscriptions/${DEFAULT_IDS.production}/providers/Microsoft.Billing/billingSubscriptions/default`,
          { apiVersion: API_VERSIONS.billing },
        )
      ).json(),
    );

  it('Demo: seed-start is the default scenario with Contoso Production untouched, settings reset', async () => {
    await demo('reset', { scenario: 'empty' });
    await demo('persona', { id: 'reader' });
    const state = demoStateSchema.parse(await (await demo('moment', { id: 'seed-start' })).json());
    expect(state).toMatchObject({ scenario: 'default', offsetMs: 0, persona: { id: 'admin' } });
    expect((await production()).state).toBe('Enabled');
    expect((await billing()).properties.lifecycle?.cancellation).toBeUndefined();
  });

  it.each([
    ['just-cancelled', 60_000, 'Enabled'],
    ['disabled', 11 * 60_000, 'Disabled'],
    ['day-89', 89 * 86_400_000, 'Disabled'],
    ['deleted', 91 * 86_400_000, 'Deleted'],
  ] as const)(
    'moment %s: Contoso Production cancelled that long before the clock, by the domain',
    async (id, ago, state) => {
      expect((await demo('moment', { id })).status).toBe(200);
      expect((await production()).state).toBe(state);
      const cancellation = mock()
        .store.world()
        .subscriptions.find((s) => s.subscriptionId === DEFAULT_IDS.production)
        ?.cancellations.at(-1);
      expect(cancellation?.requestedAt).toBe(T - ago);
      // R8: the domain's command moved the support plan onto the record.
      expect(cancellation?.supportPlan).toBe('Standard');
    },
  );

  it('R10: at day-89 Contoso Production can still be reactivated; at deleted it cannot', async () => {
    await demo('moment', { id: 'day-89' });
    const enable = (): Promise<Response> =>
      arm(`/subscriptions/${DEFAULT_IDS.production}/providers/Microsoft.Subscription/enable`, {
        method: 'POST',
        apiVersion: API_VERSIONS.subscriptionOps,
      });
    expect((await enable()).status).toBe(200);
    await demo('moment', { id: 'deleted' });
    expect(await errorCode(await enable())).toBe('SubscriptionDeleted');
  });

  it('Demo: an unknown moment answers 400 UnknownMoment listing the known ones; nothing changes', async () => {
    await demo('moment', { id: 'disabled' });
    const before = JSON.stringify(mock().store.savedState());
    const error = await refusal(await demo('moment', { id: 'day-90' }));
    expect(error.code).toBe('UnknownMoment');
    expect(error.message).toContain('seed-start, just-cancelled, disabled, day-89, deleted');
    expect(JSON.stringify(mock().store.savedState())).toBe(before);
  });
});

describe('/__demo/clock on a system clock that ticks while the request is handled', () => {
  // Every read of the system clock is one millisecond later than the last, as on a slow machine.
  let tick = Date.parse('2026-01-01T00:00:00Z');
  useMockServer({ systemNow: () => (tick += 1) });

  it('clock: advanceMs moves the offset by exactly the amount asked, twice in a row', async () => {
    const first = clockStateSchema.parse(
      await (await demo('clock', { advanceMs: 3_600_000 })).json(),
    );
    expect(first.offsetMs).toBe(3_600_000);
    const second = clockStateSchema.parse(
      await (await demo('clock', { advanceMs: 60_000 })).json(),
    );
    expect(second.offsetMs).toBe(3_660_000);
  });
});
