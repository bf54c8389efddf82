import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import {
  ALSO_ACCEPTED,
  API_VERSIONS,
  CLASSIC_ADMINISTRATORS_API_VERSION,
} from '@/contract/api-versions';
import { classicAdministratorListSchema, permissionListSchema } from '@/contract/authorization';
import { billingSubscriptionListSchema, billingSubscriptionSchema } from '@/contract/billing';
import { CANCEL_REASON_CODES, RENAME_FORBIDDEN_CHARACTERS } from '@/contract/cancel';
import {
  clockStateSchema,
  DEMO_MOMENT_IDS,
  demoSnapshotSchema,
  demoStateSchema,
  healthSchema,
  type DemoMomentId,
} from '@/contract/demo';
import { armErrorSchema } from '@/contract/errors';
import {
  blobContainerSchema,
  RESOURCE_TYPES,
  resourceListSchema,
  VM_ACTIONS,
  WEB_ACTIONS,
} from '@/contract/resources';
import {
  subscriptionListSchema,
  subscriptionOpResultSchema,
  subscriptionSchema,
  type SubscriptionState,
} from '@/contract/subscriptions';
import { supportTicketListSchema, supportTicketSchema } from '@/contract/support';
import type { z } from '@/contract/zod';
import { startMockApi, type MockApi } from './http-server';
import { DEFAULT_IDS } from './scenarios/default-ids';

// The public contract (shared spec §1, §2, §6–§8) changes only by adding: nothing it accepts may
// later be refused. This suite makes every request form it documents over real HTTP, on the
// server `npm run mock-api` runs, and checks the documented status and body shape with the
// contract's own schemas, so that any future restriction fails `npm test`. A test that fails here
// is a broken promise to another team's suite, not a test to update.

const PROD = DEFAULT_IDS.production;
const LEGACY = DEFAULT_IDS.legacyMarketing;
const OPS = (id: string) => `/subscriptions/${id}/providers/Microsoft.Subscription`;

let api: MockApi;
beforeEach(async () => {
  api = await startMockApi({ port: 0 });
});
afterEach(async () => {
  await api.close();
});

interface CallOptions {
  /** `null`: no api-version parameter. */
  apiVersion: string | null;
  /** `null`: no Authorization header. Defaults to `admin`. */
  persona?: string | null;
  /** Replaces the Authorization header as is. */
  authorization?: string;
  /** JSON-encoded; `undefined` sends no body at all. */
  body?: unknown;
}

function call(method: string, path: string, options: CallOptions): Promise<Response> {
  const url = new URL(path, api.url);
  if (options.apiVersion !== null) url.searchParams.set('api-version', options.apiVersion);
  const headers: Record<string, string> = {};
  const persona = options.persona === undefined ? 'admin' : options.persona;
  if (options.authorization !== undefined) headers.Authorization = options.authorization;
  else if (persona !== null) headers.Authorization = `Bearer persona:${persona}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  return fetch(url, { method, headers, body });
}

function demo(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<Response> {
  return fetch(`${api.url}/__demo/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The documented status, and a body of the documented shape. */
async function expectOk<T>(
  response: Response,
  status: number,
  schema: z.ZodMiniType<T>,
): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return schema.parse(JSON.parse(text));
}

/** A documented status with ARM's error envelope and the documented code. */
async function expectError(response: Response, status: number, code: string): Promise<string> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  const { error } = armErrorSchema.parse(JSON.parse(text));
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  return error.message;
}

async function expectEmpty(response: Response, status: number): Promise<void> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(text).toBe('');
}

const getSubscription = async (id: string) =>
  expectOk(
    await call('GET', `/subscriptions/${id}`, { apiVersion: API_VERSIONS.subscriptions }),
    200,
    subscriptionSchema,
  );

async function resourceOf(subscriptionId: string, type: string) {
  const list = await expectOk(
    await call('GET', `/subscriptions/${subscriptionId}/resources`, {
      apiVersion: API_VERSIONS.resources,
    }),
    200,
    resourceListSchema,
  );
  const found = list.value.find((r) => r.type === type);
  if (found === undefined) throw new Error(`No ${type} in ${subscriptionId}`);
  return found;
}

