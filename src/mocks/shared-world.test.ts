import { setupServer, type SetupServer } from 'msw/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MOCK_ANSWER_HEADER, MOCK_ANSWER_VALUE } from '@/contract/transport';
import { startMockApi, type MockApi } from './http-server';
import { TEST_ARM_BASE_URL, TEST_DEMO_BASE_URL } from './node';
import { DEFAULT_IDS } from './scenarios/default-ids';
import { sharedWorldHandlers } from './shared-world';

// The page's half of a shared world, in Node: MSW catches the calls as the service worker would and
// the handlers forward them to a real API server.

const AS_ADMIN = { Authorization: 'Bearer persona:admin' };

describe('Shared world: the page forwards its calls to the API server', () => {
  let api: MockApi;
  let page: SetupServer;
  beforeEach(async () => {
    api = await startMockApi({ port: 0 });
    page = setupServer(...sharedWorldHandlers(api.url, TEST_ARM_BASE_URL, TEST_DEMO_BASE_URL));
    page.listen({ onUnhandledRequest: 'bypass' });
  });
  afterEach(async () => {
    page.close();
    await api.close();
  });

  it('Shared world: ARM reads answer from the server’s world, with the mock’s mark', async () => {
    const answer = await fetch(`${TEST_ARM_BASE_URL}/subscriptions?api-version=2022-12-01`, {
      headers: AS_ADMIN,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get(MOCK_ANSWER_HEADER)).toBe(MOCK_ANSWER_VALUE);
    expect(((await answer.json()) as { value: unknown[] }).value).toHaveLength(7);
    // ARM's errors keep their status and shape.
    const anonymous = await fetch(`${TEST_ARM_BASE_URL}/subscriptions?api-version=2022-12-01`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'AuthenticationFailed' } });
  });

  it('Shared world: a write from the page (method, body, headers) changes the server’s world', async () => {
    const cancel = await fetch(
      `${TEST_ARM_BASE_URL}/subscriptions/${DEFAULT_IDS.production}/providers/Microsoft.Subscription/cancel?api-version=2021-10-01`,
      {
        method: 'POST',
        headers: { ...AS_ADMIN, 'Content-Type': 'application/json' },
        body: JSON.stringify({ confirmation: 'Contoso Production', reason: 'too-expensive' }),
      },
    );
    expect(cancel.status).toBe(200);
    const billing = await fetch(
      `${api.url}/subscriptions/${DEFAULT_IDS.production}/providers/Microsoft.Billing/billingSubscriptions/default?api-version=2024-04-01`,
      { headers: AS_ADMIN },
    );
    expect(await billing.json()).toMatchObject({ properties: { billingStatus: 'Stopped' } });
  });

  it('Shared world: /__demo/* is the server’s, and its offline fault is a network error in the page', async () => {
    const persona = await fetch(`${TEST_DEMO_BASE_URL}/__demo/persona`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 'reader' }),
    });
    expect(persona.status).toBe(200);
    expect(await (await fetch(`${api.url}/__demo/state`)).json()).toMatchObject({
      persona: { id: 'reader' },
    });
    await fetch(`${TEST_DEMO_BASE_URL}/__demo/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rules: [{ operation: 'tenants', offline: true, times: 1 }] }),
    });
    await expect(
      fetch(`${TEST_ARM_BASE_URL}/tenants?api-version=2022-12-01`, { headers: AS_ADMIN }),
    ).rejects.toThrow();
  });
});
