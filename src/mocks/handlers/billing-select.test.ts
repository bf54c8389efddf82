import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { billingSubscriptionListSchema } from '@/contract/billing';
import { subscriptionListSchema } from '@/contract/subscriptions';
import { LARGE_TENANT_SIZE } from '../scenarios/large-tenant-scenario';
import { arm, errorCode, useMockServer } from '../testing/mock-server-fixture';

const LIST = '/providers/Microsoft.Billing/billingSubscriptions';
const V = API_VERSIONS.billing;

async function listJson(path: string): Promise<{ value: { properties: object }[] }> {
  const res = await arm(path, { apiVersion: V });
  expect(res.status).toBe(200);
  return (await res.json()) as { value: { properties: object }[] };
}

/** A stopped clock: spend accrues with time, and both reads must see the same instant. */
const NOW = Date.parse('2026-03-15T09:00:00.000Z');

describe('Performance: $select on the billing list', () => {
  useMockServer({ systemNow: () => NOW });

  it('answers only the selected properties, plus subscriptionId, with the full read’s values', async () => {
    const full = billingSubscriptionListSchema.parse(await listJson(LIST));
    const selected = await listJson(`${LIST}?$select=offerName,monthToDateCharges,lifecycle`);
    expect(selected.value).toHaveLength(full.value.length);
    selected.value.forEach((item, index) => {
      const { subscriptionId, offerName, monthToDateCharges, lifecycle } =
        full.value[index]!.properties;
      expect(item).toMatchObject({ type: 'Microsoft.Billing/billingSubscriptions' });
      expect(item.properties).toEqual({ subscriptionId, offerName, monthToDateCharges, lifecycle });
    });
  });

  it('answers 400 InvalidQueryParameterValue for a property it does not have', async () => {
    const res = await arm(`${LIST}?$select=offerName,secretSauce`, { apiVersion: V });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('InvalidQueryParameterValue');
  });
});

describe('Performance: lists of a large tenant are built a slice at a time, whole and in order', () => {
  useMockServer({ scenario: 'large-tenant' });

  it('lists all 5,000 subscriptions, their billing and their roles, in the same order', async () => {
    const subscriptions = subscriptionListSchema.parse(
      await (await arm('/subscriptions', { apiVersion: API_VERSIONS.subscriptions })).json(),
    );
    const billing = await listJson(`${LIST}?$select=offerId`);
    const roles = (await (
      await arm('/providers/Microsoft.Authorization/roleAssignments', {
        apiVersion: API_VERSIONS.authorization,
      })
    ).json()) as { value: { properties: { scope: string } }[] };
    expect(subscriptions.value).toHaveLength(LARGE_TENANT_SIZE);
    const ids = subscriptions.value.map((sub) => sub.subscriptionId);
    expect(
      billing.value.map((b) => (b.properties as { subscriptionId: string }).subscriptionId),
    ).toEqual(ids);
    expect(roles.value.map((r) => r.properties.scope)).toEqual(
      ids.map((id) => `/subscriptions/${id}`),
    );
  });
});