const cancel = (id: string, body: unknown, persona?: string) =>
  call('POST', `${OPS(id)}/cancel`, {
    apiVersion: API_VERSIONS.subscriptionOps,
    body,
    ...(persona === undefined ? {} : { persona }),
  });

describe('Contract §1: list and get subscriptions', () => {
  it.each([API_VERSIONS.subscriptions, ...ALSO_ACCEPTED.subscriptions])(
    'Contract §1: GET /subscriptions?api-version=%s answers 200 { value } with every documented field',
    async (apiVersion) => {
      const list = await expectOk(
        await call('GET', '/subscriptions', { apiVersion }),
        200,
        subscriptionListSchema,
      );
      expect(list.value).toHaveLength(7);
      for (const sub of list.value) expect(sub.id).toBe(`/subscriptions/${sub.subscriptionId}`);
    },
  );

  it('Contract §1: GET /subscriptions/{id} answers 200 with one subscription', async () => {
    const sub = await getSubscription(PROD);
    expect(sub).toMatchObject({ subscriptionId: PROD, displayName: 'Contoso Production' });
  });

  it.each(['a3f1c2d4-5b6e-4f70-8a91-000000000000', 'not-a-guid'])(
    'Contract §1: GET /subscriptions/%s answers 404 SubscriptionNotFound',
    async (id) => {
      await expectError(
        await call('GET', `/subscriptions/${id}`, { apiVersion: API_VERSIONS.subscriptions }),
        404,
        'SubscriptionNotFound',
      );
    },
  );
});

describe('Contract §1: cancel', () => {
  it.each<[string, unknown]>([
    ['no body (as real ARM, the SDK and the CLI)', undefined],
    ['{}', {}],
    ['the portal body', { confirmation: 'Contoso Production', reason: 'too-expensive' }],
    ["reason 'other' and no comment", { confirmation: 'Contoso Production', reason: 'other' }],
    [
      "reason 'other' with a comment",
      { confirmation: 'Contoso Production', reason: 'other', comment: 'Consolidating' },
    ],
    [
      'a null comment',
      { confirmation: 'Contoso Production', reason: 'no-longer-needed', comment: null },
    ],
  ])(
    'Contract §1: POST .../cancel with %s answers 200 { subscriptionId }',
    async (_label, body) => {
      const result = await expectOk(await cancel(PROD, body), 200, subscriptionOpResultSchema);
      expect(result).toEqual({ subscriptionId: PROD });
      // R5: the cancellation is read back from the billing read; state stays Enabled until it shows.
      expect((await getSubscription(PROD)).state).toBe('Enabled');
    },
  );

  it.each(CANCEL_REASON_CODES)(
    'Contract §1: every documented reason is accepted on its own: %s',
    async (reason) => {
      await expectOk(
        await cancel(PROD, { confirmation: 'Contoso Production', reason }),
        200,
        subscriptionOpResultSchema,
      );
    },
  );

  it.each<[string, unknown]>([
    [
      'a confirmation that is not the exact name',
      { confirmation: 'contoso production', reason: 'other' },
    ],
    ['a reason outside the list', { confirmation: 'Contoso Production', reason: 'bored' }],
  ])('Contract §1: POST .../cancel with %s answers 400 InvalidRequestContent', async (_l, body) => {
    await expectError(await cancel(PROD, body), 400, 'InvalidRequestContent');
  });

  it('Contract §1: a caller who may not cancel gets 403 AuthorizationFailed (R1)', async () => {
    await expectError(await cancel(PROD, undefined, 'owner'), 403, 'AuthorizationFailed');
  });

  it('Contract §1: cancelling twice answers 409 (R14)', async () => {
    await expectOk(await cancel(PROD, undefined), 200, subscriptionOpResultSchema);
    await expectError(await cancel(PROD, undefined), 409, 'SubscriptionAlreadyCanceled');
  });
});

