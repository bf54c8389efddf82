import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import {
  billingSubscriptionListSchema,
  billingSubscriptionSchema,
  type BillingSubscription,
} from '@/contract/billing';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { arm, demo, errorCode, useMockServer } from '../testing/mock-server-fixture';

const V = API_VERSIONS.billing;
const one = (id: string): string =>
  `/subscriptions/${id}/providers/Microsoft.Billing/billingSubscriptions/default`;
const cancel = (id: string, body: unknown): Promise<Response> =>
  arm(`/subscriptions/${id}/providers/Microsoft.Subscription/cancel`, {
    apiVersion: API_VERSIONS.subscriptionOps,
    body,
  });

async function billing(id: string): Promise<BillingSubscription['properties']> {
  const res = await arm(one(id), { apiVersion: V });
  expect(res.status).toBe(200);
  return billingSubscriptionSchema.parse(await res.json()).properties;
}

describe('billing read', () => {
  useMockServer();

  it('lists one billing subscription per visible subscription, in the contract shape', async () => {
    const res = await arm('/providers/Microsoft.Billing/billingSubscriptions', { apiVersion: V });
    const list = billingSubscriptionListSchema.parse(await res.json());
    expect(list.value).toHaveLength(7);
    const prod = list.value.find((b) => b.name === DEFAULT_IDS.production);
    expect(prod?.properties).toMatchObject({
      offerName: 'Pay-As-You-Go',
      offerId: 'MS-AZR-0003P',
      billingStatus: 'Active',
    });
    expect(prod?.properties.currentPeriod.start.slice(8, 10)).toBe('05');
    expect(prod?.properties.invoices.length).toBeGreaterThanOrEqual(2);
  });

  it('404 SubscriptionNotFound and 400 for a wrong api-version', async () => {
    const missing = await arm(one('00000000-0000-4000-8000-000000000000'), { apiVersion: V });
    expect(missing.status).toBe(404);
    expect(await errorCode(missing)).toBe('SubscriptionNotFound');
    expect((await arm(one(DEFAULT_IDS.production), { apiVersion: '2022-12-01' })).status).toBe(400);
  });

  it('R4: billing stops when the cancel is accepted and spend stops growing', async () => {
    expect(
      (
        await cancel(DEFAULT_IDS.production, {
          confirmation: 'Contoso Production',
          reason: 'no-longer-needed',
        })
      ).status,
    ).toBe(200);
    const at = await billing(DEFAULT_IDS.production);
    expect(at.billingStatus).toBe('Stopped');
    expect(at.lifecycle.phase).toBe('cancellation-pending');
    expect(at.lifecycle.cancellation?.disabledAt).toBeUndefined();
    await demo('clock', { advanceMs: 3 * 3_600_000 });
    const later = await billing(DEFAULT_IDS.production);
    expect(later.monthToDateCharges.amount).toBe(at.monthToDateCharges.amount);
    expect(later.lifecycle.phase).toBe('disabled');
    expect(later.lifecycle.cancellation?.disabledAt).toBeDefined();
  });

  it('R5: showsInPortalBy is requestedAt + 10 minutes', async () => {
    await cancel(DEFAULT_IDS.production, {
      confirmation: 'Contoso Production',
      reason: 'too-expensive',
    });
    const c = (await billing(DEFAULT_IDS.production)).lifecycle.cancellation;
    expect(Date.parse(c?.showsInPortalBy ?? '') - Date.parse(c?.requestedAt ?? '')).toBe(600_000);
    expect(c?.requestedBy).toBe('avery.howard@contoso.onmicrosoft.com');
  });

  it('R8: the Standard support plan is charged 6 more months, USD 600 in total', async () => {
    await cancel(DEFAULT_IDS.production, {
      confirmation: 'Contoso Production',
      reason: 'too-expensive',
    });
    const plan = (await billing(DEFAULT_IDS.production)).supportPlan;
    expect(plan).toMatchObject({
      name: 'Standard',
      monthlyPrice: 100,
      status: 'Cancelled',
      total: 600,
    });
    expect(plan?.charges).toHaveLength(6);
    expect(plan?.lastChargeDate).toBe(plan?.charges[5]?.date);
  });

  it('R7: the final invoice is on the period’s invoice date; zero for the Free Trial', async () => {
    await cancel(DEFAULT_IDS.freeTrial, {
      confirmation: 'Free Trial',
      reason: 'created-by-mistake',
    });
    const trial = await billing(DEFAULT_IDS.freeTrial);
    expect(trial.lifecycle.cancellation?.finalInvoiceDate).toBe(trial.currentPeriod.invoiceDate);
    expect(trial.lifecycle.cancellation?.finalInvoiceAmount).toBe(0);
    expect(trial.invoices.find((i) => i.final)?.status).toBe('Scheduled');
    expect(trial.creditRemaining?.amount).toBeGreaterThan(0);
  });

  it('R9: Legacy Marketing is disabled, its data deleted 90 days after the cancellation', async () => {
    const legacy = await billing(DEFAULT_IDS.legacyMarketing);
    expect(legacy.lifecycle.phase).toBe('disabled');
    const c = legacy.lifecycle.cancellation;
    expect(Date.parse(c?.dataDeletionDate ?? '') - Date.parse(c?.requestedAt ?? '')).toBe(
      90 * 86_400_000,
    );
  });

  it('R10: Legacy Marketing (Pay-As-You-Go) comes back self-service', async () => {
    expect((await billing(DEFAULT_IDS.legacyMarketing)).reactivationPath).toBe('self-service');
  });

  it('R11: Contoso Sandbox (Visual Studio) comes back only through support', async () => {
    expect((await billing(DEFAULT_IDS.sandbox)).reactivationPath).toBe('support');
  });
});
