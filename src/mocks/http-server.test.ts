import { SubscriptionClient as ResourcesSubscriptionClient } from '@azure/arm-resources-subscriptions';
import { SubscriptionClient as SubscriptionsClient } from '@azure/arm-subscriptions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { armErrorSchema } from '@/contract/errors';
import { subscriptionListSchema } from '@/contract/subscriptions';
import { startMockApi, type MockApi } from './http-server';
import { DEFAULT_IDS } from './scenarios/default-ids';
import { unusedCredential, usePersona } from './testing/persona-policy';

describe('HTTP server (npm run mock-api)', () => {
  let api: MockApi;
  beforeEach(async () => {
    api = await startMockApi({ port: 0 });
  });
  afterEach(async () => {
    await api.close();
  });

  it('serves ARM paths at the root and /__demo/*; unknown paths answer 404 in ARM’s shape', async () => {
    const list = await fetch(`${api.url}/subscriptions?api-version=2022-12-01`, {
      headers: { Authorization: 'Bearer persona:admin' },
    });
    expect(subscriptionListSchema.parse(await list.json()).value).toHaveLength(7);
    expect((await fetch(`${api.url}/__demo/state`)).status).toBe(200);
    const missing = await fetch(`${api.url}/nothing-here`);
    expect(missing.status).toBe(404);
    expect(armErrorSchema.safeParse(await missing.json()).success).toBe(true);
  });

  it('Shared world: a browser preflight is allowed the headers it asks for, and sees the mock’s mark', async () => {
    const preflight = await fetch(`${api.url}/subscriptions?api-version=2022-12-01`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,x-ms-client-request-id,x-suite-trace',
      },
    });
    expect(preflight.status).toBe(204);
    // The allowed origin by name, never `*` (docs/contract.md §9).
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'authorization,x-ms-client-request-id,x-suite-trace',
    );
    const answer = await fetch(`${api.url}/__demo/state`, {
      headers: { Origin: 'http://127.0.0.1:4173' },
    });
    expect(answer.headers.get('access-control-expose-headers')).toContain('x-mock-answered-by');
  });

  it('an offline fault drops the connection', async () => {
    await fetch(`${api.url}/__demo/faults`, {
      method: 'POST',
      body: JSON.stringify({ rules: [{ operation: 'tenants', offline: true, times: 1 }] }),
    });
    await expect(
      fetch(`${api.url}/tenants?api-version=2022-12-01`, {
        headers: { Authorization: 'Bearer persona:admin' },
      }),
    ).rejects.toThrow();
  });

  it('the official Azure SDK lists, gets, cancels, enables and renames, unchanged', async () => {
    const resources = new ResourcesSubscriptionClient(unusedCredential, {
      endpoint: api.url,
      allowInsecureConnection: true,
    });
    usePersona(resources.pipeline, 'admin');
    const subscriptions = new SubscriptionsClient(unusedCredential, {
      endpoint: api.url,
      allowInsecureConnection: true,
    });
    usePersona(subscriptions.pipeline, 'admin');

    const listed: string[] = [];
    for await (const sub of resources.subscriptions.list()) listed.push(sub.displayName ?? '');
    expect(listed).toContain('Contoso Production');
    expect(listed).toHaveLength(7);

    const prod = await resources.subscriptions.get(DEFAULT_IDS.production);
    expect(prod).toMatchObject({ displayName: 'Contoso Production', state: 'Enabled' });

    const renamed = await subscriptions.subscription.rename(DEFAULT_IDS.production, {
      subscriptionName: 'Contoso Production EU',
    });
    expect(renamed.subscriptionId).toBe(DEFAULT_IDS.production);
    expect((await resources.subscriptions.get(DEFAULT_IDS.production)).displayName).toBe(
      'Contoso Production EU',
    );

    const cancelled = await subscriptions.subscription.cancel(DEFAULT_IDS.devTest);
    expect(cancelled.subscriptionId).toBe(DEFAULT_IDS.devTest);

    const enabled = await subscriptions.subscription.enable(DEFAULT_IDS.legacyMarketing);
    expect(enabled.subscriptionId).toBe(DEFAULT_IDS.legacyMarketing);
    expect((await resources.subscriptions.get(DEFAULT_IDS.legacyMarketing)).state).toBe('Enabled');
  });

  it('R1: the SDK surfaces 403 AuthorizationFailed for the owner persona', async () => {
    const subscriptions = new SubscriptionsClient(unusedCredential, {
      endpoint: api.url,
      allowInsecureConnection: true,
    });
    usePersona(subscriptions.pipeline, 'owner');
    await expect(subscriptions.subscription.cancel(DEFAULT_IDS.production)).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationFailed',
    });
  });
});
