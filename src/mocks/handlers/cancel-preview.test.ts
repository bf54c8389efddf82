import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { cancelPreviewSchema } from '@/contract/cancel-preview';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { arm, errorCode, useMockServer } from '../testing/mock-server-fixture';

const preview = (id: string, persona = 'admin'): Promise<Response> =>
  arm(`/subscriptions/${id}/providers/Microsoft.Subscription/cancelPreview`, {
    apiVersion: API_VERSIONS.subscriptionOps,
    persona,
  });

describe('cancel preview', () => {
  useMockServer();

  it('previews Contoso Production’s cancellation without changing anything', async () => {
    const res = await preview(DEFAULT_IDS.production);
    expect(res.status).toBe(200);
    const body = cancelPreviewSchema.parse(await res.json());
    expect(body.disables).toMatchObject({
      virtualMachinesDeallocated: 2,
      dynamicIpsReleased: 1,
      storageAccountsReadOnly: 1,
    });
    expect(body.supportPlan?.total).toBe(600);
    expect((await preview(DEFAULT_IDS.production)).status).toBe(200);
  });

  it('R1: the owner persona gets 403', async () => {
    expect(await errorCode(await preview(DEFAULT_IDS.production, 'owner'))).toBe(
      'AuthorizationFailed',
    );
  });

  it('R14: an already-cancelled subscription gets 409', async () => {
    expect((await preview(DEFAULT_IDS.legacyMarketing)).status).toBe(409);
  });
});
