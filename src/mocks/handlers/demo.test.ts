import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { clockStateSchema, demoStateSchema } from '@/contract/demo';
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