describe('Contract §1: reactivate and rename', () => {
  const enable = (id: string, persona?: string) =>
    call('POST', `${OPS(id)}/enable`, {
      apiVersion: API_VERSIONS.subscriptionOps,
      ...(persona === undefined ? {} : { persona }),
    });
  const rename = (subscriptionName: unknown) =>
    call('POST', `${OPS(PROD)}/rename`, {
      apiVersion: API_VERSIONS.subscriptionOps,
      body: { subscriptionName },
    });

  it('Contract §1: POST .../enable on a cancelled Pay-As-You-Go answers 200 (R10)', async () => {
    const result = await expectOk(await enable(LEGACY), 200, subscriptionOpResultSchema);
    expect(result).toEqual({ subscriptionId: LEGACY });
    expect((await getSubscription(LEGACY)).state).toBe('Enabled');
  });

  it('Contract §1: POST .../enable when not cancelled answers 409; when not allowed 403', async () => {
    await expectError(await enable(PROD), 409, 'SubscriptionNotDisabled');
    await expectError(await enable(LEGACY, 'owner'), 403, 'AuthorizationFailed');
  });

  it.each(['X', 'x'.repeat(64), 'Contoso Production (EU) #2', '   '])(
    'Contract §1: POST .../rename { subscriptionName: %j } answers 200',
    async (name) => {
      await expectOk(await rename(name), 200, subscriptionOpResultSchema);
      expect((await getSubscription(PROD)).displayName).toBe(name);
    },
  );

  it.each(['', 'x'.repeat(65), ...RENAME_FORBIDDEN_CHARACTERS.map((c) => `Contoso ${c} Prod`)])(
    'Contract §1: POST .../rename { subscriptionName: %j } answers 400',
    async (name) => {
      await expectError(await rename(name), 400, 'InvalidRequestContent');
    },
  );
});

describe('Contract §1: permissions, resources and their actions, move', () => {
  it('Contract §1: GET .../Microsoft.Authorization/permissions answers { value: [{ actions, notActions }] }', async () => {
    for (const [persona, action] of [
      ['admin', '*'],
      ['reader', '*/read'],
    ] as const) {
      const list = await expectOk(
        await call('GET', `/subscriptions/${PROD}/providers/Microsoft.Authorization/permissions`, {
          apiVersion: API_VERSIONS.authorization,
          persona,
        }),
        200,
        permissionListSchema,
      );
      expect(list.value[0]?.actions).toContain(action);
    }
  });

  it.each([API_VERSIONS.resources, '2025-04-01'])(
    'Contract §1: GET /subscriptions/{id}/resources?api-version=%s answers 200 { value }',
    async (apiVersion) => {
      const list = await expectOk(
        await call('GET', `/subscriptions/${PROD}/resources`, { apiVersion }),
        200,
        resourceListSchema,
      );
      expect(list.value.length).toBeGreaterThan(0);
    },
  );

  it.each(VM_ACTIONS)('Contract §1: POST {vmId}/%s answers 200', async (action) => {
    const vm = await resourceOf(PROD, RESOURCE_TYPES.vm);
    await expectEmpty(
      await call('POST', `${vm.id}/${action}`, { apiVersion: API_VERSIONS.compute }),
      200,
    );
  });

  it.each(WEB_ACTIONS)('Contract §1: POST {siteId}/%s answers 200', async (action) => {
    const site = await resourceOf(PROD, RESOURCE_TYPES.webApp);
    await expectEmpty(
      await call('POST', `${site.id}/${action}`, { apiVersion: API_VERSIONS.web }),
      200,
    );
  });

  it.each<[string, unknown]>([
    ['a body', { properties: { publicAccess: 'None' } }],
    ['no body', undefined],
  ])('Contract §1: PUT a storage container with %s answers 201', async (_label, body) => {
    const storage = await resourceOf(PROD, RESOURCE_TYPES.storage);
    const container = await expectOk(
      await call('PUT', `${storage.id}/blobServices/default/containers/contract-check`, {
        apiVersion: API_VERSIONS.storage,
        body,
      }),
      201,
      blobContainerSchema,
    );
    expect(container.name).toBe('contract-check');
  });

  it('Contract §1: writes on a disabled subscription answer 409 ReadOnlyDisabledSubscription (R6)', async () => {
    const vm = await resourceOf(LEGACY, RESOURCE_TYPES.vm);
    await expectError(
      await call('POST', `${vm.id}/start`, { apiVersion: API_VERSIONS.compute }),
      409,
      'ReadOnlyDisabledSubscription',
    );
    const storage = await resourceOf(LEGACY, RESOURCE_TYPES.storage);
    await expectError(
      await call('PUT', `${storage.id}/blobServices/default/containers/x`, {
        apiVersion: API_VERSIONS.storage,
        body: {},
      }),
      409,
      'ReadOnlyDisabledSubscription',
    );
  });

  it.each([
    ['a target group id', `/subscriptions/${DEFAULT_IDS.devTest}/resourceGroups/rg-devtest`],
    ['a bare target group name (source subscription)', 'rg-prod-web'],
  ])(
    'Contract §1: POST .../moveResources { resources, targetResourceGroup } with %s answers 204',
    async (_label, targetResourceGroup) => {
      const storage = await resourceOf(PROD, RESOURCE_TYPES.storage);
      const path = `/subscriptions/${PROD}/resourceGroups/rg-prod-data/moveResources`;
      await expectEmpty(
        await call('POST', path, {
          apiVersion: API_VERSIONS.resources,
          body: { resources: [storage.id], targetResourceGroup },
        }),
        204,
      );
    },
  );
});

