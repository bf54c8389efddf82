import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { demoSnapshotSchema, type DemoSnapshot } from '@/contract/demo';
import { armErrorSchema } from '@/contract/errors';
import { subscriptionListSchema } from '@/contract/subscriptions';
import { WORLD_LIMITS } from '@/contract/world-limits';
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
      'clockOffsetMs: must keep the simulated clock within its range',
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
      'world.subscriptions.upserts[0].displayName: Invalid input: expected string, received undefined',
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

// Contract §9: one validator for every world. Each snapshot below could not have been reached
// through the API; each is refused naming the field's path, and the state stays byte for byte.
describe('/__demo/snapshot accepts only a world the API could have reached', () => {
  const mock = useMockServer({ systemNow: () => T });

  type World = ReturnType<ReturnType<typeof mock>['store']['world']>;
  type Change = (snapshot: DemoSnapshot, world: World) => void;

  const patch = (s: DemoSnapshot) =>
    s.world as {
      personas: Record<string, unknown>[];
      subscriptions: { upserts: Record<string, unknown>[]; removed: string[] };
      resources: { upserts: Record<string, unknown>[]; removed: string[] };
      tickets: Record<string, unknown>[];
    };
  /** Contoso Production as the world has it, changed, as the snapshot's one changed subscription. */
  const production =
    (change: (sub: Record<string, unknown>) => void): Change =>
    (s, world) => {
      const sub = structuredClone(
        world.subscriptions.find((x) => x.subscriptionId === DEFAULT_IDS.production),
      ) as unknown as Record<string, unknown>;
      change(sub);
      patch(s).subscriptions.upserts = [sub];
    };
  const cancellation = (extra: Record<string, unknown>) =>
    production((sub) => {
      sub.cancellations = [
        {
          requestedAt: T - 60_000,
          requestedBy: 'admin',
          reason: 'other',
          propagationDelayMs: sub.propagationDelayMs,
          ...extra,
        },
      ];
    });
  const ticket =
    (extra: Record<string, unknown>): Change =>
    (s) => {
      patch(s).tickets = [
        {
          name: 'ticket-1',
          subscriptionId: DEFAULT_IDS.production,
          problemType: 'billing',
          title: 'Invoice question',
          description: 'Line one\nLine two',
          createdBy: 'admin',
          createdAt: T - 60_000,
          ...extra,
        },
      ];
    };
  const rules =
    (count: number, latencyMs: number): Change =>
    (s) => {
      s.faults = Array.from({ length: count }, () => ({ operation: '*', latencyMs }));
    };

  async function put(change: Change): Promise<{ status: number; code: string; message: string }> {
    await demo('clock', { advanceMs: 60_000 });
    const taken = await snapshot();
    change(taken, mock().store.world());
    const before = JSON.stringify(mock().store.savedState());
    const response = await fetch('http://localhost/__demo/snapshot', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(taken),
    });
    const body = (await response.json()) as unknown;
    const state = JSON.stringify(mock().store.savedState());
    if (response.status !== 200) expect(state).toBe(before);
    const error = armErrorSchema.safeParse(body);
    return error.success
      ? { status: response.status, ...error.data.error }
      : { status: response.status, code: '', message: '' };
  }

  it('Contract §9: a world changed by hand within the rules is accepted (a new name in emoji, a cancellation, a ticket)', async () => {
    const change: Change = (s, world) => {
      cancellation({ comment: 'Moving to another subscription\nThanks' })(s, world);
      const sub = patch(s).subscriptions.upserts[0];
      if (sub !== undefined) sub.displayName = '😀'.repeat(64);
      ticket({})(s, world);
    };
    expect(await put(change)).toMatchObject({ status: 200 });
  });

  it.each<[string, Change, string]>([
    [
      'a cancellation requested at 1e308',
      cancellation({ requestedAt: 1e308 }),
      'world.subscriptions.upserts[0].cancellations[0].requestedAt: must be a whole-millisecond instant within 1990-01-03T00:00:00.000Z to 2200-01-01T00:59:59.999Z (UTC) (got 1e+308)',
    ],
    [
      'a cancellation requested in year 275760',
      cancellation({ requestedAt: 8.64e15 }),
      'world.subscriptions.upserts[0].cancellations[0].requestedAt: must be a whole-millisecond instant',
    ],
    [
      'a cancellation before the subscription was created',
      cancellation({ requestedAt: Date.UTC(2001, 0, 1) }),
      'world.subscriptions.upserts[0].cancellations[0].requestedAt: must not be before the subscription was created',
    ],
    [
      'a reactivation before its cancellation',
      cancellation({
        reactivatedAt: T - 120_000,
        reactivatedBy: 'admin',
        reactivatedVia: 'self-service',
      }),
      'world.subscriptions.upserts[0].cancellations[0].reactivatedAt: must not be before the cancellation',
    ],
    [
      'a reactivation after the data was deleted',
      cancellation({
        reactivatedAt: T + 100 * 86_400_000,
        reactivatedBy: 'admin',
        reactivatedVia: 'self-service',
      }),
      'world.subscriptions.upserts[0].cancellations[0].reactivatedAt: must not be after the subscription was deleted',
    ],
    [
      'a 1 MB cancellation comment',
      cancellation({ comment: 'c'.repeat(1 << 20) }),
      'world.subscriptions.upserts[0].cancellations[0].comment: must be a trimmed comment of 1–1000 characters',
    ],
    [
      'a usage of 1e308 an hour',
      production((sub) => (sub.usagePerHour = 1e308)),
      'world.subscriptions.upserts[0].usagePerHour: must be an amount from 0 to 1000000 (got 1e+308)',
    ],
    [
      'a negative usage',
      production((sub) => (sub.usagePerHour = -1)),
      'world.subscriptions.upserts[0].usagePerHour: must be an amount from 0 to 1000000',
    ],
    [
      'a usage no API call sets',
      production((sub) => (sub.usagePerHour = 99)),
      'world.subscriptions.upserts[0].usagePerHour: no API call changes it; it must stay as the scenario has it (4.35)',
    ],
    [
      'a persona of its own (root)',
      (s, world) => {
        patch(s).personas.push({ ...world.personas[0], id: 'root' });
        production((sub) => ((sub.roles as Record<string, string>).root = 'AccountAdmin'))(
          s,
          world,
        );
      },
      "world.personas[3].id: 'root' is not one of the scenario's personas (admin, owner, reader); a snapshot cannot create an identity",
    ],
    [
      'a role for someone who is not a persona',
      production((sub) => ((sub.roles as Record<string, string>).root = 'Owner')),
      'world.subscriptions.upserts[0].roles: no API call changes it',
    ],
    [
      'a subscription id that is a path',
      production((sub) => (sub.subscriptionId = '../../etc')),
      'world.subscriptions.upserts[0].subscriptionId: must be a GUID (got "../../etc")',
    ],
    [
      'a subscription of its own',
      production((sub) => (sub.subscriptionId = '0b4c1c0e-0000-4000-8000-000000000001')),
      "world.subscriptions.upserts[0].subscriptionId: '0b4c1c0e-0000-4000-8000-000000000001' is not one of the scenario's subscriptions; no API call creates one",
    ],
    [
      'a tenant id that is not a GUID',
      production((sub) => (sub.tenantId = 'contoso')),
      'world.subscriptions.upserts[0].tenantId: must be a GUID',
    ],
    [
      'a display name the rename call refuses',
      production((sub) => (sub.displayName = 'a<b>')),
      'world.subscriptions.upserts[0].displayName: must be a name the rename call accepts',
    ],
    [
      'a display name of 65 characters',
      production((sub) => (sub.displayName = 'x'.repeat(65))),
      'world.subscriptions.upserts[0].displayName: must be a name the rename call accepts',
    ],
    [
      'a removed subscription',
      (s) => (patch(s).subscriptions.removed = [DEFAULT_IDS.sandbox]),
      `world.subscriptions: the scenario's subscription '${DEFAULT_IDS.sandbox}' is missing; no API call removes one`,
    ],
    [
      // 100,000 would be refused before being read (413, the route's body limit): 10,001 fit in it.
      '10,001 subscriptions',
      (s, world) => {
        const model = world.subscriptions[0];
        patch(s).subscriptions.upserts = Array.from({ length: 10_001 }, (_, i) => ({
          ...model,
          subscriptionId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        }));
      },
      'world.subscriptions: must hold at most 10000 items (got 10008)',
    ],
    [
      '2 MB of padding in a subscription',
      production((sub) => (sub.padding = 'p'.repeat(2 << 20))),
      'world.subscriptions.upserts[0]: Unrecognized key: "padding"',
    ],
    [
      'a field a snapshot does not have',
      (s) => Object.assign(s, { padding: 'p' }),
      'Unrecognized key: "padding"',
    ],
    [
      'a resource with a forged id',
      (s, world) => {
        const vm = { ...world.resources[0], id: '/subscriptions/x/../../etc' };
        patch(s).resources.upserts = [vm];
      },
      'world.resources.upserts[0].id: must be the resource',
    ],
    [
      'a resource of its own',
      (s, world) => {
        const vm = { ...world.resources[0], name: 'vm-extra' } as Record<string, unknown>;
        vm.id = String(vm.id).replace(/[^/]+$/, 'vm-extra');
        patch(s).resources.upserts = [vm];
      },
      "world.resources: must hold the scenario's 12 resources (got 13)",
    ],
    [
      'a ticket with a 1 MB description',
      ticket({ description: 'y'.repeat(1 << 20) }),
      'world.tickets[0].description: must be at most 5000 characters, counted as Unicode code points (it has 1048576)',
    ],
    [
      'a ticket title with a line break',
      ticket({ title: 'Invoice\nquestion' }),
      'world.tickets[0].title: must not contain control characters or line breaks',
    ],
    [
      'a ticket filed by someone who is not a persona',
      ticket({ createdBy: 'root' }),
      "world.tickets[0].createdBy: must be one of the scenario's personas",
    ],
    [
      'a ticket about a subscription the world does not have',
      ticket({ subscriptionId: '0b4c1c0e-0000-4000-8000-000000000001' }),
      'world.tickets[0].subscriptionId: must be one of the world’s subscriptions',
    ],
    [
      'a latency override of 1e9 ms',
      (s) => (s.latencyOverrideMs = 1e9),
      'latencyOverrideMs: Too big: expected number to be <=120000',
    ],
    [
      '1,000 fault rules of 120 s',
      rules(1000, 120_000),
      'faults: at most 50 fault rules may be set at once',
    ],
    [
      'fault rules whose latencies add up past 120 s',
      rules(3, 50_000),
      "faults: the rules' latencies plus the latency override add up to more than 120000 ms",
    ],
    [
      'a scenario loaded in year 33658',
      (s) => (s.scenarioLoadedAt = 1e15),
      "scenarioLoadedAt: must be an instant within the clock's range",
    ],
  ])(
    'Contract §9: a snapshot with %s answers 400 InvalidSnapshot naming the field, and changes nothing',
    async (_label, change, reason) => {
      const answer = await put(change);
      expect([answer.status, answer.code]).toEqual([400, 'InvalidSnapshot']);
      expect(answer.message).toContain(reason);
    },
  );

  it('Contract §9: the large tenant passes with room to spare (5,000 of at most 10,000 subscriptions)', async () => {
    await demo('reset', { scenario: 'large-tenant' });
    const taken = await snapshot();
    expect(
      (
        await fetch('http://localhost/__demo/snapshot', {
          method: 'PUT',
          body: JSON.stringify(taken),
        })
      ).status,
    ).toBe(200);
    expect(mock().store.world().subscriptions).toHaveLength(5_000);
    expect(WORLD_LIMITS.subscriptions).toBeGreaterThanOrEqual(2 * 5_000);
  });
});

describe('/__demo/faults keeps to the same limits', () => {
  useMockServer({ systemNow: () => T });

  it.each<[string, unknown, string]>([
    [
      '51 rules',
      { rules: Array.from({ length: 51 }, () => ({ operation: 'billing', status: 503 })) },
      'rules: at most 50 fault rules may be set at once',
    ],
    [
      'latencies that add up past 120 s',
      { rules: [{ operation: '*', latencyMs: 60_000 }], latencyMs: 60_001 },
      "rules: the rules' latencies plus the latency override add up to more than 120000 ms",
    ],
  ])('Contract §9: %s answer 400 InvalidRequestContent', async (_label, body, reason) => {
    const response = await demo('faults', body);
    const { error } = armErrorSchema.parse(await response.json());
    expect([response.status, error.code]).toEqual([400, 'InvalidRequestContent']);
    expect(error.message).toContain(reason);
  });

  it('Contract §9: 50 rules whose latencies add up to 120 s are accepted', async () => {
    const rules = Array.from({ length: 50 }, () => ({ operation: '*', latencyMs: 2_400 }));
    expect((await demo('faults', { rules })).status).toBe(200);
  });
});
