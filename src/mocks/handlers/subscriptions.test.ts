import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import {
  subscriptionListSchema,
  subscriptionOpResultSchema,
  subscriptionSchema,
} from '@/contract/subscriptions';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { arm, demo, errorCode, useMockServer } from '../testing/mock-server-fixture';

const V = API_VERSIONS.subscriptions;
const OPS = API_VERSIONS.subscriptionOps;
const PROD = DEFAULT_IDS.production;
const cancelPath = (id: string): string =>
  `/subscriptions/${id}/providers/Microsoft.Subscription/cancel`;
const enablePath = (id: string): string =>
  `/subscriptions/${id}/providers/Microsoft.Subscription/enable`;
const renamePath = (id: string): string =>
  `/subscriptions/${id}/providers/Microsoft.Subscription/rename`;

async function getState(id: string, persona = 'admin'): Promise<string> {
  const res = await arm(`/subscriptions/${id}`, { apiVersion: V, persona });
  return subscriptionSchema.parse(await res.json()).state;
}

describe('subscriptions', () => {
  useMockServer();

  it('lists the caller’s subscriptions in ARM’s shape', async () => {
    const res = await arm('/subscriptions', { apiVersion: V });
    expect(res.status).toBe(200);
    const list = subscriptionListSchema.parse(await res.json());
    expect(list.value).toHaveLength(7);
    expect(list.value.map((s) => s.state)).toEqual([
      'Enabled',
      'Enabled',
      'Enabled',
      'Enabled',
      'Enabled',
      'Disabled',
      'Disabled',
    ]);
  });

  it('accepts the api-versions the official SDKs send', async () => {
    for (const version of ['2022-12-01', '2021-01-01', '2016-06-01']) {
      expect((await arm('/subscriptions', { apiVersion: version })).status).toBe(200);
    }
  });

  it('400 InvalidApiVersionParameter when api-version is missing or unknown', async () => {
    const missing = await arm('/subscriptions', { apiVersion: null });
    expect(missing.status).toBe(400);
    expect(await errorCode(missing)).toBe('InvalidApiVersionParameter');
    const unknown = await arm('/subscriptions', { apiVersion: '2099-01-01' });
    expect(unknown.status).toBe(400);
    expect(await errorCode(unknown)).toBe('InvalidApiVersionParameter');
  });

  it('401 AuthenticationFailed without a token or for an unknown persona', async () => {
    const none = await arm('/subscriptions', { apiVersion: V, persona: null });
    expect(none.status).toBe(401);
    expect(await errorCode(none)).toBe('AuthenticationFailed');
    const unknown = await arm('/subscriptions', { apiVersion: V, persona: 'mallory' });
    expect(unknown.status).toBe(401);
    expect(await errorCode(unknown)).toBe('AuthenticationFailed');
  });

  it('gets one subscription; 404 SubscriptionNotFound for unknown or malformed ids', async () => {
    const res = await arm(`/subscriptions/${PROD}`, { apiVersion: V });
    expect(subscriptionSchema.parse(await res.json()).displayName).toBe('Contoso Production');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-guid']) {
      const missing = await arm(`/subscriptions/${id}`, { apiVersion: V });
      expect(missing.status).toBe(404);
      expect(await errorCode(missing)).toBe('SubscriptionNotFound');
    }
  });

  it('R1: owner gets 403 AuthorizationFailed on cancel', async () => {
    const res = await arm(cancelPath(PROD), { method: 'POST', apiVersion: OPS, persona: 'owner' });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('AuthorizationFailed');
    const asAdminOnEnterprise = await arm(cancelPath(DEFAULT_IDS.enterprise), {
      method: 'POST',
      apiVersion: OPS,
    });
    expect(asAdminOnEnterprise.status).toBe(403);
  });

  it('R1: reader gets 403 AuthorizationFailed on rename', async () => {
    const res = await arm(renamePath(PROD), {
      apiVersion: OPS,
      persona: 'reader',
      body: { subscriptionName: 'X' },
    });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('AuthorizationFailed');
  });

  it('R3: cancel without a body is accepted as real ARM accepts it (200 { subscriptionId })', async () => {
    const res = await arm(cancelPath(PROD), { method: 'POST', apiVersion: OPS });
    expect(res.status).toBe(200);
    expect(subscriptionOpResultSchema.parse(await res.json())).toEqual({ subscriptionId: PROD });
  });

  it('R3: a body whose confirmation does not match or reason is unknown answers 400', async () => {
    const wrongName = await arm(cancelPath(PROD), {
      apiVersion: OPS,
      body: { confirmation: 'contoso production', reason: 'other', comment: 'x' },
    });
    expect(wrongName.status).toBe(400);
    const badReason = await arm(cancelPath(PROD), {
      apiVersion: OPS,
      body: { confirmation: 'Contoso Production', reason: 'bored' },
    });
    expect(badReason.status).toBe(400);
    expect(await getState(PROD)).toBe('Enabled');
  });

  it('400 InvalidRequestContent for a malformed JSON body', async () => {
    const res = await arm(cancelPath(PROD), { apiVersion: OPS, rawBody: '{"confirmation": ' });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('InvalidRequestContent');
  });

  it('R5: state stays Enabled until the propagation delay, then Disabled', async () => {
    const res = await arm(cancelPath(PROD), {
      apiVersion: OPS,
      body: { confirmation: 'Contoso Production', reason: 'too-expensive' },
    });
    expect(res.status).toBe(200);
    expect(await getState(PROD)).toBe('Enabled');
    await demo('clock', { advanceMs: 4 * 60_000 });
    expect(await getState(PROD)).toBe('Enabled');
    await demo('clock', { advanceMs: 6 * 60_000 + 1 });
    expect(await getState(PROD)).toBe('Disabled');
  });

  it('R14: cancelling twice answers 409 and changes nothing', async () => {
    expect((await arm(cancelPath(PROD), { method: 'POST', apiVersion: OPS })).status).toBe(200);
    const again = await arm(cancelPath(PROD), { method: 'POST', apiVersion: OPS });
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('SubscriptionAlreadyCanceled');
  });

  it('R10: enable reactivates the Pay-As-You-Go Legacy Marketing; 409 when not cancelled', async () => {
    const res = await arm(enablePath(DEFAULT_IDS.legacyMarketing), {
      method: 'POST',
      apiVersion: OPS,
    });
    expect(res.status).toBe(200);
    expect(subscriptionOpResultSchema.parse(await res.json()).subscriptionId).toBe(
      DEFAULT_IDS.legacyMarketing,
    );
    expect(await getState(DEFAULT_IDS.legacyMarketing)).toBe('Enabled');
    const notCancelled = await arm(enablePath(PROD), { method: 'POST', apiVersion: OPS });
    expect(notCancelled.status).toBe(409);
  });

  it('R11: enable on the Visual Studio Contoso Sandbox answers 409 (support request needed)', async () => {
    const res = await arm(enablePath(DEFAULT_IDS.sandbox), { method: 'POST', apiVersion: OPS });
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('ReactivationRequiresSupportRequest');
  });

  it('renames with { subscriptionName }; 400 for forbidden characters', async () => {
    const ok = await arm(renamePath(PROD), {
      apiVersion: OPS,
      body: { subscriptionName: 'Contoso Prod (EU)' },
    });
    expect(ok.status).toBe(200);
    expect(subscriptionOpResultSchema.parse(await ok.json()).subscriptionId).toBe(PROD);
    const res = await arm(`/subscriptions/${PROD}`, { apiVersion: V });
    expect(subscriptionSchema.parse(await res.json()).displayName).toBe('Contoso Prod (EU)');
    const bad = await arm(renamePath(PROD), { apiVersion: OPS, body: { subscriptionName: 'a/b' } });
    expect(bad.status).toBe(400);
  });
});