describe('Contract §1: support requests and billing', () => {
  const ticketBody = {
    properties: {
      title: 'Reactivate my subscription',
      description: 'Please bring it back.',
      problemType: 'subscription-reactivation',
    },
  };
  const putTicket = () =>
    call(
      'PUT',
      `/subscriptions/${DEFAULT_IDS.sandbox}/providers/Microsoft.Support/supportTickets/reactivate-1`,
      { apiVersion: API_VERSIONS.support, body: ticketBody },
    );

  it('Contract §1: PUT .../supportTickets/{name} answers 201, the same request again 200', async () => {
    const created = await expectOk(await putTicket(), 201, supportTicketSchema);
    expect(created.name).toBe('reactivate-1');
    await expectOk(await putTicket(), 200, supportTicketSchema);
  });

  it('Contract §1: GET /providers/Microsoft.Support/supportTickets lists the caller’s tickets', async () => {
    await putTicket();
    const list = await expectOk(
      await call('GET', '/providers/Microsoft.Support/supportTickets', {
        apiVersion: API_VERSIONS.support,
      }),
      200,
      supportTicketListSchema,
    );
    expect(list.value.map((t) => t.name)).toEqual(['reactivate-1']);
  });

  it('Contract §1: a refused reactivation request carries refusalCode and refusalParameters beside refusalReason (R11)', async () => {
    await demo('POST', 'clock', { advanceMs: 6 * 86_400_000 });
    const refused = await expectOk(await putTicket(), 201, supportTicketSchema);
    expect(refused.properties).toMatchObject({
      status: 'Closed',
      resolution: 'Refused',
      refusalCode: 'reactivation-window-closed',
      reply: { code: 'reactivation-window-closed' },
    });
    expect(refused.properties.refusalReason).toContain('90 days');
    const { cancelledAt, reactivationPossibleUntil } = refused.properties.refusalParameters ?? {};
    expect(Date.parse(reactivationPossibleUntil ?? '') - Date.parse(cancelledAt ?? '')).toBe(
      90 * 86_400_000,
    );
  });

  it('Contract §1: every request is answered one hour of clock time after filing, with a reply code (R13)', async () => {
    const path = `/subscriptions/${PROD}/providers/Microsoft.Support/supportTickets/question-1`;
    const body = {
      properties: { title: 'Invoice', description: 'A question about it.', problemType: 'billing' },
    };
    const filed = await expectOk(
      await call('PUT', path, { apiVersion: API_VERSIONS.support, body }),
      201,
      supportTicketSchema,
    );
    expect(filed.properties.status).toBe('Open');
    await demo('POST', 'clock', { advanceMs: 3_600_000 });
    const answered = await expectOk(
      await call('GET', path, { apiVersion: API_VERSIONS.support }),
      200,
      supportTicketSchema,
    );
    expect(answered.properties).toMatchObject({
      status: 'Closed',
      resolution: 'Resolved',
      reply: { code: 'request-answered', date: filed.properties.expectedResolutionDate },
    });
  });

  it('Contract §1: GET .../Microsoft.Authorization/classicAdministrators names the account administrator (R1)', async () => {
    const list = await expectOk(
      await call(
        'GET',
        `/subscriptions/${DEFAULT_IDS.enterprise}/providers/Microsoft.Authorization/classicAdministrators`,
        { apiVersion: CLASSIC_ADMINISTRATORS_API_VERSION },
      ),
      200,
      classicAdministratorListSchema,
    );
    expect(list.value[0]?.properties.role.split(';')).toContain('AccountAdministrator');
    expect(list.value[0]?.properties.displayName).toBe('Morgan Patel');
  });

  it('Contract §1: the billing read gives status, period, spend, final invoice and support plan', async () => {
    await cancel(PROD, undefined);
    const one = await expectOk(
      await call(
        'GET',
        `/subscriptions/${PROD}/providers/Microsoft.Billing/billingSubscriptions/default`,
        { apiVersion: API_VERSIONS.billing },
      ),
      200,
      billingSubscriptionSchema,
    );
    expect(one.properties.billingStatus).toBe('Stopped');
    expect(one.properties.lifecycle.cancellation?.finalInvoiceDate).toBeDefined();
    expect(one.properties.supportPlan?.charges).toHaveLength(6);
    const all = await expectOk(
      await call('GET', '/providers/Microsoft.Billing/billingSubscriptions', {
        apiVersion: API_VERSIONS.billing,
      }),
      200,
      billingSubscriptionListSchema,
    );
    expect(all.value).toHaveLength(7);
  });
});

