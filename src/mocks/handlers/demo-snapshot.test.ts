import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { demoSnapshotSchema, type DemoSnapshot } from '@/contract/demo';
import { armErrorSchema } from '@/contract/errors';
import { subscriptionListSchema } from '@/contract/subscriptions';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { arm, demo, useMockServer } from '../testing/mock-server-fixture';

const T = Date.UTC(2026, 2, 15, 9);

function put(body: string): Promise<Response> {
  return fetch('http://localhost/__demo/snapshot', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body,
  });
}

async function snapshot(): Promise<DemoSnapshot> {
  const response = await demo('snapshot');
  expect(response.status).toBe(200);
  return demoSnapshotSchema.parse(await response.json());
}

const listAs = async (persona: string) =>
  subscriptionListSchema.parse(
    await (await arm('/subscriptions', { apiVersion: API_VERSIONS.subscriptions, persona })).json(),
  ).value;

describe('/__demo/snapshot', () => {
  const mock = useMockServer({ systemNow: () => T });

  it('Demo: GET is the whole demo state, versioned: world, clock offset, persona, faults', async () => {
    await demo('clock', { advanceMs: 3_600_000 });
    await demo('persona', { id: 'owner' });
    await demo('faults', { rules: [{ operation: 'billing', status: 503, times: 2 }] });
    const taken = await snapshot();
    expect(taken).toMatchObject({
      format: 'azure-subscriptions-demo',
      version: 1,
      takenAt: '2026-03-15T10:00:00.000Z',
      scenario: 'default',
      clockOffsetMs: 3_600_000,
      persona: 'owner',
      faults: [{ operation: 'billing', status: 503, times: 2 }],
      latencyOverrideMs: null,
    });
    expect(taken.language).toBeUndefined();
  });

  it('Demo: PUT of a snapshot brings back exactly the state it was taken from', async () => {
    const cancel = await arm(
      `/subscriptions/${DEFAULT_IDS.production}/providers/Microsoft.Subscription/cancel`,
      { apiVersion: API_VERSIONS.subscriptionOps, body: {} },
    );
    expect(cancel.status).toBe(200);
    await demo('clock', { advanceMs: 20 * 60_000 });
    await demo('persona', { id: 'reader' });
    const taken = await snapshot();
    const before = JSON.stringify(mock().store.savedState());
    const listed = await listAs('admin');

    await demo('reset', { scenario: 'empty' });
    expect(await listAs('admin')).toEqual([]);

    const restored = await put(JSON.stringify(taken));
    expect(restored.status).toBe(200);
    expect(demoSnapshotSchema.parse(await restored.json()).persona).toBe('reader');
    expect(JSON.stringify(mock().store.savedState())).toBe(before);
    expect(await listAs('admin')).toEqual(listed);
    expect(listed.find((s) => s.subscriptionId === DEFAULT_IDS.production)?.state).toBe('Disabled');
  });

  it('Demo: a language in the document is accepted and left to the portal', async () => {
    const taken = await snapshot();
    expect((await put(JSON.stringify({ ...taken, language: 'zh-CN' }))).status).toBe(200);
  });

  it('Demo: the large tenant round-trips (its world is stored as changes from the scenario)', async () => {
    await demo('reset', { scenario: 'large-tenant' });
    const taken = await snapshot();
    await demo('reset', { scenario: 'default' });
    expect((await put(JSON.stringify(taken))).status).toBe(200);
    expect((await listAs('admin')).length).toBeGreaterThan(4_000);
  });

  it.each<[string, (s: DemoSnapshot) => unknown, string]>([
    ['an array', (s) => [s], 'A snapshot is a JSON object.'],
    [
      'another format',
      (s) => ({ ...s, format: 'something-else' }),
      "format must be 'azure-subscriptions-demo'",
    ],
    ['a later version', (s) => ({ ...s, version: 2 }), 'Snapshot version 2 is not supported'],
    ['no world', (s) => ({ ...s, world: undefined }), 'world is required'],
    [
      'a wrong clock offset type',
      (s) => ({ ...s, clockOffsetMs: '1h' }),
      'clockOffsetMs: Invalid input',
    ],
    ['an unknown language', (s) => ({ ...s, language: 'fr-FR' }), 'language: Invalid option'],
    [
      'an unknown fault operation',
      (s) => ({ ...s, faults: [{ operation: 'x' }] }),
      'faults[0].operation',
    ],
    ['an unknown scenario', (s) => ({ ...s, scenario: 'nope' }), "unknown scenario 'nope'"],
    ['another store version', (s) => ({ ...s, storeVersion: 99 }), 'store version 99'],
    ['other scenario data', (s) => ({ ...s, baseFingerprint: 'x' }), 'older scenario data'],
    ['a persona not in its world', (s) => ({ ...s, persona: 'nobody' }), "persona 'nobody'"],
    [
      'a clock outside the supported range',
      (s) => ({ ...s, clockOffsetMs: -1e15 }),
      'outside the supported range',
    ],
    [
      'a corrupted world',
      (s) => ({
        ...s,
        world: {
          ...s.world,
          subscriptions: { upserts: [{ subscriptionId: DEFAULT_IDS.production }], removed: [] },
        },
      }),
      'corrupted (invalid data)',
    ],
  ])(
    'Demo: a snapshot with %s answers 400 InvalidSnapshot and changes nothing',
    async (_label, change, reason) => {
      await demo('clock', { advanceMs: 60_000 });
      const taken = await snapshot();
      const before = JSON.stringify(mock().store.savedState());
      const response = await put(JSON.stringify(change(taken)));
      expect(response.status).toBe(400);
      const { error } = armErrorSchema.parse(await response.json());
      expect(error.code).toBe('InvalidSnapshot');
      expect(error.message).toContain(reason);
      expect(JSON.stringify(mock().store.savedState())).toBe(before);
    },
  );

  it('Demo: a body that is not JSON answers 400 InvalidSnapshot and changes nothing', async () => {
    const before = JSON.stringify(mock().store.savedState());
    const response = await put('{"format":');
    const { error } = armErrorSchema.parse(await response.json());
    expect([response.status, error.code]).toEqual([400, 'InvalidSnapshot']);
    expect(error.message).toBe('The snapshot is not valid JSON.');
    expect(JSON.stringify(mock().store.savedState())).toBe(before);
  });
});