describe('Contract §1: api-version, who is calling, and the error shape', () => {
  it.each([
    ['missing', null],
    ['unknown', '1999-01-01'],
  ])('Contract §1: a %s api-version answers 400 InvalidApiVersionParameter', async (_l, v) => {
    await expectError(
      await call('GET', '/subscriptions', { apiVersion: v }),
      400,
      'InvalidApiVersionParameter',
    );
    await expectError(
      await call('POST', `${OPS(PROD)}/cancel`, { apiVersion: v }),
      400,
      'InvalidApiVersionParameter',
    );
  });

  it.each([
    ['no Authorization header', { persona: null }],
    ['an unknown persona', { persona: 'mallory' }],
    ['another scheme', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
  ])('Contract §1: %s answers 401 AuthenticationFailed', async (_label, who) => {
    await expectError(
      await call('GET', '/subscriptions', { apiVersion: API_VERSIONS.subscriptions, ...who }),
      401,
      'AuthenticationFailed',
    );
  });

  it('Contract §1: a body that is not JSON answers 400 InvalidRequestContent in ARM’s shape', async () => {
    const response = await fetch(
      `${api.url}${OPS(PROD)}/cancel?api-version=${API_VERSIONS.subscriptionOps}`,
      {
        method: 'POST',
        headers: { Authorization: 'Bearer persona:admin', 'Content-Type': 'application/json' },
        body: '{"confirmation":',
      },
    );
    await expectError(response, 400, 'InvalidRequestContent');
  });
});

describe('Contract §2: demo control', () => {
  it('Contract §2: GET /__demo/state answers the demo state', async () => {
    const state = await expectOk(await demo('GET', 'state'), 200, demoStateSchema);
    expect(state.scenario).toBe('default');
  });

  it.each(['default', 'large-tenant', 'empty'])(
    'Contract §2: POST /__demo/reset { scenario: %s } loads it',
    async (scenario) => {
      const state = await expectOk(await demo('POST', 'reset', { scenario }), 200, demoStateSchema);
      expect(state.scenario).toBe(scenario);
    },
  );

  it.each<[string, Record<string, unknown>]>([
    ['{ advanceMs }', { advanceMs: 600_000 }],
    ['{ setIso }', { setIso: '2030-06-01T12:00:00Z' }],
    ['{ reset: true }', { reset: true }],
    [
      '{ advanceMs, setIso } (advanceMs wins)',
      { advanceMs: 60_000, setIso: '2030-06-01T12:00:00Z' },
    ],
  ])('Contract §2: POST /__demo/clock %s answers { now, offsetMs }', async (_label, body) => {
    await expectOk(await demo('POST', 'clock', body), 200, clockStateSchema);
  });

  it('Contract §2: POST /__demo/faults injects a failure; { rules: [] } clears it', async () => {
    await expectOk(
      await demo('POST', 'faults', { rules: [{ operation: 'listSubscriptions', status: 500 }] }),
      200,
      demoStateSchema,
    );
    await expectError(
      await call('GET', '/subscriptions', { apiVersion: API_VERSIONS.subscriptions }),
      500,
      'InternalServerError',
    );
    await expectOk(await demo('POST', 'faults', { rules: [] }), 200, demoStateSchema);
  });

  it('Contract §2: POST /__demo/persona { id } signs in that persona', async () => {
    const state = await expectOk(
      await demo('POST', 'persona', { id: 'reader' }),
      200,
      demoStateSchema,
    );
    expect(state.persona.id).toBe('reader');
  });
});

describe('Contract §6: readiness', () => {
  it('Contract §6: GET /__demo/health answers 200 { status: ready, version, scenario }', async () => {
    const health = await expectOk(await demo('GET', 'health'), 200, healthSchema);
    expect(health).toEqual({ status: 'ready', version, scenario: 'default' });
  });
});

describe('Contract §8: snapshot and moments', () => {
  it('Contract §8: GET /__demo/snapshot answers the versioned whole demo state; PUT brings it back', async () => {
    await cancel(PROD, undefined);
    const taken = await expectOk(await demo('GET', 'snapshot'), 200, demoSnapshotSchema);
    expect(taken).toMatchObject({ format: 'azure-subscriptions-demo', version: 1 });
    await demo('POST', 'reset', { scenario: 'empty' });
    await expectOk(await demo('PUT', 'snapshot', taken), 200, demoSnapshotSchema);
    expect(await expectOk(await demo('GET', 'snapshot'), 200, demoSnapshotSchema)).toMatchObject({
      ...taken,
      takenAt: expect.any(String) as string,
    });
  });

  it('Contract §8: PUT /__demo/snapshot with anything else answers 400 InvalidSnapshot, state unchanged', async () => {
    const state = async () => {
      const { takenAt: _takenAt, ...rest } = await expectOk(
        await demo('GET', 'snapshot'),
        200,
        demoSnapshotSchema,
      );
      return rest;
    };
    const before = await state();
    await expectError(
      await demo('PUT', 'snapshot', { format: 'azure-subscriptions-demo', version: 1 }),
      400,
      'InvalidSnapshot',
    );
    expect(await state()).toEqual(before);
  });

  const expected: Record<DemoMomentId, SubscriptionState> = {
    'seed-start': 'Enabled',
    'just-cancelled': 'Enabled',
    disabled: 'Disabled',
    'day-89': 'Disabled',
    deleted: 'Deleted',
  };
  it.each(DEMO_MOMENT_IDS)(
    'Contract §8: POST /__demo/moment { id: %s } loads the moment',
    async (id) => {
      await expectOk(await demo('POST', 'moment', { id }), 200, demoStateSchema);
      expect((await getSubscription(PROD)).state).toBe(expected[id]);
    },
  );

  it('Contract §8: an unknown moment answers 400', async () => {
    const response = await demo('POST', 'moment', { id: 'day-91' });
    expect(response.status).toBe(400);
    armErrorSchema.parse(await response.json());
  });
});
